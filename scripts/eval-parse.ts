/**
 * `npm run eval:parse -- --write FILE | --compare FILE`: what the parser reads in every training-side paste of the
 * labelled corpus (scripts/eval/parse-diff.ts). `--write` saves the snapshot before a change to cleaning or to a
 * runtime parser; `--compare` parses again and lists every paste read differently, before and after, so a change is
 * judged on all of them and not only on the answers. The test side is never read.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseTrace } from "../src/lookup/parse/index.ts";
import { loadCorpus } from "./eval/corpus.ts";
import { diffSnapshots, parseSnapshot, type ParseSnapshot } from "./eval/parse-diff.ts";
import { parseCli, usageExit } from "./cli/args.ts";

const fail = usageExit("eval:parse", "usage: npm run eval:parse -- --write FILE | --compare FILE");
const { values } = parseCli({ options: { write: { type: "string" }, compare: { type: "string" } } }, fail);
if ((values.write === undefined) === (values.compare === undefined)) fail("give exactly one of --write FILE and --compare FILE");

/** Characters of a message shown. */
const SHOWN = 200;
const show = (message: string | undefined) => (message === undefined ? "(none)" : message.slice(0, SHOWN).replaceAll("\n", "⏎"));

function isSnapshot(value: unknown): value is ParseSnapshot {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((v) => Array.isArray(v) && v.every((m) => typeof m === "string"));
}

const training = loadCorpus().filter((e) => e.side === "train");
const now = parseSnapshot(training, (text) => parseTrace(text).exceptions.map((e) => e.message));

if (values.write !== undefined) {
  writeFileSync(values.write, `${JSON.stringify(now)}\n`);
  console.log(`wrote ${values.write}: the parsed messages of ${training.length} training-side pastes`);
} else if (values.compare !== undefined) {
  let before: unknown;
  try {
    before = JSON.parse(readFileSync(values.compare, "utf8"));
  } catch (error) {
    fail(`cannot read the snapshot ${values.compare} (${(error as Error).message}); write one with --write first`);
  }
  const snapshot = isSnapshot(before) ? before : fail(`${values.compare} is not a snapshot (an object of string lists); write one with --write first`);
  const diff = diffSnapshots(snapshot, now);
  console.log(`# Parser changes — training side\n\n${diff.changed.length} of ${training.length} pastes read differently than in ${values.compare}.`);
  if (diff.onlyBefore.length || diff.onlyAfter.length) console.log(`Not compared: ${diff.onlyBefore.length} pastes only in the snapshot, ${diff.onlyAfter.length} only now.`);
  for (const change of diff.changed) {
    console.log(`\n${change.id} (${change.before.length} → ${change.after.length} messages)`);
    const n = Math.max(change.before.length, change.after.length);
    for (let i = 0; i < n; i++) {
      if (change.before[i] === change.after[i]) continue;
      console.log(`  - ${show(change.before[i])}`);
      console.log(`  + ${show(change.after[i])}`);
    }
  }
}
