// Chromium's private mode: every Playwright browser context is one of
// Chromium's off-the-record profiles, as a private window is. Firefox's and
// WebKit's private windows are checked by the shared suite
// (../shared/specs/saving.spec.js), where WebdriverIO cannot open Chromium's.
import { test, expect } from "@playwright/test";
import { Compass, ITEMS } from "./compass.js";

test("in a private (off-the-record) window, remembering works for the visit", async ({ page }) => {
  await page.goto("/examples/saving.html");
  const compass = new Compass(page);
  await compass.ready();
  // No "this browser does not allow anything to be kept" notice.
  await expect(compass.region.getByRole("status")).not.toContainText("does not allow");
  await compass.remember().check();
  await compass.button("Start").click();
  await compass.radio("Often").check();
  await compass.button("Next").click();
  await page.reload();
  await compass.button("Continue where I left off").click();
  await expect(compass.progress()).toHaveText(`Statement 2 of ${ITEMS}`);
});
