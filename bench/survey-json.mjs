// Peer Compass's questionnaire as SurveyJS JSON, generated from the content
// file so that the SurveyJS page of the benchmark asks exactly our questions:
// the same items in the same order, one per page, each with its scale's
// labelled points and the two answers outside the scale as radio choices, and a
// start page. English only (the benchmark's language).
//
//   node survey-json.mjs [content.json] > peer-compass.survey.json
//
// The content format may name several answer scales: a top-level `scales` list
// whose entries have an `id`, with each item naming its scale in `scale`. The
// current format has one top-level `scale` object. Both are read here: an item
// without a scale id gets the only (or first) scale, or the one marked
// `"default": true`.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, "..");
export const CONTENT = join(ROOT, "core/content/questionnaire.json");
export const STRINGS = join(ROOT, "src/strings.rs");
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

/** The scales by id, and the id an item without one gets. */
export function readScales(content) {
  const byId = new Map();
  let fallback;
  if (Array.isArray(content.scales) && content.scales.length > 0) {
    content.scales.forEach((scale, i) => {
      const id = scale.id ?? `scale-${i}`;
      byId.set(id, scale);
      if (fallback === undefined || scale.default === true) fallback = id;
    });
    // A top-level `scale` alongside `scales` is the default one.
    if (content.scale && typeof content.scale === "object") {
      byId.set(content.scale.id ?? "default", content.scale);
      fallback = content.scale.id ?? "default";
    }
  } else if (content.scale && typeof content.scale === "object") {
    byId.set("default", content.scale);
    fallback = "default";
  } else {
    throw new Error("survey-json: the content has neither `scale` nor `scales`");
  }
  return { byId, fallback };
}

/** The radio choices of one scale: its points, valued 1…n, then the answers outside it. */
export function choicesOf(scale, scaleId, outsideFallback) {
  if (!Array.isArray(scale.points) || scale.points.length === 0) {
    throw new Error(`survey-json: scale "${scaleId}" has no points`);
  }
  const choices = scale.points.map((point, i) => ({
    value: point && typeof point === "object" && Number.isInteger(point.value) ? point.value : i + 1,
    text: en(point, `scale "${scaleId}".points[${i}]`),
  }));
  for (const key of ["not_my_role", "dont_know"]) {
    const text = scale[key] ?? outsideFallback?.[key];
    if (text !== undefined) choices.push({ value: key, text: en(text, `scale "${scaleId}".${key}`) });
  }
  return choices;
}

/**
 * The widget's English welcome texts, read from src/strings.rs so that the
 * start page says what the widget's welcome screen says; a short stand-in if
 * that file cannot be read.
 */
export function welcomeTexts(stringsPath = STRINGS) {
  const keys = ["welcome_lead", "welcome_roles", "welcome_time", "privacy_heading", "privacy", "reflection"];
  try {
    const source = readFileSync(stringsPath, "utf8");
    const block = source.slice(source.indexOf("pub const EN: Strings"), source.indexOf("pub const NB: Strings"));
    const found = {};
    for (const key of keys) {
      const m = block.match(new RegExp(`\\n\\s*${key}:\\s*"((?:[^"\\\\]|\\\\.)*)"`));
      if (!m) throw new Error(key);
      found[key] = JSON.parse(`"${m[1]}"`);
    }
    return found;
  } catch {
    return {
      welcome_lead: "A private self-assessment for peer support workers.",
      welcome_roles: "",
      welcome_time: "",
      privacy_heading: "",
      privacy: "",
      reflection: "",
    };
  }
}

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** Our content as a SurveyJS survey definition. */
export function toSurveyJson(content, welcome = welcomeTexts()) {
  const { byId, fallback } = readScales(content);
  const outsideFallback = content.scale && typeof content.scale === "object" ? content.scale : undefined;
  const dimensions = new Map((content.dimensions ?? []).map((d) => [d.id, d]));
  const items = content.items ?? [];
  if (items.length === 0) throw new Error("survey-json: the content has no items");
  const ids = new Set();

  const pages = items.map((item, index) => {
    if (ids.has(item.id)) throw new Error(`survey-json: item "${item.id}" appears twice`);
    ids.add(item.id);
    const scaleId = item.scale ?? fallback;
    const scale = byId.get(scaleId);
    if (!scale) throw new Error(`survey-json: item "${item.id}" names unknown scale "${scaleId}"`);
    const question = {
      type: "radiogroup",
      name: item.id,
      title: en(item.text, `item "${item.id}".text`),
      choices: choicesOf(scale, scaleId, outsideFallback),
    };
    if (item.hint) question.description = en(item.hint, `item "${item.id}".hint`);
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
