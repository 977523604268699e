// Peer Compass against SurveyJS, and the trainer's aggregation, in one command:
//
//   node bench/run.mjs [--runs 7] [--conditions unthrottled,cpu4,cpu4-slow3g]
//                      [--encoding browser|gzip|br] [--dist DIR]
//                      [--parts widgets,trainer] [--codes 1000,10000]
//                      [--trainer-conditions unthrottled,cpu4]
//                      [--out results/<date>.json]
//
// Serves the pages from one local server, then, in Debian's Chromium driven by
// Playwright, runs each page in a fresh context alternately (A B C A B C …:
// Peer Compass, Peer Compass with preload hints, SurveyJS), at least 7 times
// per page under each condition; then times the trainer's page adding 1,000
// and 10,000 share codes and drawing the group's picture. It prints Markdown
// tables of medians, min–max and ratios; raw results go to
// bench/results/<date>.json. What is measured and how: bench/README.md.
// It installs nothing: it stops with a message when the build, the
// command-line tool or node_modules are missing.
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from "node:fs";
import { cpus, totalmem, release, platform, loadavg } from "node:os";
import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, missing, versionOf, DIST, preloadHints } from "./lib/pages.mjs";
import { ROOT, choicesOf, readScales } from "./survey-json.mjs";
import { makeCodes, cliMissing, CLI } from "./lib/codes.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const started = Date.now();

// ---- options ----------------------------------------------------------------
const args = process.argv.slice(2);
const KNOWN = ["runs", "conditions", "encoding", "out", "dist", "parts", "codes", "trainer-conditions"];
for (let i = 0; i < args.length; i += 2) {
  const name = args[i].replace(/^--/, "");
  if (!args[i].startsWith("--") || !KNOWN.includes(name)) fail(`unknown argument ${args[i]}; options: ${KNOWN.map((k) => `--${k}`).join(", ")}`);
  if (args[i + 1] === undefined) fail(`${args[i]} needs a value`);
}
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const list = (name, fallback) => opt(name, fallback).split(",").filter(Boolean);
const RUNS = Number(opt("runs", 7));
const CONDITIONS = {
  unthrottled: { id: "unthrottled", label: "unthrottled", cpu: 1, network: null },
  cpu4: { id: "cpu4", label: "CPU 4× slower", cpu: 4, network: null },
  "cpu4-slow3g": {
    id: "cpu4-slow3g",
    label: "CPU 4× + 150 ms RTT, 1.6 Mbit/s",
    cpu: 4,
    // Chromium's emulation adds the latency to every request and caps
    // throughput per direction (bytes per second).
    network: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
  },
};
const conditionIds = list("conditions", Object.keys(CONDITIONS).join(","));
const trainerConditionIds = list("trainer-conditions", "unthrottled,cpu4");
const PARTS = list("parts", "widgets,trainer");
const CODE_COUNTS = list("codes", "1000,10000").map(Number);
const ENCODING = opt("encoding", "browser"); // what the timed runs ask for
const DIST_DIR = resolve(opt("dist", DIST));
// Tall enough that a question, its buttons and the host page above it fit
// without scrolling, so neither the harness nor a library scrolls mid-step.
const VIEWPORT = { width: 1280, height: 1400 };
const EXECUTABLE = process.env.CHROME_BIN ?? "/usr/bin/chromium";
// The launch flags of e2e/playwright.config.js.
const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
// SurveyJS's default theme asks Google Fonts for Open Sans; those requests are
// blocked in the browser (they fail at once) and recorded.
const BLOCKED = ["*://fonts.gstatic.com/*", "*://fonts.googleapis.com/*"];
const isBlockedFont = (url) => /^https?:\/\/fonts\.(gstatic|googleapis)\.com\//.test(url);
// The trainer's words the harness looks for (core/src/text/trainer.rs, English).
const TRAINER = {
  region: "Peer Compass for trainers",
  paste: "Paste codes, or a whole chat log",
  add: "Add the codes",
  tab: "Group picture",
  counted: (n) => `${n} counted · 0 not counted`,
  lead: (n) => `First round: ${n} codes.`,
  // The last part of the picture's view, drawn in the same render as the rest.
  export: "Download the summary for a spreadsheet (CSV)",
};

if (!Number.isInteger(RUNS) || RUNS < 1) fail(`--runs must be a positive whole number`);
for (const c of [...conditionIds, ...trainerConditionIds]) {
  if (!CONDITIONS[c]) fail(`unknown condition ${c}; known: ${Object.keys(CONDITIONS).join(", ")}`);
}
for (const p of PARTS) if (!["widgets", "trainer"].includes(p)) fail(`unknown part ${p}; known: widgets, trainer`);
for (const n of CODE_COUNTS) if (!Number.isInteger(n) || n < 3) fail(`--codes: ${n} is not a whole number of at least 3 (the smallest group shown)`);
if (!["browser", "gzip", "br"].includes(ENCODING)) fail("--encoding is browser, gzip or br");
const WIDGETS = PARTS.includes("widgets");
const TRAINING = PARTS.includes("trainer");

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// ---- prerequisites ----------------------------------------------------------
const gaps = missing(DIST_DIR);
if (!existsSync(EXECUTABLE)) gaps.push(`${EXECUTABLE} is missing: install Debian's chromium (scripts/setup --browser)`);
if (TRAINING) {
  const cli = cliMissing();
  if (cli) gaps.push(cli);
}
if (gaps.length) fail(`cannot run:\n  ${gaps.join("\n  ")}`);
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";
const { chromium, expect } = await import("@playwright/test");
const { startServer } = await import("./lib/server.mjs");

const PROBE = readFileSync(join(BENCH, "lib/probe.js"), "utf8");
// A debug build (trunk serve writes one to dist/) is several times larger.
for (const [file, most] of [["peer-compass_bg.wasm", 1_000_000], ["peer-compass-trainer_bg.wasm", 2_000_000]]) {
  const bytes = statSync(join(DIST_DIR, file)).size;
  if (bytes > most) fail(`${join(DIST_DIR, file)} is ${bytes} bytes: a debug build? Build with trunk build --release.`);
}
const log = (...a) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...a);
const { files, targets, content } = build(DIST_DIR);
const gitOut = (...a) => execFileSync("git", ["-C", ROOT, ...a], { encoding: "utf8" }).trim();
const source = {
  commit: gitOut("rev-parse", "HEAD"),
  // Uncommitted changes in what the build is made of, when the run started.
  changed: gitOut("status", "--porcelain", "--", "src", "core", "trainer", "web", "styles", "index.html", "Cargo.toml", "Cargo.lock", "build.rs")
    .split("\n").filter(Boolean),
  dist: DIST_DIR,
};

// Share codes from real results (lib/codes.mjs), before the browser starts.
let codeSet = null;
if (TRAINING) {
  codeSet = makeCodes(content, Math.max(...CODE_COUNTS));
  log(`${codeSet.codes.length} distinct share codes from ${codeSet.people} people's answers, scored by ${CLI}`);
}

const server = await startServer(files);
const browser = await chromium.launch({ executablePath: EXECUTABLE, args: LAUNCH_ARGS, headless: true });
log(`serving ${DIST_DIR} on ${server.url}; Chromium ${browser.version()}`);

// ---- one page in a fresh context ------------------------------------------------
/**
 * A fresh context and page with the probe, the network recorded through the
 * DevTools protocol, and the condition applied. Returns { page, cdp, out,
 * finish } where finish() closes the context and checks the requests.
 */
async function openRun(target, condition, opts = {}) {
  const timeoutMs = opts.timeoutMs ?? (condition.network ? 120_000 : 60_000);
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: "block" });
  if (opts.clipboard) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  const plan = { start: target.start ?? null, timeoutMs };
  await context.addInitScript({ content: `window.__benchPlan = ${JSON.stringify(plan)};\n${PROBE}` });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && errors.push(`console ${m.type()}: ${m.text()}`));
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  const req = (id) => requests.get(id) ?? requests.set(id, {}).get(id);
  cdp.on("Network.requestWillBeSent", (e) => {
    Object.assign(req(e.requestId), {
      url: e.request.url,
      type: e.type,
      sentAt: e.timestamp,
      acceptEncoding: e.request.headers["Accept-Encoding"] ?? e.request.headers["accept-encoding"],
    });
  });
  cdp.on("Network.requestWillBeSentExtraInfo", (e) => {
    const h = e.headers ?? {};
    const ae = h["Accept-Encoding"] ?? h["accept-encoding"];
    if (ae) req(e.requestId).acceptEncoding = ae;
  });
  cdp.on("Network.responseReceived", (e) => {
    const h = e.response.headers ?? {};
    Object.assign(req(e.requestId), { status: e.response.status, encoding: h["content-encoding"] ?? h["Content-Encoding"] ?? "identity" });
  });
  cdp.on("Network.loadingFinished", (e) => Object.assign(req(e.requestId), { transferred: e.encodedDataLength, finishedAt: e.timestamp }));
  cdp.on("Network.loadingFailed", (e) =>
    Object.assign(req(e.requestId), { failed: e.errorText, blockedReason: e.blockedReason ?? null }),
  );
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.setBlockedURLs", { urls: BLOCKED });
  if (opts.encoding) await cdp.send("Network.setExtraHTTPHeaders", { headers: { "Accept-Encoding": opts.encoding } });
  if (condition.cpu > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: condition.cpu });
  if (condition.network) await cdp.send("Network.emulateNetworkConditions", condition.network);

  const logFrom = server.log.length;
  const out = { page: target.id, condition: condition.id, encoding: opts.encoding ?? "browser" };
  const finish = async () => {
    out.errors = errors;
    out.requests = [...requests.values()].filter((r) => r.url);
    // Times in ms from the first request (the page's), for a waterfall.
    const t0 = Math.min(...out.requests.map((r) => r.sentAt ?? Infinity));
    for (const r of out.requests) {
      if (r.sentAt !== undefined) r.sentAt = +((r.sentAt - t0) * 1000).toFixed(1);
      if (r.finishedAt !== undefined) r.finishedAt = +((r.finishedAt - t0) * 1000).toFixed(1);
    }
    out.server = server.log.slice(logFrom);
    await context.close();
  };
  return { page, cdp, out, timeoutMs, finish };
}

/**
 * Real mouse clicks (press and release, trusted input) at an element's
 * centre, without a mouse move first (Chromium delivers moves aligned to
 * animation frames, which would add up to a frame to every click). The page
 * then says whether it hit; if it did, __bench[fn](...args) runs in the same
 * round trip. If the page moved the element away in between, the click is
 * made again at its new place (counted in `misses`).
 */
function clicker(page, cdp, name) {
  const misses = {};
  const clickThen = async (point, tag, fn, args) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const at = { x: point.x, y: point.y, button: "left", clickCount: 1 };
      // Both sent at once: the browser handles them in order.
      await Promise.all([
        cdp.send("Input.dispatchMouseEvent", { type: "mousePressed", buttons: 1, ...at }),
        cdp.send("Input.dispatchMouseEvent", { type: "mouseReleased", buttons: 0, ...at }),
      ]);
      const r = await page.evaluate(([t, f, a]) => __bench.after(t, f, a), [tag, fn, args]);
      if (r.hit) return r.value;
      if (r.error) throw new Error(`${name}: ${r.error}`);
      (misses[tag] ??= []).push(r.missed ?? "not delivered");
      point = r;
    }
    throw new Error(`${name}: 20 clicks for ${tag} missed`);
  };
  return { clickThen, misses };
}

// ---- the widgets: one load and scripted completion ------------------------------------
/**
 * One load and scripted completion of one page in a fresh context.
 * opts: { encoding: "gzip"|"br"|null, verify: bool (role-based checks at every
 * step, untimed use only) }.
 */
async function runOnce(target, condition, opts = {}) {
  const { page, cdp, out, timeoutMs, finish } = await openRun(target, condition, opts);
  try {
    await page.goto(server.url + target.path, { waitUntil: "commit", timeout: timeoutMs });
    if (target.id === "host") {
      await page.waitForLoadState("load");
    } else {
      await script(page, cdp, target, timeoutMs, opts, out);
    }
    out.memory = await memory(cdp);
    if (target.id !== "host") await verifyEnd(page, target, out);
  } finally {
    await finish();
  }
  checkRequests(target, out);
  return out;
}

/** The scripted completion, timed in the page (see lib/probe.js). */
async function script(page, cdp, target, timeoutMs, opts, out) {
  const evaluate = (fn, arg) => page.evaluate(fn, arg);
  const { clickThen, misses } = clicker(page, cdp, target.name);
  const start = await evaluate(() => __bench.waitArmed());
  const n = target.questions.length;
  const ready = [];
  const seen = [];
  // Start → first question.
  let at = await evaluate(
    ([spec, button, t]) => __bench.armAndLocate(spec, button, "start", t),
    [target.questions[0], target.start.button, timeoutMs],
  );
  let r = await clickThen(at, "start", "waitArmed", ["radio:0"]);
  const steps = []; // [tag of the click, the screen it led to was ready at]
  for (let i = 0; i < n; i++) {
    const tag = `radio:${i}`;
    ready.push(r.t);
    seen.push(r.seen);
    const nextSpec = i + 1 < n ? target.questions[i + 1] : (target.review ?? target.done);
    const button = i + 1 < n ? target.next : target.last;
    if (opts.verify) {
      await clickThen(r, tag, "waitChange", [tag, timeoutMs]);
      await verifyQuestion(page, target.questions[i]);
      at = await evaluate((a) => __bench.armAndLocate(...a), [nextSpec, button, `next:${i}`, timeoutMs]);
    } else {
      at = await clickThen(r, tag, "changeThenArm", [tag, timeoutMs, nextSpec, button, `next:${i}`]);
    }
    r = await clickThen(at, `next:${i}`, "waitArmed", [`radio:${i + 1}`]);
    steps.push([`next:${i}`, r.t]);
  }
  if (target.review) {
    out.reviewReady = r.t;
    at = await evaluate((a) => __bench.armAndLocate(...a), [target.done, target.review.button, "review", timeoutMs]);
    r = await clickThen(at, "review", "waitArmed", []);
    steps.push(["review", r.t]);
  }
  const done = r;
  const rec = await evaluate(() => ({ clicks: __bench.clicks, changes: __bench.changes, scrolls: __bench.scrolls }));
  const hitAt = (tag) => {
    const c = rec.clicks.find((k) => k.tag === tag && k.hit);
    if (!c) throw new Error(`${target.name}: no click recorded for ${tag}`);
    return c.t;
  };
  const firstAt = (tag) => rec.clicks.find((k) => k.tag === tag).t;
  if (rec.changes.length !== n) throw new Error(`${target.name}: ${rec.changes.length} answers recorded, expected ${n}`);
  rec.changes.forEach((c, i) => {
    if (c.tag !== `radio:${i}` || !c.checked || c.name !== target.questions[i].radio) {
      throw new Error(`${target.name}: question ${i + 1} answered ${JSON.stringify(c)}, expected "${target.questions[i].radio}" checked`);
    }
  });
  const change = rec.changes.map((c) => c.t);
  const nextClick = Array.from({ length: n }, (_, i) => hitAt(`next:${i}`));
  const radioClick = Array.from({ length: n }, (_, i) => firstAt(`radio:${i}`));
  const startClick = hitAt("start");
  const firstReady = ready[0];
  Object.assign(out, {
    // Navigation → the Start button ready.
    startScreen: start.t,
    startScreenSeen: start.seen,
    // Navigation → the first question ready, as if Start were clicked the
    // moment it was ready: start screen + (Start click → first question
    // ready). The direct figure, with the harness's reaction time to the
    // Start button in it, is firstQuestionDirect.
    firstQuestion: start.t + (firstReady - startClick),
    firstQuestionDirect: firstReady,
    firstQuestionAnswered: change[0],
    // Next click → next question ready, questions 2…n.
    nextToReady: ready.slice(1).map((t, i) => t - nextClick[i]),
    nextToSeen: seen.slice(1).map((t, i) => t - nextClick[i]),
    // … → the click on its radio reflected as checked (harness latency in it).
    nextToAnswered: change.slice(1).map((t, i) => t - nextClick[i]),
    // The page's own handling of a click on a radio: the trusted click → change.
    inputDelay: change.map((t, i) => t - hitAt(`radio:${i}`)),
    // Ready → the harness's click delivered (DevTools round trips; 0 for a person).
    harnessLatency: radioClick.map((t, i) => t - ready[i]),
    // Start click → the final screen ready, every question answered by the script.
    completion: done.t - startClick,
    // The page's share of it: the sum over every click of click → the next screen ready.
    completionPage:
      firstReady - startClick + steps.reduce((a, [tag, t]) => a + (t - hitAt(tag)), 0) +
      change.reduce((a, t, i) => a + (t - hitAt(`radio:${i}`)), 0),
    doneAt: done.t,
    startClick,
    misses,
    scrolls: rec.scrolls,
  });
  out.nextMedian = median(out.nextToReady);
  out.inputDelayMedian = median(out.inputDelay);
}

/** Role-based checks with Playwright's locators, as a person meets each screen (warm-up runs only). */
async function verifyQuestion(page, q) {
  const group = page.getByRole("group", { name: q.question }).or(page.getByRole("radiogroup", { name: q.question }));
  await expect(group).toBeVisible();
  await expect(group.getByRole("radio", { name: q.radio, exact: true })).toBeChecked();
}

async function verifyEnd(page, target, out) {
  if (target.id === "pc" || target.id === "pcPreload") {
    const region = page.getByRole("region", { name: "Peer Compass" });
    await expect(region.getByText("Your result", { exact: true })).toBeVisible();
    await expect(region.getByRole("heading", { level: 2 })).toBeVisible();
    await expect(region.getByRole("heading", { name: "For you" })).toBeVisible();
  } else {
    await expect(page.getByText("Thank you for completing the survey")).toBeVisible();
    const data = await page.evaluate(() => window.peerCompassSurvey.data);
    const answered = Object.keys(data).length;
    if (answered !== target.questions.length) throw new Error(`SurveyJS: ${answered} answers in its data, expected ${target.questions.length}`);
  }
  out.verified = true;
}

/** JS heap after a forced garbage collection, and every WebAssembly.Memory's size. */
async function memory(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const { result: proto } = await cdp.send("Runtime.evaluate", { expression: "WebAssembly.Memory.prototype" });
  const { objects } = await cdp.send("Runtime.queryObjects", { prototypeObjectId: proto.objectId });
  const { result } = await cdp.send("Runtime.callFunctionOn", {
    objectId: objects.objectId,
    functionDeclaration: "function () { return this.map((m) => m.buffer.byteLength); }",
    returnByValue: true,
  });
  const wasm = result.value.reduce((a, b) => a + b, 0);
  const { metrics } = await cdp.send("Performance.getMetrics").catch(() => ({ metrics: [] }));
  return {
    jsHeapUsed: heap.usedSize,
    jsHeapTotal: heap.totalSize,
    wasmMemories: result.value,
    wasm,
    total: heap.usedSize + wasm,
    metrics: Object.fromEntries(metrics.map((m) => [m.name, m.value])),
  };
}

/**
 * Fail the run if the page logged an error or warning, asked anything of
 * another origin other than the blocked fonts, did not load one of its own
 * files, or loaded one twice (a preload hint the page did not use).
 */
function checkRequests(target, out) {
  if (out.errors.length) throw new Error(`${target.name}: errors on the page: ${out.errors.join("; ")}`);
  const local = (url) => url.startsWith(server.url + "/") || url.startsWith("data:") || url.startsWith("blob:");
  out.blocked = [];
  for (const r of out.requests) {
    if (local(r.url)) {
      if (r.url.startsWith(server.url) && (r.failed !== undefined || r.status !== 200)) {
        throw new Error(`${target.name}: ${r.url} ${r.failed ?? r.status}`);
      }
      continue;
    }
    if (isBlockedFont(r.url) && (r.blockedReason || r.failed !== undefined)) {
      out.blocked.push(r.url);
      continue;
    }
    throw new Error(`${target.name}: a request off the local server: ${r.url} (${r.failed ?? r.status})`);
  }
  for (const s of out.server) if (s.status !== 200) throw new Error(`${target.name}: the server answered ${s.status} for ${s.path}`);
  // The widget's own files, the host page and host CSS apart, as the server sent them.
  const own = out.server.filter((s) => target.own.includes(s.path));
  out.own = {
    requests: own.length,
    bytes: own.reduce((a, s) => a + s.bytes, 0),
    encodings: [...new Set(own.map((s) => s.encoding))],
    files: Object.fromEntries(own.map((s) => [s.path, { encoding: s.encoding, bytes: s.bytes }])),
  };
  const missingFiles = target.own.filter((p) => !own.some((s) => s.path === p));
  if (missingFiles.length) throw new Error(`${target.name}: did not load ${missingFiles.join(", ")}`);
  const twice = target.own.filter((p) => own.filter((s) => s.path === p).length > 1);
  if (twice.length) throw new Error(`${target.name}: loaded ${twice.join(", ")} more than once`);
}

// ---- the trainer: adding codes, and the group's picture ---------------------------------
/**
 * One trainer session in a fresh context: the trainer's page loads, the
 * codes are pasted into "Paste codes, or a whole chat log" (put on the
 * clipboard, then Ctrl+V in the field; untimed), then timed:
 * a trusted click on "Add the codes" → "N counted · 0 not counted" shown and
 * stable; a trusted click on the "Group picture" tab → the picture drawn
 * ("First round: N codes." and the view's last button shown and stable).
 * Then checks that the picture holds every code, and memory.
 */
async function trainerRun(condition, n, expected) {
  const target = targets.trainer;
  const { page, cdp, out, timeoutMs, finish } = await openRun(target, condition, { timeoutMs: 300_000, clipboard: true });
  out.codes = n;
  try {
    await page.goto(server.url + target.path, { waitUntil: "commit", timeout: timeoutMs });
    const evaluate = (fn, arg) => page.evaluate(fn, arg);
    const { clickThen, misses } = clicker(page, cdp, target.name);
    const ready = await evaluate(() => __bench.waitArmed());
    const region = page.getByRole("region", { name: TRAINER.region, exact: true });
    const area = region.getByLabel(TRAINER.paste, { exact: true });
    // A real paste: the codes on the clipboard, the field focused, Ctrl+V.
    await page.evaluate((text) => navigator.clipboard.writeText(text), expected.text);
    await area.focus();
    await page.keyboard.press("Control+V");
    const length = await area.evaluate((el) => el.value.length);
    if (length !== expected.text.length) throw new Error(`Trainer: the paste field holds ${length} characters, not ${expected.text.length}`);
    // The paste's garbage is not the trainer's: collect it before timing.
    await cdp.send("HeapProfiler.collectGarbage");
    let at = await evaluate((a) => __bench.armAndLocate(...a), [{ text: TRAINER.counted(n) }, TRAINER.add, "add", timeoutMs]);
    const counted = await clickThen(at, "add", "waitArmed", []);
    at = await evaluate((a) => __bench.armAndLocate(...a), [
      { all: [{ text: TRAINER.lead(n) }, { button: TRAINER.export }] },
      TRAINER.tab,
      "picture",
      timeoutMs,
    ]);
    const drawn = await clickThen(at, "picture", "waitArmed", []);
    const clicks = await evaluate(() => __bench.clicks.filter((c) => c.hit));
    const hitAt = (tag) => {
      const c = clicks.find((k) => k.tag === tag);
      if (!c) throw new Error(`Trainer: no click recorded for ${tag}`);
      return c.t;
    };
    Object.assign(out, {
      // Navigation → "Add the codes" ready.
      trainerReady: ready.t,
      // The click on "Add the codes" → every code's outcome counted and shown.
      addToCounted: counted.t - hitAt("add"),
      // The click on the "Group picture" tab → the picture drawn.
      tabToPicture: drawn.t - hitAt("picture"),
      // Both, as if the tab were clicked the moment the count showed.
      addToPicture: counted.t - hitAt("add") + (drawn.t - hitAt("picture")),
      misses,
    });
    out.picture = await checkPicture(page, n, expected);
    out.memory = await memory(cdp);
  } finally {
    await finish();
  }
  checkRequests(target, out);
  return out;
}

/** The picture as drawn holds all n codes, as the results they were made from say. */
async function checkPicture(page, n, expected) {
  const shown = await page.evaluate(() => {
    const root = document.querySelector("peer-compass").shadowRoot;
    const numbers = (selector) => [...root.querySelectorAll(selector)].map((el) => parseFloat(el.textContent));
    const spreads = [...root.querySelectorAll(".pc-spreads .pc-datatable tbody tr")].map((tr) => {
      const cells = [...tr.querySelectorAll("td")].map((td) => td.textContent.trim());
      return { scores: Number(cells[0]), median: cells[1] === "" ? null : parseFloat(cells[1]), missing: Number(cells[3]) };
    });
    return {
      ladder: numbers(".pc-ladder__count"),
      modes: numbers(".pc-modes .pc-bars__value"),
      spreads,
      plots: root.querySelectorAll(".pc-plot").length,
      prompts: root.querySelectorAll(".pc-prompt").length,
    };
  });
  const sorted = (xs) => [...xs].sort((a, b) => a - b).join(",");
  const problems = [];
  if (sorted(shown.ladder) !== sorted(expected.ladder)) problems.push(`ladder ${shown.ladder} (expected, in any order, ${expected.ladder})`);
  if (sorted(shown.modes) !== sorted(expected.modes)) problems.push(`modes ${shown.modes} (expected ${expected.modes})`);
  if (JSON.stringify(shown.spreads) !== JSON.stringify(expected.spreads)) {
    problems.push(`areas ${JSON.stringify(shown.spreads)} (expected ${JSON.stringify(expected.spreads)})`);
  }
  if (shown.plots !== expected.spreads.filter((s) => s.scores > 0).length) problems.push(`${shown.plots} dot plots`);
  if (problems.length) throw new Error(`Trainer, ${n} codes: the picture is not of the codes given: ${problems.join("; ")}`);
  return shown;
}

/** What the picture of the first n codes must show, from the results they were made from. */
function expectedPicture(codes, dimensions) {
  const steps = new Map();
  const modes = new Map();
  for (const { scored } of codes) {
    const step = `${scored.placement}${scored.between ? "+" : ""}`;
    steps.set(step, (steps.get(step) ?? 0) + 1);
    modes.set(scored.mode, (modes.get(scored.mode) ?? 0) + 1);
  }
  const ladder = [...steps.values()];
  while (ladder.length < 8) ladder.push(0); // the eight steps, empty ones too
  const modeCounts = [...modes.values()];
  while (modeCounts.length < 4) modeCounts.push(0);
  const spreads = dimensions.slice(0, 5).map((id) => {
    const scores = codes
      .map(({ scored }) => scored.scores[id])
      .filter((s) => s !== null)
      .map((s) => Math.floor((Math.min(s, 100) + 2) / 5) * 5)
      .sort((a, b) => a - b);
    const m = scores.length >> 1;
    const med = scores.length === 0 ? null : scores.length % 2 ? scores[m] : (scores[m - 1] + scores[m]) / 2;
    return { scores: scores.length, median: med === null ? null : Math.round(med * 10) / 10, missing: codes.length - scores.length };
  });
  return { ladder, modes: modeCounts, spreads };
}

/**
 * The encoder in lib/codes.mjs against the widget: the widget answers a few of
 * the generated people's answers (and the benchmark's own) and must show, as
 * its share code, exactly the code made for them.
 */
async function checkCodesWithWidget(cases) {
  const scales = readScales(content);
  const labels = new Map(content.items.map((item) => [item.id, new Map(choicesOf(scales.get(item.scale), content.outside).map((c) => [c.value, c.text]))]));
  const answerLabel = (item, value) => labels.get(item.id).get(value === "n" ? "not_my_role" : value === "d" ? "dont_know" : value);
  const checked = [];
  for (const { why, answers, code } of cases) {
    const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: "block" });
    try {
      const page = await context.newPage();
      await page.goto(server.url + targets.pc.path);
      const region = page.getByRole("region", { name: "Peer Compass", exact: true });
      await region.getByRole("button", { name: "Start", exact: true }).click();
      for (const item of content.items) {
        const group = region.getByRole("group", { name: item.text.en });
        await group.getByRole("radio", { name: answerLabel(item, answers[item.id]), exact: true }).check();
        await region.getByRole("button", { name: "Next", exact: true }).click();
      }
      await region.getByRole("button", { name: "See my result", exact: true }).click();
      const shown = (await region.locator(".pc-share-code").innerText()).trim();
      if (shown !== code) throw new Error(`the widget shows ${shown} for ${why}; lib/codes.mjs made ${code}: its encoder is not the core's`);
      checked.push({ why, code });
    } finally {
      await context.close();
    }
  }
  return checked;
}

// ---- statistics and tables -----------------------------------------------------
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const summary = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length, values: xs });
const ms = (v) => (v >= 100 ? Math.round(v).toLocaleString("en") : v.toFixed(1));
const mb = (v) => (v / 1e6).toFixed(2);
const kb = (v) => (v / 1000).toFixed(1);
const cell = (s, f) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
const ratio = (a, b) => (a.median / b.median).toFixed(2);

// ---- the benchmark ----------------------------------------------------------------
const PAGES = [targets.pc, targets.pcPreload, targets.sjs];
const results = { chromium: browser.version(), loadBefore: loadavg(), bytes: {}, runs: [], warmup: [], trainer: [] };
try {
  if (TRAINING) {
    // The encoder against the widget, before anything is timed.
    const { codes } = codeSet;
    const dimensions = content.dimensions.map((d) => d.id);
    const pattern = Object.fromEntries(content.items.map((item, i) => {
      const k = content.scales.find((s) => s.id === item.scale).points.length;
      return [item.id, ((i + 1) % k) + 1];
    }));
    const { score, encode } = await import("./lib/codes.mjs");
    const cases = [{ why: "the benchmark's own answers", answers: pattern, code: encode(score(content, [pattern])[0], dimensions) }];
    for (const [why, pick] of [
      ["a result not on the ladder", (s) => ["not-placed", "little-room", "token-role"].includes(s.placement)],
      ["a result between two rungs, uneven", (s) => s.between !== null && s.uneven],
      ["a result with an area of too few answers", (s) => Object.values(s.scores).includes(null) && s.placement !== "not-placed"],
    ]) {
      const found = codes.find((c) => pick(c.scored));
      if (!found) throw new Error(`codes: no generated result is ${why}`);
      cases.push({ why, answers: found.answers, code: found.code });
    }
    results.codesChecked = await checkCodesWithWidget(cases);
    log(`codes checked against the widget: ${results.codesChecked.map((c) => `${c.code} (${c.why})`).join(", ")}`);
  }
  if (WIDGETS) {
    // Bytes on the wire, once per page and encoding, asking for that encoding
    // only. These runs double as the warm-up and check every step by role.
    for (const encoding of ["gzip", "br"]) {
      for (const t of PAGES) {
        const r = await runOnce(t, CONDITIONS.unthrottled, { encoding, verify: true });
        if (r.own.encodings.some((e) => e !== encoding)) throw new Error(`${t.name}: asked for ${encoding}, got ${r.own.encodings}`);
        results.bytes[`${t.id}:${encoding}`] = r.own;
        results.warmup.push(r);
        log(`${t.name}, ${encoding}: ${r.own.requests} files, ${kb(r.own.bytes)} KB; every step checked by role; blocked ${r.blocked.length} font requests`);
      }
    }
    // The timed runs: A B C A B C …, a fresh context each.
    const encoding = ENCODING === "browser" ? null : ENCODING;
    for (const cid of conditionIds) {
      const condition = CONDITIONS[cid];
      for (let i = 0; i < RUNS; i++) {
        for (const t of PAGES) {
          const r = await runOnce(t, condition, { encoding });
          r.index = i;
          results.runs.push(r);
          const missed = Object.values(r.misses).flat().length;
          log(`${condition.label}, ${t.name} #${i + 1}: start ${ms(r.startScreen)} ms, first question ${ms(r.firstQuestion)} ms, ` +
            `Next ${ms(r.nextMedian)} ms, completion ${ms(r.completion)} ms, memory ${mb(r.memory.total)} MB` +
            (missed ? `, ${missed} click(s) missed and made again` : "") + (r.scrolls.length ? `, ${r.scrolls.length} scroll(s)` : ""));
        }
      }
    }
    // The bare host page, for what the page and the harness take without either widget.
    results.baseline = [];
    for (let i = 0; i < 3; i++) results.baseline.push(await runOnce(targets.host, CONDITIONS.unthrottled, {}));
  }
  if (TRAINING) {
    const dimensions = content.dimensions.map((d) => d.id);
    const sets = Object.fromEntries(CODE_COUNTS.map((n) => {
      const codes = codeSet.codes.slice(0, n);
      // One code a line, as a list pasted from anywhere.
      return [n, { text: codes.map((c) => c.code).join("\n") + "\n", ...expectedPicture(codes, dimensions) }];
    }));
    // Alternating sizes, a fresh context each.
    for (const cid of trainerConditionIds) {
      const condition = CONDITIONS[cid];
      for (let i = 0; i < RUNS; i++) {
        for (const n of CODE_COUNTS) {
          const r = await trainerRun(condition, n, sets[n]);
          r.index = i;
          results.trainer.push(r);
          log(`${condition.label}, trainer, ${n} codes #${i + 1}: ready ${ms(r.trainerReady)} ms, add → counted ${ms(r.addToCounted)} ms, ` +
            `tab → picture ${ms(r.tabToPicture)} ms, memory ${mb(r.memory.total)} MB`);
        }
      }
    }
  }
} finally {
  results.loadAfter = loadavg();
  await browser.close();
  await server.close();
}

// ---- report --------------------------------------------------------------------------
const pick = (page, cid, f) => results.runs.filter((r) => r.page === page && r.condition === cid).map(f);
const agg = {};
const METRICS = [
  ["startScreen", "navigation → start screen"],
  ["firstQuestion", "navigation → first question interactive"],
  ["nextMedian", "Next → next question interactive (median of a run's 24)"],
  ["inputDelayMedian", "click on a radio → checked (median of a run's 25)"],
  ["completion", "scripted full completion, Start → result screen"],
  ["completionPage", "… of which the page's own time (every click → next screen ready)"],
];
const lines = [];
const versions = {
  peerCompass: (readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/^version\s*=\s*"([^"]+)"/m) ?? [])[1],
  questionnaire: content.version,
  surveyCore: versionOf("survey-core"),
  surveyJsUi: versionOf("survey-js-ui"),
  playwright: versionOf("@playwright/test"),
  chromium: results.chromium,
  node: process.version,
};
const date = new Date();
const day = date.toISOString().slice(0, 10);
const machine = {
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
  os: `${platform()} ${release()}`,
};
const size = (paths, enc) => paths.reduce((a, p) => a + server.sizes[p][enc], 0);

lines.push(`### Peer Compass / SurveyJS, ${day}`);
lines.push("");
lines.push(`${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GiB; Chromium ${results.chromium}, Playwright ${versions.playwright}, ` +
  `Node ${versions.node}; survey-core ${versions.surveyCore}, survey-js-ui ${versions.surveyJsUi}; Peer Compass ${versions.peerCompass} ` +
  `(commit ${source.commit.slice(0, 7)}${source.changed.length ? `, with uncommitted changes in ${source.changed.length} file(s)` : ""}; build ${DIST_DIR}), ` +
  `questionnaire ${versions.questionnaire}. ${RUNS} runs per page per condition, alternating, each in a fresh context.`);
lines.push("");
lines.push("#### Bytes on the wire (each one's own files, host page apart)");
lines.push("");
lines.push("| | files | raw | gzip | brotli | gzip PC/SJS | brotli PC/SJS |");
lines.push("|---|---:|---:|---:|---:|---:|---:|");
if (WIDGETS) {
  const b = (t, e) => results.bytes[`${t.id}:${e}`].bytes;
  for (const t of PAGES) {
    lines.push(`| ${t.name} | ${t.own.length} | ${kb(size(t.own, "raw"))} KB | ${kb(b(t, "gzip"))} KB | ${kb(b(t, "br"))} KB | ` +
      (t.id === "sjs" ? "| |" : `${(b(t, "gzip") / b(targets.sjs, "gzip")).toFixed(2)} | ${(b(t, "br") / b(targets.sjs, "br")).toFixed(2)} |`));
  }
}
if (TRAINING) {
  const own = targets.trainer.own;
  lines.push(`| Trainer's page (trainer.html and all it loads) | ${own.length} | ${kb(size(own, "raw"))} KB | ${kb(size(own, "gzip"))} KB | ${kb(size(own, "br"))} KB | | |`);
}
lines.push("");
lines.push("| file | raw | gzip | brotli |");
lines.push("|---|---:|---:|---:|");
for (const t of [...(WIDGETS ? [targets.pc, targets.sjs] : []), ...(TRAINING ? [targets.trainer] : [])]) {
  for (const p of t.own) lines.push(`| ${p} | ${server.sizes[p].raw} | ${server.sizes[p].gzip} | ${server.sizes[p].br} |`);
}
lines.push("");
if (WIDGETS) {
  lines.push(`The preload page is the Peer Compass page with two lines added before its script: ` +
    preloadHints("/pc-preload/").map((h) => `\`${h}\``).join(" and ") + `. It loads the same files, each once (a run fails otherwise).`);
  lines.push("");
  for (const cid of conditionIds) {
    const c = CONDITIONS[cid];
    lines.push(`#### ${c.label} (ms)`);
    lines.push("");
    lines.push("| | Peer Compass median (min–max) | PC + preload hints | SurveyJS | PC / SJS | PC + preload / SJS |");
    lines.push("|---|---:|---:|---:|---:|---:|");
    agg[cid] = {};
    const row = (key, label, f, fmt) => {
      const [a, p, b] = PAGES.map((t) => summary(pick(t.id, cid, f)));
      agg[cid][key] = { pc: a, pcPreload: p, sjs: b, ratio: b.median ? a.median / b.median : null, ratioPreload: b.median ? p.median / b.median : null };
      lines.push(`| ${label} | ${cell(a, fmt)} | ${cell(p, fmt)} | ${cell(b, fmt)} | ${b.median ? ratio(a, b) : "–"} | ${b.median ? ratio(p, b) : "–"} |`);
    };
    for (const [key, label] of METRICS) row(key, label, (r) => r[key], ms);
    row("jsHeapUsed", "JS heap after GC (MB)", (r) => r.memory.jsHeapUsed, mb);
    row("wasm", "wasm memory (MB)", (r) => r.memory.wasm, mb);
    row("memoryTotal", "JS heap + wasm (MB)", (r) => r.memory.total, mb);
    lines.push("");
  }
  // The issue's targets.
  lines.push("#### Targets (issue 12)");
  lines.push("");
  lines.push("| target | condition | Peer Compass | PC + preload hints | met (PC / PC + hints) |");
  lines.push("|---|---|---:|---:|---|");
  const verdict = (ok) => ok.map((o) => (o ? "yes" : "no")).join(" / ");
  for (const cid of conditionIds) {
    const limit = cid === "cpu4-slow3g" ? 1 / 3 : 0.5;
    const f = agg[cid].firstQuestion;
    lines.push(`| first question interactive ≤ ${cid === "cpu4-slow3g" ? "1/3" : "0.5"} × SurveyJS | ${CONDITIONS[cid].label} | ` +
      `${f.ratio.toFixed(2)} × | ${f.ratioPreload.toFixed(2)} × | ${verdict([f.ratio <= limit, f.ratioPreload <= limit])} |`);
  }
  for (const cid of conditionIds) {
    const f = agg[cid].nextMedian;
    lines.push(`| Next → next question ≤ 16 ms median | ${CONDITIONS[cid].label} | ${ms(f.pc.median)} ms | ${ms(f.pcPreload.median)} ms | ` +
      `${verdict([f.pc.median <= 16, f.pcPreload.median <= 16])} |`);
  }
  lines.push("");
  {
    const base = summary(results.baseline.map((r) => r.memory.jsHeapUsed));
    const blocked = [...new Set(results.runs.flatMap((r) => r.blocked))];
    const blockedBy = (page) => {
      const runs = results.runs.filter((r) => r.page === page);
      const n = runs.filter((r) => r.blocked.length).length;
      return `${targets[page].name} in ${n} of its ${runs.length} timed runs` +
        (n ? ` (${Math.min(...runs.map((r) => r.blocked.length))}–${Math.max(...runs.map((r) => r.blocked.length))} requests a run)` : "");
    };
    lines.push(`The bare host page with the same harness: JS heap ${cell(base, mb)} MB, no wasm (part of every figure above).`);
    lines.push(`Blocked: requests for ${blocked.length} font file(s) on fonts.gstatic.com, by ${PAGES.map((t) => blockedBy(t.id)).join(", ")}; ` +
      `no other request left 127.0.0.1.`);
    const h = (page) => summary(results.runs.filter((r) => r.page === page).flatMap((r) => r.harnessLatency));
    const count = (page, f) => results.runs.filter((r) => r.page === page).reduce((a, r) => a + f(r), 0);
    const missed = (r) => Object.values(r.misses).flat().length;
    lines.push(`Clicks that missed (the page moved) and were made again: ${PAGES.map((t) => `${t.name} ${count(t.id, missed)}`).join(", ")}; ` +
      `scrolls by the harness: ${PAGES.map((t) => `${t.name} ${count(t.id, (r) => r.scrolls.length)}`).join(", ")}, over ${results.runs.length / PAGES.length} runs each.`);
    lines.push(`Harness latency (ready seen → click delivered), all questions of all timed runs: ${PAGES.map((t) => `${t.name} ${cell(h(t.id), ms)} ms`).join(", ")}.`);
    const encs = [...new Set(results.runs.flatMap((r) => r.own.encodings))];
    const ae = [...new Set(results.runs.flatMap((r) => r.requests.map((q) => q.acceptEncoding).filter(Boolean)))];
    lines.push(`Timed runs were served ${encs.join(", ")} (the browser sent Accept-Encoding: ${ae.join(" / ")}).`);
    lines.push("");
  }
}
if (TRAINING) {
  lines.push(`#### The trainer: adding share codes and drawing the group's picture (ms)`);
  lines.push("");
  lines.push(`Codes: ${codeSet.codes.length} distinct share codes of real results (${codeSet.people} generated people's answers, scored by ` +
    `\`peer-compass-cli score\`, written as codes by lib/codes.mjs); the first ${CODE_COUNTS.join(" and ")} pasted one a line. ` +
    `Checked against the widget: ${results.codesChecked.length} answer sets gave, in the widget, the very codes made for them; ` +
    `and every run's picture held every code (ladder, modes, and each area's count and median as the results say).`);
  lines.push("");
  agg.trainer = {};
  for (const cid of trainerConditionIds) {
    lines.push(`##### Trainer, ${CONDITIONS[cid].label}`);
    lines.push("");
    lines.push(`| | ${CODE_COUNTS.map((n) => `${n.toLocaleString("en")} codes median (min–max)`).join(" | ")} |`);
    lines.push(`|---|${CODE_COUNTS.map(() => "---:").join("|")}|`);
    agg.trainer[cid] = {};
    for (const [key, label, f, fmt] of [
      ["trainerReady", "navigation → trainer's page ready (\"Add the codes\")", (r) => r.trainerReady, ms],
      ["addToCounted", "\"Add the codes\" → \"N counted · 0 not counted\" shown", (r) => r.addToCounted, ms],
      ["tabToPicture", "\"Group picture\" tab → the picture drawn", (r) => r.tabToPicture, ms],
      ["addToPicture", "**submitting the codes → the group picture drawn** (the two above)", (r) => r.addToPicture, ms],
      ["jsHeapUsed", "JS heap after GC, on the picture (MB)", (r) => r.memory.jsHeapUsed, mb],
      ["wasm", "wasm memory (MB)", (r) => r.memory.wasm, mb],
      ["memoryTotal", "JS heap + wasm (MB)", (r) => r.memory.total, mb],
    ]) {
      const cells = CODE_COUNTS.map((n) => {
        const s = summary(results.trainer.filter((r) => r.condition === cid && r.codes === n).map(f));
        (agg.trainer[cid][key] ??= {})[n] = s;
        return cell(s, fmt);
      });
      lines.push(`| ${label} | ${cells.join(" | ")} |`);
    }
    lines.push("");
  }
}
const elapsed = (Date.now() - started) / 1000;
const la = (l) => l.map((v) => v.toFixed(1)).join(", ");
lines.push(`Run time: ${Math.floor(elapsed / 60)} min ${Math.round(elapsed % 60)} s. Load average (1, 5, 15 min) before: ${la(results.loadBefore)}; after: ${la(results.loadAfter)}.`);

const report = lines.join("\n");
console.log(report);
mkdirSync(join(BENCH, "results"), { recursive: true });
let outPath = opt("out", null) ?? join(BENCH, "results", `${day}.json`);
if (!opt("out", null) && existsSync(outPath)) outPath = join(BENCH, "results", `${day}-${date.toISOString().slice(11, 16).replace(":", "")}.json`);
writeFileSync(
  outPath,
  JSON.stringify(
    { date: date.toISOString(), elapsedSeconds: elapsed, machine, versions, source, parts: PARTS,
      conditions: conditionIds.map((c) => CONDITIONS[c]), trainerConditions: TRAINING ? trainerConditionIds.map((c) => CONDITIONS[c]) : [],
      runsPerPage: RUNS, codeCounts: TRAINING ? CODE_COUNTS : [], codes: TRAINING ? { people: codeSet.people, seed: codeSet.seed, list: codeSet.codes.map((c) => c.code) } : null,
      encoding: ENCODING, launchArgs: LAUNCH_ARGS, blockedPatterns: BLOCKED, viewport: VIEWPORT, sizes: server.sizes, sha256: server.sha256,
      compressors: { gzip: server.gzip, brotli: "zlib brotli quality 11" }, summary: agg, report, ...results },
    null,
    1,
  ),
);
log(`raw results: ${outPath}`);
