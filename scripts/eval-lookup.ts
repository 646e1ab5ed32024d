/**
 * `npm run eval:lookup [-- --synthetic N] [--side test|train|all] [--batch NAME] [--routed] [--misses]`: how often the lookup puts the right
 * page first for real pastes it was not tuned on (issue 8).
 *
 * Reads the labelled corpus (scripts/eval/corpus.ts: tests/fixtures/lookup-corpus/ plus the seed traces), runs the
 * site's matcher over the pages of content/ (or ERRATA_CONTENT), and prints, for the chosen side (test by default —
 * the numbers that count): top-1 / top-3 overall, per page, per runtime and per wrapper, the confusion pairs, the
 * misses, and the calibration table (per confidence level: answers given and how many were right). Then the same
 * headline with N generated pages added to the site (default 10,000; 0 skips), looked up through the sharded index
 * exactly as the browser does, and whether every answer equals the in-memory matcher's. The generated site is seed 42's
 * unless `--seed` names another: the matcher's scale-dependent parts (routing noise words, the shortlist) were tuned
 * against seed 42's pages, so another seed shows how much of the 10,000-page figure is owed to that one site. With pastes from more than one
 * collection batch, the headline per batch too: a batch collected after the matcher's last change is the unseen one
 * (`--batch NAME` keeps only that batch). `--routed` adds the headline of the real pages routed as a site too large for
 * one file is (the router and packed data files, a lookup reading the files its keys name): the real site is served
 * as one file until it outgrows `ONE_FILE_BYTES` (build-index.ts), and this shows what it will find the day it does.
 * The generated pages carry a summary and first fix as every served page does (bench/generate-pages.ts
 * `withSummaries`); a routed site ships those in answer files of their own (answers.ts), so they change no routing.
 */
import { loadContent } from "../src/entries/load-content.ts";
import { lookupPages } from "../src/entries/lookup-pages.ts";
import { contentDir } from "../src/site-config.ts";
import { generatePages, withSummaries } from "./bench/generate-pages.ts";
import { loadCorpus, type CorpusEntry } from "./eval/corpus.ts";
import { LEVELS, score, type Answer, type Report, type Tally } from "./eval/metrics.ts";
import { answerInMemory, answerSharded } from "./eval/run.ts";
import { ratio, table } from "./eval/table.ts";
import { parseCli, usageExit } from "./cli/args.ts";

const fail = usageExit("eval:lookup", "usage: npm run eval:lookup [-- --side test|train|all] [--batch NAME] [--synthetic N] [--seed S] [--routed] [--misses]");
const { values } = parseCli(
  {
    options: {
      synthetic: { type: "string", default: "10000" },
      seed: { type: "string", default: "42" },
      side: { type: "string", default: "test" },
      batch: { type: "string" },
      misses: { type: "boolean", default: false },
      routed: { type: "boolean", default: false },
    },
  },
  fail,
);
const side = values.side;
if (!["test", "train", "all"].includes(side)) fail(`--side takes test, train or all, got ${side}`);
if (!/^\d+$/.test(values.synthetic)) fail(`--synthetic takes a whole number of pages (0 skips), got ${values.synthetic}`);
const syntheticCount = Number(values.synthetic);
if (!/^\d+$/.test(values.seed)) fail(`--seed takes a whole number, got ${values.seed}`);
const seed = Number(values.seed);
const seedNote = seed === 42 ? "" : `, seed ${seed}`;

function tallyRows(map: Map<string, Tally>): string[][] {
  return [...map].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1)).map(([key, t]) => [key, String(t.n), ratio(t.top1, t.n), ratio(t.top3, t.n)]);
}

function headline(label: string, r: Report): string[] {
  const high = r.calibration.get("high") ?? { answers: 0, right: 0 };
  return [label, ratio(r.positives.top1, r.positives.n), ratio(r.positives.top3, r.positives.n), `${r.negativesHigh}`, `${r.others.answered}/${r.others.n}`, ratio(high.right, high.answers)];
}

const HEAD = ["site", "top-1", "top-3", "negatives answered high", "non-positives answered", "high answers right"];

function printReport(label: string, r: Report, showMisses: boolean): void {
  console.log(`\n## ${label}\n`);
  console.log(table(HEAD, [headline("content/", r)]));
  console.log("\n### Calibration (top answer per paste)\n");
  console.log(
    table(
      ["confidence", "answers", "right"],
      LEVELS.map((l) => {
        const c = r.calibration.get(l) ?? { answers: 0, right: 0 };
        return [l, String(c.answers), ratio(c.right, c.answers)];
      }),
    ),
  );
  console.log("\n### Per page\n");
  console.log(table(["page", "pastes", "top-1", "top-3"], tallyRows(r.byPage)));
  console.log("\n### Per runtime\n");
  console.log(table(["runtime", "pastes", "top-1", "top-3"], tallyRows(r.byRuntime)));
  console.log("\n### Per wrapper\n");
  console.log(table(["wrapper", "pastes", "top-1", "top-3"], tallyRows(r.byWrapper)));
  if (r.confusion.size) {
    console.log("\n### Confusion pairs (expected → answered)\n");
    console.log(
      table(
        ["pair", "count"],
        [...r.confusion].sort((a, b) => b[1] - a[1]).map(([k, n]) => [k, String(n)]),
      ),
    );
  }
  if (r.highWrong.length) {
    console.log("\n### Wrong answers given with high confidence\n");
    console.log(
      table(
        ["paste", "expected", "answered"],
        r.highWrong.map(({ entry, got }) => [entry.id, entry.expect.join(" | ") || "NONE", got]),
      ),
    );
  }
  if (showMisses && r.misses.length) {
    console.log("\n### Misses (positives not answered first)\n");
    console.log(
      table(
        ["paste", "expected", "answered", "source"],
        r.misses.map(({ entry, got }) => [entry.id, entry.expect.join(" | "), got, entry.source]),
      ),
    );
  } else if (r.misses.length) console.log(`\n${r.misses.length} misses (--misses lists them).`);
}

function same(a: readonly Answer[], b: readonly Answer[]): number {
  let diff = 0;
  a.forEach((x, i) => {
    const y = b[i];
    if (!y || JSON.stringify(x.matches) !== JSON.stringify(y.matches)) diff++;
  });
  return diff;
}

/**
 * The headline per collection batch, when the answers span more than one.
 * @param site The site's label.
 * @param answers Answers of the chosen side.
 */
function printBatches(site: string, answers: readonly Answer[]): void {
  const names = [...new Set(answers.map((a) => a.entry.batch))].sort();
  if (names.length < 2) return;
  console.log(`\n### Per batch (${site})\n`);
  console.log(
    table(
      ["batch", ...HEAD.slice(1)],
      names.map((b) => headline(b, score(answers.filter((a) => a.entry.batch === b)))),
    ),
  );
}

/** A sharded site's misses, with `--misses`. */
function printSiteMisses(r: Report): void {
  if (values.misses && r.misses.length)
    console.log(
      `\n${table(
        ["paste", "expected", "answered"],
        r.misses.map(({ entry, got }) => [entry.id, entry.expect.join(" | "), got]),
      )}`,
    );
}

async function main(): Promise<void> {
  const content = loadContent(contentDir());
  const all = loadCorpus();
  const batches = [...new Set(all.map((e) => e.batch))];
  if (values.batch !== undefined && !batches.includes(values.batch)) fail(`--batch: no batch ${values.batch} (the corpus has ${batches.join(", ")})`);
  const chosen: CorpusEntry[] = all.filter((e) => (side === "all" || e.side === side) && (values.batch === undefined || e.batch === values.batch));
  const count = (kind: string) => chosen.filter((e) => e.kind === kind).length;
  console.log(`# Lookup evaluation — ${side} side`);
  console.log(
    `\n${all.length} labelled pastes in all (${all.filter((e) => e.side === "train").length} train, ${all.filter((e) => e.side === "test").length} test); this side: ${chosen.length} (${count("positive")} positives, ${count("negative")} negatives, ${count("uncovered")} uncovered). Pages: ${content.pages.length} from ${content.dir}/.`,
  );
  // The pages as the build indexes them (plain summary and first fix included), so the one-file-or-routed decision
  // and the files' sizes are the served site's (stop 39: at 90 pages the build routed while this script did not).
  const served = lookupPages(content.pages);
  const real = answerInMemory(served, chosen);
  printReport(`${side} side, ${content.pages.length} pages`, score(real), values.misses ?? false);
  printBatches("content/", real);

  if (values.routed) {
    const routed = await answerSharded(served, chosen, { forceRouted: true });
    const r = score(routed.answers);
    console.log(`\n## ${side} side, ${content.pages.length} pages routed as a larger site is (--routed), through the sharded index\n`);
    console.log(table(HEAD, [headline("content/, routed", r)]));
    const files = routed.fetched.map((f) => f.length);
    console.log(
      `\nFiles per cold lookup: max ${Math.max(0, ...files)}. Answers that differ from the in-memory matcher routed the same way: ${same(routed.answers, answerInMemory(served, chosen, { forceRouted: true }))} of ${chosen.length}.`,
    );
    printSiteMisses(r);
  }

  if (syntheticCount > 0) {
    const generated = generatePages({ count: syntheticCount, seed });
    const pages = [...served, ...withSummaries(generated)];
    const sharded = await answerSharded(pages, chosen);
    const memory = answerInMemory(pages, chosen);
    const r = score(sharded.answers);
    console.log(`\n## ${side} side, ${content.pages.length} pages + ${syntheticCount.toLocaleString("en")} generated${seedNote}, through the sharded index\n`);
    console.log(table(HEAD, [headline(`content/ + ${syntheticCount.toLocaleString("en")}`, r)]));
    printBatches(`content/ + ${syntheticCount.toLocaleString("en")}`, sharded.answers);
    const files = sharded.fetched.map((f) => f.length);
    console.log(
      `\nFiles per cold lookup: max ${Math.max(0, ...files)}, mean ${(files.reduce((a, b) => a + b, 0) / Math.max(1, files.length)).toFixed(2)}. Answers that differ from the in-memory matcher over the same pages: ${same(sharded.answers, memory)} of ${chosen.length}.`,
    );
    if (r.highWrong.length)
      console.log(
        `\n${table(
          ["paste", "expected", "answered (high)"],
          r.highWrong.map(({ entry, got }) => [entry.id, entry.expect.join(" | ") || "NONE", got]),
        )}`,
      );
    printSiteMisses(r);
  }
}

await main();
