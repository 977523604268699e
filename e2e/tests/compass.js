// A small page object for the Chromium-only Playwright checks: Peer Compass
// as a person or screen reader meets it, located by role and accessible name
// (Playwright pierces the open shadow root). The shared suite in all three
// engines has its own, over WebDriver: ../shared/compass.js.
import { expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { ASSET_ORIGIN } from "../constants.js";

export { ITEMS, OWN_ASSETS, ANSWERS, HEADLINES, labels } from "../constants.js";

export class Compass {
  constructor(page, root = page) {
    this.page = page;
    this.region = root.getByRole("region", { name: "Peer Compass" });
  }

  heading() {
    return this.region.getByRole("heading", { level: 2 });
  }

  button(name) {
    return this.region.getByRole("button", { name, exact: true });
  }

  /** The visible "Statement n of N" (a live region repeats it for screen readers). */
  progress() {
    return this.region.locator(".pc-progress__count");
  }

  radio(name) {
    return this.region.getByRole("radio", { name, exact: true });
  }

  async ready() {
    await expect(this.region).toBeVisible();
    await expect(this.heading()).toBeVisible();
  }

  /** Answers every statement with the labels given (null skips), by mouse (labels from constants.js). */
  async answerAll(labels, { start = "Start", next = /^(Next|Neste)$/ } = {}) {
    await this.button(start).click();
    for (const label of labels) {
      if (label) await this.radio(label).check();
      await this.region.getByRole("button", { name: next }).click();
    }
    await expect(this.heading()).toHaveText(/Check your answers|Se over svarene dine/);
  }

  /** The "Remember my answers on this device" checkbox. */
  remember(lang = "en") {
    return this.region.getByRole("checkbox", { name: lang === "nb" ? "Husk svarene mine på denne enheten" : "Remember my answers on this device" });
  }
}

/** Every request the page makes, as paths on its own origin or full URLs. */
export function recordRequests(page) {
  const seen = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    seen.push(url.origin === ASSET_ORIGIN ? url.pathname : url.href);
  });
  return seen;
}

export async function expectNoAxeViolations(page, label, frame = null) {
  let builder = new AxeBuilder({ page });
  if (frame) builder = builder.include(frame);
  const results = await builder
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
