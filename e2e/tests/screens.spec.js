// Chromium-only (axe runs through @axe-core/playwright; docs/TESTING.md):
// WCAG 2.2 AA on every screen and dialog that keeping, files and sharing
// added, in both languages: the welcome screen offering to continue, the
// result compared with the last one and listing earlier results, an earlier
// result opened, the forget question, the share section after sharing, the
// share code with its QR code open, and a file that could not be opened.
import { test, expect } from "@playwright/test";
import { Compass, ANSWERS, HEADLINES, labels, expectNoAxeViolations } from "./compass.js";

const PAGE = "http://127.0.0.1:8082/widget.html?save=local&events=complete&organisation=Fjordvik";
const WORDS = {
  en: {
    lang: "English",
    start: "Start",
    next: "Next",
    see: "See my result",
    again: "Start again",
    yes: "Yes, clear my answers",
    share: "Share my result with Fjordvik",
    qr: "Show as a QR code",
    open: /^Open result from/,
    close: "Close",
    forget: "Forget everything kept on this device",
    keep: "No, keep it",
    continue: "Continue where I left off",
    since: /^Last time \(\d{4}-\d\d-\d\d\): Initiator\.$/,
  },
  nb: {
    lang: "Norsk (bokmål)",
    start: "Start",
    next: "Neste",
    see: "Se resultatet mitt",
    again: "Begynn på nytt",
    yes: "Ja, slett svarene mine",
    share: "Del resultatet mitt med Fjordvik",
    qr: "Vis som QR-kode",
    open: /^Åpne resultatet fra/,
    close: "Lukk",
    forget: "Glem alt som er lagret på denne enheten",
    keep: "Nei, behold det",
    continue: "Fortsett der jeg slapp",
    since: /^Forrige gang \(\d{4}-\d\d-\d\d\): Initiativtaker\.$/,
  },
};

for (const lang of ["en", "nb"]) {
  test(`axe finds nothing on the screens for keeping, files and sharing (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const w = WORDS[lang];
    await page.goto(`${PAGE}&lang=${lang}`);
    const compass = new Compass(page);
    await compass.ready();
    const region = compass.region;
    const button = (name) => region.getByRole("button", { name, exact: typeof name === "string" });

    await compass.remember(lang).check();
    await compass.answerAll(labels(ANSWERS.top, lang), { start: w.start });
    await button(w.see).click();
    await expect(compass.heading()).toHaveText(HEADLINES.top[lang]);
    await button(w.again).click();
    await button(w.yes).click();
    await compass.answerAll(labels(ANSWERS.coDesigner, lang), { start: w.start });
    await button(w.see).click();
    await expect(compass.heading()).toHaveText(HEADLINES.coDesigner[lang]);
    await expect(region.locator(".pc-since")).toHaveText(w.since);
    await expect(region.locator(".pc-bars__earlier").first()).toBeVisible();
    await expectNoAxeViolations(page, `result compared with last time, with earlier results (${lang})`);

    await button(w.share).click();
    await expect(region.getByRole("status")).toContainText("Fjordvik");
    // The QR code is a disclosure: a <details> opened by its <summary>.
    await region.locator("summary", { hasText: w.qr }).click();
    await expect(region.getByRole("img")).toBeVisible();
    await expectNoAxeViolations(page, `shared, and the share code with its QR code (${lang})`);

    await button(w.forget).click();
    await expect(region.locator(".pc-confirm")).toBeVisible();
    await expectNoAxeViolations(page, `the forget question (${lang})`);
    await button(w.keep).click();

    await button(w.open).last().click();
    await expect(compass.heading()).toHaveText(/\d{4}-\d\d-\d\d/);
    await expectNoAxeViolations(page, `an earlier result opened (${lang})`);
    await button(w.close).click();

    // A file that is not a result: the message in place.
    await region.locator("input[type=file]").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("not json") });
    await expect(region.getByRole("status")).toContainText(lang === "nb" ? "Filen kunne ikke åpnes" : "That file could not be opened");
    await expectNoAxeViolations(page, `a file that could not be opened (${lang})`);

    await page.reload();
    await compass.ready();
    await expect(button(w.continue)).toBeVisible();
    await expectNoAxeViolations(page, `welcome, offering to continue (${lang})`);
    await page.evaluate(() => localStorage.clear());
  });
}

test("axe finds nothing where the browser keeps nothing (the notice, no box to tick)", async ({ page }) => {
  await page.goto("http://127.0.0.1:8082/widget.html?save=local&storage=throws");
  const compass = new Compass(page);
  await compass.ready();
  await expect(compass.region.getByRole("status")).toContainText("does not allow anything to be kept");
  await expectNoAxeViolations(page, "storage not allowed (en)");
});
