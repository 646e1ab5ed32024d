/**
 * The site build that `npm run build` (scripts/build.ts) runs in a child process, each step once —
 *   1. read, parse and validate content/, then replay its playground samples (the same lines as
 *      `npm run validate`; exit 1 on any problem),
 *   2. render every page's Markdown and code (through the render cache, src/build/render-cache.ts) — on a
 *      large site, worker threads do steps 1 and 2 for each page in one go, and the main thread the checks
 *      that need every page,
 *   3. build the lookup index on a worker thread, alongside step 4 (or take the last build's, when nothing it reads
 *      changed: src/build/lookup-cache.ts),
 *   4. Astro writes the HTML from those shared results (src/build/shared.ts), but for the error pages the last
 *      build wrote and nothing they read changed since: those are linked in from the cache (src/build/page-cache.ts).
 * Before this script, `validate` loaded everything and Astro loaded it all again. Under scripts/build.ts
 * (ERRATA_PAGEFIND_LATER=1) Pagefind indexes the result after this process has exited; run on its own,
 * `node scripts/build-site.ts` indexes in-process and stamps the build itself.
 * Writes the phase timings to ERRATA_BUILD_TIMINGS when set, and a stamp (src/build/build-stamp.ts)
 * so `npm test` can reuse a build that is still fresh.
 */
import { build } from "astro";
import { formatProblem } from "../src/entries/problem.ts";
import { loadContentAsync } from "../src/entries/load-content.ts";
import { verifyContent } from "../src/entries/verify-content.ts";
import { writeBuildStamp } from "../src/build/build-stamp.ts";
import { indexLater } from "../src/build/pagefind-index.ts";
import { compactPage } from "../src/build/compact-pages.ts";
import { errorPageCount } from "../src/build/page-count.ts";
import { Render } from "../src/build/prerender.ts";
import { cacheDir, RenderCache, renderFingerprint } from "../src/build/render-cache.ts";
import { setShared } from "../src/build/shared.ts";
import { recordPhase, timePhase, writeTimings } from "../src/build/timings.ts";
import { keepLookupIndex, keptLookupIndex, lookupFingerprint } from "../src/build/lookup-cache.ts";
import { buildLookupIndexAside } from "../src/build/lookup-build.ts";
import { codeClassesCss } from "../src/build/code-classes.ts";
import { PAGE_PLAN, PageCache, planPages, siteFingerprint } from "../src/build/page-cache.ts";
import { LOOKUP_INDEX, LOOKUP_INDEX_PENDING, lookupInput } from "../src/lookup-index.ts";
import { contentDir, siteConfig } from "../src/site-config.ts";
import { declareBuildBase } from "../src/routes.ts";
import { siteData } from "../src/site-data.ts";
import { parseCli, usageExit } from "./cli/args.ts";

// No usage data and no telemetry notice from the project's own build (as scripts/astro.ts does for dev and preview).
process.env["ASTRO_TELEMETRY_DISABLED"] ??= "1";
// Pages are rendered here, outside Vite: links in their bodies need the site's base path (src/routes.ts).
declareBuildBase(siteConfig().base);

const fail = usageExit("build", "usage: npm run build [-- --outDir DIR]");
const { outDir } = parseCli({ options: { outDir: { type: "string" } } }, (problem) => fail(problem.kind === "missing-value" ? "--outDir needs a directory" : problem.text)).values;
if (outDir === "") fail("--outDir needs a directory");
const started = performance.now();

/**
 * A full garbage collection between phases (scripts/build.ts starts this process with --expose-gc): V8 then
 * returns the pages a finished phase used to the system, so the next phase starts from the live data alone
 * and the process's peak RSS is the largest phase's, not the sum of their garbage.
 */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const GC_EVERY_PAGES = 500;

const dir = contentDir();
const cachePath = cacheDir();
const cache = cachePath ? new RenderCache(cachePath, renderFingerprint()) : undefined;
// On a large site, worker threads read, validate and render each page in one go (issue 12); the main thread
// runs the checks that need every page.
const render = new Render({ ...(cache ? { cache } : {}), parallelFor: errorPageCount(dir) });
// Without workers, loading keeps every page's validator trees until the cross-checks; collecting now and then keeps
// V8 from growing the heap by the parsers' garbage as well (measured at 2,016 pages: peak RSS of the load 649 → 510 MB).
const loaded = await timePhase(render.parallel ? "content load + validation + rendering (workers)" : "content load + validation", () =>
  loadContentAsync(dir, (files) =>
    render.readAll(files, (pagesRead) => {
      if (pagesRead % GC_EVERY_PAGES === 0) collect();
    }),
  ),
);
const content = await timePhase("playground replay", () => verifyContent(loaded));
if (content.problems.length > 0) {
  for (const problem of content.problems) console.log(formatProblem(problem));
  const n = content.problems.length;
  console.log(`\n${n} problem${n === 1 ? "" : "s"} in ${dir} — fix the lines above, then run \`npm run validate\` again.`);
  process.exit(1);
}

// From here on the site needs ids, data and headings only: drop the validator's trees (compact-pages.ts);
// the pages still queued for rendering keep their own.
setShared("content", { ...content, pages: content.pages.map(compactPage) });
content.pages.length = 0;
collect();
await timePhase("rendering (Markdown + highlighting)", () => render.finish());
siteData();
collect();
// The lookup index: the last build's for the same pages and matcher (lookup-cache.ts), else built on a worker thread
// while Astro writes the error pages, which come before everything that needs it (src/build/lookup-build.ts).
const lookupStarted = performance.now();
const lookupInputs = lookupInput();
const keptLookup = cachePath ? keptLookupIndex(cachePath, lookupFingerprint(), lookupInputs) : undefined;
const lookupReady = (keptLookup?.index ? Promise.resolve(keptLookup.index) : buildLookupIndexAside(lookupInputs, (message) => console.warn(`[errata:build] ${message}`))).then((index) => {
  // On a large site this phase runs alongside Astro's: its time is not added to the build's.
  recordPhase("lookup index", performance.now() - lookupStarted);
  setShared(LOOKUP_INDEX, index);
  if (cachePath && keptLookup && !keptLookup.index) keepLookupIndex(cachePath, keptLookup.key, index);
  if (cachePath) console.log(`lookup index: ${keptLookup?.index ? "reused from" : "built, kept in"} ${cachePath}`);
  return index;
});
// A failure surfaces where the index is awaited (Astro's pages), and again below.
lookupReady.catch(() => undefined);
setShared(LOOKUP_INDEX_PENDING, lookupReady);
collect();

// Error pages whose HTML the last build wrote and nothing they read changed since are linked in, not rendered by
// Astro again (src/build/page-cache.ts, src/integrations/kept-pages.ts).
if (cachePath)
  setShared(
    PAGE_PLAN,
    planPages(new PageCache(cachePath, siteFingerprint(siteConfig(), codeClassesCss())), (id) => render.keyOf(id)),
  );

await build({ ...(outDir ? { outDir } : {}), logLevel: process.env["ERRATA_LOG_LEVEL"] === "debug" ? "debug" : "info" });
await lookupReady;

if (cache) {
  const removed = cache.prune();
  console.log(`render cache ${cachePath}: ${cache.hits} reused, ${cache.misses} rendered${removed ? `, ${removed} stale entries removed` : ""}`);
}
writeTimings();
if (!indexLater()) writeBuildStamp(outDir ?? "dist", performance.now() - started);
