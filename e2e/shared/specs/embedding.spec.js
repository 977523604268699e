// The widget on other people's pages: hostile styles both ways, a strict
// Content-Security-Policy, two instances, an element added later, a dark
// host page, an iframe, custom and broken content, files on another path or
// origin, the marks that keep session recorders out, and a clear message, in
// the element's language, when it cannot run. (The completion event, now sent
// only when the person shares, is in sharing.spec.js.)
import { Compass, Requests, until, ENGINE } from "../compass.js";
import { ITEMS, ANSWERS, HEADLINES, ASSET_ORIGIN, OTHER_ORIGIN, RECORDER_CLASSES, RECORDER_ATTRIBUTES, labels } from "../../constants.js";

const WIDGET_STYLES = {
  section: [".pc", ["font-family", "font-size", "letter-spacing", "line-height", "color", "padding-top", "border-top-style", "transform"]],
  heading: ["h2", ["font-size", "font-weight", "display", "background-color"]],
  button: [".pc-button", ["background-color", "color", "display", "font-size", "border-top-style", "min-height"]],
  paragraph: [".pc-lead", ["font-size", "margin-bottom", "display", "background-color"]],
};

/** Computed styles of the host page's own elements. */
function hostStyles() {
  return browser.execute(() => {
    const props = ["font-family", "font-size", "color", "background-color", "margin-top", "padding-top", "display", "letter-spacing", "line-height"];
    return ["h1", ".host-text", ".host-button"].map((selector) => {
      const style = getComputedStyle(document.querySelector(selector));
      return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    });
  });
}

describe("embedding", () => {
  it("host styles cannot reach in, and the widget's styles cannot reach out", async () => {
    const compass = new Compass();
    await browser.url("/examples/plain.html");
    await compass.ready();
    const reference = await compass.styles(WIDGET_STYLES);
    await browser.url("/examples/hostile.html");
    await compass.ready();
    expect(await compass.styles(WIDGET_STYLES)).toEqual(reference);
    const withWidget = await hostStyles();
    // The same hostile page without the widget's loader: the host looks the same.
    await browser.url("/without/embed.js/examples/hostile.html");
    expect(await hostStyles()).toEqual(withWidget);
    // And the widget works there.
    await browser.url("/examples/hostile.html");
    await compass.ready();
    await compass.click(compass.button("Start"));
    await compass.check(compass.radio("Often"));
  });

  it("works under a strict Content-Security-Policy header: no violations, and nothing sent to any origin after load", async () => {
    const requests = new Requests();
    const reports = (seen) => seen.filter((p) => p.includes("/__csp-report"));
    // The detector first: a page that breaks the same policy is reported (report-uri, every engine).
    let mark = await requests.mark();
    await browser.url(`${OTHER_ORIGIN}/csp/csp-violation.html`);
    await until(() => requests.since(mark), (seen) => reports(seen).length > 0, "a CSP violation should be reported");

    const response = await fetch(`${ASSET_ORIGIN}/csp/examples/strict-csp.html`);
    expect(response.headers.get("content-security-policy")).toContain("style-src 'self'");
    await browser.url("/csp/examples/strict-csp.html");
    const compass = new Compass();
    await compass.ready();
    const styles = await compass.styles({ button: [".pc-button", ["min-height", "background-color"]] });
    expect(styles.button).toEqual({ "min-height": "44px", "background-color": "rgb(28, 93, 99)" });

    // default-src and connect-src 'self': any request to another origin, by
    // any means, would be refused and reported. So the whole way through, in
    // both languages, shows nothing is sent to another origin, and the
    // server's log shows nothing more is asked of this one.
    mark = await requests.mark();
    await compass.click(compass.button("Start"));
    await compass.check(compass.radio("Sometimes"));
    await compass.click(compass.button("Next"));
    await compass.expectText(compass.progress(), `Statement 2 of ${ITEMS}`);
    await compass.click(compass.button("Norsk (bokmål)"));
    await compass.expectText(compass.progress(), `Utsagn 2 av ${ITEMS}`);
    await compass.click(compass.button("Tilbake"));
    await compass.click(compass.button("Tilbake"));
    await compass.answerAll(labels(ANSWERS.top, "nb"));
    expect(await compass.seeResult()).toBe("Initiativtaker");
    // Reports are sent asynchronously: give any a moment to arrive.
    await new Promise((r) => setTimeout(r, 500));
    expect(await requests.since(mark)).toEqual([]);
  });

  it("two instances on one page are independent", async () => {
    await browser.url("/examples/two-instances.html");
    const first = new Compass("#first");
    const second = new Compass("#second");
    await first.ready();
    await second.ready();
    await first.expectLang(first.region(), "en");
    await second.expectLang(second.region(), "nb");
    await first.click(first.button("Start"));
    await first.check(first.radio("Always"));
    await first.click(first.button("Next"));
    await second.expectText(second.heading(), "Peer Compass");
    await second.click(second.button("Start"));
    await second.expectText(second.progress(), `Utsagn 1 av ${ITEMS}`);
    await second.expectCount({ role: "radio", checked: true }, 0);
    await second.click(second.button("English"));
    await first.expectText(first.progress(), `Statement 2 of ${ITEMS}`);
    await first.expectLang(first.region(), "en");
  });

  it("an element added after load, as a single-page app would, is mounted too", async () => {
    await browser.url("/examples/plain.html");
    await new Compass().ready();
    await browser.execute(() => {
      const late = document.createElement("peer-compass");
      late.id = "late";
      late.setAttribute("lang", "nb");
      document.body.append(late);
    });
    const late = new Compass("#late");
    await late.expectText(late.heading(), "Peer Compass");
    await late.expectLang(late.region(), "nb");
    await late.click(late.button("Start"));
    await late.expectText(late.progress(), `Utsagn 1 av ${ITEMS}`);
  });

  it("a dark host page themes the widget through custom properties (light-dark())", async () => {
    await browser.url("/examples/dark.html");
    const compass = new Compass();
    await compass.ready();
    const styles = await compass.styles({
      section: [".pc", ["color", "background-color", "font-family"]],
      button: [".pc-button--primary", ["background-color"]],
    });
    expect(styles.section.color).toBe("rgb(232, 238, 240)");
    expect(styles.section["background-color"]).toBe("rgb(22, 33, 37)");
    expect(styles.button["background-color"]).toBe("rgb(242, 200, 121)");
    expect(styles.section["font-family"]).toContain("Trebuchet MS");
  });

  it("an iframe follows the widget's height", async () => {
    await browser.url("/examples/iframe.html");
    const frame = await $("#compass-frame");
    const heights = () =>
      browser.execute((f) => [Number(f.getAttribute("height")), Math.ceil(f.contentDocument?.documentElement.getBoundingClientRect().height ?? -1)], frame);
    // ChromeDriver's pointer actions miss inside this frame once its page has scrolled (docs/TESTING.md).
    const compass = new Compass(null, { elementClick: ENGINE === "chromium" });
    await browser.switchToFrame(frame);
    await compass.ready();
    await browser.switchToParentFrame();
    const [before] = await until(heights, ([attr, content]) => attr === content, "the frame's height should be its content's");
    await browser.switchToFrame(frame);
    await compass.click(compass.button("Start"));
    await compass.check(compass.radio("Often"));
    await browser.switchToParentFrame();
    await until(heights, ([attr, content]) => attr !== before && attr === content, "the frame should follow the new height");
  });

  it("custom content from the page is used, and broken content says what is wrong in place", async () => {
    await browser.url("/examples/custom-content.html");
    const custom = new Compass();
    await custom.expectText(custom.heading(), "Peer Compass: short version");
    await custom.click(custom.button("Start"));
    await custom.expectText(custom.progress(), "Statement 1 of 16");

    await browser.url("/examples/broken-content.html");
    // Errors from here on (load-time ones are caught in Chromium only, by Playwright).
    await browser.execute(() => {
      window.pcErrors = [];
      addEventListener("error", (event) => window.pcErrors.push(String(event.message)));
      addEventListener("unhandledrejection", (event) => window.pcErrors.push(String(event.reason)));
    });
    const broken = new Compass("peer-compass[content]");
    await broken.expectContains({ role: "alert" }, "Peer Compass cannot start");
    await broken.expectContains({ role: "alert" }, 'content "#broken-questionnaire": scales: expected a list, found a number');
    // The rest of the page, and the other widget on it, work.
    await broken.expectCount({ scope: "page", css: "#after" }, 1);
    const other = new Compass("peer-compass[lang=nb]");
    await other.click(other.button("Start"));
    await other.expectText(other.progress(), `Utsagn 1 av ${ITEMS}`);
    expect(await browser.execute(() => window.pcErrors)).toEqual([]);

    // A content attribute that names no element on the page says so, in place.
    await browser.url(`${OTHER_ORIGIN}/missing-content.html`);
    const missing = new Compass();
    await missing.expectText({ css: ".pc-error__message" }, 'content "#x": no element with id "x" is on the page (the content attribute names it)');
    await missing.expectContains({ role: "alert" }, "Peer Compass cannot start");
    await missing.expectCount({ scope: "page", css: "#after" }, 1);
  });

  it("the widget's files can live on another path or another origin", async () => {
    const requests = new Requests();
    let mark = await requests.mark();
    await browser.url("/sub/path/examples/plain.html");
    const compass = new Compass();
    await compass.ready();
    expect((await requests.since(mark)).filter((path) => !path.startsWith("/sub/path/"))).toEqual([]);

    await browser.url(`${OTHER_ORIGIN}/cross-origin.html`);
    await compass.ready();
    await compass.click(compass.button("Start"));
    await compass.expectText(compass.progress(), `Statement 1 of ${ITEMS}`);

    // With ?base=, the loader comes from one place and the widget from another.
    mark = await requests.mark();
    await browser.url(`${OTHER_ORIGIN}/base.html`);
    await compass.ready();
    const fetched = await requests.since(mark);
    expect(fetched).toContain(`/sub/path/embed.js?base=${ASSET_ORIGIN}/`);
    expect(fetched).toContain("/peer-compass_bg.wasm");
    expect(fetched.filter((path) => path.includes("/sub/path/peer-compass"))).toEqual([]);
  });

  it("a browser without WebAssembly, or files that fail to load, get a clear message in place, in the element's language", async () => {
    const NEWER = {
      en: "Peer Compass needs a newer browser. Please open this page in an up-to-date Chrome, Edge, Firefox or Safari.",
      nb: "Peer Compass trenger en nyere nettleser. Åpne siden i en oppdatert versjon av Chrome, Edge, Firefox eller Safari.",
    };
    const FAILED = {
      en: "Peer Compass could not load. Please reload the page; if that does not help, the site may need to update its copy of the widget.",
      nb: "Peer Compass kunne ikke lastes. Last inn siden på nytt. Hjelper ikke det, må nettstedet kanskje oppdatere sin kopi av Peer Compass.",
    };
    await browser.url(`${OTHER_ORIGIN}/no-webassembly.html`);
    const english = new Compass();
    const norwegian = new Compass("#norwegian");
    await english.expectText({ role: "alert" }, NEWER.en);
    await english.expectLang({ role: "alert" }, "en");
    await norwegian.expectText({ role: "alert" }, NEWER.nb);
    await norwegian.expectLang({ role: "alert" }, "nb");
    await english.expectCount({ scope: "page", role: "heading", level: 1 }, 1);

    // Two widgets, English and Norwegian, whose .wasm is missing.
    await browser.url("/without/peer-compass_bg.wasm/examples/two-instances.html");
    const first = new Compass("#first");
    const second = new Compass("#second");
    await first.expectText({ role: "alert" }, FAILED.en);
    await first.expectLang({ role: "alert" }, "en");
    await second.expectText({ role: "alert" }, FAILED.nb);
    await second.expectLang({ role: "alert" }, "nb");
  });

  it("the host element carries the marks that keep session recorders out, also on an element added later", async () => {
    const marks = (selector) =>
      browser.execute(
        (selector, names) => {
          const host = document.querySelector(selector);
          return {
            classes: [...host.classList],
            attributes: Object.fromEntries(names.filter((n) => host.hasAttribute(n)).map((n) => [n, host.getAttribute(n)])),
          };
        },
        selector,
        Object.keys(RECORDER_ATTRIBUTES),
      );
    await browser.url("/examples/plain.html");
    await new Compass().ready();
    expect(await marks("peer-compass")).toEqual({ classes: RECORDER_CLASSES, attributes: RECORDER_ATTRIBUTES });
    // A class the page gave the element stays.
    await browser.execute(() => {
      const late = document.createElement("peer-compass");
      late.id = "late";
      late.className = "site-widget";
      document.body.append(late);
    });
    await new Compass("#late").ready();
    expect(await marks("#late")).toEqual({ classes: ["site-widget", ...RECORDER_CLASSES], attributes: RECORDER_ATTRIBUTES });
  });
});
