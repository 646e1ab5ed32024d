/**
 * Renders pages on worker threads, one per core (at most 4): Markdown and Shiki highlighting are pure
 * CPU work per page and most of a cold build's time. Workers pull small batches from one queue and
 * answer batch by batch, and the caller stores each answer at once (render cache on disk), so neither
 * the workers nor the main thread ever hold more than a few batches of pages: at 10,000 pages, sending
 * each worker its whole share and collecting all the answers at the end took the build past 3 GB.
 * Results are keyed by page id, so which worker rendered a page never changes the output.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { RenderedPage } from "../entries/render.ts";
import type { RenderJob } from "./render-worker.ts";

export interface PoolResult {
  id: string;
  rendered: RenderedPage;
  classes: Array<[string, string]>;
}

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

export async function renderOnWorkers(jobs: RenderJob[], workers: number, onResult: (result: PoolResult) => void): Promise<void> {
  let next = 0;
  const take = () => {
    const batch = jobs.slice(next, next + BATCH);
    // Let go of the jobs as they are sent: their Markdown trees are the bulk of the memory.
    for (let i = next; i < next + batch.length; i++) jobs[i] = undefined as unknown as RenderJob;
    next += batch.length;
    return batch;
  };
  await Promise.all(
    Array.from(
      { length: Math.min(workers, Math.ceil(jobs.length / BATCH)) },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL("./render-worker.ts", import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
          const send = () => {
            const batch = take();
            if (batch.length === 0) {
              void worker.terminate().then(() => resolve());
              return;
            }
            worker.postMessage(batch);
          };
          worker.on("message", (results: PoolResult[]) => {
            try {
              results.forEach(onResult);
              send();
            } catch (error) {
              void worker.terminate();
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
          worker.once("error", reject);
          send();
        }),
    ),
  );
}
