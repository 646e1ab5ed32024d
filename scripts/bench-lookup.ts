/**
 * `npm run bench:lookup`: the lookup's numbers, as readable tables.
 *
 * 1. Accuracy: top-1 and top-3 on the labelled real traces (tests/fixtures/traces/labels.json) against the
 *    index built from content/.
 * 2. Index size: bytes (raw and gzipped) and requests per cold lookup, for content/ and for generated sites of
 *    1,000 and 10,000 pages (scripts/bench/generate-pages.ts), with the summaries and first fixes served pages
 *    have. Requests are index-file fetches; the manifest is embedded in the lookup page, so it costs none. For the
 *    synthetic sites a sample of signatures is looked up cold, which also checks that routing finds them; and the
 *    most any cold lookup can fetch (scripts/bench/lookup-bound.ts), also for generated sites of two more seeds. A
 *    routed site's answer files (answers.ts), read after matching for the matches shown, are counted apart: issue 8
 *    §3's budget is the lookup's.
 * 3. Match time: median and p95 for short messages and for 200-line traces, on both indexes, shards already
 *    compiled (warm), plus a cold lookup that compiles its shards.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { loadContent } from "../src/entries/load-content.ts";
import { lookupPages } from "../src/entries/lookup-pages.ts";
import {
  buildLookupIndex,
  candidatesFrom,
  chooseKeys,
  compilePages,
  createLookup,
  loadRouter,
  loadShard,
  lookupSync,
  rankMatches,
  ROUTER,
  shardsFor,
  type BuildOptions,
  type CompiledShard,
} from "../src/lookup/match/index.ts";
import { pasteFrames } from "../src/lookup/match/candidates.ts";
import { parseTrace } from "../src/lookup/parse/index.ts";
import { contentDir } from "../src/site-config.ts";
import { isAnswerFile } from "../src/lookup/match/answers.ts";
import { generatePages, withSummaries } from "./bench/generate-pages.ts";
import { worstColdLookup } from "./bench/lookup-bound.ts";
import { longTraces } from "./bench/long-traces.ts";
import { percentile } from "./bench/measure.ts";
import type { ColdInput } from "./bench/cold-lookup.ts";
import { kb, ms, ratio, table } from "./eval/table.ts";
import { parseCli, usageExit } from "./cli/args.ts";
import { wordingsOf } from "../src/lookup/match/wordings.ts";

// No options: a stray argument is a mistake, said as such, not silently ignored.
parseCli({ options: {} }, usageExit("bench:lookup", "usage: npm run bench:lookup (no arguments)"));

const TRACES = "tests/fixtures/traces";
const SYNTHETIC_PAGES = 10_000;
/** Seeds of further generated sites whose budget is checked by its bound (the tables use the default seed, 42). */
const OTHER_SEEDS = [7, 1234];

/**
 * Issue 8 §3's limits on an index as built: at most 400 index files, none over 64 KB gzipped, and at most 60 KB
 * gzipped for the most any cold lookup can fetch (lookup-bound.ts).
 * @param gz Index file → gzipped bytes (router and data files).
 * @param bound Bytes of the heaviest cold lookup.
 * @returns True when all hold.
 */
function indexWithinBudget(gz: ReadonlyMap<string, number>, bound: number): boolean {
  return gz.size <= 400 && Math.max(...gz.values()) <= 64 * 1024 && bound <= 60 * 1024;
}

function time(runs: number, fn: (i: number) => void): { median: number; p95: number } {
  for (let i = 0; i < Math.min(20, runs); i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    samples.push(performance.now() - t);
  }
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

function labels(): Record<string, string> {
  return JSON.parse(readFileSync(join(TRACES, "labels.json"), "utf8")) as Record<string, string>;
}

async function main(): Promise<void> {
  const content = loadContent(contentDir());
  // As the build indexes them: plain summary and first fix included (the one-file limit is decided on these bytes).
  const real = lookupPages(content.pages);
  const realShard = compilePages(real);
  const ids = new Set(real.map((p) => p.id));

  // 1. Accuracy.
  const labelled = Object.entries(labels());
  let top1 = 0;
  let top3 = 0;
  const misses: string[][] = [];
  for (const [file, want] of labelled) {
    const result = lookupSync(readFileSync(join(TRACES, file), "utf8"), realShard, { limit: 5 });
    const rank = result.matches.findIndex((m) => m.id === want);
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (rank !== 0)
      misses.push([
        file,
        want,
        ids.has(want) ? "page exists" : "page not in content/ yet",
        result.matches[0] ? `${result.matches[0].id} (${result.matches[0].confidence})` : "no match",
        rank < 0 ? "–" : String(rank + 1),
      ]);
  }
  console.log(`\n## Accuracy: labelled real traces (${TRACES}, ${real.length} pages in ${content.dir}/)\n`);
  console.log(table(["traces", "top-1", "top-3"], [[String(labelled.length), ratio(top1, labelled.length), ratio(top3, labelled.length)]]));
  if (misses.length) console.log(`\n${table(["not top-1", "labelled page", "", "top match", "rank"], misses)}`);

  // 2. Index size and requests: every file gzipped; every signature of the generated site looked up cold through
  // the served index (router + data files), counting files and gzipped bytes fetched.
  const rows: string[][] = [];
  const budgets: string[] = [];
  // The default-seed 10,000-page site is built once, here, and its index reused for the match times below.
  const synthetic = [...real, ...withSummaries(generatePages({ count: SYNTHETIC_PAGES }))];
  let synthIndex: ReturnType<typeof buildLookupIndex> | undefined;
  for (const [label, pages, options] of [
    [`content/ (${real.length} pages)`, real],
    // The real pages routed as a site too large for one file is: the answer files with real summaries.
    [`content/, routed as a larger site would be`, real, { forceRouted: true }],
    // Generated pages carry the summary and first fix the index ships for each page (issue 8 §4), as real ones do.
    [`content/ + 1,000 generated`, [...real, ...withSummaries(generatePages({ count: 1_000 }))]],
    [`content/ + ${SYNTHETIC_PAGES.toLocaleString("en")} generated`, synthetic],
  ] as [string, Parameters<typeof buildLookupIndex>[0], BuildOptions?][]) {
    const t0 = performance.now();
    const index = buildLookupIndex(pages, options);
    const buildMs = performance.now() - t0;
    if (pages === synthetic) synthIndex = index;
    const all = Object.entries(index.shards).map(([name, data]) => [name, JSON.stringify(data)] as const);
    const answerGz = new Map(all.filter(([name]) => isAnswerFile(name)).map(([name, json]) => [name, gzipSync(json).length]));
    const gz = new Map(all.filter(([name]) => !isAnswerFile(name)).map(([name, json]) => [name, gzipSync(json).length]));
    const raw = new Map(all.filter(([name]) => !isAnswerFile(name)).map(([name, json]) => [name, Buffer.byteLength(json)]));
    const files: number[] = [];
    const bytes: number[] = [];
    const answerFiles: number[] = [];
    const answerBytes: number[] = [];
    const texts = pages.map((p) => p.data.signature);
    for (let i = 0; i < texts.length; i += Math.max(1, Math.floor(texts.length / 2000))) {
      const fetched: string[] = [];
      const answers: string[] = [];
      const lookup = createLookup(index.manifest, (name) => {
        (isAnswerFile(name) ? answers : fetched).push(name);
        return Promise.resolve(index.shards[name]);
      });
      await lookup.lookup(texts[i] ?? "");
      files.push(fetched.length);
      bytes.push(fetched.reduce((a, n) => a + (gz.get(n) ?? 0), 0));
      answerFiles.push(answers.length);
      answerBytes.push(answers.reduce((a, n) => a + (answerGz.get(n) ?? 0), 0));
    }
    const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);
    const maxGz = Math.max(...gz.values());
    const sorted = [...answerBytes].sort((a, b) => a - b);
    // The bound over every paste: the router and the heaviest files a lookup may read together.
    const bound = index.manifest.routed ? worstColdLookup(loadRouter(index.shards[ROUTER]).size, gz, ROUTER) : maxGz;
    rows.push([
      label,
      String(gz.size),
      index.manifest.routed ? "yes" : "no",
      kb(sum(raw.values())),
      kb(sum(gz.values())),
      kb(maxGz),
      kb(gz.get(ROUTER) ?? 0),
      `${Math.max(...files)}`,
      kb(Math.max(...bytes)),
      kb(bound),
      answerGz.size === 0 ? "none" : `${answerGz.size} files, largest ${kb(Math.max(...answerGz.values()))}`,
      answerGz.size === 0 ? "–" : `${Math.max(...answerFiles)} files; ${kb(percentile(sorted, 50))} median, ${kb(sorted.at(-1) ?? 0)} worst`,
      ms(buildMs),
    ]);
    budgets.push(
      `${label}: ${indexWithinBudget(gz, bound) && Math.max(...files) <= 3 && Math.max(...bytes) <= 60 * 1024 ? "within" : "OVER"} the budget (≤ 400 index files, none over 64 KB gzipped, ≤ 3 files and ≤ 60 KB gzipped per cold lookup, for any paste; the answer files read after it are counted apart)`,
    );
  }
  // The generated site depends on its seed; the budget must hold whichever site it is, not only the default seed's
  // (stop 46: seed 1234 had a 39.6 KB file a lookup reads alone, 62.1 KB with the router, while seed 42 was within).
  // Checked by the bound.
  for (const seed of OTHER_SEEDS) {
    const index = buildLookupIndex([...real, ...withSummaries(generatePages({ count: SYNTHETIC_PAGES, seed }))]);
    const gz = new Map(
      Object.entries(index.shards)
        .filter(([name]) => !isAnswerFile(name))
        .map(([name, data]) => [name, gzipSync(JSON.stringify(data)).length]),
    );
    const bound = worstColdLookup(loadRouter(index.shards[ROUTER]).size, gz, ROUTER);
    budgets.push(
      `content/ + ${SYNTHETIC_PAGES.toLocaleString("en")} generated, seed ${seed}: ${indexWithinBudget(gz, bound) ? "within" : "OVER"} the budget (${gz.size} index files, largest ${kb(Math.max(...gz.values()))}, router ${kb(gz.get(ROUTER) ?? 0)}, most any lookup can fetch ${kb(bound)})`,
    );
  }
  console.log("\n## Index size (files fetched per cold lookup; the manifest is embedded in the page)\n");
  console.log(
    table(
      [
        "site",
        "files",
        "routed",
        "raw total",
        "gzip total",
        "largest file (gzip)",
        "router (gzip)",
        "max files per lookup",
        "worst cold lookup seen (gzip)",
        "most any lookup can fetch (gzip)",
        "answers (files of their own)",
        "answers read after a lookup (gzip)",
        "index build",
      ],
      rows,
    ),
  );
  console.log(`\n${budgets.join("\n")}`);

  // 3. Match time.
  const realTexts = real.flatMap((p) => wordingsOf(p.data));
  synthIndex ??= buildLookupIndex(synthetic);
  const router = loadRouter(synthIndex.shards[ROUTER]);
  const byName = new Map(
    Object.keys(synthIndex.shards)
      .filter((n) => n !== ROUTER && !isAnswerFile(n))
      .map((n) => [n, loadShard(n, synthIndex.shards[n])]),
  );
  // Warm means compiled: a file's pages compile when a lookup first reaches them (load-shard.ts), so compile them all
  // here, or the warm rows would time the first lookups' compiling (the cold row times that).
  for (const shard of byName.values()) void shard.pages;
  const synthTexts = synthetic.slice(real.length, real.length + 400).map((p) => p.data.signature);
  const routed = (text: string) => shardsFor(chooseKeys(candidatesFrom(parseTrace(text), text), router), router).map((n) => byName.get(n) as CompiledShard);
  const routedLookup = (text: string) => {
    const parsed = parseTrace(text);
    const candidates = candidatesFrom(parsed, text);
    const keys = chooseKeys(candidates, router);
    return rankMatches(candidates, pasteFrames(parsed), routed(text), { keys });
  };
  const realLong = longTraces(realTexts);
  const synthLong = longTraces(synthTexts);
  const timings: string[][] = [];
  const row = (label: string, r: { median: number; p95: number }) => timings.push([label, ms(r.median), ms(r.p95)]);
  row(
    `short message, content/ index (${realTexts.length} texts)`,
    time(400, (i) => lookupSync(realTexts[i % realTexts.length] ?? "", realShard)),
  );
  row(
    "200-line trace, content/ index",
    time(200, (i) => lookupSync(realLong[i % realLong.length] ?? "", realShard)),
  );
  row(
    "short message, 10,000-page index (warm shards)",
    time(400, (i) => routedLookup(synthTexts[i % synthTexts.length] ?? "")),
  );
  row(
    "200-line trace, 10,000-page index (warm shards)",
    time(200, (i) => routedLookup(synthLong[i % synthLong.length] ?? "")),
  );
  // Cold: in a process of its own, whose heap holds only what a tab's would (scripts/bench/cold-lookup.ts), on this
  // same site.
  const coldInput: ColdInput = { index: synthIndex, signatures: synthetic.slice(real.length).map((p) => p.data.signature) };
  const cold = JSON.parse(execFileSync(process.execPath, ["scripts/bench/cold-lookup.ts"], { encoding: "utf8", input: JSON.stringify(coldInput) })) as number[];
  row(`200-line trace, 10,000-page index, cold (router and data files parsed, reached pages compiled; ${cold.length} lookups, own process)`, {
    median: percentile(cold, 50),
    p95: percentile(cold, 95),
  });
  console.log("\n## Match time (parse + candidates + ranking)\n");
  console.log(table(["input", "median", "p95"], timings));
  console.log(`\nNode ${process.version}; trace fixtures: ${readdirSync(TRACES).filter((f) => f.endsWith(".txt")).length}.`);
}

await main();
