import { test, expect } from "@playwright/test";
import { Compass, ITEMS, OWN_ASSETS, recordRequests, expectNoAxeViolations } from "./compass.js";

const LABELS = ["Never", "Rarely", "Sometimes", "Often", "Always"];

test("the whole questionnaire by keyboard alone, to a result, with no traffic", async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto("/");
  const compass = new Compass(page);
  await compass.ready();
  const keys = page.keyboard;

  // Tab from the top of the page to Start; no mouse from here on.
  await page.locator("body").focus();
  for (let i = 0; i < 40; i++) {
    await keys.press("Tab");
    if (await compass.button("Start").evaluate((b) => b.matches(":focus"))) break;
  }
  await keys.press("Enter");

  for (let n = 1; n <= ITEMS; n++) {
    await expect(compass.progress()).toHaveText(`Question ${n} of ${ITEMS}`);
    await expect(compass.heading()).toBeFocused();
    // Tab into the radio group, Space picks the first point, arrows move on.
    await keys.press("Tab");
    await keys.press("Space");
    for (let step = 0; step < n % 5; step++) await keys.press("ArrowDown");
    await expect(compass.radio(LABELS[n % 5])).toBeChecked();
    await keys.press("Enter");
  }

  await expect(compass.heading()).toHaveText("Check your answers");
  await expect(compass.heading()).toBeFocused();
  for (let i = 0; i < 80; i++) {
    await keys.press("Tab");
    if (await compass.button("See my result").evaluate((b) => b.matches(":focus"))) break;
  }
  await keys.press("Enter");
  await expect(compass.region.getByText("Your result", { exact: true })).toBeVisible();
  await expect(compass.heading()).toBeFocused();
  await expect(compass.region.getByRole("heading", { name: "For you" })).toBeVisible();
  expect([...new Set(requests)].sort()).toEqual([...OWN_ASSETS].sort());
});

test("axe finds nothing on every screen, in both languages", async ({ page }) => {
  await page.goto("/");
  const compass = new Compass(page);
  await compass.ready();
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
      await compass.button("No, keep my answers").click();
      await expect(compass.button("Start again")).toBeFocused();
      await compass.button("Start again").click();
      await compass.button("Yes, clear my answers").click();
      await expect(compass.heading()).toHaveText("Peer Compass");
    }
  }
});

test("switching language midway keeps every answer", async ({ page }) => {
  await page.goto("/");
  const compass = new Compass(page);
  await compass.button("Start").click();
  const chosen = ["Often", "Never", "Not part of my role", "Always", "Don't know"];
  for (const label of chosen) {
    await compass.radio(label).check();
    await compass.button("Next").click();
  }
  await compass.button("Norsk (bokmål)").click();
  await expect(compass.progress()).toHaveText(`Spørsmål 6 av ${ITEMS}`);
  for (let n = 6; n <= ITEMS; n++) await compass.button("Neste").click();
  await expect(compass.heading()).toHaveText("Se over svarene dine");
  const answers = compass.region.locator(".pc-summary__answer");
  await expect(answers.nth(0)).toHaveText("Ofte");
  await expect(answers.nth(1)).toHaveText("Aldri");
  await expect(answers.nth(2)).toHaveText("Ikke en del av min rolle");
  await expect(answers.nth(3)).toHaveText("Alltid");
  await expect(answers.nth(4)).toHaveText("Vet ikke");
  await expect(answers.nth(5)).toHaveText("Ikke besvart");
  // And back in English, still there.
  await compass.button("English").click();
  await expect(answers.nth(0)).toHaveText("Often");
});

test("a change from the check page returns there", async ({ page }) => {
  await page.goto("/");
  const compass = new Compass(page);
  await compass.answerAll(Array(ITEMS).fill("Sometimes"));
  await compass.region.getByRole("button", { name: /^Change answer to:/ }).nth(2).click();
  await expect(compass.progress()).toHaveText(`Question 3 of ${ITEMS}`);
  await compass.radio("Always").check();
  await compass.button("Check your answers").click();
  await expect(compass.heading()).toHaveText("Check your answers");
  await expect(compass.region.locator(".pc-summary__answer").nth(2)).toHaveText("Always");
});

for (const width of [375, 320]) {
  test(`usable at ${width} px wide without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto("/");
    const compass = new Compass(page);
    await compass.button("Start").click();
    for (const name of ["Never", "Not part of my role"]) {
      const box = await compass.radio(name).boundingBox();
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await compass.button("Back").click();
    await compass.answerAll(Array(ITEMS).fill("Often"));
    await compass.button("See my result").click();
    await expect(compass.heading()).toHaveText("Initiator");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const name of ["Print or save as PDF", "Start again"]) {
      const box = await compass.button(name).boundingBox();
      expect(box.height).toBeGreaterThanOrEqual(24);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
  });
}

test("printing lays out the result without buttons", async ({ page }) => {
  await page.goto("/");
  const compass = new Compass(page);
  await compass.answerAll(Array(ITEMS).fill("Sometimes"));
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
