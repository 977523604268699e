// Share codes for the trainer's part of the benchmark: made from real results.
//
// 1. Answers: `count` people answer every statement of the questionnaire
//    (seeded, so every run of the benchmark gets the same codes). Each person
//    has a level of their own per dimension, each answer scatters around it,
//    and each person says "Not part of my role" and "Don't know" at a rate of
//    their own, so that the results spread over the whole ladder.
// 2. Results: the project's command-line tool scores them with the core
//    (`peer-compass-cli score --format json`, the same `assess` the widget
//    runs): placement, between, uneven, mode and each dimension's score.
// 3. Codes: each result is written as a share code by `encode` below, which
//    follows core/src/code.rs (`Shared::of` and `Shared::code`) step by step.
//    This is the only part written again here, so it is checked twice on
//    every run of the benchmark: the widget itself, answering a few of these
//    people's answers, must show the very code `encode` gives (run.mjs,
//    "codes checked against the widget"), and the trainer must count every
//    code pasted ("N counted · 0 not counted", and N on its ladder).
//
// Codes are kept in order of first appearance, each once: in the trainer a
// second identical code is "already counted" and not counted, and the
// benchmark times N codes that are all counted.
import { execFileSync } from "node:child_process";
import { existsSync, statSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../survey-json.mjs";

export const CLI = join(ROOT, "target/release/peer-compass-cli");

// ---- the encoder: core/src/code.rs -------------------------------------------
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_FORMAT = 1n;
const MAX_SCORES = 5;
const RUNGS = ["co-implementor", "co-designer", "initiator"]; // Rung::ALL
const MODES = { consumer: 1, participative: 2, enhanced: 3 };

/** `fingerprint`: FNV-1a over the version's bytes, folded to 12 bits. */
export function fingerprint(version) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(version, "utf8")) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return (h ^ (h >>> 12) ^ (h >>> 24)) & 0xfff;
}

/** `gf_mul`: multiplication in GF(32), primitive polynomial x⁵ + x² + 1. */
function gfMul(a, b) {
  let product = 0;
  while (b !== 0) {
    if (b & 1) product ^= a;
    b >>= 1;
    a <<= 1;
    if (a & 0x20) a ^= 0x25;
  }
  return product;
}

/** `check`: Σ αⁱ·sᵢ over the data symbols. */
function check(symbols) {
  let weight = 1;
  let sum = 0;
  for (const s of symbols) {
    weight = gfMul(weight, 2);
    sum ^= gfMul(weight, s);
  }
  return sum;
}

/**
 * The share code of one result as `peer-compass-cli score --format json`
 * writes it. `dimensions`: the content's dimension ids in content order
 * (the code carries the first five).
 */
export function encode(scored, dimensions) {
  let placement;
  let between = 0n;
  let uneven = 0n;
  if (scored.placement === "not-placed") placement = 0n;
  else if (scored.placement === "little-room") placement = 1n;
  else if (scored.placement === "token-role") placement = 2n;
  else {
    const index = RUNGS.indexOf(scored.placement);
    if (index < 0) throw new Error(`codes: unknown placement ${scored.placement}`);
    placement = 3n + BigInt(index);
    between = scored.between === null ? 0n : 1n;
    uneven = scored.uneven ? 1n : 0n;
  }
  if (scored.mode !== null && !(scored.mode in MODES)) throw new Error(`codes: unknown mode ${scored.mode}`);
  const mode = scored.mode === null ? 0n : BigInt(MODES[scored.mode]);
  let bits = CODE_FORMAT;
  for (const [value, width] of [
    [BigInt(fingerprint(scored.version)), 12n],
    [placement, 3n],
    [between, 1n],
    [uneven, 1n],
    [mode, 2n],
  ]) {
    bits = (bits << width) | value;
  }
  for (let i = 0; i < MAX_SCORES; i++) {
    const id = dimensions[i];
    if (id !== undefined && !(id in scored.scores)) throw new Error(`codes: no score for ${id} in ${JSON.stringify(scored)}`);
    const score = id === undefined ? null : scored.scores[id];
    // Shared::of rounds to the nearest 5, score_bits writes that / 5; 21 is none.
    const value = score === null ? 21 : Math.floor((Math.min(score, 100) + 2) / 5);
    bits = (bits << 5n) | BigInt(value);
  }
  bits <<= 3n;
  const symbols = Array.from({ length: 10 }, (_, i) => Number((bits >> BigInt(5 * (9 - i))) & 31n));
  symbols.push(check(symbols));
  const text = symbols.map((s) => ALPHABET[s]).join("");
  return `${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8)}`;
}

// ---- answers ---------------------------------------------------------------------
/** mulberry32: a small seeded generator, [0, 1). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` people's answers, one object per person: item id → 1…points, "n"
 * (not part of my role) or "d" (don't know). Every statement is answered.
 */
export function answerSets(content, count, seed) {
  const next = random(seed);
  const points = new Map(content.scales.map((s) => [s.id, s.points.length]));
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const people = [];
  for (let p = 0; p < count; p++) {
    const level = Object.fromEntries(content.dimensions.map((d) => [d.id, next()]));
    const notMine = next() < 0.5 ? 0 : next() * 0.4;
    const dontKnow = next() < 0.6 ? 0 : next() * 0.3;
    const answers = {};
    for (const item of content.items) {
      const k = points.get(item.scale);
      const r = next();
      if (r < notMine) answers[item.id] = "n";
      else if (r < notMine + dontKnow) answers[item.id] = "d";
      else {
        const point = Math.round(level[item.dimension] * (k - 1) + normal() * 0.8) + 1;
        answers[item.id] = Math.min(k, Math.max(1, point));
      }
    }
    people.push(answers);
  }
  return people;
}

/** The command-line tool's results for answer sets, in order. */
export function score(content, people) {
  const ids = content.items.map((i) => i.id);
  const csv = [["id", ...ids].join(","), ...people.map((a, i) => [`p${i + 1}`, ...ids.map((id) => a[id])].join(","))].join("\n") + "\n";
  const out = execFileSync(CLI, ["score", "--format", "json", "--input", "csv", "-"], { input: csv, maxBuffer: 1 << 30 });
  const scored = JSON.parse(out);
  if (scored.length !== people.length) throw new Error(`codes: ${people.length} people scored as ${scored.length}`);
  if (scored.some((s) => s.version !== content.version)) throw new Error(`codes: scored with another version than ${content.version}`);
  return scored;
}

/** Why the command-line tool cannot be used, or null. */
export function cliMissing() {
  const build = `build it: cd ${ROOT} && cargo build --release -p peer-compass-cli`;
  if (!existsSync(CLI)) return `${CLI} is missing: ${build}`;
  // Older than a source of the core or the tool: results from stale rules.
  const built = statSync(CLI).mtimeMs;
  const newer = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (statSync(path).mtimeMs > built) newer.push(path.slice(ROOT.length + 1));
    }
  };
  for (const dir of ["core/src", "core/content", "cli/src"]) walk(join(ROOT, dir));
  if (newer.length) return `${CLI} is older than ${newer.slice(0, 3).join(", ")}${newer.length > 3 ? ", …" : ""}: ${build}`;
  return null;
}

/**
 * `wanted` distinct codes from real results: people in batches until there
 * are enough. Returns { codes: [{ code, answers, scored }], people, seed }.
 */
export function makeCodes(content, wanted, seed = 12) {
  const dimensions = content.dimensions.map((d) => d.id);
  const seen = new Map();
  let people = 0;
  for (let batch = 0; seen.size < wanted; batch++) {
    if (batch === 10) throw new Error(`codes: ${people} people gave only ${seen.size} distinct codes, not ${wanted}`);
    const sets = answerSets(content, wanted, seed + batch);
    const scored = score(content, sets);
    people += sets.length;
    scored.forEach((s, i) => {
      const code = encode(s, dimensions);
      if (!seen.has(code) && seen.size < wanted) seen.set(code, { code, answers: sets[i], scored: s });
    });
  }
  return { codes: [...seen.values()], people, seed };
}
