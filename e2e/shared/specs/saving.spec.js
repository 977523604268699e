// Saving in this browser (save="local"): progress comes back after a reload,
// the person can refuse, and damaged saved data is kept aside, not lost.
import { Compass, ENGINE, skipIn } from "../compass.js";
import { ITEMS } from "../../constants.js";

const storage = () => browser.execute(() => Object.entries(localStorage));

/** The same session's capabilities, with the engine's own switch for a private window. */
function privateCapabilities() {
  const caps = structuredClone(browser.requestedCapabilities);
  if (ENGINE === "firefox") caps["moz:firefoxOptions"].prefs["browser.privatebrowsing.autostart"] = true;
  if (ENGINE === "webkit") caps["webkitgtk:browserOptions"].args.push("--private");
  return caps;
}

describe("saving in this browser", () => {
  it("local saving restores progress, can be refused, and damaged saved data is kept aside", async () => {
    await browser.url("/examples/saving.html");
    await browser.execute(() => localStorage.clear());
    await browser.refresh();
    const compass = new Compass();
    await compass.ready();
    const choice = { role: "checkbox", name: /Save my answers in this browser/ };
    await compass.expectChecked(choice, true);
    await compass.click(compass.button("Start"));
    for (const label of ["Often", "Never", "Always"]) {
      await compass.check(compass.radio(label));
      await compass.click(compass.button("Next"));
    }
    await browser.refresh();
    await compass.expectContains({ role: "status" }, "Welcome back");
    await compass.expectText(compass.progress(), `Question 4 of ${ITEMS}`);
    await compass.click(compass.button("Back"));
    await compass.expectChecked(compass.radio("Always"), true);
    // The notice has done its job once the person moves on.
    await compass.expectCount({ role: "status" }, 0);

    // The person can say no: what was saved is removed, and nothing more is kept.
    await browser.execute(() => localStorage.clear());
    await browser.refresh();
    await compass.ready();
    await compass.uncheck(choice);
    // Only the refusal itself is remembered: a flag, no answers.
    expect(await storage()).toEqual([["peer-compass:off", "1"]]);
    await compass.click(compass.button("Start"));
    await compass.check(compass.radio("Often"));
    await compass.click(compass.button("Next"));
    expect(await browser.execute(() => localStorage.getItem("peer-compass"))).toBeNull();
    await browser.refresh();
    await compass.expectText(compass.heading(), "Peer Compass");
    // The choice holds on the next visit; ticking it again saves again.
    await compass.expectChecked(choice, false);
    await compass.check(choice);
    await compass.click(compass.button("Start"));
    await compass.check(compass.radio("Rarely"));
    await compass.click(compass.button("Next"));
    expect(await browser.execute(() => localStorage.getItem("peer-compass"))).toMatch(/^pc1;2026\.11;q1;1-/);

    await browser.execute(() => {
      localStorage.clear();
      localStorage.setItem("peer-compass", "pc1;2026.11;q2;zzz");
    });
    await browser.refresh();
    await compass.expectContains({ role: "status" }, "could not be read");
    await compass.expectText(compass.heading(), "Peer Compass");
    expect(await browser.execute(() => localStorage.getItem("peer-compass:unreadable"))).toBe("pc1;2026.11;q2;zzz");
    await browser.execute(() => localStorage.clear());
  });

  it("in a private window, saving works for the visit", async function () {
    // WebdriverIO refuses Chromium's --incognito; Playwright's browser
    // contexts are Chromium's off-the-record profiles, so the Chromium half of
    // this check is in tests/saving.spec.js (Playwright).
    skipIn(this, "chromium", "not an engine bug: WebdriverIO refuses --incognito; checked in Chromium by Playwright instead");
    // Last in this file: the browser is restarted in private mode.
    await browser.reloadSession(privateCapabilities());
    await browser.url("/examples/saving.html");
    const compass = new Compass();
    await compass.ready();
    // No "saving is not available here" notice: storage works, for this visit.
    await compass.expectCount({ role: "status" }, 0);
    await compass.click(compass.button("Start"));
    await compass.check(compass.radio("Often"));
    await compass.click(compass.button("Next"));
    await browser.refresh();
    await compass.expectContains({ role: "status" }, "Welcome back");
    await compass.expectText(compass.progress(), `Question 2 of ${ITEMS}`);
    await browser.execute(() => localStorage.clear());
  });
});
