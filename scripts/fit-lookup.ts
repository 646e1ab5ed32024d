/**
 * `npm run fit:lookup`: fits the matcher's weights and thresholds (src/lookup/match/tuning.ts) on the TRAINING side
 * of the labelled corpus, then rewrites that file's `TUNING` literal. The test side is never read here.
 *
 * Method: coordinate ascent on a fixed relative grid (each number in turn tried at ×0.8, ×0.9, ×1.1, ×1.2 of its
 * value, kept when the objective improves), two rounds. Simple and explainable: every number moves alone and only
 * for a measured gain. The objective (scripts/eval/metrics.ts) rewards top-1, top-3 and right high-confidence
 * answers, and treats the issue's two bars (high answers ≥ 98 % right, no negative answered high) as constraints.
 * Pages are compiled once; the tuning object is read at scoring time, so each trial is a re-run of the lookups.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { loadContent } from "../src/entries/load-content.ts";
import { compilePages, lookupSync } from "../src/lookup/match/index.ts";
import { parseTrace } from "../src/lookup/parse/index.ts";
import { TUNING, type Tuning } from "../src/lookup/match/tuning.ts";
import { contentDir } from "../src/site-config.ts";
import { loadCorpus } from "./eval/corpus.ts";
import { objective, score, type Answer } from "./eval/metrics.ts";

const FILE = "src/lookup/match/tuning.ts";
const STEPS = [0.8, 0.9, 1.1, 1.2];
const ROUNDS = 2;

const content = loadContent(contentDir());
const shard = compilePages(content.pages);
const train = loadCorpus().filter((e) => e.side === "train");

// Parsing does not depend on the tuning: parse each paste once.
const parsedOnce = new Map(train.map((e) => [e.id, parseTrace(e.text)]));

function evaluate(): number {
  const answers: Answer[] = train.map((entry) => {
    const parsed = parsedOnce.get(entry.id);
    const result = lookupSync(entry.text, shard, { limit: 3, ...(parsed ? { parse: () => parsed } : {}) });
    return { entry, matches: result.matches.map(({ id, confidence, score: s }) => ({ id, confidence, score: s })) };
  });
  return objective(score(answers));
}

/** Values that keep the rules meaningful: strengths and multipliers within (0, 1], thresholds ordered. */
function valid(t: Tuning): boolean {
  const unit = Object.entries(t).every(([k, v]) => (k === "specificEvidence" ? v > 0 && v < 10 : v > 0 && v <= 1));
  return unit && t.high > t.medium && t.medium > t.low && t.templateBase >= t.truncatedBase;
}

const tuning = TUNING as unknown as Record<string, number>;
let best = evaluate();
console.log(`start: objective ${best.toFixed(4)} on ${train.length} training pastes`);
for (let round = 1; round <= ROUNDS; round++) {
  let moved = 0;
  for (const key of Object.keys(tuning)) {
    const start = tuning[key] as number;
    let bestValue = start;
    for (const step of STEPS) {
      tuning[key] = Math.round(start * step * 1000) / 1000;
      if (!valid(TUNING)) continue;
      const value = evaluate();
      if (value > best + 1e-9) {
        best = value;
        bestValue = tuning[key] as number;
      }
    }
    tuning[key] = bestValue;
    if (bestValue !== start) {
      moved++;
      console.log(`round ${round}: ${key} ${start} → ${bestValue} (objective ${best.toFixed(4)})`);
    }
  }
  if (moved === 0) break;
}

const literal = `export const TUNING: Tuning = {\n${Object.entries(tuning).map(([k, v]) => `  ${k}: ${v},`).join("\n")}\n};\n`;
const source = readFileSync(FILE, "utf8");
writeFileSync(FILE, source.replace(/export const TUNING: Tuning = \{[\s\S]*?\n\};\n/, literal));
console.log(`wrote ${FILE}: training objective ${best.toFixed(4)}`);
