// The questionnaire as a visitor goes through it: by keyboard alone, in both
// languages, to a result and its printout, with nothing sent after load.
import { Key } from "webdriverio";
import { Compass, Requests, resourcesSeen, press, inPage, skipIn, pdfPages, clickInView, storage, catchDownloads, downloads, browserDay, until } from "../compass.js";
import { ITEMS, ANSWERS, HEADLINES, OWN_ASSETS, ASSET_ORIGIN, OTHER_ORIGIN, labels, label, pointsOf, scaleQuestion } from "../../constants.js";

/** Tabs (or Shift+Tabs) until `spec` has focus; at most `limit` presses. Answers how many it took. */
async function tabTo(compass, spec, limit, backwards = false) {
  let presses = 0;
  for (; presses < limit && !(await compass.isFocused(spec)); presses++) {
    if (backwards) await browser.action("key").down(Key.Shift).down(Key.Tab).up(Key.Tab).up(Key.Shift).perform();
    else await press(Key.Tab);
  }
  await compass.expectFocused(spec);
  return presses;
}

/**
 * Answers every statement by keyboard alone, checking each screen: its
 * progress, focus on its heading, its scale's question. Tab into the radio
 * group, Space picks the first point, arrows move on (n mod the scale's
 * points: 5 for frequency, 4 for occurrence); Enter in the radio group
 * submits the statement's form: Next.
 */
async function answerByKeyboard(compass, lang) {
  const progress = lang === "nb" ? (n) => `Utsagn ${n} av ${ITEMS}` : (n) => `Statement ${n} of ${ITEMS}`;
  for (let n = 1; n <= ITEMS; n++) {
    await compass.expectText(compass.progress(), progress(n));
    await compass.expectFocused(compass.heading());
    await compass.expectText({ css: ".pc-scale-question" }, scaleQuestion(n - 1, lang));
    await press(Key.Tab, Key.Space);
    for (let step = 0; step < n % pointsOf(n - 1); step++) await press(Key.ArrowDown);
    await compass.expectChecked(compass.radio(label(n - 1, ANSWERS.keyboard[n - 1], lang)));
    await press(Key.Enter);
  }
}

/** The check page by keyboard: Tab to "See my result", Shift+Tab back to Back and forward again, Enter. */
async function checkByKeyboard(compass, lang) {
  const words = {
    en: { heading: "Check your answers", see: "See my result", back: "Back" },
    nb: { heading: "Se over svarene dine", see: "Se resultatet mitt", back: "Tilbake" },
  }[lang];
  await compass.expectText(compass.heading(), words.heading);
  await compass.expectFocused(compass.heading());
  await tabTo(compass, compass.button(words.see), 80);
  await tabTo(compass, compass.button(words.back), 3, true);
  await tabTo(compass, compass.button(words.see), 3);
  await press(Key.Enter);
}

/** The demo page, on the result "Between co-implementor and co-designer". */
async function toResult() {
  await browser.url("/");
  const compass = new Compass();
  await compass.ready();
  await compass.answerAll(labels(ANSWERS.between));
  expect(await compass.seeResult()).toBe(HEADLINES.between.en);
}

describe("the questionnaire", () => {
  it("the whole questionnaire by keyboard alone, to a result, with no requests after load", async () => {
    const requests = new Requests();
    const before = await requests.mark();
    await browser.url("/");
    const compass = new Compass();
    await compass.ready();
    // Loading fetches the page, its stylesheet and the widget's three files: nothing else, from anywhere.
    expect([...new Set(await requests.since(before))].sort()).toEqual([...OWN_ASSETS].sort());
    const loaded = await resourcesSeen();
    expect(loaded.filter((url) => !url.startsWith(`${ASSET_ORIGIN}/`))).toEqual([]);
    const afterLoad = await requests.mark();

    // Tab from the top of the page to Start; no mouse from here on.
    const tabs = await tabTo(compass, compass.button("Start"), 40);
    // Safari (and MiniBrowser as run here) skip links on Tab; the others stop
    // at the demo page's four header links first.
    console.log(`Tab presses from the top of the page to Start: ${tabs}`);
    await press(Key.Enter);

    await answerByKeyboard(compass, "en");

    await checkByKeyboard(compass, "en");

    await compass.expectText({ text: "Your result" }, "Your result");
    await compass.expectFocused(compass.heading());
    await compass.expectText(compass.heading(), HEADLINES.keyboard.en);
    await compass.expectCount({ role: "heading", name: "For you" }, 1);

    // Start again asks first, by keyboard too, and keeps focus where the person is.
    await tabTo(compass, compass.button("Start again"), 80);
    await press(Key.Enter);
    await compass.expectFocused({ text: /^Start again\? This clears all your answers/ });
    await tabTo(compass, compass.button("No, keep my answers"), 3);
    await press(Key.Enter);
    await compass.expectFocused(compass.button("Start again"));
    await tabTo(compass, compass.button("Print or save as PDF"), 1, true);

    expect(await requests.since(afterLoad)).toEqual([]);
    expect(await resourcesSeen()).toEqual(loaded);
  });

  it("the whole questionnaire by keyboard alone in Norwegian, every name and message in Bokmål", async () => {
    await browser.url(`${OTHER_ORIGIN}/widget.html?lang=nb`);
    const compass = new Compass();
    await compass.ready();
    await compass.expectLang(compass.region(), "nb");
    await tabTo(compass, compass.button("Start"), 20);
    await press(Key.Enter);
    await answerByKeyboard(compass, "nb");
    await checkByKeyboard(compass, "nb");
    await compass.expectFocused(compass.heading());
    await compass.expectText(compass.heading(), HEADLINES.keyboard.nb);
    await compass.expectCount({ role: "heading", name: "Til deg" }, 1);
    await tabTo(compass, compass.button("Begynn på nytt"), 80);
    await press(Key.Enter);
    await compass.expectFocused({ text: /^Begynne på nytt\? Da slettes alle svarene dine/ });
    await tabTo(compass, compass.button("Nei, behold svarene mine"), 3);
    await press(Key.Enter);
    await compass.expectFocused(compass.button("Begynn på nytt"));
  });

  it("the controls for keeping, files, sharing and the share code work by keyboard alone", async function () {
    // Remember, Start, the file input, Share, the QR code, the earlier results,
    // the downloads, Forget and its question, and Continue where I left off:
    // buttons and form fields, reached with Tab and used with Space or Enter.
    await browser.url(`${OTHER_ORIGIN}/widget.html?save=local&events=complete&organisation=Fjordvik`);
    const compass = new Compass();
    await compass.ready();
    await browser.execute(() => localStorage.clear());
    await browser.refresh();
    await compass.ready();
    await browser.execute(() => {
      window.pcEvents = 0;
      document.addEventListener("peer-compass:complete", () => window.pcEvents++);
    });
    await tabTo(compass, compass.remember(), 20);
    await press(Key.Space);
    await compass.expectChecked(compass.remember(), true);
    expect(Object.keys(await storage())).toEqual(["peer-compass/1/1"]);
    await tabTo(compass, compass.button("Start"), 3);
    await tabTo(compass, { role: "file", name: "Open a result you downloaded before" }, 3);
    await tabTo(compass, compass.button("Start"), 3, true);
    await press(Key.Enter);
    await compass.answerFrom(0, labels(ANSWERS.top));
    await tabTo(compass, compass.button("See my result"), 40);
    await press(Key.Enter);
    await compass.expectText(compass.heading(), "Initiator");
    // Reaching the result while remembered writes the screen again (to list
    // the result as kept); focus stays on its heading.
    await compass.expectFocused(compass.heading(), 1500);

    await tabTo(compass, compass.button("Share my result with Fjordvik"), 20);
    await press(Key.Enter);
    await compass.expectText({ role: "status" }, "Your result was sent to Fjordvik.");
    expect(await browser.execute(() => window.pcEvents)).toBe(1);
    await tabTo(compass, compass.button("Show as a QR code"), 5);
    await press(Key.Enter);
    await compass.expectCount({ role: "img", name: "QR code: a link to your trainer's page with your share code" }, 1);
    await compass.expectFocused(compass.button("Show as a QR code"));

    const day = await browserDay();
    await tabTo(compass, compass.button(`Open result from ${day}`), 5);
    await press(Key.Enter);
    await compass.expectText(compass.heading(), `Your result from ${day}`);
    await compass.expectFocused(compass.heading());
    await tabTo(compass, compass.button("Close"), 5);
    await press(Key.Enter);
    await compass.expectText(compass.heading(), "Initiator");
    await compass.expectFocused(compass.heading());

    await catchDownloads();
    await tabTo(compass, compass.button("Download to open here later (JSON)"), 30);
    await press(Key.Enter);
    await until(downloads, (files) => files.length === 1, "a JSON download");
    await tabTo(compass, compass.button("Download for a spreadsheet (CSV)"), 1);
    await press(Key.Enter);
    expect((await until(downloads, (files) => files.length === 2, "a CSV download")).map((f) => f.name)).toEqual([
      `peer-compass-${day}.json`,
      `peer-compass-${day}.csv`,
    ]);
    await tabTo(compass, { role: "file", name: "Open a result you downloaded before" }, 1);

    await tabTo(compass, compass.remember(), 3);
    await press(Key.Space);
    await compass.expectChecked(compass.remember(), false);
    expect(await storage()).toEqual({});
    await press(Key.Space);
    await compass.expectChecked(compass.remember(), true);
    await until(storage, (kept) => Object.keys(kept).length === 1, "remembered again");
    // The screen is written again (the result is listed as kept); focus
    // stays on the checkbox.
    await compass.expectFocused(compass.remember(), 1500);

    const forget = compass.button("Forget everything kept on this device");
    await tabTo(compass, forget, 40);
    await press(Key.Enter);
    await compass.expectFocused({ text: /^Delete everything Peer Compass keeps in this browser/ });
    await tabTo(compass, compass.button("Yes, delete everything"), 1);
    await tabTo(compass, compass.button("No, keep it"), 1);
    await press(Key.Enter);
    await compass.expectFocused(forget);

    // Back later: Continue where I left off, by keyboard.
    await browser.refresh();
    await compass.ready();
    await tabTo(compass, compass.button("Continue where I left off"), 20);
    await press(Key.Enter);
    await compass.expectText(compass.heading(), "Initiator");
    await compass.expectFocused(compass.heading());
    await browser.execute(() => localStorage.clear());
  });

  it("switching language midway keeps every answer", async () => {
    await browser.url("/");
    const compass = new Compass();
    await compass.ready();
    await compass.click(compass.button("Start"));
    // Statements 1 and 2 are on the frequency scale, 3 to 6 on occurrence.
    const codes = [4, 1, "n", 3, "d"];
    const chosen = codes.map((code, i) => label(i, code));
    expect(chosen).toEqual(["Often", "Never", "Not part of my role", "A few times", "Don't know"]);
    await compass.answerFrom(0, chosen);
    await compass.click(compass.button("Norsk (bokmål)"));
    await compass.expectLang(compass.region(), "nb");
    await compass.expectText(compass.progress(), `Utsagn 6 av ${ITEMS}`);
    await compass.expectText({ css: ".pc-scale-question" }, scaleQuestion(5, "nb"));
    // What was chosen shows in Norwegian on the way back.
    await compass.click(compass.button("Tilbake"));
    await compass.expectChecked(compass.radio("Vet ikke"), true);
    await compass.click(compass.button("Neste"));
    for (let n = 6; n <= ITEMS; n++) await compass.click(compass.button("Neste"));
    await compass.expectText(compass.heading(), "Se over svarene dine");
    const answers = () => inPage(`return find({ css: ".pc-summary__answer" }).map((el) => el.textContent.trim());`);
    expect((await answers()).slice(0, 6)).toEqual([...codes.map((code, i) => label(i, code, "nb")), "Ikke besvart"]);
    expect((await answers()).slice(0, 6)).toEqual(["Ofte", "Aldri", "Ikke en del av rollen min", "Noen få ganger", "Vet ikke", "Ikke besvart"]);
    // And back in English, still there.
    await compass.click(compass.button("English"));
    await compass.expectText(compass.heading(), "Check your answers");
    expect((await answers()).slice(0, 5)).toEqual(chosen);
  });

  it("a change from the check page returns there", async () => {
    await browser.url("/");
    const compass = new Compass();
    await compass.ready();
    await compass.answerAll(labels(ANSWERS.second));
    const change = await inPage(`return find({ role: "button", name: { re: "^Change answer to:", flags: "" } })[2];`);
    await clickInView(await $(change));
    await compass.expectText(compass.progress(), `Statement 3 of ${ITEMS}`);
    await compass.expectChecked(compass.radio("Once"), true);
    await compass.check(compass.radio("Regularly (about monthly or more)"));
    await compass.click(compass.button("Check your answers"));
    await compass.expectText(compass.heading(), "Check your answers");
    expect(await inPage(`return find({ css: ".pc-summary__answer" })[2].textContent.trim();`)).toBe("Regularly (about monthly or more)");
  });

  it("the result prints without buttons (the print stylesheet, in the engine's own cascade)", async () => {
    await toResult();
    // WebDriver cannot switch an engine to print media, so the page's and the
    // widget's own @media print rules are made to apply on screen, and what a
    // printout would show is read back.
    const rules = await inPage(`
      const host = document.querySelector("peer-compass");
      const sheets = [...document.styleSheets, ...host.shadowRoot.styleSheets, ...host.shadowRoot.adoptedStyleSheets];
      let promoted = 0;
      const walk = (list) => {
        for (const rule of list) {
          if (rule.media && /^print$/i.test(rule.media.mediaText.trim())) {
            rule.media.mediaText = "all";
            promoted++;
          }
          if (rule.cssRules) walk(rule.cssRules);
        }
      };
      for (const sheet of sheets) walk(sheet.cssRules);
      return promoted;`);
    expect(rules).toBeGreaterThanOrEqual(2); // the widget's and the demo page's
    const compass = new Compass();
    await compass.expectCount(compass.button("Start again"), 0);
    await compass.expectCount(compass.button("English"), 0);
    await compass.expectCount({ role: "heading", name: "Your profile" }, 1);
    await compass.expectCount({ scope: "page", role: "heading", level: 1 }, 0);
    const printed = await compass.styles({ section: [".pc", ["color", "background-color"]] });
    expect(printed.section).toEqual({ color: "rgb(0, 0, 0)", "background-color": "rgb(255, 255, 255)" });
  });

  it("the result prints to a PDF of at most four pages (WebDriver Print)", async function () {
    // WebKitWebDriver 2.50 has no Print Page command: WebKit bug 217173,
    // "WebDriver: Implement print command", fixed for WebKitGTK 2.54.
    skipIn(this, "webkit", "WebKit bug 217173 (WebDriver print command), fixed in WebKitGTK 2.54");
    await toResult();
    const pdf = Buffer.from(await browser.printPage("portrait", 1, true, 21, 29.7), "base64");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
  });
});
