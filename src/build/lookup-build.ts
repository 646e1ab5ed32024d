/**
 * The build's lookup index, started before Astro and awaited by the pages that need it (src/lookup-index.ts
 * `lookupIndexReady`): the last build's when nothing it reads changed (lookup-cache.ts), else built on a worker
 * thread (lookup-worker.ts) while Astro renders. Astro writes the error pages before the lookup files and the pages
 * that embed the index's manifest, so at 10,000 pages the whole build (about 10 s on one core) runs alongside them.
 * A worker that fails is reported and the index is built on this thread instead: the output is the same either way.
 */
import { Worker } from "node:worker_threads";
import type { lookupPages } from "../entries/lookup-pages.ts";
import { buildLookupIndex, type LookupIndex } from "../lookup/match/index.ts";

type LookupInput = ReturnType<typeof lookupPages>;

/** `buildLookupIndex(pages)` on a worker thread. */
export function buildLookupIndexOnWorker(pages: LookupInput): Promise<LookupIndex> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./lookup-worker.ts", import.meta.url), { workerData: pages });
    let answer: LookupIndex | undefined;
    worker.once("message", (index: LookupIndex) => (answer = index));
    worker.once("error", reject);
    worker.once("exit", (code) => (answer ? resolve(answer) : reject(new Error(`the lookup index worker exited (${code}) without an index`))));
  });
}

/**
 * Below this many pages the index takes less time to build here than a worker takes to start (loading the matcher's
 * modules: about 0.3 s), and nothing runs alongside it that would gain.
 */
const ASIDE_FROM_PAGES = 500;

/** The index, on a worker when the site is large enough to gain and a worker can start, else here. */
export async function buildLookupIndexAside(pages: LookupInput, warn: (message: string) => void): Promise<LookupIndex> {
  if (pages.length < ASIDE_FROM_PAGES) return buildLookupIndex(pages);
  try {
    return await buildLookupIndexOnWorker(pages);
  } catch (error) {
    warn(`the lookup index could not be built on a worker thread (${error instanceof Error ? error.message : String(error)}); building it on the main thread`);
    return buildLookupIndex(pages);
  }
}
