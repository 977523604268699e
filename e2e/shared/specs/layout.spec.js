// Small phones: the demo page in a frame 375 and 320 CSS px wide (the same
// viewport width in every engine; windows cannot be made that narrow in all
// of them). Targets stay at least 24 px, and nothing scrolls sideways, also
// with the result's share code, its QR code and the files section open.
import { Compass, ENGINE } from "../compass.js";
import { ANSWERS, HEADLINES, OTHER_ORIGIN, labels } from "../../constants.js";

/** The bounding box of the element for `spec`. */
async function box(compass, spec) {
  const el = await compass.element(spec);
  return browser.execute((e) => e.getBoundingClientRect().toJSON(), el);
}

describe("narrow screens", () => {
  for (const width of [375, 320]) {
    it(`usable at ${width} px wide without sideways scrolling`, async () => {
      await browser.url(`${OTHER_ORIGIN}/narrow.html?width=${width}`);
      await browser.switchToFrame(await $("#narrow"));
      expect(await browser.execute(() => window.innerWidth)).toBe(width);
      // ChromeDriver's pointer actions miss inside this scrolled frame (docs/TESTING.md).
      const compass = new Compass(null, { elementClick: ENGINE === "chromium" });
      await compass.ready();
      await compass.click(compass.button("Start"));
      for (const name of ["Never", "Not part of my role"]) {
        const { width: w, height: h } = await box(compass, compass.radio(name));
        expect(w).toBeGreaterThanOrEqual(24);
        expect(h).toBeGreaterThanOrEqual(24);
      }
      await compass.click(compass.button("Back"));
      const pattern = width === 375 ? "top" : "second";
      await compass.answerAll(labels(ANSWERS[pattern]));
      expect(await compass.seeResult()).toBe(HEADLINES[pattern].en);
      await compass.click(compass.button("Show as a QR code"));
      await compass.expectCount({ role: "img", name: /^QR code/ }, 1);
      const overflow = await browser.execute(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const names = [
        "Print or save as PDF",
        "Start again",
        "Copy the code",
        "Show as a QR code",
        "Download to open here later (JSON)",
        "Download for a spreadsheet (CSV)",
      ];
      for (const name of names) {
        const b = await box(compass, compass.button(name));
        expect(b.height).toBeGreaterThanOrEqual(24);
        expect(b.x + b.width).toBeLessThanOrEqual(width);
      }
      for (const spec of [{ css: ".pc-share-code" }, { role: "img", name: /^QR code/ }, { role: "file", hidden: true }]) {
        const b = await box(compass, spec);
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(width);
      }
    });
  }
});
