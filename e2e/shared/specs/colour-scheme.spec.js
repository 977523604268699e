// Colours come from light-dark(): theme="light" (the default) and "dark" pick
// one, theme="auto" follows the visitor's preference. The preference is set
// per engine at session start (no WebDriver command sets it), so the second
// test restarts the browser with a dark preference.
import { Compass, until, ENGINE } from "../compass.js";

const LIGHT = "rgb(255, 255, 255)";
const DARK = "rgb(22, 33, 37)";

async function backgrounds() {
  const compass = new Compass();
  await compass.ready();
  const background = async () => (await compass.styles({ s: [".pc", ["background-color"]] })).s["background-color"];
  const set = (theme) => browser.execute((t) => document.querySelector("peer-compass").setAttribute("theme", t), theme);
  const seen = { preference: await browser.execute(() => (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light")) };
  seen.light = await background();
  for (const theme of ["auto", "dark", "light"]) {
    await set(theme);
    // Yew renders asynchronously: wait for the attribute to take effect.
    const want = theme === "light" ? LIGHT : theme === "dark" ? DARK : seen.preference === "dark" ? DARK : LIGHT;
    seen[theme] = await until(background, (bg) => bg === want, `theme=${theme} with a ${seen.preference} preference`);
  }
  return seen;
}

/** The same session's capabilities, with the engine's own switch for a dark preference. */
function darkCapabilities() {
  const caps = structuredClone(browser.requestedCapabilities);
  if (ENGINE === "chromium") caps["goog:chromeOptions"].args.push("--force-dark-mode");
  if (ENGINE === "firefox") caps["moz:firefoxOptions"].prefs["ui.systemUsesDarkTheme"] = 1;
  if (ENGINE === "webkit") caps["webkitgtk:browserOptions"].args.push("--dark-mode");
  return caps;
}

describe("colour scheme", () => {
  it("theme=auto is light for a visitor who prefers light", async () => {
    await browser.url("/examples/plain.html");
    expect(await backgrounds()).toEqual({ preference: "light", light: LIGHT, auto: LIGHT, dark: DARK });
  });

  it("theme=auto is dark for a visitor who prefers dark", async () => {
    await browser.reloadSession(darkCapabilities());
    await browser.url("/examples/plain.html");
    expect(await backgrounds()).toEqual({ preference: "dark", light: LIGHT, auto: DARK, dark: DARK });
  });
});
