/**
 * `npm run build [-- --outDir DIR]`: the whole site, in two processes one after the other —
 *   1. scripts/build-site.ts in a child process: validation, rendering, the lookup index and Astro's HTML
 *      (each step once; exit 1 with the validator's lines on any content problem);
 *   2. here, once that process has exited and its heap is gone: the Pagefind index of the written site (a part
 *      whose pages did not change is taken from the cache: src/build/pagefind-cache.ts),
 *      the file-count warning, the phase timings (ERRATA_BUILD_TIMINGS) and the build stamp
 *      (src/build/build-stamp.ts) that lets `npm test` reuse a fresh build.
 * Pagefind's service holds every page's words until it writes the index; run inside the build process it
 * overlapped the build's own heap (at 2,016 pages 1.6 GB + 1.3 GB). This process stays small. The site process's
 * heap is sized to the site's page count (src/build/heap-limit.ts); if it still runs out, the site is built again
 * with three quarters of the machine's memory. When its page workers take every core, it collects garbage on the
 * JavaScript threads only (src/build/gc-flag.ts).
 */
import { spawnSync } from "node:child_process";
import { availableParallelism, totalmem } from "node:os";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { writeBuildStamp } from "../src/build/build-stamp.ts";
import { gcFlag } from "../src/build/gc-flag.ts";
import { heapLimitFlag, outOfHeap, roomyHeapFlag } from "../src/build/heap-limit.ts";
import { errorPageCount } from "../src/build/page-count.ts";
import { workerCount } from "../src/build/render-pool.ts";
import type { Span, Timings } from "../src/build/timings.ts";
import { INDEX_LATER, indexSite } from "../src/build/pagefind-index.ts";
import { partProcesses } from "../src/build/search-parts.ts";
import { PagefindCache, pagefindFingerprint } from "../src/build/pagefind-cache.ts";
import { cacheDir } from "../src/build/render-cache.ts";
import { countFiles, fileCountWarning } from "../src/integrations/file-count.ts";
import { contentDir } from "../src/site-config.ts";
import { parseCli, usageExit } from "./cli/args.ts";

const fail = usageExit("build", "usage: npm run build [-- --outDir DIR]");
const { outDir } = parseCli({ options: { outDir: { type: "string" } } }, (problem) => fail(problem.kind === "missing-value" ? "--outDir needs a directory" : problem.text)).values;
if (outDir === "") fail("--outDir needs a directory");
const started = performance.now();

const given = [...process.execArgv, process.env["NODE_OPTIONS"] ?? ""];
const errorPages = errorPageCount(contentDir());
const gc = gcFlag(workerCount(errorPages), availableParallelism(), given);
const buildSite = (heap: string | undefined) =>
  spawnSync(
    process.execPath,
    [...process.execArgv, ...(heap ? [heap] : []), ...(gc ? [gc] : []), "--expose-gc", fileURLToPath(new URL("./build-site.ts", import.meta.url)), ...process.argv.slice(2)],
    {
      stdio: "inherit",
      env: { ...process.env, [INDEX_LATER]: "1" },
    },
  );
const heap = heapLimitFlag(totalmem(), given, errorPages);
let site = buildSite(heap);
const roomy = roomyHeapFlag(totalmem(), given);
if (heap && outOfHeap(site) && roomy) {
  console.error(`[errata:build] the site build ran out of its heap (${heap}); building again with ${roomy}`);
  site = buildSite(roomy);
}
if (site.status !== 0) process.exit(site.status ?? 1);

const dist = outDir ?? "dist";
const indexing = performance.now();
const indexStart = Date.now();
const cachePath = cacheDir();
const kept = cachePath ? new PagefindCache(cachePath, pagefindFingerprint()) : undefined;
const pages = await indexSite(dist, { processes: partProcesses(availableParallelism()), ...(kept ? { cache: kept } : {}) });
const pagefindMs = performance.now() - indexing;
const removed = kept?.prune() ?? 0;
const reuse = kept ? ` (parts: ${kept.reused} reused, ${kept.indexed} indexed${removed ? `, ${removed} stale removed` : ""})` : "";
console.log(`[errata:pagefind] Indexed ${pages} pages in ${Math.round(pagefindMs)} ms${reuse}`);

const count = countFiles(dist);
console.log(fileCountWarning(count) ?? `[errata:file-count] ${count} files in dist/`);

const timings = process.env["ERRATA_BUILD_TIMINGS"];
if (timings && existsSync(timings)) {
  const t = JSON.parse(readFileSync(timings, "utf8")) as Timings;
  const spans: Span[] = [...t.spans, ["pagefind", indexStart, indexStart + pagefindMs]];
  writeFileSync(timings, JSON.stringify({ phases: { ...t.phases, pagefind: pagefindMs }, spans } satisfies Timings, null, 2));
}
writeBuildStamp(dist, performance.now() - started);
