// Chromium-only (docs/TESTING.md): axe, and Chromium's own record of every request
// to any origin while the demo page loads. The shared suite checks the load in
// all three engines from the test server's log: ../shared/specs/.
import { test, expect } from "@playwright/test";
import { Compass, OWN_ASSETS, recordRequests, expectNoAxeViolations } from "./compass.js";

test("the demo page loads the widget, accessible, with no traffic beyond its own assets", async ({ page }) => {
  const requests = recordRequests(page);
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Peer work at Fjordvik" })).toBeVisible();
  const compass = new Compass(page);
  await expect(compass.region).toBeVisible();
  await expect(compass.heading()).toHaveText("Peer Compass");
  await expect(compass.region).toContainText("Nothing you answer is sent to a server or tracked.");
  await expect(compass.button("Start")).toBeVisible();
  await expect(compass.button("Norsk (bokmål)")).toBeVisible();
  await expectNoAxeViolations(page, "welcome (en)");
  expect(errors).toEqual([]);
  expect([...new Set(requests)].sort()).toEqual([...OWN_ASSETS].sort());
});
