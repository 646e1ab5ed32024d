/**
 * The lookup's labelled evaluation corpus (issue 8): real pastes from public threads under
 * tests/fixtures/lookup-corpus/<group>/, each described in its group's index.json, plus the 22 traces the
 * matcher was first built from (tests/fixtures/traces, always on the training side).
 *
 * The train/test split is fixed and by thread: a hash of the source URL (without its #fragment) decides the side,
 * so two pastes from one thread never sit on both sides, and adding pastes never moves an old one. A paste whose
 * thread later became a source of a page (`usedBy`, or found among the pages' `url:` lines) is no longer unseen and
 * stays on the training side.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { errorPageFiles } from "../../src/build/page-count.ts";
import { hash32 } from "../../src/lookup/match/route.ts";

const CORPUS_DIR = "tests/fixtures/lookup-corpus";
const SEED_TRACES_DIR = "tests/fixtures/traces";

/** The batch of rows that name none: the corpus as first collected (issue 8). */
const FIRST_BATCH = "first";

/** Share of threads on the test side, in percent. */
const TEST_PERCENT = 40;
const SPLIT_SEED = 0x7e57;

type Kind = "positive" | "negative" | "uncovered";

export interface CorpusEntry {
  /** `<group>/<file>`, or `seed/<file>` for the seed traces. */
  id: string;
  text: string;
  source: string;
  /** Accepted page ids; empty when no page should answer. */
  expect: string[];
  kind: Kind;
  runtime: string;
  wrapper: string;
  reason: string;
  side: "train" | "test";
  /** When the paste was collected (`first` for the corpus before batches were named): a batch collected after the matcher's last change is unseen on both sides. */
  batch: string;
}

interface IndexRow {
  file: string;
  source: string;
  expect: string[];
  kind?: string;
  runtime?: string;
  wrapper?: string;
  reason?: string;
  /** Set when the thread later became a source of that page: the paste is then no longer unseen, so it stays on the training side. */
  usedBy?: string;
  /** The collection batch (a date); absent for the first corpus. */
  batch?: string;
}

/**
 * The side a thread falls on.
 * @param source The paste's source URL.
 * @returns "test" for about TEST_PERCENT % of threads.
 */
function sideOf(source: string): "train" | "test" {
  return hash32(threadOf(source), SPLIT_SEED) % 100 < TEST_PERCENT ? "test" : "train";
}

/** A source URL without its #fragment and trailing slashes, lower-cased: one thread, however it was linked. */
function threadOf(source: string): string {
  return source.replace(/#.*$/, "").replace(/\/+$/, "").toLowerCase();
}

/**
 * Threads the pages cite (`url:` lines of content/errors/**\/*.md): a paste from one of them helped write a page,
 * so it cannot measure the lookup on unseen text, whether or not its row says `usedBy`.
 */
function pageSources(root: string): Set<string> {
  const out = new Set<string>();
  for (const file of errorPageFiles(join(root, "content"))) {
    for (const m of readFileSync(file, "utf8").matchAll(/^\s*url:\s*(\S+)/gm)) out.add(threadOf(m[1] ?? ""));
  }
  return out;
}

function readIndex(path: string): IndexRow[] {
  const rows = JSON.parse(readFileSync(path, "utf8")) as unknown;
  if (!Array.isArray(rows)) throw new Error(`${path}: expected a JSON array`);
  return rows as IndexRow[];
}

/**
 * Loads every labelled paste.
 * @param [root] The repository root.
 * @returns Entries in a stable order (group, then file).
 */
export function loadCorpus(root = "."): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  const dir = join(root, CORPUS_DIR);
  const cited = pageSources(root);
  const groups = existsSync(dir)
    ? readdirSync(dir)
        .filter((g) => existsSync(join(dir, g, "index.json")))
        .sort()
    : [];
  for (const group of groups) {
    for (const row of readIndex(join(dir, group, "index.json"))) {
      const kind: Kind = row.kind === "negative" ? "negative" : row.kind === "uncovered" ? "uncovered" : row.expect.length === 0 ? "negative" : "positive";
      out.push({
        id: `${group}/${row.file}`,
        text: readFileSync(join(dir, group, row.file), "utf8"),
        source: row.source,
        expect: [...row.expect],
        kind,
        runtime: row.runtime ?? "text",
        wrapper: row.wrapper ?? "other",
        reason: row.reason ?? "",
        side: row.usedBy || cited.has(threadOf(row.source)) ? "train" : sideOf(row.source),
        batch: row.batch ?? FIRST_BATCH,
      });
    }
  }
  const seedLabels = join(root, SEED_TRACES_DIR, "labels.json");
  if (existsSync(seedLabels)) {
    const labels = JSON.parse(readFileSync(seedLabels, "utf8")) as Record<string, string>;
    for (const [file, page] of Object.entries(labels).sort()) {
      out.push({
        id: `seed/${file}`,
        text: readFileSync(join(root, SEED_TRACES_DIR, file), "utf8"),
        source: `seed:${file}`,
        expect: [page],
        kind: "positive",
        runtime: "seed",
        wrapper: "seed",
        reason: "one of the traces the matcher was built from",
        side: "train",
        batch: FIRST_BATCH,
      });
    }
  }
  return out;
}

/**
 * A positive the tooling makes rather than a person pasted (a generated page's own signature, a playground sample's
 * client error): what routing fits guard, never part of the corpus's figures.
 * @param id Its id.
 * @param text The text looked up.
 * @param page The page it must find.
 * @param origin Where it comes from (`generated`, `playground`), as its source and batch.
 * @returns An entry shaped like the corpus's positives, on the training side.
 */
export function madePositive(id: string, text: string, page: string, origin: string): CorpusEntry {
  return { id, text, source: origin, expect: [page], kind: "positive", runtime: "text", wrapper: "other", reason: "", side: "train", batch: origin };
}
