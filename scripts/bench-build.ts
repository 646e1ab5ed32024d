/**
 * `npm run bench:build [-- N] [--synthetic] [--keep]` (default 2,000): how `npm run build` scales.
 * Writes N real-weight pages — copies of content/ with ids, titles, signatures, variants and every code
 * snippet and fenced block made unique per copy (scripts/bench/real-copies.ts) — plus, with
 * `--synthetic`, N light synthetic pages, into a temporary content folder; runs `npm run build` on it
 * once, cold; and reports per phase (content load + validation, rendering, Pagefind, lookup index)
 * seconds and ms/page, the peak RSS of the whole process tree, dist/ bytes and files, error-page HTML
 * p50/p90/max and the lookup file count. Measured, not asserted: the numbers go in the README.
 * With `--incremental`, then changes one page and builds again with the same render cache, and reports
 * that rebuild's time against the cold build's.
 * Phases come from the build's own timings file (ERRATA_BUILD_TIMINGS, written by src/build/timings.ts).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Timings } from "../src/build/timings.ts";
import { BETWEEN_PHASES, distStats, measure, peakByPhase, percentile } from "./bench/measure.ts";
import { writeRealCopies } from "./bench/real-copies.ts";
import { writeSyntheticPages } from "./bench/synthetic-pages.ts";
import { parseCli, usageExit } from "./cli/args.ts";

const fail = usageExit("bench:build", "usage: npm run bench:build -- [N] [--synthetic] [--keep] [--incremental]");
const { values, positionals } = parseCli(
  { positionals: true, options: { synthetic: { type: "boolean", default: false }, keep: { type: "boolean", default: false }, incremental: { type: "boolean", default: false } } },
  fail,
);
const { synthetic, keep, incremental } = values;
if (positionals.length > 1) fail(`one page count at most, got ${positionals.join(" ")}`);
const count = Number(positionals[0] ?? 2000);
if (!Number.isInteger(count) || count < 1) fail("give a page count, e.g. npm run bench:build -- 2000 [--synthetic]");

const root = mkdtempSync(join(tmpdir(), "errata-bench-"));
const content = join(root, "content");
const out = join(root, "dist");
const timingsFile = join(root, "timings.json");
let pages = writeRealCopies("content", content, count);
if (synthetic) pages += writeSyntheticPages(content, count);
console.log(`bench:build: ${pages} pages under ${content}; building into ${out}`);

const env = { ...process.env, ERRATA_CONTENT: content, ERRATA_OUT_DIR: out, ERRATA_BUILD_TIMINGS: timingsFile, ERRATA_CACHE_DIR: join(root, "cache"), ASTRO_TELEMETRY_DISABLED: "1" };
const run = await measure("npm", ["run", "--silent", "build", "--", "--outDir", out], env);
if (run.status !== 0) {
  console.error(run.stdout.slice(-4000));
  console.error(`bench:build: \`npm run build\` failed (exit ${run.status}); content left in ${content}`);
  process.exit(1);
}

const dist = distStats(out);
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const perPage = (ms: number) => `${(ms / pages).toFixed(1)} ms`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const readTimings = (): Timings => (existsSync(timingsFile) ? (JSON.parse(readFileSync(timingsFile, "utf8")) as Timings) : { phases: {}, spans: [] });
const { phases, spans } = readTimings();
if (!phases["pagefind"]) {
  const logged = /Indexed \d+ pages in (\d+) ms/.exec(run.stdout);
  if (logged) phases["pagefind"] = Number(logged[1]);
}
const gb = (b: number) => `${(b / 2 ** 30).toFixed(2)} GB`;
const peaks = peakByPhase(run.samples, spans);
console.log(`\n| phase | seconds | ms/page | peak RSS (process tree) |\n|---|---|---|---|`);
for (const [name, ms] of Object.entries(phases)) {
  const peak = peaks.get(name);
  console.log(`| ${name} | ${s(ms)} | ${perPage(ms)} | ${peak ? gb(peak) : "–"} |`);
}
const between = peaks.get(BETWEEN_PHASES);
if (between !== undefined) console.log(`| (between phases: start-up, Astro's set-up, its build:done hooks) | | | ${gb(between)} |`);
console.log(`| **whole \`npm run build\`** | **${s(run.ms)}** | **${perPage(run.ms)}** |`);
console.log(`| CPU time of the process tree (user + system) | ${run.cpuSeconds.toFixed(1)} s | ${perPage(run.cpuSeconds * 1000)} |`);
console.log(`
| pages | whole build | per page | peak RSS (process tree) | dist/ | error-page HTML p50 / p90 / max | lookup files |
|---|---|---|---|---|---|---|
| ${pages}${synthetic ? ` (${count} real + ${count} synthetic)` : ""} | ${s(run.ms)} | ${perPage(run.ms)} | ${(run.peakRss / 2 ** 30).toFixed(2)} GB | ${(dist.bytes / 1e6).toFixed(1)} MB in ${dist.files} files | ${kb(percentile(dist.errorPages, 50))} / ${kb(percentile(dist.errorPages, 90))} / ${kb(Math.max(...dist.errorPages))} | ${dist.lookupFiles} |`);
console.log(`\nfiles by folder: ${JSON.stringify(dist.byFolder)}`);
console.log(
  `peak RSS per process (each its own maximum): ${run.processes
    .filter((p) => p.peakRss >= 2 ** 24)
    .map((p) => `${p.name} ${gb(p.peakRss)}`)
    .join("; ")}`,
);
if (incremental) {
  const folder = join(content, "errors", readdirSync(join(content, "errors")).sort()[0]!);
  const file = join(
    folder,
    readdirSync(folder)
      .filter((f) => f.endsWith(".md"))
      .sort()[0]!,
  );
  writeFileSync(file, readFileSync(file, "utf8").replace("## Prevention\n", "## Prevention\n\nOne changed paragraph for the incremental bench.\n"));
  const again = await measure("npm", ["run", "--silent", "build", "--", "--outDir", out], env);
  if (again.status !== 0) {
    console.error(again.stdout.slice(-4000));
    process.exit(1);
  }
  const again2 = readTimings().phases;
  console.log(
    `\nincremental rebuild after changing ${file}: ${s(again.ms)} wall (${((100 * again.ms) / run.ms).toFixed(0)} % of cold), CPU ${again.cpuSeconds.toFixed(1)} s (${((100 * again.cpuSeconds) / run.cpuSeconds).toFixed(0)} % of cold), peak RSS ${(again.peakRss / 2 ** 30).toFixed(2)} GB; ${/render cache .*/.exec(again.stdout)?.[0] ?? ""}`,
  );
  console.log(
    `phases: ${Object.entries(again2)
      .map(([k, v]) => `${k} ${s(v)}`)
      .join(", ")}`,
  );
}
if (keep) console.log(`kept ${root}`);
else rmSync(root, { recursive: true, force: true });
