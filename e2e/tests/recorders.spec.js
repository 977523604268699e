// Session recorders on the host page (Chromium-only: one real recorder, rrweb,
// is enough to show the marks work, and the check reads its events): the
// widget marks its element for the recorders sites use (rr-block, fs-exclude,
// ph-no-capture, sentry-block, data-hj-suppress, data-clarity-mask, …; the
// shared suite checks the marks in every engine). Here rrweb, from npm at the
// version pinned in package.json and served from node_modules by serve.mjs,
// records a whole run on fixtures/recorded.html; none of the answers chosen,
// no statement and no result may be in what it collects, only the placeholder
// rrweb puts in place of a blocked element. The negative control takes the
// marks off and shows the same check failing.
import { test, expect } from "@playwright/test";
import { Compass, ANSWERS, HEADLINES, labels } from "./compass.js";
import { ITEMS, statement } from "../constants.js";

const RECORDED = "http://127.0.0.1:8082/recorded.html";
const CHOSEN = labels(ANSWERS.keyboard);

/** A whole run, choosing answers across both scales, to the result; answers what rrweb collected. */
async function recordRun(page, query) {
  await page.goto(`${RECORDED}?${query}`);
  const compass = new Compass(page);
  await compass.ready();
  await page.waitForFunction(() => window.rrRecording === true);
  await compass.answerAll(CHOSEN);
  await compass.button("See my result").click();
  await expect(compass.heading()).toHaveText(HEADLINES.keyboard.en);
  // rrweb batches mutations; give it a moment.
  await page.waitForTimeout(300);
  return page.evaluate(() => JSON.stringify(window.rrEvents));
}

/** What of the person's run shows in the recording. */
function leaks(recording) {
  const words = [
    ...new Set(CHOSEN),
    ...Array.from({ length: ITEMS }, (_, i) => statement(i).slice(0, 40)),
    HEADLINES.keyboard.en,
    `Statement 1 of ${ITEMS}`,
    "Check your answers",
  ];
  return words.filter((word) => recording.includes(word));
}

/** The widget's element as rrweb's full snapshot shows it. */
function hostInSnapshot(recording) {
  const events = JSON.parse(recording);
  const snapshot = events.find((e) => e.type === 2);
  let host = null;
  const walk = (node) => {
    if (node.tagName === "peer-compass") host = node;
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(snapshot.data.node);
  // Anything added inside it later (its shadow root's content, say).
  const added = events
    .filter((e) => e.type === 3 && e.data.source === 0)
    .flatMap((e) => e.data.adds)
    .filter((add) => add.parentId === host?.id);
  return { host, added };
}

test("rrweb started after the widget mounted records only the placeholder: no answer, statement or result", async ({ page }) => {
  const recording = await recordRun(page, "start=after");
  expect(leaks(recording)).toEqual([]);
  const { host, added } = hostInSnapshot(recording);
  expect(host.attributes.class).toContain("rr-block");
  expect(Object.keys(host.attributes)).toEqual(expect.arrayContaining(["rr_width", "rr_height"]));
  expect(host.childNodes).toEqual([]);
  expect(added).toEqual([]);
});

for (const start of ["after", "before"]) {
  test(`negative control, recording started ${start} the widget: with the marks taken off, the same check finds the answers`, async ({ page }) => {
    const recording = await recordRun(page, `start=${start}&strip=1`);
    expect(await page.evaluate(() => window.rrStripped)).toBe(true);
    const found = leaks(recording);
    expect(found).toEqual(expect.arrayContaining(["Often", "A few times", HEADLINES.keyboard.en]));
    expect(found.length).toBeGreaterThan(20);
  });
}

test("rrweb started before the widget loads (as a site's recorder in <head> is) records nothing of the run", async ({ page }) => {
  // rrweb 2.2.2 serialises the element as a blocked placeholder, but follows
  // the shadow root attached to it afterwards (its attachShadow hook): what
  // keeps the run out is the marked root inside the shadow root.
  const recording = await recordRun(page, "start=before");
  expect(leaks(recording)).toEqual([]);
});
