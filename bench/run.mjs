// Peer Compass against SurveyJS, in one command:
//
//   node bench/run.mjs [--runs 7] [--conditions unthrottled,cpu4,cpu4-slow3g]
//                      [--encoding browser|gzip|br] [--out results/<date>.json]
//
// Serves both pages from one local server, then, in Debian's Chromium driven by
// Playwright, runs each page in a fresh context alternately (A B A B …), at
// least 7 times per page under each condition, and prints Markdown tables of
// medians, min–max and the ratio Peer Compass / SurveyJS. Raw results go to
// bench/results/<date>.json. What is measured and how: bench/README.md.
// It installs nothing: it stops with a message when dist/ or node_modules are
// missing.
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from "node:fs";
import { cpus, totalmem, release, platform, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, missing, versionOf } from "./lib/pages.mjs";
import { ROOT } from "./survey-json.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const started = Date.now();

// ---- options ----------------------------------------------------------------
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
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
const conditionIds = opt("conditions", Object.keys(CONDITIONS).join(",")).split(",");
const ENCODING = opt("encoding", "browser"); // what the timed runs ask for
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

if (!Number.isInteger(RUNS) || RUNS < 1) fail(`--runs must be a positive whole number`);
for (const c of conditionIds) if (!CONDITIONS[c]) fail(`unknown condition ${c}; known: ${Object.keys(CONDITIONS).join(", ")}`);
if (!["browser", "gzip", "br"].includes(ENCODING)) fail("--encoding is browser, gzip or br");

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// ---- prerequisites ----------------------------------------------------------
const gaps = missing();
if (!existsSync(EXECUTABLE)) gaps.push(`${EXECUTABLE} is missing: install Debian's chromium (scripts/setup --browser)`);
if (gaps.length) fail(`cannot run:\n  ${gaps.join("\n  ")}`);
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";
const { chromium } = await import("@playwright/test");
const { expect } = await import("@playwright/test");
const { startServer } = await import("./lib/server.mjs");

const PROBE = readFileSync(join(BENCH, "lib/probe.js"), "utf8");
// A debug build (trunk serve writes one to dist/) is several times larger.
const wasmBytes = statSync(join(ROOT, "dist/peer-compass_bg.wasm")).size;
if (wasmBytes > 1_000_000) fail(`dist/peer-compass_bg.wasm is ${wasmBytes} bytes: a debug build? Run scripts/build first.`);
const { files, targets, survey } = build();
const server = await startServer(files);
const browser = await chromium.launch({ executablePath: EXECUTABLE, args: LAUNCH_ARGS, headless: true });
const log = (...a) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...a);
log(`serving on ${server.url}; Chromium ${browser.version()}`);

// ---- one run ------------------------------------------------------------------
/**
 * One load and scripted completion of one page in a fresh context.
 * opts: { encoding: "gzip"|"br"|null, verify: bool (role-based checks at every
 * step, untimed use only) }.
 */
async function runOnce(target, condition, opts = {}) {
  const timeoutMs = condition.network ? 120_000 : 60_000;
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: "block" });
  const plan = { start: target.start ?? null, timeoutMs };
  await context.addInitScript({ content: `window.__benchPlan = ${JSON.stringify(plan)};\n${PROBE}` });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
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
  }
  checkRequests(target, out);
  return out;
}

/** The scripted completion, timed in the page (see lib/probe.js). */
async function script(page, cdp, target, timeoutMs, opts, out) {
  const evaluate = (fn, arg) => page.evaluate(fn, arg);
  const misses = {};
  // A real mouse click (press and release, trusted input) at the element's
  // centre, without a mouse move first (Chromium delivers moves aligned to
  // animation frames, which would add up to a frame to every click). The
  // page then says whether it hit; if it did, B[fn](...args) runs in the
  // same round trip. If the page moved the element away in between, the
  // click is made again at its new place.
  const clickThen = async (point, tag, fn, args) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const at = { x: point.x, y: point.y, button: "left", clickCount: 1 };
      // Both sent at once: the browser handles them in order.
      await Promise.all([
        cdp.send("Input.dispatchMouseEvent", { type: "mousePressed", buttons: 1, ...at }),
        cdp.send("Input.dispatchMouseEvent", { type: "mouseReleased", buttons: 0, ...at }),
      ]);
      const r = await evaluate(([t, f, a]) => __bench.after(t, f, a), [tag, fn, args]);
      if (r.hit) return r.value;
      if (r.error) throw new Error(`${target.name}: ${r.error}`);
      (misses[tag] ??= []).push(r.missed ?? "not delivered");
      point = r;
    }
    throw new Error(`${target.name}: 20 clicks for ${tag} missed`);
  };
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
  if (target.id === "pc") {
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

/** Fail the run if the page asked anything of another origin, other than the blocked fonts. */
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
}

// ---- statistics and tables -----------------------------------------------------
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const summary = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length, values: xs });
const ms = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const mb = (v) => (v / 1e6).toFixed(2);
const kb = (v) => (v / 1000).toFixed(1);
const cell = (s, f) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
const ratio = (a, b) => (a.median / b.median).toFixed(2);

// ---- the benchmark ----------------------------------------------------------------
const results = { chromium: browser.version(), loadBefore: loadavg(), bytes: {}, runs: [], warmup: [] };
try {
  // Bytes on the wire, once per page and encoding, asking for that encoding
  // only. These runs double as the warm-up and check every step by role.
  for (const encoding of ["gzip", "br"]) {
    for (const t of [targets.pc, targets.sjs]) {
      const r = await runOnce(t, CONDITIONS.unthrottled, { encoding, verify: true });
      if (r.own.encodings.some((e) => e !== encoding)) throw new Error(`${t.name}: asked for ${encoding}, got ${r.own.encodings}`);
      results.bytes[`${t.id}:${encoding}`] = r.own;
      results.warmup.push(r);
      log(`${t.name}, ${encoding}: ${r.own.requests} files, ${kb(r.own.bytes)} KB; every step checked by role; blocked ${r.blocked.length} font requests`);
    }
  }
  // The timed runs: A B A B …, a fresh context each.
  const encoding = ENCODING === "browser" ? null : ENCODING;
  for (const cid of conditionIds) {
    const condition = CONDITIONS[cid];
    for (let i = 0; i < RUNS; i++) {
      for (const t of [targets.pc, targets.sjs]) {
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
  ["nextMedian", "Next → next question interactive (median of a run's 23)"],
  ["inputDelayMedian", "click on a radio → checked (median of a run's 24)"],
  ["completion", "scripted full completion, Start → result screen"],
  ["completionPage", "… of which the page's own time (every click → next screen ready)"],
];
const lines = [];
const versions = {
  peerCompass: (readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/^version\s*=\s*"([^"]+)"/m) ?? [])[1],
  questionnaire: JSON.parse(readFileSync(join(ROOT, "core/content/questionnaire.json"), "utf8")).version,
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

lines.push(`### Peer Compass / SurveyJS, ${day}`);
lines.push("");
lines.push(`${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GiB; Chromium ${results.chromium}, Playwright ${versions.playwright}, ` +
  `Node ${versions.node}; survey-core ${versions.surveyCore}, survey-js-ui ${versions.surveyJsUi}; Peer Compass ${versions.peerCompass}, ` +
  `questionnaire ${versions.questionnaire}. ${RUNS} runs per page per condition, alternating, each in a fresh context.`);
lines.push("");
lines.push("#### Bytes on the wire (the widget's own files, host page apart)");
lines.push("");
lines.push("| | files | raw | gzip | brotli | gzip PC/SJS | brotli PC/SJS |");
lines.push("|---|---:|---:|---:|---:|---:|---:|");
{
  const raw = (t) => t.own.reduce((a, p) => a + server.sizes[p].raw, 0);
  const b = (t, e) => results.bytes[`${t.id}:${e}`].bytes;
  for (const t of [targets.pc, targets.sjs]) {
    lines.push(`| ${t.name} | ${t.own.length} | ${kb(raw(t))} KB | ${kb(b(t, "gzip"))} KB | ${kb(b(t, "br"))} KB | ` +
      (t.id === "pc" ? `${(b(targets.pc, "gzip") / b(targets.sjs, "gzip")).toFixed(2)} | ${(b(targets.pc, "br") / b(targets.sjs, "br")).toFixed(2)} |` : "| |"));
  }
  lines.push("");
  lines.push("| file | raw | gzip | brotli |");
  lines.push("|---|---:|---:|---:|");
  for (const t of [targets.pc, targets.sjs]) {
    for (const p of t.own) lines.push(`| ${p} | ${server.sizes[p].raw} | ${server.sizes[p].gzip} | ${server.sizes[p].br} |`);
  }
}
lines.push("");
for (const cid of conditionIds) {
  const c = CONDITIONS[cid];
  lines.push(`#### ${c.label} (ms)`);
  lines.push("");
  lines.push("| | Peer Compass median (min–max) | SurveyJS median (min–max) | PC / SurveyJS |");
  lines.push("|---|---:|---:|---:|");
  agg[cid] = {};
  for (const [key, label] of METRICS) {
    const a = summary(pick("pc", cid, (r) => r[key]));
    const b = summary(pick("sjs", cid, (r) => r[key]));
    agg[cid][key] = { pc: a, sjs: b, ratio: a.median / b.median };
    lines.push(`| ${label} | ${cell(a, ms)} | ${cell(b, ms)} | ${ratio(a, b)} |`);
  }
  for (const [key, label, f] of [
    ["jsHeapUsed", "JS heap after GC (MB)", (r) => r.memory.jsHeapUsed],
    ["wasm", "wasm memory (MB)", (r) => r.memory.wasm],
    ["memoryTotal", "JS heap + wasm (MB)", (r) => r.memory.total],
  ]) {
    const a = summary(pick("pc", cid, f));
    const b = summary(pick("sjs", cid, f));
    agg[cid][key] = { pc: a, sjs: b, ratio: b.median ? a.median / b.median : null };
    lines.push(`| ${label} | ${cell(a, mb)} | ${cell(b, mb)} | ${b.median ? ratio(a, b) : "–"} |`);
  }
  lines.push("");
}
{
  const base = summary(results.baseline.map((r) => r.memory.jsHeapUsed));
  const blocked = [...new Set(results.runs.flatMap((r) => r.blocked))];
  const blockedBy = (page) => {
    const runs = results.runs.filter((r) => r.page === page);
    const n = runs.filter((r) => r.blocked.length).length;
    return `${targets[page].name} in ${n} of its ${runs.length} timed runs` +
      (n ? ` (${Math.min(...runs.map((r) => r.blocked.length))}–${Math.max(...runs.map((r) => r.blocked.length))} requests a run)` : "");
  };
  lines.push(`The bare host page with the same harness: JS heap ${cell(base, mb)} MB, no wasm (part of both figures above).`);
  lines.push(`Blocked: requests for ${blocked.length} font file(s) on fonts.gstatic.com, by ${blockedBy("pc")} and ${blockedBy("sjs")}; ` +
    `no other request left 127.0.0.1.`);
  const h = (page) => summary(results.runs.filter((r) => r.page === page).flatMap((r) => r.harnessLatency));
  const count = (page, f) => results.runs.filter((r) => r.page === page).reduce((a, r) => a + f(r), 0);
  const missed = (r) => Object.values(r.misses).flat().length;
  lines.push(`Clicks that missed (the page moved) and were made again: Peer Compass ${count("pc", missed)}, SurveyJS ${count("sjs", missed)}; ` +
    `scrolls by the harness: Peer Compass ${count("pc", (r) => r.scrolls.length)}, SurveyJS ${count("sjs", (r) => r.scrolls.length)}, over ${results.runs.length / 2} runs each.`);
  lines.push(`Harness latency (ready seen → click delivered), all questions of all timed runs: Peer Compass ${cell(h("pc"), ms)} ms, SurveyJS ${cell(h("sjs"), ms)} ms.`);
  const encs = [...new Set(results.runs.flatMap((r) => r.own.encodings))];
  const ae = [...new Set(results.runs.flatMap((r) => r.requests.map((q) => q.acceptEncoding).filter(Boolean)))];
  lines.push(`Timed runs were served ${encs.join(", ")} (the browser sent Accept-Encoding: ${ae.join(" / ")}).`);
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
    { date: date.toISOString(), elapsedSeconds: elapsed, machine, versions, conditions: conditionIds.map((c) => CONDITIONS[c]), runsPerPage: RUNS,
      encoding: ENCODING, launchArgs: LAUNCH_ARGS, blockedPatterns: BLOCKED, viewport: VIEWPORT, sizes: server.sizes, sha256: server.sha256, compressors: { gzip: server.gzip, brotli: "zlib brotli quality 11" }, summary: agg, report, ...results },
    null,
    1,
  ),
);
log(`raw results: ${outPath}`);
