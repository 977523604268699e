// The page object of the shared suite: Peer Compass as a person or a screen
// reader meets it, found by role and accessible name inside the widget's open
// shadow root. It speaks plain (classic) WebDriver, so the same code runs in
// Chromium, Firefox and WebKit.
//
// Finding happens in the page, by one small script (`find` below) sent with
// each command, which looks inside each <peer-compass> host's shadow root.
// Drivers differ in how they reach into shadow roots (WebdriverIO's deep
// selectors and Find Element From Shadow Root are not the same in all three),
// but all three return an element found by a script, and then click it, type
// into it and read it like any other.
import { inflateSync } from "node:zlib";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ASSET_ORIGIN, OTHER_ORIGIN, ANSWERS, HEADLINES, ITEM_IDS, DIMENSION_IDS, VERSION } from "../constants.js";

/**
 * Runs in the page, sent as source: keep it self-contained. Returns the
 * elements matching `spec`, in document order.
 *   host: CSS selector of the widget's host element (default: the first <peer-compass>)
 *   scope: "widget" (default: the host's shadow root and its own children) or "page"
 *   role: region | heading | button | radio | checkbox | status | alert | group | link | file | img
 *   name: accessible name, exact ({re, flags} for a pattern); level: heading level
 *   css: a CSS selector instead of a role; text: the element whose own text is this
 *   checked: only (un)checked ones; hidden: include elements not rendered
 */
function find(spec) {
  const norm = (s) => (s ?? "").replace(/\s+/g, " ").trim();
  const like = (value, want) =>
    want == null ? true : typeof want === "string" ? value === want : new RegExp(want.re, want.flags).test(value);
  const rendered = (el) => {
    for (let n = el; n; n = n.parentNode ?? n.host) {
      if (n.nodeType === 1 && n.getAttribute("aria-hidden") === "true") return false;
      // Inside a closed <details>, only its <summary> is shown.
      if (n !== el && n.tagName === "DETAILS" && !n.open && ![...n.children].some((c) => c.tagName === "SUMMARY" && c.contains(el))) return false;
    }
    if (el.getClientRects().length === 0) return false;
    return getComputedStyle(el).visibility !== "hidden";
  };
  const nameOf = (el) => {
    const label = el.getAttribute("aria-label");
    if (label) return norm(label);
    const ids = el.getAttribute("aria-labelledby");
    const root = el.getRootNode();
    if (ids) return norm(ids.split(/\s+/).map((id) => root.getElementById?.(id)?.textContent ?? "").join(" "));
    if (el.labels?.length) return norm([...el.labels].map((l) => l.textContent).join(" "));
    return norm(el.textContent);
  };
  const ROLES = {
    region: "section[aria-label], section[aria-labelledby], [role=region]",
    heading: "h1, h2, h3, h4, h5, h6, [role=heading]",
    // A <summary> is the button that opens its <details> (a disclosure).
    button: "button, [role=button], input[type=button], input[type=submit], summary",
    radio: "input[type=radio], [role=radio]",
    checkbox: "input[type=checkbox], [role=checkbox]",
    status: "[role=status]",
    alert: "[role=alert]",
    group: "fieldset, [role=group]",
    link: "a[href]",
    file: "input[type=file]",
    img: "img, svg[role=img], [role=img]",
  };
  let roots;
  if (spec.scope === "page") {
    roots = [document];
  } else {
    const host = document.querySelector(spec.host ?? "peer-compass");
    roots = host ? [host.shadowRoot, host].filter(Boolean) : [];
  }
  const selector = spec.css ?? ROLES[spec.role] ?? "*";
  let found = roots.flatMap((root) => [...root.querySelectorAll(selector)]);
  if (spec.text != null) {
    found = found.filter((el) => like(norm(el.textContent), spec.text));
    // The innermost element with that text, not every ancestor.
    found = found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
  }
  if (spec.name != null) found = found.filter((el) => like(nameOf(el), spec.name));
  if (spec.level != null) found = found.filter((el) => el.tagName === `H${spec.level}`);
  if (spec.checked != null) found = found.filter((el) => Boolean(el.checked) === spec.checked);
  if (!spec.hidden) found = found.filter(rendered);
  return found;
}

/** The element that has keyboard focus, looking through shadow roots. */
function deepActive() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

// (__name: should a transpiler have wrapped the functions with its naming helper.)
const SCRIPT = `var __name = (f) => f; const find = ${find}; const deepActive = ${deepActive};`;
const toWire = (value) => (value instanceof RegExp ? { re: value.source, flags: value.flags } : value);
const wire = (spec) => Object.fromEntries(Object.entries(spec).map(([k, v]) => [k, toWire(v)]));
const show = (value) => (value instanceof RegExp ? String(value) : JSON.stringify(value));

/** Polls `read` until `ok` holds for its value (default 5 s); fails with what it saw last. */
export async function until(read, ok, what, timeout = 5000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs a script in the page with `find` and `deepActive` defined. */
export function inPage(body, ...args) {
  return browser.execute(`${SCRIPT}\n${body}`, ...args);
}

export class Compass {
  /**
   * @param host CSS selector of the <peer-compass> element; the first one by default.
   * @param options.elementClick click with WebDriver's Element Click rather than
   *   pointer actions: needed in Chromium inside an out-of-process frame (a
   *   sandboxed iframe without allow-same-origin), where ChromeDriver's pointer
   *   actions do not reach the frame's elements, and inside a frame whose page
   *   has scrolled, where they land below the element (docs/TESTING.md).
   */
  constructor(host = null, { elementClick = false } = {}) {
    this.host = host;
    this.elementClick = elementClick;
  }

  /** Clicks a found element, the way this page object clicks. */
  async press(ref) {
    const el = await $(ref);
    if (this.elementClick) await el.click();
    else await mouseClick(el);
  }

  spec(spec) {
    return wire(this.host ? { host: this.host, ...spec } : spec);
  }

  heading() {
    return { role: "heading", level: 2 };
  }

  button(name) {
    return { role: "button", name };
  }

  radio(name) {
    return { role: "radio", name };
  }

  /** The visible "Question n of N" (a live region repeats it for screen readers). */
  progress() {
    return { css: ".pc-progress__count" };
  }

  /** What the page shows for `spec`: how many match, and the first one's state. */
  state(spec) {
    return inPage(
      `const all = find(arguments[0]);
       const el = all[0];
       if (!el) return { count: 0 };
       return {
         count: all.length,
         text: el.textContent.replace(/\\s+/g, " ").trim(),
         checked: "checked" in el ? el.checked : null,
         focused: deepActive() === el,
         lang: el.getAttribute("lang"),
       };`,
      this.spec(spec),
    );
  }

  /** The element for `spec` (waits for it), as a WebdriverIO element. */
  async element(spec, timeout = 5000) {
    return $(await this.find(spec, false, timeout));
  }

  /**
   * Waits for the element for `spec`, scrolls it to the middle of the view
   * (if `scroll`; see clickInView) and answers its reference and whether it is checked,
   * in one round trip: WebDriver commands are slow enough to count.
   */
  find(spec, scroll, timeout = 5000) {
    return until(
      () =>
        inPage(
          `const el = find(arguments[0])[0];
           if (!el) return null;
           if (arguments[1]) el.scrollIntoView({ block: "center", inline: "nearest" });
           return { ref: el, checked: Boolean(el.checked) };`,
          this.spec(spec),
          scroll,
        ),
      Boolean,
      `no element for ${show(spec)}`,
      timeout,
    ).then((found) => (scroll ? found : found.ref));
  }

  async click(spec) {
    const { ref } = await this.find(spec, true);
    await this.press(ref);
  }

  /** Ticks a radio button or checkbox (by clicking it, as a person would) unless it is already. */
  async check(spec, checked = true) {
    const found = await this.find(spec, true);
    if (found.checked !== checked) await this.press(found.ref);
    await this.expectChecked(spec, checked);
  }

  uncheck(spec) {
    return this.check(spec, false);
  }

  async expectText(spec, expected) {
    const ok = (s) => s.count > 0 && (expected instanceof RegExp ? expected.test(s.text) : s.text === expected);
    await until(() => this.state(spec), ok, `text of ${show(spec)} should be ${show(expected)}`);
  }

  async expectContains(spec, part) {
    await until(() => this.state(spec), (s) => s.count > 0 && s.text.includes(part), `${show(spec)} should contain ${show(part)}`);
  }

  async expectFocused(spec, timeout = 5000) {
    try {
      await until(() => this.state(spec), (s) => s.focused, `${show(spec)} should have focus`, timeout);
    } catch (error) {
      error.message += `; focus is on: ${await this.focused()}`;
      throw error;
    }
  }

  async expectChecked(spec, checked = true) {
    await until(() => this.state(spec), (s) => s.checked === checked, `${show(spec)} should be ${checked ? "" : "un"}checked`);
  }

  async expectCount(spec, count) {
    await until(() => this.state(spec), (s) => s.count === count, `${show(spec)} should match ${count}`);
  }

  async expectLang(spec, lang) {
    await until(() => this.state(spec), (s) => s.lang === lang, `${show(spec)} should have lang=${lang}`);
  }

  region() {
    return { role: "region", name: /^Peer Compass/ };
  }

  /** The widget has rendered its first screen. */
  async ready(timeout = 15000) {
    await until(() => this.state(this.heading()), (s) => s.count > 0, `${this.host ?? "peer-compass"} never rendered`, timeout);
  }

  /** Whether the element for `spec` has keyboard focus now. */
  async isFocused(spec) {
    return (await this.state(spec)).focused === true;
  }

  /** A short description of the focused element, for messages. */
  focused() {
    return inPage(`const el = deepActive(); return el ? el.tagName.toLowerCase() + " " + (el.getAttribute("aria-label") || el.textContent || el.value || "").replace(/\\s+/g, " ").trim().slice(0, 60) : null;`);
  }

  /**
   * Answers every statement with the labels given (null skips), by clicking,
   * from Start to the check page. Labels come from constants.js (`labels`),
   * so each statement is answered on its own scale.
   */
  async answerAll(labels) {
    await this.click(this.button("Start"));
    await this.answerFrom(0, labels);
    await this.expectText(this.heading(), /^(Check your answers|Se over svarene dine)$/);
    // Every answer took: the check page lists them (or "Not answered").
    const listed = await this.texts({ css: ".pc-summary__answer" });
    const expected = labels.map((label, i) => label ?? (listed[i] === "Ikke besvart" ? "Ikke besvart" : "Not answered"));
    if (JSON.stringify(listed) !== JSON.stringify(expected)) {
      throw new Error(`the check page lists ${JSON.stringify(listed)}, not the answers given ${JSON.stringify(expected)}`);
    }
  }

  /**
   * Answers statements `from` (0-based) onwards with `labels`, on the question
   * screens, clicking each answer and Next as a person would. WebDriver round
   * trips are what a run costs, so each statement takes two: one script that
   * waits in the page for "Statement n" and finds the answer and Next
   * (scrolling the answer into view), and one pointer action clicking both
   * (separate clicks when Next is out of view or Element Click is used).
   * Whether each answer took is checked on the check page (answerAll), and by
   * the tests' results.
   */
  async answerFrom(from, labels) {
    for (const [i, label] of labels.entries()) {
      const n = from + i + 1;
      const found = await browser.executeAsync(
        `${SCRIPT}
         const [spec, n, label, done] = arguments;
         const end = Date.now() + 5000;
         const look = () => {
           const progress = find({ ...spec, css: ".pc-progress__count" })[0];
           const shown = progress && new RegExp("^(Statement|Utsagn) " + n + " ").test(progress.textContent.trim());
           const radio = label == null ? null : find({ ...spec, role: "radio", name: label })[0];
           const next = find({ ...spec, role: "button", name: { re: "^(Next|Neste)$", flags: "" } })[0];
           if (shown && next && (label == null || radio)) {
             (radio ?? next).scrollIntoView({ block: "center", inline: "nearest" });
             const box = next.getBoundingClientRect();
             done({ radio, next, nextInView: box.top >= 0 && box.bottom <= innerHeight });
           } else if (Date.now() > end) {
             done({ error: "statement " + n + (shown ? " has no answer " + JSON.stringify(label) : " not shown: " + (progress ? progress.textContent.trim() : "no progress")) });
           } else {
             setTimeout(look, 20);
           }
         };
         look();`,
        wire(this.host ? { host: this.host } : {}),
        n,
        label,
      );
      if (found.error) throw new Error(found.error);
      if (found.radio && found.nextInView && !this.elementClick) {
        // Both clicks in one pointer action: the answer, then Next (each
        // element's place is taken when its move is dispatched).
        const [radio, next] = [await $(found.radio), await $(found.next)];
        await browser
          .action("pointer", { parameters: { pointerType: "mouse" } })
          .move({ origin: radio, duration: 0 })
          .down()
          .up()
          .move({ origin: next, duration: 0 })
          .down()
          .up()
          .perform();
        continue;
      }
      if (found.radio) await this.press(found.radio);
      if (!found.nextInView) await browser.execute((e) => e.scrollIntoView({ block: "center", inline: "nearest" }), found.next);
      await this.press(found.next);
    }
  }

  /** From the check page to the result; answers its headline. */
  async seeResult() {
    await this.click(this.button(/^(See my result|Se resultatet mitt)$/));
    await this.expectText({ css: ".pc-eyebrow" }, /^(Your result|Resultatet ditt)$/);
    return (await this.state(this.heading())).text;
  }

  /** The "Remember my answers on this device" checkbox. */
  remember(lang = "en") {
    return { role: "checkbox", name: lang === "nb" ? "Husk svarene mine på denne enheten" : "Remember my answers on this device" };
  }

  /** The paragraphs of the privacy statement on the welcome screen. */
  privacy() {
    return inPage(`return find(arguments[0]).map((p) => p.textContent.replace(/\\s+/g, " ").trim());`, this.spec({ css: ".pc-privacy > p" }));
  }

  /** Texts of every element matching `spec`. */
  texts(spec) {
    return inPage(`return find(arguments[0]).map((el) => el.textContent.replace(/\\s+/g, " ").trim());`, this.spec(spec));
  }

  /**
   * Chooses a file in the widget's file input, as a person's file dialog
   * would: WebDriver Element Send Keys with the file's path, on the input
   * found inside the shadow root (the drivers run on this machine, so a
   * local path is theirs too). `text` is written to a temporary file first.
   */
  async chooseFile(text, name = "result.json") {
    const dir = mkdtempSync(join(tmpdir(), "pc-file-"));
    const path = join(dir, name);
    writeFileSync(path, text);
    const input = await this.element({ role: "file", hidden: true });
    await input.addValue(path);
  }

  /**
   * The quick way to a result, for tests about what happens there: a result
   * file for `pattern` opened through the file input, "Continue from these
   * answers", then "See my result" (files.spec.js checks this path against a
   * real run and the widget's own file). Answers the headline.
   */
  async resultFrom(pattern, lang = "en") {
    await this.chooseFile(exportFile(pattern, lang));
    await this.click(this.button(lang === "nb" ? "Fortsett fra disse svarene" : "Continue from these answers"));
    await this.expectText(this.heading(), /^(Check your answers|Se over svarene dine)$/);
    return this.seeResult();
  }

  /** Computed styles of elements inside the widget's shadow root. */
  styles(picks) {
    return inPage(
      `const [host, picks] = arguments;
       const root = document.querySelector(host ?? "peer-compass").shadowRoot;
       return Object.fromEntries(Object.entries(picks).map(([key, [selector, props]]) => {
         const style = getComputedStyle(root.querySelector(selector));
         return [key, Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]))];
       }));`,
      this.host,
      picks,
    );
  }
}

/**
 * A mouse click at the middle of an element, as a person would make it: a
 * WebDriver pointer action (move, press, release), not the Element Click
 * command. Element Click in Firefox waits a fixed 200 ms after every click
 * for a navigation that might follow (w3c/webdriver#1046), which made the
 * Firefox run twice as slow; pointer actions take 20 ms in every engine.
 * The element should be in view (Compass.find scrolls it there).
 */
export async function mouseClick(el) {
  await browser.action("pointer", { parameters: { pointerType: "mouse" } }).move({ origin: el, duration: 0 }).down().up().perform();
}

/**
 * Scrolls an element to the middle of the view, frames included, then clicks
 * it. WebDriver scrolls an element into view only within its own frame
 * (w3c/webdriver#1141): WebKitWebDriver then clicks outside the window when
 * the frame itself is partly out of view, and the click is silently lost.
 * scrollIntoView scrolls every ancestor, in every engine.
 */
export async function clickInView(el) {
  await browser.execute((e) => e.scrollIntoView({ block: "center", inline: "nearest" }), el);
  await mouseClick(el);
}

/** Presses keys one after another (WebDriver key actions: what a keyboard sends). */
export async function press(...keys) {
  for (const key of keys) await browser.keys(key);
}

/** The engine running this session: chromium, firefox or webkit. */
export const ENGINE = process.env.PC_ENGINE;

/**
 * The test servers' request logs (e2e/serve.mjs). mark() notes where they
 * are; since(mark) gives what this browser asked either server for after it,
 * as paths on the asset origin or full URLs on the other one. Requests are
 * told apart by User-Agent, so engines may share the servers.
 */
export class Requests {
  async mark() {
    this.ua ??= await browser.execute(() => navigator.userAgent);
    const next = async (origin) => (await (await fetch(`${origin}/__log?since=${Number.MAX_SAFE_INTEGER}`)).json()).next;
    return { asset: await next(ASSET_ORIGIN), other: await next(OTHER_ORIGIN) };
  }

  async since(mark) {
    const read = async (origin, since, prefix) => {
      const { requests } = await (await fetch(`${origin}/__log?since=${since}`)).json();
      return requests
        .filter((r) => r.ua === this.ua)
        // The browser's own request for a tab icon is not the widget's.
        .filter((r) => r.path !== "/favicon.ico")
        .map((r) => prefix + r.path);
    };
    return [...(await read(ASSET_ORIGIN, mark.asset, "")), ...(await read(OTHER_ORIGIN, mark.other, OTHER_ORIGIN))];
  }
}

/**
 * What the page itself reports having fetched (Resource Timing), from any
 * origin: the one view of other origins that all three engines give.
 */
export async function resourcesSeen() {
  const names = await browser.execute(() => performance.getEntriesByType("resource").map((e) => e.name));
  // Firefox and WebKit list the browser's own tab-icon request too.
  return names.filter((name) => new URL(name).pathname !== "/favicon.ico");
}

/**
 * Skips the running test in one engine, for a reason that names the engine
 * bug it waits for; the reason is printed with the run.
 */
export function skipIn(context, engine, reason) {
  if (ENGINE !== engine) return;
  console.log(`skipped in ${engine}: ${reason}`);
  context.skip();
}

/**
 * The number of pages in a PDF. Chromium writes page objects as plain text;
 * Firefox packs them into compressed object streams, so those are inflated too.
 */
export function pdfPages(pdf) {
  const texts = [pdf.toString("latin1")];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf("stream", at);
    if (start < 0) break;
    let body = start + "stream".length;
    if (pdf[body] === 0x0d) body++;
    if (pdf[body] === 0x0a) body++;
    const end = pdf.indexOf("endstream", body);
    if (end < 0) break;
    try {
      texts.push(inflateSync(pdf.subarray(body, end)).toString("latin1"));
    } catch {
      // not a compressed stream (or not one with objects in it)
    }
    at = end + "endstream".length;
  }
  return texts.reduce((n, text) => n + (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0), 0);
}

/** What this page's origin keeps in localStorage, as an object. */
export function storage() {
  return browser.execute(() => Object.fromEntries(Object.keys(localStorage).sort().map((key) => [key, localStorage.getItem(key)])));
}

/** Empties this page's origin's localStorage (and reloads, if asked). */
export async function clearStorage() {
  await browser.execute(() => localStorage.clear());
}

/**
 * Catches the widget's downloads in the page: it makes each file as a Blob,
 * gives it an object URL and clicks a link with `download` set. Classic
 * WebDriver has no view of downloads, so the page's URL.createObjectURL is
 * wrapped (to keep each Blob) and HTMLAnchorElement.prototype.click is
 * overridden for download links (to note the file name and not download).
 * `downloads()` then reads each file's bytes back from its Blob.
 */
export function catchDownloads() {
  return browser.execute(() => {
    if (window.pcDownloads) return;
    window.pcDownloads = [];
    const blobs = new Map();
    const create = URL.createObjectURL;
    URL.createObjectURL = function (object) {
      const url = create.call(URL, object);
      blobs.set(url, object);
      return url;
    };
    const click = HTMLElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (!this.hasAttribute("download")) return click.call(this);
      window.pcDownloads.push({ name: this.download, href: this.href, blob: blobs.get(this.href) });
    };
  });
}

/** The files downloaded since catchDownloads(): name, type, bytes (a Buffer) and text (UTF-8). */
export async function downloads() {
  const files = await browser.executeAsync((done) => {
    Promise.all(
      window.pcDownloads.map(async ({ name, href, blob }) => ({
        name,
        href,
        type: blob?.type ?? null,
        bytes: blob ? Array.from(new Uint8Array(await blob.arrayBuffer())) : null,
      })),
    ).then(done, (error) => done({ error: String(error) }));
  });
  if (files.error) throw new Error(files.error);
  return files.map((file) => {
    const bytes = Buffer.from(file.bytes ?? []);
    return { ...file, bytes, text: bytes.toString("utf8") };
  });
}

/** Today's date in the browser, as the widget writes it in file names (UTC, YYYY-MM-DD). */
export function browserDay() {
  return browser.execute(() => new Date().toISOString().slice(0, 10));
}

/**
 * A result file as the widget writes it (files.spec.js checks the widget's
 * own against this format), for `pattern`'s answers from constants.js.
 */
export function exportFile(pattern, lang = "en", date = "2026-11-20T09:30:00.000Z") {
  const { placement, between, uneven, mode } = HEADLINES[pattern];
  return JSON.stringify({
    format: "peer-compass-export",
    format_version: 1,
    questionnaire_version: VERSION,
    language: lang,
    date,
    answers: Object.fromEntries(ITEM_IDS.flatMap((id, i) => (ANSWERS[pattern][i] == null ? [] : [[id, ANSWERS[pattern][i]]]))),
    result: { placement, between, uneven, mode, scores: Object.fromEntries(DIMENSION_IDS.map((id) => [id, pattern === "top" ? 100 : null])) },
  });
}
