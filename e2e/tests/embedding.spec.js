import { test, expect } from "@playwright/test";
import { Compass, ITEMS, recordRequests, expectNoAxeViolations } from "./compass.js";

/** Computed styles of elements inside the first widget's shadow root. */
async function widgetStyles(page) {
  await page.waitForFunction(() => document.querySelector("peer-compass")?.shadowRoot?.querySelector(".pc-button"));
  return page.evaluate(() => {
    const root = document.querySelector("peer-compass").shadowRoot;
    const pick = (selector, props) => {
      const style = getComputedStyle(root.querySelector(selector));
      return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    };
    return {
      section: pick(".pc", ["font-family", "font-size", "letter-spacing", "line-height", "color", "padding-top", "border-top-style", "transform"]),
      heading: pick("h2", ["font-size", "font-weight", "display", "background-color"]),
      button: pick(".pc-button", ["background-color", "color", "display", "font-size", "border-top-style", "min-height"]),
      paragraph: pick(".pc-lead", ["font-size", "margin-bottom", "display", "background-color"]),
    };
  });
}

/** Computed styles of the host page's own elements. */
function hostStyles(page) {
  return page.evaluate(() => {
    const props = ["font-family", "font-size", "color", "background-color", "margin-top", "padding-top", "display", "letter-spacing", "line-height"];
    return ["h1", ".host-text", ".host-button"].map((selector) => {
      const style = getComputedStyle(document.querySelector(selector));
      return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    });
  });
}

test("host styles cannot reach in, and the widget's styles cannot reach out", async ({ page }) => {
  await page.goto("/examples/plain.html");
  const reference = await widgetStyles(page);
  await page.goto("/examples/hostile.html");
  expect(await widgetStyles(page)).toEqual(reference);
  const withWidget = await hostStyles(page);

  // The same hostile page with the widget's script blocked: the host looks the same.
  const bare = await page.context().newPage();
  await bare.route("**/embed.js", (route) => route.abort());
  await bare.goto("/examples/hostile.html");
  expect(await hostStyles(bare)).toEqual(withWidget);
  // And the widget still works there.
  const compass = new Compass(page);
  await compass.button("Start").click();
  await compass.radio("Often").check();
  await expect(compass.radio("Often")).toBeChecked();
});

test("works under a strict Content-Security-Policy header, with no violations", async ({ page }) => {
  const violations = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/csp/examples/strict-csp.html");
  expect(response.headers()["content-security-policy"]).toContain("style-src 'self'");
  const compass = new Compass(page);
  await compass.ready();
  const styles = await widgetStyles(page);
  expect(styles.button["min-height"]).toBe("44px");
  expect(styles.button["background-color"]).toBe("rgb(28, 93, 99)");
  await compass.button("Start").click();
  await compass.radio("Sometimes").check();
  await compass.button("Next").click();
  await expect(compass.progress()).toHaveText(`Question 2 of ${ITEMS}`);
  expect(violations).toEqual([]);
});

test("two instances on one page are independent", async ({ page }) => {
  await page.goto("/examples/two-instances.html");
  const first = new Compass(page, page.locator("#first"));
  const second = new Compass(page, page.locator("#second"));
  await expect(first.region).toHaveAttribute("lang", "en");
  await expect(second.region).toHaveAttribute("lang", "nb");
  await first.button("Start").click();
  await first.radio("Always").check();
  await first.button("Next").click();
  await expect(second.heading()).toHaveText("Peer Compass");
  await second.button("Start").click();
  await expect(second.progress()).toHaveText(`Spørsmål 1 av ${ITEMS}`);
  await expect(second.region.getByRole("radio", { checked: true })).toHaveCount(0);
  await second.button("English").click();
  await expect(first.progress()).toHaveText(`Question 2 of ${ITEMS}`);
  await expect(first.region).toHaveAttribute("lang", "en");
});

test("a dark host page themes the widget through custom properties, still accessible", async ({ page }) => {
  await page.goto("/examples/dark.html");
  const styles = await widgetStyles(page);
  expect(styles.section.color).toBe("rgb(232, 238, 240)");
  expect(styles.button["background-color"]).toBe("rgb(242, 200, 121)");
  expect(styles.section["font-family"]).toContain("Trebuchet MS");
  await expectNoAxeViolations(page, "dark welcome");
  const compass = new Compass(page);
  await compass.button("Start").click();
  await compass.radio("Often").check();
  await expectNoAxeViolations(page, "dark question");
});

test("an element added after load, as a single-page app would, is mounted too", async ({ page }) => {
  await page.goto("/examples/plain.html");
  await new Compass(page).ready();
  await page.evaluate(() => {
    const late = document.createElement("peer-compass");
    late.id = "late";
    late.setAttribute("lang", "nb");
    document.body.append(late);
  });
  const late = new Compass(page, page.locator("#late"));
  await expect(late.heading()).toHaveText("Peer Compass");
  await expect(late.region).toHaveAttribute("lang", "nb");
  await late.button("Start").click();
  await expect(late.progress()).toHaveText(`Spørsmål 1 av ${ITEMS}`);
});

test("theme=auto follows the visitor's colour-scheme preference", async ({ page }) => {
  const background = () =>
    page.evaluate(() => getComputedStyle(document.querySelector("peer-compass").shadowRoot.querySelector(".pc")).backgroundColor);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/examples/plain.html");
  await new Compass(page).ready();
  expect(await background()).toBe("rgb(255, 255, 255)");
  await page.evaluate(() => document.querySelector("peer-compass").setAttribute("theme", "auto"));
  expect(await background()).toBe("rgb(22, 33, 37)");
  await page.emulateMedia({ colorScheme: "light" });
  expect(await background()).toBe("rgb(255, 255, 255)");
});

test("an iframe follows the widget's height", async ({ page }) => {
  await page.goto("/examples/iframe.html");
  const frameElement = page.locator("#compass-frame");
  const frame = page.frameLocator("#compass-frame");
  const compass = new Compass(page, frame);
  await compass.ready();
  const contentHeight = () =>
    frameElement.evaluate((f) => Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height));
  await expect.poll(async () => Number(await frameElement.getAttribute("height"))).toBe(await contentHeight());
  const before = Number(await frameElement.getAttribute("height"));
  await compass.button("Start").click();
  await compass.radio("Often").check();
  await expect.poll(async () => Number(await frameElement.getAttribute("height"))).not.toBe(before);
  await expect.poll(async () => Number(await frameElement.getAttribute("height"))).toBe(await contentHeight());
});

test("custom content from the page is used, and broken content says what is wrong in place", async ({ page }) => {
  await page.goto("/examples/custom-content.html");
  const custom = new Compass(page);
  await expect(custom.heading()).toHaveText("Peer Compass: short version");
  await custom.button("Start").click();
  await expect(custom.progress()).toHaveText("Question 1 of 16");

  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("/examples/broken-content.html");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Peer Compass cannot start");
  await expect(alert).toContainText('content "#broken-questionnaire": scale: expected an object, found a number');
  // The rest of the page, and the other widget on it, work.
  await expect(page.locator("#after")).toBeVisible();
  const other = new Compass(page);
  await other.button("Start").click();
  await expect(other.progress()).toHaveText(`Spørsmål 1 av ${ITEMS}`);
  expect(errors).toEqual([]);
});

test("the completion event carries placement and scores, never answers, and only when asked", async ({ page }) => {
  await page.goto("/examples/events.html");
  const compass = new Compass(page);
  await compass.answerAll(Array(ITEMS).fill("Often"));
  await compass.button("See my result").click();
  const output = page.locator("#last-event");
  await expect(output).toContainText('"kind": "ladder"');
  const detail = JSON.parse(await output.textContent());
  expect(detail.placement).toEqual({ kind: "ladder", reached: "initiator", approaching: null, above: [] });
  expect(Object.keys(detail.scores).sort()).toEqual(["bridging", "conditions", "influence", "ownership", "tacit-knowledge"]);
  expect(Object.keys(detail).sort()).toEqual(["mode", "placement", "scores", "version"]);

  // Without events="complete", nothing is sent.
  await page.goto("/examples/plain.html");
  await page.evaluate(() => {
    window.received = 0;
    document.addEventListener("peer-compass:complete", () => window.received++);
  });
  const quiet = new Compass(page);
  await quiet.answerAll(Array(ITEMS).fill(null));
  await quiet.button("See my result").click();
  await expect(quiet.heading()).toHaveText(/Not enough answers/);
  expect(await page.evaluate(() => window.received)).toBe(0);
});

test("local saving restores progress, can be refused, and damaged saved data is kept aside", async ({ page }) => {
  await page.goto("/examples/saving.html");
  const compass = new Compass(page);
  const choice = compass.region.getByRole("checkbox", { name: /Save my answers in this browser/ });
  await expect(choice).toBeChecked();
  await compass.button("Start").click();
  for (const label of ["Often", "Never", "Always"]) {
    await compass.radio(label).check();
    await compass.button("Next").click();
  }
  await page.reload();
  await expect(compass.region.getByRole("status")).toContainText("Welcome back");
  await expect(compass.progress()).toHaveText(`Question 4 of ${ITEMS}`);
  await compass.button("Back").click();
  await expect(compass.radio("Always")).toBeChecked();
  // The notice has done its job once the person moves on.
  await expect(compass.region.getByRole("status")).toHaveCount(0);

  // The person can say no: what was saved is removed, and nothing more is kept.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await choice.uncheck();
  // Only the refusal itself is remembered: a flag, no answers.
  expect(await page.evaluate(() => Object.entries(localStorage))).toEqual([["peer-compass:off", "1"]]);
  await compass.button("Start").click();
  await compass.radio("Often").check();
  await compass.button("Next").click();
  expect(await page.evaluate(() => localStorage.getItem("peer-compass"))).toBeNull();
  await page.reload();
  await expect(compass.heading()).toHaveText("Peer Compass");
  // The choice holds on the next visit; ticking it again saves again.
  await expect(choice).not.toBeChecked();
  await choice.check();
  await compass.button("Start").click();
  await compass.radio("Rarely").check();
  await compass.button("Next").click();
  expect(await page.evaluate(() => localStorage.getItem("peer-compass"))).toMatch(/^pc1;2026\.11;q1;1-/);
  await page.evaluate(() => localStorage.clear());

  await page.evaluate(() => localStorage.setItem("peer-compass", "pc1;2026.11;q2;zzz"));
  await page.reload();
  await expect(compass.region.getByRole("status")).toContainText("could not be read");
  await expect(compass.heading()).toHaveText("Peer Compass");
  expect(await page.evaluate(() => localStorage.getItem("peer-compass:unreadable"))).toBe("pc1;2026.11;q2;zzz");
});

test("the widget's files can live on another path or another origin", async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto("/sub/path/examples/plain.html");
  await new Compass(page).ready();
  expect(requests.filter((path) => !path.startsWith("/sub/path/"))).toEqual([]);

  await page.goto("http://127.0.0.1:8082/cross-origin.html");
  const compass = new Compass(page);
  await compass.ready();
  await compass.button("Start").click();
  await expect(compass.progress()).toHaveText(`Question 1 of ${ITEMS}`);

  // With ?base=, the loader comes from one place and the widget from another.
  const fetched = [];
  page.on("request", (request) => fetched.push(request.url()));
  await page.goto("http://127.0.0.1:8082/base.html");
  await compass.ready();
  expect(fetched).toContain("http://127.0.0.1:8081/sub/path/embed.js?base=http://127.0.0.1:8081/");
  expect(fetched).toContain("http://127.0.0.1:8081/peer-compass_bg.wasm");
  expect(fetched.filter((url) => url.includes("/sub/path/peer-compass"))).toEqual([]);
});

test("an unsupported browser, or files that fail to load, get a clear message in place", async ({ page }) => {
  await page.addInitScript(() => {
    delete window.WebAssembly;
  });
  await page.goto("/examples/plain.html");
  await expect(page.getByRole("alert")).toHaveText(/needs a newer browser/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const other = await page.context().browser().newPage();
  await other.route("**/peer-compass_bg.wasm", (route) => route.abort());
  await other.goto("/examples/plain.html");
  await expect(other.getByRole("alert")).toHaveText(/could not load/);
  await other.close();
});
