// Facts about the built widget that both suites check against. The statements,
// their scales and the answer labels come from the built-in questionnaire
// itself (core/content/questionnaire.json), so that tests answer by position
// on each statement's own scale ("the top point", "the lowest point") and
// still read as a person would click: by the label shown.
import { readFileSync } from "node:fs";

const QUESTIONNAIRE = JSON.parse(readFileSync(new URL("../core/content/questionnaire.json", import.meta.url), "utf8"));

/** The questionnaire version the widget shows and writes into files. */
export const VERSION = QUESTIONNAIRE.version;
/** Item ids, in the order the statements are asked. */
export const ITEM_IDS = QUESTIONNAIRE.items.map((item) => item.id);
export const ITEMS = ITEM_IDS.length;
/** Dimension ids, in the questionnaire's order (the CSV's last columns). */
export const DIMENSION_IDS = QUESTIONNAIRE.dimensions.map((d) => d.id);
const SCALES = Object.fromEntries(QUESTIONNAIRE.scales.map((scale) => [scale.id, scale]));
const scaleOf = (index) => SCALES[QUESTIONNAIRE.items[index].scale];
/** How many points statement `index` (from 0) has on its scale: 5 (frequency) or 4 (occurrence). */
export const pointsOf = (index) => scaleOf(index).points.length;
/** The scale's question shown above the answers of statement `index`. */
export const scaleQuestion = (index, lang = "en") => scaleOf(index).question[lang];
/** The statement's text. */
export const statement = (index, lang = "en") => QUESTIONNAIRE.items[index].text[lang];
/** The two scales' points, in order. */
export const FREQUENCY = SCALES.frequency.points.map((p) => p.en);
export const OCCURRENCE = SCALES.occurrence.points.map((p) => p.en);
/** The answers outside the scale, offered on every statement. */
export const OUTSIDE = {
  en: [QUESTIONNAIRE.outside.not_my_role.en, QUESTIONNAIRE.outside.dont_know.en],
  nb: [QUESTIONNAIRE.outside.not_my_role.nb, QUESTIONNAIRE.outside.dont_know.nb],
};

/**
 * The label of an answer to statement `index`: `code` is a point on its
 * scale from 1 (lowest), "n" (not part of my role), "d" (don't know), or
 * null (skipped: null label).
 */
export function label(index, code, lang = "en") {
  if (code == null) return null;
  if (code === "n") return QUESTIONNAIRE.outside.not_my_role[lang];
  if (code === "d") return QUESTIONNAIRE.outside.dont_know[lang];
  return scaleOf(index).points[code - 1][lang];
}

/** Labels for a whole set of answers (codes as `label` takes them). */
export const labels = (codes, lang = "en") => codes.map((code, index) => label(index, code, lang));

const rungOf = (index) => QUESTIONNAIRE.items[index].rung ?? null;
const all = (pick) => ITEM_IDS.map((_, index) => pick(index, pointsOf(index), rungOf(index)));

/**
 * Answer patterns, as codes per statement, each with the result it gives
 * (checked with `peer-compass score`; the headline is what the result shows).
 */
export const ANSWERS = {
  /** Every statement at its top point. */
  top: all((i, n) => n),
  /** Every statement at its lowest point. */
  bottom: all(() => 1),
  /** Every statement at its second point ("Rarely", "Once"). */
  second: all(() => 2),
  /** The top point, but the lowest for the initiator's statements. */
  coDesigner: all((i, n, rung) => (rung === "initiator" ? 1 : n)),
  /** As coDesigner, but only two of the co-designer's six statements at the top. */
  between: (() => {
    let seen = 0;
    return all((i, n, rung) => (rung === "initiator" ? 1 : rung === "co-designer" ? (seen++ < 2 ? n : 1) : n));
  })(),
  /** The top point for the statements on no rung, the lowest for every rung's. */
  littleRoom: all((i, n, rung) => (rung ? 1 : n)),
  /** What the keyboard test picks: Space on the first point, then (n mod points) arrow presses. */
  keyboard: all((i, n) => ((i + 1) % n) + 1),
  /** Nothing answered. */
  none: all(() => null),
};

/** The headline each pattern gives, in English and Norwegian. */
export const HEADLINES = {
  top: { en: "Initiator", nb: "Initiativtaker", placement: "initiator", between: null, uneven: false, mode: "enhanced" },
  bottom: { en: "Your role is given too little room", nb: "Rollen din får for lite rom", placement: "token-role", between: null, uneven: false, mode: null },
  second: { en: "Initiator, with a pattern of its own", nb: "Initiativtaker, med et eget mønster", placement: "initiator", between: null, uneven: true, mode: "participative" },
  coDesigner: { en: "Co-designer", nb: "Medutformer", placement: "co-designer", between: null, uneven: false, mode: "enhanced" },
  between: { en: "Between co-implementor and co-designer", nb: "Mellom medgjennomfører og medutformer", placement: "co-implementor", between: "co-designer", uneven: false, mode: "consumer" },
  littleRoom: { en: "Your role gives you little room to shape the work yet", nb: "Rollen din gir deg lite rom til å forme arbeidet ennå", placement: "little-room", between: null, uneven: false, mode: null },
  keyboard: { en: "Initiator, with a pattern of its own", nb: "Initiativtaker, med et eget mønster", placement: "initiator", between: null, uneven: true, mode: "participative" },
  none: { en: "Not enough answers to describe your role yet", nb: "For få svar til å beskrive rollen din ennå", placement: "not-placed", between: null, uneven: false, mode: null },
};

/** Everything the demo page loads: the page, its own stylesheet, and the widget's three files. */
export const OWN_ASSETS = ["/", "/demo.css", "/embed.js", "/peer-compass.js", "/peer-compass_bg.wasm"];
export const ASSET_ORIGIN = "http://127.0.0.1:8081";
export const OTHER_ORIGIN = "http://127.0.0.1:8082";

/** The classes and attributes the widget puts on its host element for session recorders. */
export const RECORDER_CLASSES = ["rr-block", "fs-exclude", "ph-no-capture", "sentry-block"];
export const RECORDER_ATTRIBUTES = {
  "data-hj-suppress": "",
  "data-clarity-mask": "True",
  "data-private": "",
  "data-matomo-mask": "",
  "data-sentry-block": "",
};

/** A share code: groups of 4, 4 and 3 symbols of Crockford's base 32 (no I, L, O or U). */
export const SHARE_CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}$/;
