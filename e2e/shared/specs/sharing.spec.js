// What leaves the widget, and only when the person says so: with
// events="complete", the peer-compass:complete event is sent when they press
// "Share my result", once per press, with their role and scores and never
// their answers; without it there is nothing to press. The privacy statement
// says exactly that in each set-up and language, checked against what the
// widget then does. And the share code, to read aloud, copy or scan.
import { Compass, storage, until } from "../compass.js";
import { ANSWERS, HEADLINES, ITEM_IDS, DIMENSION_IDS, VERSION, OTHER_ORIGIN, SHARE_CODE, labels } from "../../constants.js";

/** Counts peer-compass:complete events on the page, keeping each detail. */
const listen = () =>
  browser.execute(() => {
    window.pcEvents = [];
    document.addEventListener("peer-compass:complete", (event) => window.pcEvents.push(JSON.parse(JSON.stringify(event.detail))));
  });
const events = () => browser.execute(() => window.pcEvents);
/** Waits a moment for anything asynchronous, then answers the events so far. */
const settledEvents = async () => {
  await new Promise((r) => setTimeout(r, 300));
  return events();
};

const WORDS = {
  en: {
    privacy: "Everything happens in this browser. Nothing you answer is sent to a server or tracked.",
    keepNone: "Nothing is kept on this device after you close the page, unless you download your result.",
    keepChoice: "Nothing is kept on this device unless you tick “Remember my answers on this device”.",
    share: "If you press “Share my result” at the end, Fjordvik gets your role and your scores, never your answers. Nothing is sent otherwise.",
    noShare: "Your result is not sent to anyone. You can print it or download it yourself.",
    shareButton: "Share my result with Fjordvik",
    shared: "Your result was sent to Fjordvik.",
  },
  nb: {
    privacy: "Alt skjer i denne nettleseren. Ingenting du svarer, blir sendt til en server eller sporet.",
    keepNone: "Ingenting blir lagret på denne enheten etter at du lukker siden, med mindre du laster ned resultatet.",
    keepChoice: "Ingenting blir lagret på denne enheten med mindre du krysser av for «Husk svarene mine på denne enheten».",
    share: "Hvis du trykker «Del resultatet mitt» til slutt, får Fjordvik rollen din og poengene dine, aldri svarene dine. Ellers blir ingenting sendt.",
    noShare: "Resultatet ditt blir ikke sendt til noen. Du kan skrive det ut eller laste det ned selv.",
    shareButton: "Del resultatet mitt med Fjordvik",
    shared: "Resultatet ditt er sendt til Fjordvik.",
  },
};

describe("sharing, only when the person presses it", () => {
  it("with events on, nothing is sent until Share my result is pressed, then exactly one event per press, without answers", async () => {
    await browser.url("/examples/events.html");
    const compass = new Compass();
    await compass.ready();
    await listen();
    expect((await compass.privacy())[2]).toBe(
      "If you press “Share my result” at the end, this website gets your role and your scores, never your answers. Nothing is sent otherwise.",
    );
    await compass.answerAll(labels(ANSWERS.top));
    expect(await compass.seeResult()).toBe("Initiator");
    expect(await settledEvents()).toEqual([]);
    // Back and forth, and in the other language: still nothing sent.
    await compass.click(compass.button("Back"));
    await compass.seeResult();
    await compass.click(compass.button("Norsk (bokmål)"));
    await compass.expectText(compass.heading(), "Initiativtaker");
    await compass.click(compass.button("English"));
    await compass.expectText(compass.heading(), "Initiator");
    expect(await settledEvents()).toEqual([]);
    expect(await browser.execute(() => document.querySelector("#last-event").textContent)).toBe("None yet.");

    await compass.expectContains({ role: "heading", name: "Share your result" }, "Share your result");
    await compass.expectContains({ css: ".pc-share" }, "This sends your role and your scores to this website. Your answers are not sent.");
    await compass.click(compass.button("Share my result with this website"));
    await compass.expectText({ role: "status" }, "Your result was sent to this website.");
    const sent = await settledEvents();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({
      version: VERSION,
      placement: { id: "initiator", between: null, uneven: false },
      mode: "enhanced",
      scores: Object.fromEntries(DIMENSION_IDS.map((id) => [id, 100])),
    });
    // Never the answers: no statement id and no answer label in what is sent.
    const text = JSON.stringify(sent[0]);
    for (const word of [...ITEM_IDS, ...labels(ANSWERS.top)]) expect(text).not.toContain(word);
    // The host page received it (examples/events.js shows the last one).
    expect(JSON.parse(await browser.execute(() => document.querySelector("#last-event").textContent))).toEqual(sent[0]);

    await compass.click(compass.button("Share my result with this website"));
    expect(await until(settledEvents, (e) => e.length >= 2, "a second press sends a second event")).toHaveLength(2);
    expect(await settledEvents()).toHaveLength(2);
  });

  it("with events off, there is no share button and nothing is sent", async () => {
    await browser.url("/examples/plain.html");
    const compass = new Compass();
    await compass.ready();
    await listen();
    expect((await compass.privacy())[2]).toBe("Your result is not sent to anyone. You can print it or download it yourself.");
    await compass.answerAll(labels(ANSWERS.littleRoom));
    expect(await compass.seeResult()).toBe(HEADLINES.littleRoom.en);
    await compass.expectCount({ role: "button", name: /^Share my result/ }, 0);
    await compass.expectCount({ role: "heading", name: "Share your result" }, 0);
    expect(await settledEvents()).toEqual([]);
  });

  for (const lang of ["en", "nb"]) {
    it(`the privacy statement says what each set-up does (${lang}), and the widget then does just that`, async () => {
      const w = WORDS[lang];
      const compass = new Compass();
      const seen = [];
      for (const save of [false, true]) {
        for (const share of [false, true]) {
          const query = new URLSearchParams({ lang, organisation: "Fjordvik" });
          if (save) query.set("save", "local");
          if (share) query.set("events", "complete");
          await browser.url(`${OTHER_ORIGIN}/widget.html?${query}`);
          await compass.ready();
          // (Each set-up leaves nothing behind; a page of this origin kept from elsewhere is cleared first.)
          if (Object.keys(await storage()).length) {
            await browser.execute(() => localStorage.clear());
            await browser.refresh();
            await compass.ready();
          }
          await listen();
          const said = await compass.privacy();
          expect(said).toEqual([w.privacy, save ? w.keepChoice : w.keepNone, share ? w.share : w.noShare]);
          seen.push(`save=${save} events=${share}: ${said.slice(1).join(" ")}`);
          await compass.expectCount(compass.remember(lang), save ? 1 : 0);
          expect(await storage()).toEqual({});

          // To a result (through a file, the quick way): nothing kept, nothing sent.
          expect(await compass.resultFrom("top", lang)).toBe(HEADLINES.top[lang]);
          expect(await storage()).toEqual({});
          expect(await settledEvents()).toEqual([]);

          // Sent only when pressed, and only where sharing is offered.
          await compass.expectCount(compass.button(w.shareButton), share ? 1 : 0);
          if (share) {
            await compass.click(compass.button(w.shareButton));
            await compass.expectText({ role: "status" }, w.shared);
            expect(await settledEvents()).toHaveLength(1);
          }
          expect(await storage()).toEqual({});

          // Kept only once ticked, and only where keeping is offered.
          await compass.expectCount(compass.remember(lang), save ? 1 : 0);
          if (save) {
            await compass.check(compass.remember(lang));
            expect(Object.keys(await storage())).toEqual(["peer-compass/1/1"]);
            await compass.uncheck(compass.remember(lang));
            expect(await storage()).toEqual({});
          }
          expect(await settledEvents()).toHaveLength(share ? 1 : 0);
        }
      }
      console.log(`privacy statement (${lang}):\n  ${seen.join("\n  ")}`);
    });
  }

  it("the share code: shown well-formed, the same for the same answers, copied or explained, and shown as a QR code (an SVG)", async () => {
    const codeOf = () => browser.execute(() => document.querySelector("peer-compass").shadowRoot.querySelector(".pc-share-code code")?.textContent);
    await browser.url("/examples/plain.html");
    const compass = new Compass();
    await compass.ready();
    await compass.answerAll(labels(ANSWERS.coDesigner));
    expect(await compass.seeResult()).toBe("Co-designer");
    await compass.expectText({ role: "heading", name: "Your share code" }, "Your share code");
    const code = await codeOf();
    expect(code).toMatch(SHARE_CODE);
    // The same in Norwegian (the code is the result's, not the language's).
    await compass.click(compass.button("Norsk (bokmål)"));
    await compass.expectText({ role: "heading", name: "Delekoden din" }, "Delekoden din");
    expect(await codeOf()).toBe(code);
    await compass.click(compass.button("English"));

    // Copy: the clipboard may or may not be open to the page; either way the person is told.
    await compass.click(compass.button("Copy the code"));
    const copied = "The code is copied.";
    const refused = "Copying did not work here. Select the code and copy it yourself.";
    const status = await until(
      () => compass.texts({ role: "status" }),
      (texts) => texts.some((t) => t === copied || t === refused),
      "Copy the code should say whether it worked",
    );
    console.log(`Copy the code: ${status.find((t) => t === copied || t === refused)}`);

    // The QR code: an SVG picture with a name, drawn from a path.
    await compass.expectCount({ role: "img", name: /^QR code/ }, 0);
    await compass.click(compass.button("Show as a QR code"));
    await compass.expectCount({ role: "img", name: "QR code: a link to your trainer's page with your share code" }, 1);
    const svg = await browser.execute(() => {
      const el = document.querySelector("peer-compass").shadowRoot.querySelector("svg[role=img]");
      const box = el.getBoundingClientRect();
      return { tag: el.tagName.toLowerCase(), viewBox: el.getAttribute("viewBox"), path: el.querySelector("path")?.getAttribute("d")?.length ?? 0, width: box.width, height: box.height };
    });
    expect(svg.tag).toBe("svg");
    expect(svg.viewBox).toMatch(/^-4 -4 (\d+) \1$/);
    expect(svg.path).toBeGreaterThan(100);
    expect(svg.width).toBeGreaterThanOrEqual(100);
    expect(svg.height).toBe(svg.width);

    // Other answers, another code; the same answers again (from a file), the same code.
    await browser.url("/examples/plain.html");
    await compass.ready();
    expect(await compass.resultFrom("littleRoom")).toBe(HEADLINES.littleRoom.en);
    const other = await codeOf();
    expect(other).toMatch(SHARE_CODE);
    expect(other).not.toBe(code);
    await browser.url("/examples/plain.html");
    await compass.ready();
    expect(await compass.resultFrom("coDesigner")).toBe("Co-designer");
    expect(await codeOf()).toBe(code);
  });
});
