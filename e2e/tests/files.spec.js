// Chromium-only (docs/TESTING.md): the downloads as Chromium really makes
// them, through its download machinery (Playwright's download event), not
// caught in the page as the shared suite must; the file chooser opened by a
// click; and the clipboard read back after "Copy the code" (a permission
// only Chromium's automation grants here).
import { test, expect } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { Compass, ANSWERS, HEADLINES, labels } from "./compass.js";
import { ITEM_IDS, DIMENSION_IDS, VERSION, ASSET_ORIGIN } from "../constants.js";

const today = (page) => page.evaluate(() => new Date().toISOString().slice(0, 10));

async function result(page, pattern) {
  await page.goto("/examples/plain.html");
  const compass = new Compass(page);
  await compass.ready();
  await compass.answerAll(labels(ANSWERS[pattern]));
  await compass.button("See my result").click();
  await expect(compass.heading()).toHaveText(HEADLINES[pattern].en);
  return compass;
}

test("the JSON and CSV downloads are real files, and the JSON opens again through the file chooser", async ({ page }) => {
  const compass = await result(page, "between");
  const day = await today(page);

  const [json] = await Promise.all([page.waitForEvent("download"), compass.button("Download to open here later (JSON)").click()]);
  expect(json.suggestedFilename()).toBe(`peer-compass-${day}.json`);
  expect(await json.failure()).toBeNull();
  const text = await readFile(await json.path(), "utf8");
  const record = JSON.parse(text);
  expect(record).toMatchObject({ format: "peer-compass-export", format_version: 1, questionnaire_version: VERSION, language: "en" });
  expect(record.answers).toEqual(Object.fromEntries(ITEM_IDS.map((id, i) => [id, ANSWERS.between[i]])));

  const [csv] = await Promise.all([page.waitForEvent("download"), compass.button("Download for a spreadsheet (CSV)").click()]);
  expect(csv.suggestedFilename()).toBe(`peer-compass-${day}.csv`);
  expect(await csv.failure()).toBeNull();
  const bytes = await readFile(await csv.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, row] = bytes.toString("utf8").slice(1).split("\r\n");
  expect(header.split(",")).toEqual(["version", "date", "lang", ...ITEM_IDS, "placement", "between", "uneven", "mode", ...DIMENSION_IDS]);
  expect(row.split(",").slice(3, 3 + ITEM_IDS.length)).toEqual(ANSWERS.between.map(String));

  // Opened through the file chooser a click on the input opens.
  await page.goto("/examples/plain.html");
  await compass.ready();
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), compass.region.getByLabel("Open a result you downloaded before").click()]);
  await chooser.setFiles(await json.path());
  await expect(compass.heading()).toHaveText(`Your result from ${record.date.slice(0, 10)}`);
  await compass.button("Continue from these answers").click();
  await compass.button("See my result").click();
  await expect(compass.heading()).toHaveText(HEADLINES.between.en);
});

test("Copy the code puts the share code on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ASSET_ORIGIN });
  const compass = await result(page, "second");
  const code = await compass.region.locator(".pc-share-code code").textContent();
  await compass.button("Copy the code").click();
  await expect(compass.region.getByRole("status")).toHaveText("The code is copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
});

test("in a frame sandboxed without allow-downloads, Download still gives the person their file, or tells them what to do", async ({ page }) => {
  // Chromium blocks downloads from a sandboxed frame without allow-downloads
  // and tells no script. The widget cannot know, so every download is
  // announced with its file name and what to do if no file arrives.
  await page.goto("http://127.0.0.1:8082/sandboxed.html?sandbox=allow-scripts+allow-forms");
  const frame = page.frameLocator("#sandboxed");
  const compass = new Compass(page, frame);
  await compass.ready();
  await expect(compass.region.getByRole("status")).toContainText("You can still download your result.");
  await compass.answerAll(labels(ANSWERS.top));
  await compass.button("See my result").click();
  await expect(compass.heading()).toHaveText(HEADLINES.top.en);
  let downloaded = null;
  page.on("download", (download) => (downloaded = download.suggestedFilename()));
  await compass.button("Download to open here later (JSON)").click();
  // Either the file comes, or the person is told what to do if it does not.
  await expect
    .poll(async () => downloaded ?? (await compass.region.getByRole("status").textContent()), { timeout: 3000 })
    .toMatch(/\.json$|If no file arrives, this page may not allow downloads: print it or save it as PDF instead\./);
});
