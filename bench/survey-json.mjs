// Peer Compass's questionnaire as SurveyJS JSON, generated from the content
// file so that the SurveyJS page of the benchmark asks exactly our questions:
// the same items in the same order, one per page, each with its scale's
// labelled points and the two answers outside the scale as radio choices, and a
// start page. English only (the benchmark's language).
//
//   node survey-json.mjs [content.json] > peer-compass.survey.json
//
// The content is format 2 (docs/CONTENT.md): a `scales` list, each item naming
// its scale, the two answers outside every scale in `outside`, and each scale's
// own question shown above its points. Anything else is an error, not a guess.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, "..");
export const CONTENT = join(ROOT, "core/content/questionnaire.json");
export const STRINGS = join(ROOT, "core/src/text/en.rs");
const LANG = "en";

/** A text in the benchmark's language: `{"en": …}`, a plain string, or `{text: {"en": …}}`. */
function en(text, where) {
  if (typeof text === "string") return text;
  if (text && typeof text === "object") {
    if (typeof text[LANG] === "string") return text[LANG];
    if (text.text !== undefined) return en(text.text, where);
    if (text.label !== undefined) return en(text.label, where);
  }
  throw new Error(`survey-json: ${where} has no ${LANG} text`);
}

/** The scales by id. */
export function readScales(content) {
  if (content.format !== 2) throw new Error(`survey-json: content format ${content.format}; this reads format 2`);
  if (!Array.isArray(content.scales) || content.scales.length === 0) throw new Error("survey-json: no scales");
  return new Map(content.scales.map((scale) => [scale.id, scale]));
}

/** The radio choices of one scale: its points, valued 1…n, then the answers outside it. */
export function choicesOf(scale, outside) {
  if (!Array.isArray(scale.points) || scale.points.length === 0) {
    throw new Error(`survey-json: scale "${scale.id}" has no points`);
  }
  const choices = scale.points.map((point, i) => ({ value: i + 1, text: en(point, `scale "${scale.id}".points[${i}]`) }));
  for (const key of ["not_my_role", "dont_know"]) {
    choices.push({ value: key, text: en(outside?.[key], `outside.${key}`) });
  }
  return choices;
}

/**
 * The widget's English welcome texts, read from the English table
 * (core/src/text/en.rs) so that the start page says what the widget's welcome
 * screen says. A text that cannot be found is an error: a stand-in would
 * quietly make the two pages differ.
 */
export function welcomeTexts(stringsPath = STRINGS) {
  const keys = ["welcome_lead", "welcome_roles", "welcome_time", "privacy_heading", "privacy", "reflection"];
  const source = readFileSync(stringsPath, "utf8");
  const found = {};
  for (const key of keys) {
    const m = source.match(new RegExp(`\\n\\s*${key}:\\s*"((?:[^"\\\\]|\\\\.)*)"`));
    if (!m) throw new Error(`survey-json: ${key} is not in ${stringsPath}`);
    found[key] = JSON.parse(`"${m[1]}"`);
  }
  return found;
}

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** Our content as a SurveyJS survey definition. */
export function toSurveyJson(content, welcome = welcomeTexts()) {
  const scales = readScales(content);
  const dimensions = new Map((content.dimensions ?? []).map((d) => [d.id, d]));
  const items = content.items ?? [];
  if (items.length === 0) throw new Error("survey-json: the content has no items");
  const ids = new Set();

  const pages = items.map((item, index) => {
    if (ids.has(item.id)) throw new Error(`survey-json: item "${item.id}" appears twice`);
    ids.add(item.id);
    const scale = scales.get(item.scale);
    if (!scale) throw new Error(`survey-json: item "${item.id}" names unknown scale "${item.scale}"`);
    const question = {
      type: "radiogroup",
      name: item.id,
      title: en(item.text, `item "${item.id}".text`),
      choices: choicesOf(scale, content.outside),
    };
    // The widget shows the scale's question, then the hint, under the statement.
    const description = [en(scale.question, `scale "${scale.id}".question`)];
    if (item.hint) description.push(en(item.hint, `item "${item.id}".hint`));
    question.description = description.join(" ");
    const dimension = dimensions.get(item.dimension);
    const page = { name: `page-${index + 1}`, elements: [question] };
    if (dimension) page.title = en(dimension.name, `dimension "${dimension.id}".name`);
    return page;
  });

  const paragraphs = [welcome.welcome_lead, welcome.welcome_roles, welcome.welcome_time]
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`);
  if (welcome.privacy_heading) paragraphs.push(`<h3>${escapeHtml(welcome.privacy_heading)}</h3>`);
  for (const p of [welcome.privacy, welcome.reflection].filter(Boolean)) paragraphs.push(`<p>${escapeHtml(p)}</p>`);

  return {
    title: en(content.title ?? "Peer Compass", "title"),
    locale: LANG,
    firstPageIsStartPage: true,
    startSurveyText: "Start",
    pageNextText: "Next",
    pagePrevText: "Back",
    showProgressBar: true,
    progressBarLocation: "top",
    pages: [{ name: "start", elements: [{ type: "html", name: "welcome", html: paragraphs.join("") }] }, ...pages],
  };
}

export function loadContent(path = CONTENT) {
  return JSON.parse(readFileSync(path, "utf8"));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const content = loadContent(process.argv[2] ?? CONTENT);
  process.stdout.write(JSON.stringify(toSurveyJson(content), null, 2) + "\n");
}
