// Chromium-only checks of the questionnaire (docs/TESTING.md says why each is
// here): axe on every screen in both languages, with Chromium's own record of
// every request to any origin while it walks them; and a real printout (print
// media emulation and PDF through CDP). The questionnaire by keyboard,
// language switching, the check page, narrow screens and the print
// stylesheet run in all three engines: ../shared/specs/.
import { test, expect } from "@playwright/test";
import { Compass, ITEMS, OWN_ASSETS, ANSWERS, labels, recordRequests, expectNoAxeViolations } from "./compass.js";

test("axe finds nothing on every screen, in both languages, and nothing is requested after load", async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto("/");
  const compass = new Compass(page);
  await compass.ready();
  expect([...new Set(requests)].sort()).toEqual([...OWN_ASSETS].sort());
  const loaded = requests.length;
  for (const [lang, start, next, see] of [
    ["en", "Start", "Next", "See my result"],
    ["nb", "Start", "Neste", "Se resultatet mitt"],
  ]) {
    if (lang === "nb") {
      await compass.button("Norsk (bokmål)").click();
      await expect(compass.region).toHaveAttribute("lang", "nb");
    }
    await expectNoAxeViolations(page, `welcome (${lang})`);
    await compass.button(start).click();
    await compass.region.getByRole("radio").nth(3).check();
    await expectNoAxeViolations(page, `question (${lang})`);
    for (let n = 0; n < ITEMS; n++) await compass.button(next).click();
    await expectNoAxeViolations(page, `check answers (${lang})`);
    await compass.button(see).click();
    await compass.region.locator("details summary").first().click();
    await expectNoAxeViolations(page, `result (${lang})`);
    if (lang === "en") {
      // Start again asks first, keeps focus on the question, and can be undone.
      await compass.button("Start again").click();
      await expect(compass.region.getByText("Start again? This clears all your answers")).toBeFocused();
      await expectNoAxeViolations(page, "start again? (en)");
      await compass.button("No, keep my answers").click();
      await expect(compass.button("Start again")).toBeFocused();
      await compass.button("Start again").click();
      await compass.button("Yes, clear my answers").click();
      await expect(compass.heading()).toHaveText("Peer Compass");
    }
  }
  // Chromium reports every request the page makes, to any origin: none after load.
  expect(requests.slice(loaded)).toEqual([]);
});

test("printing lays out the result without buttons, on at most four A4 pages", async ({ page }) => {
  await page.goto("/");
  const compass = new Compass(page);
  await compass.answerAll(labels(ANSWERS.between));
  await compass.button("See my result").click();
  await page.emulateMedia({ media: "print" });
  await expect(compass.button("Start again")).toBeHidden();
  await expect(compass.button("English")).toBeHidden();
  await expect(compass.region.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(4);
});
