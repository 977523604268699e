// Runs the shared end-to-end suite in each engine, one after another:
//   node shared/run.mjs [chromium] [firefox] [webkit]     (default: all three)
// It starts the two test servers once (the release build on :8081, fixtures
// on :8082, as the Playwright suite does), then per engine starts that
// engine's WebDriver server itself, from the paths in scripts/env.sh, and
// points WebdriverIO at it:
//   chromium  Debian's chromedriver driving Debian's Chromium, headless
//   firefox   geckodriver (crates.io) driving Debian's Firefox ESR, headless
//   webkit    WebKitWebDriver driving WebKitGTK's MiniBrowser under Xvfb
// Nothing is downloaded. Prints each engine's time and counts, and fails if
// any engine did. PC_LANES=2 runs two engines at a time; PC_SPECS picks spec
// files (relative to shared/). docs/TESTING.md says what runs where and why.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const e2e = join(dirname(fileURLToPath(import.meta.url)), "..");
const ALL = ["chromium", "firefox", "webkit"];
const engines = process.argv.slice(2).length ? process.argv.slice(2) : (process.env.PC_ENGINES?.split(/[ ,]+/) ?? ALL);
for (const engine of engines) {
  if (!ALL.includes(engine)) throw new Error(`unknown engine "${engine}"; use ${ALL.join(", ")}`);
}

// Only ever the drivers we start; make sure no package tries to fetch one.
// The browsers' profiles and sockets go to a folder of this run, removed at its end.
const scratch = mkdtempSync(join(tmpdir(), "pc-e2e-"));
const env = { ...process.env, TMPDIR: scratch, PUPPETEER_SKIP_DOWNLOAD: "1", PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" };
for (const name of ["GECKODRIVER_AUTO_INSTALL", "EDGEDRIVER_AUTO_INSTALL", "CHROMEDRIVER_PATH"]) delete env[name];

const children = new Set();
function start(command, args, options = {}) {
  const child = spawn(command, args, { cwd: e2e, env, stdio: ["ignore", "pipe", "pipe"], detached: true, ...options });
  children.add(child);
  child.output = "";
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on("data", (chunk) => {
      child.output = (child.output + chunk).slice(-20_000);
    });
  }
  child.on("exit", () => children.delete(child));
  child.on("error", (error) => {
    child.output += `\n${command}: ${error.message}`;
  });
  return child;
}
function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", resolve);
    try {
      process.kill(-child.pid, "SIGTERM"); // the driver and the browser it started
    } catch {
      resolve();
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
    }, 3000).unref();
  });
}
process.on("exit", () => {
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
  }
  rmSync(scratch, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitFor(url, what, child, timeout = 30_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (child && child.exitCode !== null) break;
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not come up at ${url}\n${child?.output ?? ""}`);
}

/** An X server for MiniBrowser on a display number it picks itself. */
async function startXvfb() {
  const xvfb = start(need("/usr/bin/Xvfb", "Xvfb"), ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "pipe", "pipe", "pipe"],
  });
  const display = await new Promise((resolve, reject) => {
    let text = "";
    xvfb.stdio[3].on("data", (chunk) => {
      text += chunk;
      if (text.includes("\n")) resolve(`:${text.trim()}`);
    });
    xvfb.on("exit", () => reject(new Error(`Xvfb exited: ${xvfb.output}`)));
    setTimeout(() => reject(new Error("Xvfb did not start")), 10_000).unref();
  });
  return { xvfb, display };
}

function need(path, what) {
  if (!path || !existsSync(path)) throw new Error(`${what} not found at ${path}: run scripts/setup --browser`);
  return path;
}

async function startDriver(engine, port) {
  if (engine === "chromium") {
    need(env.CHROME_BIN ?? "/usr/bin/chromium", "Chromium");
    return { driver: start(need(env.CHROMEDRIVER ?? "/usr/bin/chromedriver", "chromedriver"), [`--port=${port}`]) };
  }
  if (engine === "firefox") {
    need(env.FIREFOX_BIN ?? "/usr/bin/firefox-esr", "Firefox ESR");
    const geckodriver = need(env.GECKODRIVER, "geckodriver");
    return { driver: start(geckodriver, ["--host", "127.0.0.1", "--port", String(port)]) };
  }
  need(env.MINIBROWSER, "MiniBrowser");
  const webdriver = need(env.WEBKIT_WEBDRIVER ?? "/usr/bin/WebKitWebDriver", "WebKitWebDriver");
  const { xvfb, display } = await startXvfb();
  // --replace-on-new-session: a session left behind by a crashed spec does not block the next.
  const driver = start(webdriver, [`--port=${port}`, "--replace-on-new-session"], { env: { ...env, DISPLAY: display } });
  return { driver, xvfb };
}

const servers = [
  start(process.execPath, ["serve.mjs", "../dist", "8081"]),
  start(process.execPath, ["serve.mjs", "fixtures", "8082"]),
];
await waitFor("http://127.0.0.1:8081/__log", "the asset server (:8081)", servers[0]);
await waitFor("http://127.0.0.1:8082/__log", "the fixture server (:8082)", servers[1]);

const results = [];
const begun = Date.now();
const countDir = join(scratch, "counts");
mkdirSync(countDir);
// PC_LANES=2 runs two engines at a time (each engine's output is then shown
// when it is done); the default, 1, runs them one after another.
const lanes = Math.max(1, Number(process.env.PC_LANES ?? 1));

async function runEngine(engine) {
  const started = Date.now();
  const port = await freePort();
  const buffered = lanes > 1;
  let output = "";
  let code = 1;
  let driver;
  let xvfb;
  const say = (text) => (buffered ? (output += `${text}\n`) : console.log(text));
  try {
    ({ driver, xvfb } = await startDriver(engine, port));
    await waitFor(`http://127.0.0.1:${port}/status`, `${engine}'s WebDriver server`, driver);
    say(`\n==> shared suite in ${engine}`);
    const wdio = spawn(process.execPath, [join(e2e, "node_modules/@wdio/cli/bin/wdio.js"), "run", "shared/wdio.conf.js"], {
      cwd: e2e,
      env: { ...env, PC_ENGINE: engine, PC_DRIVER_PORT: String(port), PC_COUNTS: join(countDir, engine) },
      stdio: buffered ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    if (buffered) for (const stream of [wdio.stdout, wdio.stderr]) stream.on("data", (chunk) => (output += chunk));
    code = await new Promise((resolve) => wdio.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0))));
  } catch (error) {
    say(`${engine}: ${error.message}`);
  } finally {
    if (code !== 0 && driver?.output) say(`--- ${engine} driver output (last lines) ---\n${driver.output.split("\n").slice(-30).join("\n")}`);
    await stop(driver);
    await stop(xvfb);
  }
  if (buffered) process.stdout.write(output);
  const outcomes = existsSync(join(countDir, engine)) ? readFileSync(join(countDir, engine), "utf8").split("\n") : [];
  const tally = Object.fromEntries(["passed", "failed", "skipped"].map((o) => [o, outcomes.filter((line) => line === o).length]));
  const specs = outcomes.filter((line) => line.startsWith("time ")).map((line) => line.slice(5).split(" "));
  results.push({ engine, code, seconds: (Date.now() - started) / 1000, specs, ...tally });
}

const queue = [...engines];
await Promise.all(
  Array.from({ length: Math.min(lanes, queue.length) }, async () => {
    while (queue.length) await runEngine(queue.shift());
  }),
);
results.sort((a, b) => engines.indexOf(a.engine) - engines.indexOf(b.engine));
await Promise.all(servers.map(stop));

console.log("\nshared suite, by engine:");
for (const { engine, code, seconds, passed, failed, skipped, specs } of results) {
  const counts = `${passed} passed, ${failed} failed, ${skipped} skipped`;
  console.log(`  ${engine.padEnd(9)} ${code === 0 ? "ok    " : "FAILED"}  ${seconds.toFixed(1).padStart(6)} s  ${counts}`);
  console.log(`            ${specs.map(([file, time]) => `${file.replace(/\.spec\.js$/, "")} ${time} s`).join(", ")}`);
}
console.log(`  all engines       ${((Date.now() - begun) / 1000).toFixed(1).padStart(6)} s`);
const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
// An engine that could not run at all counts as a failure.
const broken = results.filter((r) => r.code !== 0 && r.failed === 0).length;
console.log(`shared: ${total("passed")} passed, ${total("failed") + broken} failed, ${total("skipped")} skipped`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
