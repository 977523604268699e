// Chromium-only checks of embedding (docs/TESTING.md says why): axe on a dark
// host page, and uncaught errors from the first moment of a page. Everything else about embedding (hostile styles, strict CSP, two
// instances, late elements, theming, iframes, content, events, other paths
// and origins, the messages when it cannot run) runs in all three engines:
// ../shared/specs/embedding.spec.js and colour-scheme.spec.js.
import { test, expect } from "@playwright/test";
import { Compass, expectNoAxeViolations } from "./compass.js";

test("a dark host page themed through custom properties is still accessible", async ({ page }) => {
  await page.goto("/examples/dark.html");
  const compass = new Compass(page);
  await compass.ready();
  await expectNoAxeViolations(page, "dark welcome");
  await compass.button("Start").click();
  await compass.radio("Often").check();
  await expectNoAxeViolations(page, "dark question");
});

test("broken content raises no uncaught error, from the first moment of the page", async ({ page }) => {
  // Page errors during load are observable only from outside the page (here
  // CDP); the shared suite checks the message and that the rest still works.
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("/examples/broken-content.html");
  await expect(page.getByRole("alert")).toContainText("Peer Compass cannot start");
  const other = new Compass(page, page.locator("peer-compass[lang=nb]"));
  await other.button("Start").click();
  await expect(other.progress()).toHaveText(/^Utsagn 1 av/);
  expect(errors).toEqual([]);
});
