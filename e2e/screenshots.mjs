// Screenshots of every screen and example, for looking at what people see and
// for the README: node screenshots.mjs [out-dir]. Serves ../dist itself.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { Compass, ANSWERS, labels } from "./tests/compass.js";

const out = process.argv[2] ?? "../docs/screenshots";
await mkdir(out, { recursive: true });
const server = spawn("node", ["serve.mjs", "../dist", "8090"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const base = "http://127.0.0.1:8090";
const browser = await chromium.launch({
  executablePath: process.env.CHROME_BIN ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});

const rendered = (page) =>
  page.waitForFunction(() => document.querySelector("peer-compass")?.shadowRoot?.querySelector("h2"));

async function shoot(name, { width = 1100, height = 900, url = "/", steps = async () => {}, full = true, ready = rendered } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(base + url);
  await ready(page);
  await steps(page);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: full });
  await page.close();
}

const region = (page) => page.getByRole("region", { name: /Peer Compass/ }).first();
// A varied set of answers on both scales, so the result shows a real profile ("Co-designer").
const mixed = (page) => new Compass(page).answerAll(labels(ANSWERS.coDesigner));

await shoot("welcome");
await shoot("question", { steps: async (p) => { await region(p).getByRole("button", { name: "Start" }).click(); await region(p).getByRole("radio", { name: "Often" }).check(); } });
await shoot("check", { steps: mixed });
await shoot("result", { steps: async (p) => { await mixed(p); await region(p).getByRole("button", { name: "See my result" }).click(); } });
await shoot("result-nb", { steps: async (p) => { await mixed(p); await region(p).getByRole("button", { name: "See my result" }).click(); await region(p).getByRole("button", { name: "Norsk (bokmål)" }).click(); } });
await shoot("phone-question", { width: 375, height: 800, steps: async (p) => { await region(p).getByRole("button", { name: "Start" }).click(); } });
await shoot("phone-result", { width: 375, height: 800, steps: async (p) => { await mixed(p); await region(p).getByRole("button", { name: "See my result" }).click(); } });
await shoot("dark", { url: "/examples/dark.html" });
await shoot("saving", { url: "/examples/saving.html" });
await shoot("hostile", { url: "/examples/hostile.html" });
await shoot("two-instances", { url: "/examples/two-instances.html", width: 1500 });
await shoot("broken-content", { url: "/examples/broken-content.html" });
await shoot("iframe", {
  url: "/examples/iframe.html",
  ready: (p) => p.frameLocator("#compass-frame").getByRole("button", { name: "Start" }).waitFor(),
  steps: async (p) => { await p.waitForTimeout(500); },
});

// The print layout, as a PDF turned into an image by the browser itself.
const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
await page.goto(base + "/");
await mixed(page);
await region(page).getByRole("button", { name: "See my result" }).click();
await page.emulateMedia({ media: "print" });
await page.screenshot({ path: `${out}/print.png`, fullPage: true });
await page.pdf({ path: `${out}/../result-example.pdf`, format: "A4", printBackground: true });
await browser.close();
server.kill();
