// The trainer's views (<peer-compass mode="trainer"> on trainer.html, and
// mode="teach"), as a trainer meets them: found by role and accessible name
// inside the open shadow root. The codes come from real runs of the
// questionnaire on the demo page, in both languages, read from the result's
// share code; the code of another questionnaire version from a run of the
// custom-content example.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";

test.describe.configure({ mode: "serial" });

const KEY = "peer-compass/1/trainer";
const WORDS = {
  en: {
    region: "Peer Compass for trainers",
    language: "English",
    codes: "Codes",
    picture: "Group picture",
    compare: "Before and after",
    model: "The model",
    paste: "Paste codes, or a whole chat log",
    addCodes: "Add the codes",
    type: "Type a code",
    add: "Add",
    file: "Load a text file",
    keep: "Keep this session on this device",
    address: "The questionnaire's address",
    present: "Present",
    round: (n, count) => `${n === 1 ? "First" : "Second"} round (${count} codes)`,
    modelHeading: "The model: three roles on a ladder",
    clear: "Clear this round",
    clearNo: "No, keep them",
    clearYes: "Yes, clear them",
  },
  nb: {
    region: "Peer Compass for kursledere",
    language: "Norsk (bokmål)",
    codes: "Koder",
    picture: "Gruppebildet",
    compare: "Før og etter",
    model: "Modellen",
    paste: "Lim inn koder, eller en hel chat-logg",
    addCodes: "Legg til kodene",
    type: "Skriv inn en kode",
    add: "Legg til",
    file: "Last inn en tekstfil",
    keep: "Lagre økten på denne enheten",
    address: "Adressen til spørreskjemaet",
    present: "Presenter",
    round: (n, count) => `${n === 1 ? "Første" : "Andre"} runde (${count} koder)`,
    modelHeading: "Modellen: tre roller på en stige",
    clear: "Tøm denne runden",
    clearNo: "Nei, behold dem",
    clearYes: "Ja, tøm den",
  },
};

/** The trainer's views as a trainer meets them. */
class Trainer {
  constructor(page, lang = "en") {
    this.page = page;
    this.lang = lang;
    this.region = page.getByRole("region", { name: /^Peer Compass for (trainers|kursledere)$/ });
  }

  get w() {
    return WORDS[this.lang];
  }

  button(name) {
    return this.region.getByRole("button", { name, exact: true });
  }

  heading() {
    return this.region.locator("h2.pc-heading");
  }

  batch() {
    return this.region.locator(".pc-batch");
  }

  item(code) {
    return this.batch().getByRole("listitem").filter({ hasText: code });
  }

  async ready() {
    await expect(this.region).toBeVisible();
    await expect(this.heading()).toBeVisible();
  }

  async speak(lang) {
    await this.button(WORDS[lang].language).click();
    this.lang = lang;
    await expect(this.region).toHaveAttribute("lang", lang);
  }

  async view(name) {
    const tab = this.region.getByRole("navigation").getByRole("button", { name: this.w[name], exact: true });
    const already = (await tab.getAttribute("aria-current")) === "page";
    await tab.click();
    if (!already) await expect(this.heading()).toBeFocused();
  }

  async paste(text) {
    await this.region.getByLabel(this.w.paste).fill(text);
    await this.button(this.w.addCodes).click();
  }

  async type(code) {
    await this.region.getByLabel(this.w.type).fill(code);
    await this.button(this.w.add).click();
  }

  async round(n, count) {
    return this.region.getByRole("radio", { name: this.w.round(n, count), exact: true });
  }
}

async function openTrainer(page, url = "/trainer.html") {
  await page.goto(url);
  const trainer = new Trainer(page);
  await trainer.ready();
  return trainer;
}

async function expectNoAxeViolations(page, label) {
  // Every template's gaps are filled: no "{name}" shows.
  for (const host of await page.locator("peer-compass").all()) {
    expect(await host.evaluate((h) => h.shadowRoot?.textContent ?? ""), `text on ${label}`).not.toMatch(/[{}]/);
  }
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** A page that is trainer.html with other attributes on its element. */
async function trainerPageWith(page, attributes) {
  await page.route("**/trainer.html", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<peer-compass mode="trainer">', `<peer-compass ${attributes}>`);
    await route.fulfill({ response, body });
  });
}

/**
 * Answers the questionnaire at `url` in `lang`, choosing on each statement
 * the scale point `pick(statement, points)` (from 0), and returns the share
 * code its result shows.
 */
async function shareCode(page, url, lang, pick) {
  const nb = lang === "nb";
  await page.goto(url);
  // Named by the questionnaire's title: "Peer Compass", or a site's own.
  const region = page.getByRole("region", { name: /^Peer Compass/ });
  await expect(region.getByRole("heading", { level: 2 })).toBeVisible();
  if (nb) await region.getByRole("button", { name: "Norsk (bokmål)" }).click();
  await region.getByRole("button", { name: "Start", exact: true }).click();
  const check = nb ? "Se over svarene dine" : "Check your answers";
  for (let statement = 0; ; statement++) {
    const heading = region.getByRole("heading", { level: 2 });
    if ((await heading.innerText()) === check) break;
    expect(statement, "the questionnaire ends").toBeLessThan(60);
    const radios = region.getByRole("radio");
    // The scale's points, then "Not part of my role" and "Don't know".
    const points = (await radios.count()) - 2;
    await radios.nth(pick(statement, points)).check();
    await region.getByRole("button", { name: nb ? "Neste" : "Next", exact: true }).click();
  }
  await region.getByRole("button", { name: nb ? "Se resultatet mitt" : "See my result" }).click();
  const code = (await region.locator(".pc-share-code").innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}$/);
  return code;
}

/** The code with one symbol changed, as a person might mistype it. */
function mistype(code) {
  const symbols = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const at = 6;
  const next = symbols[(symbols.indexOf(code[at]) + 7) % symbols.length];
  return code.slice(0, at) + next + code.slice(at + 1);
}

const codes = { en: [], nb: [], other: null };

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(240_000);
  const page = await browser.newPage();
  // Five people, in both languages, each answering their own way.
  const ways = [
    (s, points) => points - 1,
    (s, points) => Math.min(1, points - 1),
    (s, points) => (s * 3) % points,
    (s, points) => (s % 2 ? points - 1 : 1),
    (s, points) => (s < 6 ? points - 2 : 0),
  ];
  for (const [index, way] of ways.entries()) {
    const lang = index < 3 ? "en" : "nb";
    codes[lang].push(await shareCode(page, "/", lang, way));
  }
  // A short questionnaire of the site's own: another version.
  codes.other = await shareCode(page, "/examples/custom-content.html", "en", (s, points) => points - 2);
  await page.close();
  expect(new Set([...codes.en, ...codes.nb]).size, "five different results").toBe(5);
});

test("codes from participants' runs, typed, pasted in a chat log and loaded from a file, each with its own message", async ({ page }) => {
  const trainer = await openTrainer(page);
  const [a, b, c] = codes.en;
  const [d, e] = codes.nb;

  // Typed as a person reads it out: small letters, no dashes.
  await trainer.type(a.toLowerCase().replaceAll("-", ""));
  await expect(trainer.batch()).toContainText("1 counted · 0 not counted");
  await expect(trainer.item(a)).toContainText(`${a}: counted.`);
  await expect(trainer.region.getByLabel("Type a code")).toHaveValue("");

  // A chat log: codes in lines, a typo, another version, the same code twice.
  const typo = mistype(d);
  const log = [
    `[09:58] Kari: Here's mine: ${b}`,
    "[09:58] Ola: Good morning",
    `[09:59] Ola: ${typo}`,
    `[10:00] Per: mitt er ${codes.other}`,
    `[10:01] Kari: ${a} (sent it twice, sorry)`,
    "Good morning",
    `[10:02] Siri: ${e}`,
  ].join("\n");
  await trainer.paste(log);
  await expect(trainer.batch()).toContainText("2 counted · 3 not counted");
  await expect(trainer.item(b)).toContainText("counted.");
  await expect(trainer.item(e)).toContainText("counted.");
  await expect(trainer.item(typo)).toContainText("a character is mistyped, or two are swapped");
  await expect(trainer.item(codes.other)).toContainText(
    "made with another version of the questionnaire, not 2026.12. Not counted",
  );
  await expect(trainer.item(a)).toContainText("already counted in this round");
  await expect(trainer.batch()).not.toContainText("Good morning");
  await expect(await trainer.round(1, 3)).toBeChecked();

  // Two people can share a result: the trainer counts it again.
  await trainer.batch().getByRole("button", { name: `Count it again: ${a}` }).click();
  await expect(trainer.item(a)).toContainText("counted again.");
  await expect(await trainer.round(1, 4)).toBeChecked();

  // A text file: a saved chat.
  await trainer.region.getByLabel("Load a text file").setInputFiles({
    name: "chat.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(`Saved chat\n${d} from Ola, read again\n${c}\n`),
  });
  await expect(trainer.batch()).toContainText("2 counted · 0 not counted");
  await expect(await trainer.round(1, 6)).toBeChecked();

  // Text without codes says so.
  await trainer.paste("See you all after lunch!");
  await expect(trainer.batch()).toContainText("No codes found in that text");
  // A code that is too short, typed.
  await trainer.type("K7QF-2M9X");
  await expect(trainer.batch()).toContainText("K7QF-2M9X: a code has 11 characters; this has 8.");
});

test("nothing is shown below the minimum group size, which is never below 2", async ({ page }) => {
  const trainer = await openTrainer(page);
  await trainer.type(codes.en[0]);
  await trainer.view("picture");
  await expect(trainer.region).toContainText(
    "The group picture shows when at least 3 codes are counted, so that no one's result can be picked out. 1 so far.",
  );
  await expect(trainer.region.getByRole("heading", { name: "Roles on the ladder" })).toHaveCount(0);
  await expect(trainer.button("Present")).toHaveCount(0);

  await trainer.view("codes");
  await trainer.paste(`${codes.en[1]}\n${codes.nb[0]}`);
  await trainer.view("picture");
  for (const name of ["Roles on the ladder", "Each area across the group", "Modes of co-production", "Questions for discussion"]) {
    await expect(trainer.region.getByRole("heading", { name, level: 3 })).toBeVisible();
  }
  // Every prompt has its grounding, with a short citation.
  const prompts = trainer.region.locator(".pc-prompt");
  expect(await prompts.count()).toBeGreaterThan(0);
  for (const prompt of await prompts.all()) {
    await expect(prompt.locator(".pc-prompt__grounding")).toHaveText(/^Why it matters: .+\(.+ \d{4}\)\.$/);
  }
  // The pictures' facts are in tables too.
  await trainer.region.getByText("Show as a table").first().click();
  await expect(trainer.region.getByRole("table").first()).toContainText("Initiator");

  // min-group="1" is read as 2; min-group="5" waits for five.
  for (const [attribute, min] of [["1", 2], ["5", 5]]) {
    const other = await page.context().newPage();
    await trainerPageWith(other, `mode="trainer" min-group="${attribute}"`);
    const small = await openTrainer(other);
    await small.type(codes.en[0]);
    await small.view("picture");
    await expect(small.region).toContainText(`at least ${min} codes are counted`);
    await other.close();
  }
});

test("a scanned link adds its codes; the session is kept on the device only if the trainer chooses", async ({ page }) => {
  const [a, b] = codes.en;
  const [d, e] = codes.nb;
  let trainer = await openTrainer(page, `/trainer.html#code=${a},${b}`);
  await expect(trainer.batch()).toContainText("From the link you opened:");
  await expect(trainer.batch()).toContainText("2 counted · 0 not counted");
  // The codes leave the address, so a reload does not add them again.
  await expect(page).toHaveURL(/\/trainer\.html$/);
  const keep = trainer.region.getByRole("checkbox", { name: WORDS.en.keep });
  await expect(keep).not.toBeChecked();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await page.reload();
  trainer = new Trainer(page);
  await trainer.ready();
  await expect(await trainer.round(1, 0)).toBeChecked();

  // Kept: each scan (a new page) adds to the same session.
  await page.goto(`/trainer.html#code=${a}`);
  await keep.check();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toContain(a);
  await page.goto("about:blank");
  await page.goto(`/trainer.html#code=${d}`);
  await expect(await trainer.round(1, 2)).toBeChecked();
  await expect(keep).toBeChecked();
  // A code scanned while the page is open.
  await page.evaluate((code) => (location.hash = `code=${code}`), e);
  await expect(await trainer.round(1, 3)).toBeChecked();
  await expect(page).toHaveURL(/\/trainer\.html$/);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toContain(e);
  // Turning it off deletes what was kept.
  await keep.uncheck();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await page.reload();
  await expect(await trainer.round(1, 0)).toBeChecked();
});

test("one code can be removed, and a round cleared after confirmation", async ({ page }) => {
  const trainer = await openTrainer(page);
  const [a, b, c] = codes.en;
  await trainer.paste([a, b, c].join("\n"));
  await trainer.region.getByText("Show the 3 codes").click();
  await trainer.region.getByRole("button", { name: `Remove code ${b}` }).click();
  const status = trainer.region.locator(".pc-status");
  await expect(status).toHaveText(`Code ${b} removed.`);
  await expect(status).toBeFocused();
  await expect(await trainer.round(1, 2)).toBeChecked();
  await expect(trainer.region.getByRole("button", { name: `Remove code ${b}` })).toHaveCount(0);

  // Clearing asks first; "No" keeps everything and gives focus back.
  await trainer.button("Clear this round").click();
  const question = trainer.region.getByRole("alert");
  await expect(question).toContainText("Remove 2 codes from the first round? This cannot be undone.");
  await expect(question.locator("p")).toBeFocused();
  await trainer.button("No, keep them").click();
  await expect(trainer.button("Clear this round")).toBeFocused();
  await expect(await trainer.round(1, 2)).toBeChecked();
  await trainer.button("Clear this round").click();
  await trainer.button("Yes, clear them").click();
  await expect(status).toHaveText("The first round is empty now.");
  await expect(await trainer.round(1, 0)).toBeChecked();
});

test("before and after: two rounds compared side by side", async ({ page }) => {
  const trainer = await openTrainer(page);
  await trainer.paste(codes.en.join("\n"));
  await trainer.view("compare");
  await expect(trainer.region).toContainText("The second round has 0 codes. At least 3 are needed to show it.");
  await trainer.view("codes");
  await (await trainer.round(2, 0)).check();
  await trainer.paste([...codes.nb, codes.en[0]].join("\n"));
  await expect(await trainer.round(2, 3)).toBeChecked();
  await trainer.view("compare");
  await expect(trainer.region.getByRole("heading", { name: "Roles on the ladder, side by side" })).toBeVisible();
  await expect(trainer.region.locator("figcaption")).toHaveText(["First round: 3 codes.", "Second round: 3 codes."]);
  const medians = trainer.region.getByRole("table").nth(1);
  await expect(medians.getByRole("columnheader")).toHaveText(["Area", "First round", "Second round", "Change"]);
  await expect(medians.getByRole("row")).toHaveCount(6);
  await expectNoAxeViolations(page, "before and after (en)");
  await trainer.speak("nb");
  await expect(medians.getByRole("columnheader")).toHaveText(["Område", "Første runde", "Andre runde", "Endring"]);
  await expectNoAxeViolations(page, "before and after (nb)");
});

test("axe finds nothing on any trainer screen, in both languages", async ({ page }) => {
  const trainer = await openTrainer(page);
  for (const lang of ["en", "nb"]) {
    if (lang === "nb") await trainer.speak("nb");
    const w = WORDS[lang];
    await trainer.view("codes");
    await expectNoAxeViolations(page, `codes, empty (${lang})`);
    await trainer.region.getByLabel(w.address).fill("https://fjordvik.example/peer-work/");
    await trainer.paste([codes.en[0], mistype(codes.en[1]), codes.en[0], codes.other].join("\n"));
    await expectNoAxeViolations(page, `codes, with messages and a QR code (${lang})`);
    await trainer.region.locator(".pc-codes summary").click();
    await trainer.button(w.clear).click();
    await expectNoAxeViolations(page, `codes, clearing asked (${lang})`);
    await trainer.button(w.clearNo).click();
    await trainer.view("picture");
    await expectNoAxeViolations(page, `group picture below the minimum (${lang})`);
    await trainer.view("codes");
    await trainer.paste(`${codes.nb.join("\n")}\n${codes.en[2]}`);
    await trainer.view("picture");
    for (const summary of await trainer.region.locator("details.pc-table summary").all()) await summary.click();
    await expectNoAxeViolations(page, `group picture with its tables (${lang})`);
    await trainer.button(w.present).click();
    await expect(trainer.region.getByRole("dialog")).toBeVisible();
    await expectNoAxeViolations(page, `presentation (${lang})`);
    await page.keyboard.press("Escape");
    await trainer.view("compare");
    await expectNoAxeViolations(page, `before and after, one round (${lang})`);
    await trainer.view("model");
    await expectNoAxeViolations(page, `the model (${lang})`);
    await trainer.button(w.present).click();
    await page.keyboard.press("End");
    await expectNoAxeViolations(page, `the model presented (${lang})`);
    await page.keyboard.press("Escape");
    await page.evaluate((key) => localStorage.removeItem(key), KEY);
    if (lang === "en") {
      await trainer.view("codes");
      await trainer.button(w.clear).click();
      await trainer.button(w.clearYes).click();
    }
  }
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
]) {
  test(`the presentation by keyboard alone at ${width}×${height}: one panel at a time, all of it on screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const trainer = await openTrainer(page);
    await trainer.region.getByLabel("The questionnaire's address").fill("https://fjordvik.example/peer-work/compass/");
    await trainer.paste([...codes.en, ...codes.nb].join("\n"));
    await trainer.view("picture");
    const present = trainer.button("Present");
    await present.focus();
    await page.keyboard.press("Enter");
    // A modal dialog named by its panel's title.
    const dialog = trainer.region.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAccessibleName("Open the questionnaire");
    const position = dialog.locator(".pc-present__position");
    const total = Number((await position.innerText()).split(" of ")[1]);
    expect(total).toBeGreaterThanOrEqual(6);
    // Large type for a room.
    const size = await dialog.evaluate((d) => parseFloat(getComputedStyle(d).fontSize));
    expect(size).toBeGreaterThanOrEqual(height >= 1080 ? 28 : 22);
    const titles = [];
    for (let n = 1; n <= total; n++) {
      await expect(position).toHaveText(`${n} of ${total}`);
      const title = dialog.locator("h2");
      titles.push(await title.innerText());
      // The whole panel is on screen: nothing scrolls, nothing spills over.
      const fit = await dialog.evaluate((d) => {
        const panel = d.querySelector(".pc-present__panel");
        const box = d.getBoundingClientRect();
        const spill = [...d.querySelectorAll("*")].some((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > box.right + 1 || r.bottom > box.bottom + 1);
        });
        return { scrolls: panel.scrollHeight > panel.clientHeight + 1 || d.scrollHeight > d.clientHeight + 1, spill };
      });
      expect(fit, `panel ${n} (${titles.at(-1)}) at ${width}×${height}`).toEqual({ scrolls: false, spill: false });
      await page.keyboard.press(n % 2 ? "ArrowRight" : "PageDown");
    }
    expect(titles.slice(0, 5)).toEqual([
      "Open the questionnaire",
      "Roles on the ladder",
      "The group's profile",
      "Conditions at work",
      "Modes of co-production",
    ]);
    await page.keyboard.press("Home");
    await expect(position).toHaveText(`1 of ${total}`);
    await page.keyboard.press("ArrowLeft");
    await expect(position).toHaveText(`1 of ${total}`);
    await page.keyboard.press("End");
    await expect(position).toHaveText(`${total} of ${total}`);
    await page.keyboard.press("ArrowUp");
    await expect(position).toHaveText(`${total - 1} of ${total}`);
    await page.screenshot({ path: test.info().outputPath(`presentation-${width}.png`) });
    // Esc leaves, and focus is back on "Present".
    await page.keyboard.press("Escape");
    await expect(trainer.region.getByRole("dialog")).toHaveCount(0);
    await expect(present).toBeFocused();
  });
}

test("the model on its own (mode=\"teach\"), in both languages, and presented", async ({ page }) => {
  const requests = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await trainerPageWith(page, 'mode="teach"');
  await page.goto("/trainer.html");
  const trainer = new Trainer(page);
  await expect(trainer.heading()).toHaveText(WORDS.en.modelHeading);
  await expect(trainer.region.getByRole("navigation")).toHaveCount(0);
  for (const name of ["Three roles", "Modes of co-production", "Token roles", "What the workplace gives"]) {
    await expect(trainer.region.getByRole("heading", { name, level: 3 })).toBeVisible();
  }
  await expect(trainer.region.locator("figure svg")).toHaveAttribute("aria-hidden", "true");
  await expect(trainer.region.locator("figcaption")).toContainText("A token role sits below the ladder");
  await expectNoAxeViolations(page, "the model alone (en)");
  await trainer.speak("nb");
  await expect(trainer.heading()).toHaveText(WORDS.nb.modelHeading);
  for (const term of ["Medgjennomfører", "Medutformer", "Initiativtaker", "Symbolsk rolle", "samproduksjon"]) {
    await expect(trainer.region).toContainText(term);
  }
  await expectNoAxeViolations(page, "the model alone (nb)");
  await trainer.button("Presenter").click();
  const dialog = trainer.region.getByRole("dialog");
  await expect(dialog.locator("h2")).toHaveText(WORDS.nb.modelHeading);
  await page.keyboard.press("ArrowRight");
  await expect(dialog.locator("h2")).toHaveText("Tre roller");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  expect(requests.filter((path) => /peer-compass(_bg\.wasm|\.js)$/.test(path))).toEqual([]);
});

test("the summary as CSV (with a byte-order mark, semicolons in Norwegian) and printed on A4", async ({ page }) => {
  const trainer = await openTrainer(page);
  await trainer.paste([...codes.en, ...codes.nb].join("\n"));
  await trainer.view("picture");
  for (const [lang, separator] of [["en", ","], ["nb", ";"]]) {
    if (lang === "nb") await trainer.speak("nb");
    const label = lang === "en" ? "Download the summary for a spreadsheet (CSV)" : "Last ned sammendraget til regneark (CSV)";
    const [download] = await Promise.all([page.waitForEvent("download"), trainer.button(label).click()]);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe(["what", "value", "count", "median", "lowest", "highest"].join(separator));
    const initiator = lines.find((line) => line.startsWith(`placement${separator}initiator${separator}`));
    expect(initiator?.split(separator)).toHaveLength(6);
    expect(lines.filter((l) => l.startsWith(`score${separator}`))).toHaveLength(5);
  }
  // Print: the picture without the controls, on A4.
  await page.emulateMedia({ media: "print" });
  await expect(trainer.region.getByRole("navigation")).toBeHidden();
  await expect(trainer.region.getByRole("button", { name: "Presenter" })).toBeHidden();
  await expect(trainer.region.locator(".pc-ladder__svg")).toBeVisible();
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});

/**
 * Clicks the trainer's button `name` in the page and resolves with the
 * milliseconds until an element matching `selector` is in the shadow root:
 * the time the wasm takes to work and render, without the test's overhead.
 */
function timeClick(page, name, selector) {
  return page.evaluate(
    ([name, selector]) =>
      new Promise((resolve) => {
        const root = document.querySelector("peer-compass").shadowRoot;
        const button = [...root.querySelectorAll("button")].find((b) => b.textContent.trim() === name);
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (root.querySelector(selector)) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(root, { subtree: true, childList: true, characterData: true });
        button.click();
      }),
    [name, selector],
  );
}

test("1,000 codes aggregate and render without a visible pause", async ({ page }) => {
  // A kept session of 1,000 codes: the five results, many people each (as
  // "Count it again" keeps them).
  const all = [...codes.en, ...codes.nb];
  const lines = Array.from({ length: 1000 }, (_, i) => `1 ${all[i % all.length]}`);
  await page.goto("/trainer.html");
  await page.evaluate(
    ([key, text]) => localStorage.setItem(key, text),
    [KEY, `peer-compass-trainer 1\nround 1\n${lines.join("\n")}\n`],
  );
  await page.reload();
  const trainer = new Trainer(page);
  await trainer.ready();
  await expect(await trainer.round(1, 1000)).toBeChecked();
  const shown = await timeClick(page, "Group picture", ".pc-prompts");
  await expect(trainer.region.getByRole("heading", { name: "Questions for discussion" })).toBeVisible();
  // One path per dot plot, whatever the number of people.
  await expect(trainer.region.locator(".pc-plot__dots")).toHaveCount(5);
  // 1,000 codes pasted at once into the other round.
  await trainer.view("codes");
  await (await trainer.round(2, 0)).check();
  await trainer.region.getByLabel(WORDS.en.paste).fill(lines.map((line) => line.slice(2)).join("\n"));
  const checked = await timeClick(page, "Add the codes", ".pc-batch__summary");
  await expect(trainer.batch()).toContainText("5 counted · 995 not counted");
  console.log(`1,000 codes: picture drawn in ${Math.round(shown)} ms; pasted, checked and listed in ${Math.round(checked)} ms`);
  // A pause people notice starts at about a tenth of a second; allow for a
  // slow, busy test machine.
  expect(shown).toBeLessThan(250);
  expect(checked).toBeLessThan(250);
});

test("pages without a trainer's element never fetch the trainer's files; the trainer's page fetches only its own", async ({ page }) => {
  const requests = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Peer Compass", exact: true }).getByRole("heading", { level: 2 })).toBeVisible();
  expect(requests.filter((path) => path.includes("trainer"))).toEqual([]);
  requests.length = 0;
  // A whole session: after its own files, the trainer's page asks for nothing.
  const trainer = await openTrainer(page);
  await trainer.region.getByLabel(WORDS.en.address).fill("https://fjordvik.example/peer-work/");
  await trainer.paste([...codes.en, ...codes.nb].join("\n"));
  await trainer.view("picture");
  await trainer.button("Present").click();
  await page.keyboard.press("End");
  await page.keyboard.press("Escape");
  await trainer.view("model");
  expect([...new Set(requests)].sort()).toEqual(
    ["/trainer.html", "/trainer.css", "/embed.js", "/peer-compass-trainer.js", "/peer-compass-trainer_bg.wasm"].sort(),
  );
});
