/**
 * `npm run bench:lookup`: the lookup's numbers, as readable tables.
 *
 * 1. Accuracy: top-1 and top-3 on the labelled real traces (tests/fixtures/traces/labels.json) against the
 *    index built from content/.
 * 2. Index size: bytes (raw and gzipped) and requests per cold lookup, for content/ and for a generated
 *    10,000-page site (scripts/bench/generate-pages.ts). Requests are shard fetches; the manifest is embedded in
 *    the lookup page, so it costs none. For the synthetic site every page's signature is looked up cold, which
 *    also checks that routing finds it.
 * 3. Match time: median and p95 for short messages and for 200-line traces, on both indexes, shards already
 *    compiled (warm), plus a cold lookup that compiles its shards.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { loadContent } from "../src/entries/load-content.ts";
import {
  buildLookupIndex,
  candidatesFrom,
  compilePages,
  createLookup,
  loadShard,
  lookupSync,
  shardsFor,
  type CompiledShard,
  type IndexablePage,
  type LookupIndex,
} from "../src/lookup/match/index.ts";
import { parseTrace } from "../src/lookup/parse/index.ts";
import { contentDir } from "../src/site-config.ts";
import { generatePages } from "./bench/generate-pages.ts";

const TRACES = "tests/fixtures/traces";
const SYNTHETIC_PAGES = 10_000;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (t: number) => `${t.toFixed(2)} ms`;
const pct = (a: number, b: number) => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)} %`);

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function time(runs: number, fn: (i: number) => void): { median: number; p95: number } {
  for (let i = 0; i < Math.min(20, runs); i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95) };
}

/** A 200-line Python traceback ending in `type: message` (99 frames of two lines each, header, error line). */
function pythonTrace(signature: string, n: number): string {
  const lines = ["Traceback (most recent call last):"];
  for (let i = 0; lines.length < 199; i++) {
    const pkg = ["app", "anthropic", "httpx", "httpcore", "langchain_core"][(i + n) % 5];
    lines.push(`  File "/srv/app/.venv/lib/python3.12/site-packages/${pkg}/module_${i % 17}.py", line ${100 + i}, in handler_${i}`);
    lines.push(`    return self._call_${i}(request, timeout=timeout)`);
  }
  lines.push(signature.replace(/\s*\n\s*/g, " "));
  return lines.join("\n");
}

/** A 200-line Node stack after `Type: message`. */
function nodeTrace(signature: string, n: number): string {
  const lines = [signature.replace(/\s*\n\s*/g, " ")];
  for (let i = 0; lines.length < 200; i++) lines.push(`    at fn${i}${n} (/srv/app/node_modules/@anthropic-ai/sdk/core.js:${100 + i}:${(i * 7) % 80})`);
  return lines.join("\n");
}

function sizes(index: LookupIndex): { raw: number[]; gz: number[] } {
  const raw: number[] = [];
  const gz: number[] = [];
  for (const shard of Object.values(index.shards)) {
    const json = JSON.stringify(shard);
    raw.push(Buffer.byteLength(json));
    gz.push(gzipSync(json).length);
  }
  return { raw, gz };
}

function labels(): Record<string, string> {
  return JSON.parse(readFileSync(join(TRACES, "labels.json"), "utf8")) as Record<string, string>;
}

async function main(): Promise<void> {
  const content = loadContent(contentDir());
  const real = content.pages;
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
    if (rank !== 0) misses.push([file, want, ids.has(want) ? "page exists" : "page not in content/ yet", result.matches[0] ? `${result.matches[0].id} (${result.matches[0].confidence})` : "no match", rank < 0 ? "–" : String(rank + 1)]);
  }
  console.log(`\n## Accuracy: labelled real traces (${TRACES}, ${real.length} pages in ${content.dir}/)\n`);
  console.log(table(["traces", "top-1", "top-3"], [[String(labelled.length), `${top1} (${pct(top1, labelled.length)})`, `${top3} (${pct(top3, labelled.length)})`]]));
  if (misses.length) console.log(`\n${table(["not top-1", "labelled page", "", "top match", "rank"], misses)}`);

  // 2. Index size and requests.
  const realIndex = buildLookupIndex(real);
  const synthetic = generatePages({ count: SYNTHETIC_PAGES });
  let t = performance.now();
  const synthIndex = buildLookupIndex(synthetic);
  const buildMs = performance.now() - t;
  const rows: string[][] = [];
  let synthCold: { requests: number[]; bytes: number[]; found: number; total: number } | undefined;
  const pairs = { requests: [] as number[], bytes: [] as number[] };
  for (const [label, pages, index] of [
    [`content/ (${real.length} pages)`, real, realIndex],
    [`synthetic (${synthetic.length.toLocaleString("en")} pages)`, synthetic, synthIndex],
  ] as const) {
    const s = sizes(index);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const worstTwo = [...s.gz].sort((a, b) => b - a).slice(0, 2).reduce((a, b) => a + b, 0);
    const requests: number[] = [];
    const bytes: number[] = [];
    let found = 0;
    if (index === synthIndex) {
      // Cold lookups of every synthetic signature: requests, bytes fetched, and whether the page came back first.
      const compiled = new Map<string, CompiledShard>();
      for (const page of pages as IndexablePage[]) {
        const text = page.data.signature;
        const names = shardsFor(candidatesFrom(parseTrace(text), text), index.manifest);
        requests.push(names.length);
        bytes.push(names.reduce((a, n) => a + (s.gz[Number(n)] ?? 0), 0));
        const shards = names.map((n) => compiled.get(n) ?? compiled.set(n, loadShard(n, index.shards[n])).get(n) as CompiledShard);
        if (lookupSync(text, shards, { limit: 1 }).matches[0]?.id === page.id) found++;
      }
      // Pastes holding two different errors: the case that needs the second request.
      const list = pages as IndexablePage[];
      for (let i = 0; i + 1 < list.length; i += 10) {
        const text = `${list[i]?.data.signature ?? ""}\n${list[i + 1]?.data.signature ?? ""}`;
        const names = shardsFor(candidatesFrom(parseTrace(text), text), index.manifest);
        pairs.requests.push(names.length);
        pairs.bytes.push(names.reduce((a, n) => a + (s.gz[Number(n)] ?? 0), 0));
      }
      synthCold = { requests, bytes, found, total: pages.length };
    } else requests.push(1);
    rows.push([
      label,
      String(index.manifest.count),
      kb(sum(s.raw)),
      kb(sum(s.gz)),
      `${kb(Math.max(...s.raw))} / ${kb(Math.max(...s.gz))}`,
      kb(index.manifest.count === 1 ? (s.gz[0] ?? 0) : worstTwo),
      `${Math.max(...requests, ...(index === synthIndex ? pairs.requests : []))}`,
      `${Buffer.byteLength(JSON.stringify(index.manifest))} B`,
    ]);
  }
  console.log("\n## Index size (requests = shard fetches per cold lookup; the manifest is embedded in the page)\n");
  console.log(table(["content", "shards", "raw total", "gzip total", "largest shard raw / gzip", "worst cold lookup (gzip)", "max requests", "manifest"], rows));
  if (synthCold) {
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    console.log(
      `\nSynthetic site, every signature looked up cold: ${avg(synthCold.requests).toFixed(2)} requests and ${kb(avg(synthCold.bytes))} gzipped on average ` +
        `(max ${Math.max(...synthCold.requests)} requests, ${kb(Math.max(...synthCold.bytes))}); page found first for ${synthCold.found} of ${synthCold.total} (${pct(synthCold.found, synthCold.total)}); index built in ${ms(buildMs)}.`,
    );
    console.log(
      `Pastes holding two synthetic errors (${pairs.requests.length}): ${avg(pairs.requests).toFixed(2)} requests and ${kb(avg(pairs.bytes))} gzipped on average, ` +
        `max ${Math.max(...pairs.requests)} requests, ${kb(Math.max(...pairs.bytes))}.`,
    );
  }

  // 3. Match time.
  const realTexts = real.flatMap((p) => [p.data.signature, ...(p.data.variants ?? []).map((v) => v.signature)]);
  const synthTexts = synthetic.slice(0, 400).map((p) => p.data.signature);
  const synthShards = Object.keys(synthIndex.shards).map((n) => loadShard(n, synthIndex.shards[n]));
  const byName = new Map(synthShards.map((s) => [s.name, s]));
  const routed = (text: string) => shardsFor(candidatesFrom(parseTrace(text), text), synthIndex.manifest).map((n) => byName.get(n) as CompiledShard);
  const long = (texts: readonly string[]) => texts.map((s, i) => (i % 2 ? nodeTrace(s, i) : pythonTrace(s, i)));
  const realLong = long(realTexts);
  const synthLong = long(synthTexts);
  const timings: string[][] = [];
  const row = (label: string, r: { median: number; p95: number }) => timings.push([label, ms(r.median), ms(r.p95)]);
  row(`short message, content/ index (${realTexts.length} texts)`, time(400, (i) => lookupSync(realTexts[i % realTexts.length] ?? "", realShard)));
  row("200-line trace, content/ index", time(200, (i) => lookupSync(realLong[i % realLong.length] ?? "", realShard)));
  row("short message, 10,000-page index (warm shards)", time(400, (i) => lookupSync(synthTexts[i % synthTexts.length] ?? "", routed(synthTexts[i % synthTexts.length] ?? ""))));
  row("200-line trace, 10,000-page index (warm shards)", time(200, (i) => lookupSync(synthLong[i % synthLong.length] ?? "", routed(synthLong[i % synthLong.length] ?? ""))));
  const cold: number[] = [];
  for (let i = 0; i < 60; i++) {
    const lookup = createLookup(synthIndex.manifest, (name) => Promise.resolve(JSON.parse(JSON.stringify(synthIndex.shards[name]))));
    t = performance.now();
    await lookup.lookup(synthLong[i % synthLong.length] ?? "");
    cold.push(performance.now() - t);
  }
  cold.sort((a, b) => a - b);
  row("200-line trace, 10,000-page index, cold (JSON parse + compile of its shards)", { median: quantile(cold, 0.5), p95: quantile(cold, 0.95) });
  console.log("\n## Match time (parse + candidates + ranking)\n");
  console.log(table(["input", "median", "p95"], timings));
  console.log(`\nNode ${process.version}; trace fixtures: ${readdirSync(TRACES).filter((f) => f.endsWith(".txt")).length}.`);
}

await main();
