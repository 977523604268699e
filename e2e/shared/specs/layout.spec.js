// Small phones: the demo page in a frame 375 and 320 CSS px wide (the same
// viewport width in every engine; windows cannot be made that narrow in all
// of them). Targets stay at least 24 px, and nothing scrolls sideways.
import { Compass } from "../compass.js";
import { ITEMS, OTHER_ORIGIN } from "../../constants.js";

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
      const compass = new Compass();
      await compass.ready();
      await compass.click(compass.button("Start"));
      for (const name of ["Never", "Not part of my role"]) {
        const { width: w, height: h } = await box(compass, compass.radio(name));
        expect(w).toBeGreaterThanOrEqual(24);
        expect(h).toBeGreaterThanOrEqual(24);
      }
      await compass.click(compass.button("Back"));
      await compass.answerAll(Array(ITEMS).fill("Often"));
      await compass.click(compass.button("See my result"));
      await compass.expectText(compass.heading(), "Initiator");
      const overflow = await browser.execute(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      for (const name of ["Print or save as PDF", "Start again"]) {
        const b = await box(compass, compass.button(name));
        expect(b.height).toBeGreaterThanOrEqual(24);
        expect(b.x + b.width).toBeLessThanOrEqual(width);
      }
    });
  }
});
