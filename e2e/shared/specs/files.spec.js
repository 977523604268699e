// Files the person takes away and brings back: the result as JSON (to open
// here later) and as CSV (for a spreadsheet, and for `peer-compass-cli score`),
// and a downloaded result opened again through the file input, inside the
// widget's shadow root, in every engine.
//
// Classic WebDriver cannot see downloads, so the page's own download path is
// caught in the page (shared/compass.js, catchDownloads): the widget's Blob
// is read back, byte for byte. The real download (Chromium's download event)
// is checked by Playwright: tests/files.spec.js.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Compass, Requests, inPage, catchDownloads, downloads, browserDay, until } from "../compass.js";
import { ANSWERS, HEADLINES, ITEM_IDS, DIMENSION_IDS, VERSION, labels } from "../../constants.js";

const CSV_HEADER = ["version", "date", "lang", ...ITEM_IDS, "placement", "between", "uneven", "mode", ...DIMENSION_IDS];

/** The files downloaded so far, once there are `count`. */
const downloaded = (count) => until(downloads, (files) => files.length === count, `${count} download(s)`);

/** Plain page, the given answers, on the result; downloads caught. */
async function resultOf(pattern, page = "/examples/plain.html") {
  await browser.url(page);
  const compass = new Compass();
  await compass.ready();
  await compass.answerAll(labels(ANSWERS[pattern]));
  expect(await compass.seeResult()).toBe(HEADLINES[pattern].en);
  await catchDownloads();
  return compass;
}

/** A table's rows inside the widget, as {name: score} (row header: first cell). */
async function scoresIn(compass, css) {
  const rows = await inPage(
    `return find(arguments[0]).map((tr) => [...tr.cells].map((c) => c.textContent.replace(/\\s+/g, " ").trim()));`,
    compass.spec({ css, hidden: true }),
  );
  return Object.fromEntries(rows.map(([name, score]) => [name, score]));
}

/**
 * The researchers' command-line tool (`peer-compass-cli score`), a build of it
 * in target/ (release or debug), recognised by its --help; null if none.
 */
function cli() {
  for (const profile of ["release", "debug"]) {
    const path = new URL(`../../../target/${profile}/peer-compass-cli`, import.meta.url).pathname;
    if (!existsSync(path)) continue;
    try {
      if (execFileSync(path, ["--help"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).includes("Peer Compass for researchers")) return path;
    } catch {
      // not the command-line tool
    }
  }
  return null;
}

describe("files to take away and bring back", () => {
  it("the result downloads as JSON, opens again through the file input, and carries on from its answers", async () => {
    const requests = new Requests();
    const compass = await resultOf("coDesigner");
    const mark = await requests.mark();
    const scores = await scoresIn(compass, ".pc-table tbody tr");
    expect(Object.keys(scores)).toHaveLength(DIMENSION_IDS.length);
    await compass.click(compass.button("Download to open here later (JSON)"));
    const [file] = await downloaded(1);
    expect(file.name).toBe(`peer-compass-${await browserDay()}.json`);
    expect(file.type).toBe("application/json");
    const json = JSON.parse(file.text);
    expect(Object.keys(json)).toEqual(["format", "format_version", "questionnaire_version", "language", "date", "answers", "result"]);
    expect(json).toMatchObject({ format: "peer-compass-export", format_version: 1, questionnaire_version: VERSION, language: "en" });
    expect(json.date.slice(0, 10)).toBe(await browserDay());
    expect(json.answers).toEqual(Object.fromEntries(ITEM_IDS.map((id, i) => [id, ANSWERS.coDesigner[i]])));
    const { placement, between, uneven, mode } = HEADLINES.coDesigner;
    expect(json.result).toMatchObject({ placement, between, uneven, mode });
    expect(Object.keys(json.result.scores)).toEqual(DIMENSION_IDS);

    // Made in the browser: nothing was asked of the server.
    expect(await requests.since(mark)).toEqual([]);

    // Opened on a fresh page, through the welcome screen's file input.
    await browser.url("/examples/plain.html");
    await compass.ready();
    await compass.chooseFile(file.text, file.name);
    await compass.expectText(compass.heading(), `Your result from ${json.date.slice(0, 10)}`);
    await compass.expectFocused(compass.heading());
    await compass.expectText({ css: ".pc-opened .pc-lead" }, "Co-designer");
    // The same scores as the result showed, dimension by dimension.
    expect(await scoresIn(compass, ".pc-opened tbody tr")).toEqual(scores);

    // "Close" goes back to where the person was; "Continue from these answers" to the check page.
    await compass.click(compass.button("Close"));
    await compass.expectText(compass.heading(), "Peer Compass");
    await compass.chooseFile(file.text, file.name);
    await compass.click(compass.button("Continue from these answers"));
    await compass.expectText(compass.heading(), "Check your answers");
    const answers = await compass.texts({ css: ".pc-summary__answer" });
    expect(answers).toEqual(labels(ANSWERS.coDesigner));
    expect(await compass.seeResult()).toBe("Co-designer");
  });

  it("a file that is not a result is refused in place, and nothing changes", async () => {
    await browser.url("/examples/plain.html");
    const compass = new Compass();
    await compass.ready();
    expect(await compass.resultFrom("second")).toBe(HEADLINES.second.en);
    const notice = { role: "status" };
    await compass.chooseFile("this is not JSON", "notes.json");
    await compass.expectText(notice, "That file could not be opened: it is not a Peer Compass file, or it is incomplete. Nothing has changed.");
    await compass.expectText(compass.heading(), HEADLINES.second.en);
    await compass.chooseFile(JSON.stringify({ format: "something-else", answers: {} }), "other.json");
    await compass.expectText(notice, "That file could not be opened: it is not a result downloaded from Peer Compass. Nothing has changed.");
    await compass.expectText(compass.heading(), HEADLINES.second.en);
    await compass.expectCount({ role: "heading", name: /^Your result from/ }, 0);
  });

  it("the result downloads as CSV for a spreadsheet: \",\" in English, \";\" in Norwegian", async () => {
    const compass = await resultOf("between");
    const tool = cli();
    for (const lang of ["en", "nb"]) {
      if (lang === "nb") {
        await compass.click(compass.button("Norsk (bokmål)"));
        await compass.expectText(compass.heading(), HEADLINES.between.nb);
      }
      await compass.click(compass.button(lang === "nb" ? "Last ned til regneark (CSV)" : "Download for a spreadsheet (CSV)"));
      const file = (await downloaded(lang === "nb" ? 2 : 1)).at(-1);
      expect(file.name).toBe(`peer-compass-${await browserDay()}.csv`);
      expect(file.type).toMatch(/^text\/csv/);
      // A UTF-8 byte-order mark, so that spreadsheets read the text as UTF-8.
      expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const separator = lang === "nb" ? ";" : ",";
      const lines = file.text.slice(1).split("\r\n");
      expect(lines).toHaveLength(3);
      expect(lines[2]).toBe("");
      expect(lines[0].split(separator)).toEqual(CSV_HEADER);
      const row = Object.fromEntries(lines[1].split(separator).map((cell, i) => [CSV_HEADER[i], cell]));
      expect(lines[1].split(separator)).toHaveLength(CSV_HEADER.length);
      expect(row.version).toBe(VERSION);
      expect(row.date.slice(0, 10)).toBe(await browserDay());
      expect(row.lang).toBe(lang);
      expect(ITEM_IDS.map((id) => row[id])).toEqual(ANSWERS.between.map(String));
      const { placement, between, uneven, mode } = HEADLINES.between;
      expect([row.placement, row.between, row.uneven, row.mode]).toEqual([placement, between ?? "", String(uneven), mode ?? ""]);
      for (const id of DIMENSION_IDS) expect(row[id]).toMatch(/^(\d{1,3})?$/);

      // The researchers' command-line tool reads the file to the same placement
      // and scores. make test builds it (its own tests run it) before this suite.
      if (!tool) throw new Error("no build of peer-compass-cli in target/ (cargo build -p peer-compass-cli)");
      const path = join(mkdtempSync(join(tmpdir(), "pc-csv-")), file.name);
      writeFileSync(path, file.bytes);
      const scored = execFileSync(tool, ["score", path], { encoding: "utf8" }).trim().split("\n");
      const columns = scored[0].split(",");
      const values = Object.fromEntries(scored[1].split(",").map((cell, i) => [columns[i], cell]));
      expect([values.placement, values.between, values.uneven, values.mode]).toEqual([placement, between ?? "", String(uneven), mode ?? ""]);
      for (const id of DIMENSION_IDS) expect(values[id]).toBe(row[id]);
    }
  });
});
