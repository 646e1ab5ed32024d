/**
 * Builds the lookup index on a worker thread (lookup-build.ts `buildLookupIndexOnWorker`), so a cold build's ten
 * seconds of it at 10,000 pages run on the second core while Astro writes the error pages on the first (issue 12).
 * Receives what the index reads of the pages, answers with the index.
 */
import { parentPort, workerData } from "node:worker_threads";
import { buildLookupIndex } from "../lookup/match/index.ts";
import type { lookupPages } from "../entries/lookup-pages.ts";

parentPort!.postMessage(buildLookupIndex(workerData as ReturnType<typeof lookupPages>));
