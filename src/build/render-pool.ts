/**
 * Reads, validates and renders page files on worker threads (page-worker.ts), one per core (at most 4): parsing,
 * checking, Markdown and Shiki highlighting are pure CPU work per page and most of a cold build's time. Workers pull
 * small batches from one queue and answer batch by batch, and each answer is handled at once (its render is already
 * in the cache on disk), so neither the workers nor the main thread ever hold more than a few batches of renders: at
 * 10,000 pages, sending each worker its whole share and collecting all the answers at the end took the build past
 * 3 GB. Answers are stored by the file's place in the list, so which worker read a page, and when, never changes
 * the output.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { PageFile } from "../entries/load-content.ts";
import type { PageDone, PageWorkerData } from "./page-worker.ts";

const BATCH = 20;
/**
 * A bound on each worker's heap: a worker holds the highlighter and one batch (under 75 MB after each batch
 * of 20 real-weight pages, measured on 400 pages with 2 workers), so this cap never binds on a sound page but
 * keeps V8 from letting a worker's garbage grow with a long render at 10,000 pages and more. Its effect on the
 * build's peak at 2,016 pages was within run-to-run noise; it is a bound, not a measured saving.
 */
const WORKER_HEAP_MB = 256;

export function workerCount(pages: number): number {
  const fromEnv = Number(process.env["ERRATA_RENDER_WORKERS"]);
  if (process.env["ERRATA_RENDER_WORKERS"] && Number.isInteger(fromEnv) && fromEnv >= 0) return fromEnv;
  // Starting a worker (modules + Shiki grammars) costs about a second: not worth it for small sites.
  return pages < 200 ? 0 : Math.min(4, availableParallelism());
}

/** Sends one batch and waits for its answer (or the worker's failure). */
function roundTrip(worker: Worker, batch: PageFile[]): Promise<PageDone[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (results: PageDone[]) => {
      worker.off("error", onError);
      resolve(results);
    };
    const onError = (error: Error) => {
      worker.off("message", onMessage);
      reject(error);
    };
    worker.once("message", onMessage);
    worker.once("error", onError);
    worker.postMessage(batch);
  });
}

/**
 * `workers` workers read and render `files`; `onResult` gets each file's outcome with its place in `files`. A worker
 * starts only if there is a batch for it (starting one costs about a second).
 */
export async function readOnWorkers(files: readonly PageFile[], workers: number, data: PageWorkerData, onResult: (result: PageDone, index: number) => void): Promise<void> {
  // The next batch starts here; every worker takes the next BATCH files in order (one event loop: no races).
  let next = 0;
  const run = async () => {
    if (next >= files.length) return;
    const worker = new Worker(new URL("./page-worker.ts", import.meta.url), { workerData: data, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    try {
      while (next < files.length) {
        const at = next;
        next += BATCH;
        (await roundTrip(worker, files.slice(at, at + BATCH))).forEach((result, i) => onResult(result, at + i));
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: workers }, run));
}
