// Load timing in headless Chromium: from navigation to the widget's first
// screen rendered (wasm fetched, compiled, content parsed and validated,
// first render), over repeated cold loads of the release build.
// node bench.mjs [runs]; figures in docs/PERFORMANCE.md.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";

const runs = Number(process.argv[2] ?? 15);
const server = spawn("node", ["serve.mjs", "../dist", "8091"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_BIN ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
const times = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext(); // no cache carried over
  const page = await context.newPage();
  await page.goto("http://127.0.0.1:8091/");
  await page.waitForFunction(() => document.querySelector("peer-compass")?.shadowRoot?.querySelector("h2"));
  times.push(await page.evaluate(() => performance.now()));
  await context.close();
}
await browser.close();
server.kill();
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(0);
console.log(`navigation to first screen: median ${at(0.5)} ms, fastest ${at(0)} ms, slowest ${at(1)} ms (${runs} cold loads, loopback)`);
