/**
 * Renders pages on worker threads, one per core (at most 4): Markdown and Shiki highlighting are pure
 * CPU work per page and most of a cold build's time. Workers pull small batches from one queue and
 * answer batch by batch, and the caller stores each answer at once (render cache on disk), so neither
 * the workers nor the main thread ever hold more than a few batches of pages: at 10,000 pages, sending
 * each worker its whole share and collecting all the answers at the end took the build past 3 GB.
 * The queue may still be filling: the build adds each page as it is loaded, so the workers render while
 * the main thread reads and validates the rest (issue 12). Results are keyed by page id, so which worker
 * rendered a page, and when, never changes the output.
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

/** Jobs added while pages load; workers wait on it while it is empty and open. */
export class JobQueue {
  readonly #jobs: RenderJob[] = [];
  #head = 0;
  #closed = false;
  #waiting: Array<() => void> = [];

  push(job: RenderJob): void {
    this.#jobs.push(job);
    this.#wake();
  }

  /** No more jobs will come. */
  close(): void {
    this.#closed = true;
    this.#wake();
  }

  /** Up to `n` jobs, waiting while none are queued; an empty batch once closed and drained. */
  async take(n: number): Promise<RenderJob[]> {
    while (this.#head === this.#jobs.length && !this.#closed) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    const batch = this.#jobs.slice(this.#head, this.#head + n);
    // Let go of the jobs as they are sent: their Markdown trees are the bulk of the memory.
    for (let i = this.#head; i < this.#head + batch.length; i++) this.#jobs[i] = undefined as unknown as RenderJob;
    this.#head += batch.length;
    return batch;
  }

  #wake(): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resolve of waiting) resolve();
  }
}

/** Sends one batch and waits for its answer (or the worker's failure). */
function roundTrip(worker: Worker, batch: RenderJob[]): Promise<PoolResult[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (results: PoolResult[]) => {
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
 * Up to `workers` workers render the queue until it is closed and drained. A worker starts only once there is a
 * batch for it (starting one costs about a second), so a rebuild served from the render cache starts none.
 */
export async function renderOnWorkers(queue: JobQueue, workers: number, onResult: (result: PoolResult) => void): Promise<void> {
  const run = async () => {
    let batch = await queue.take(BATCH);
    if (batch.length === 0) return;
    const worker = new Worker(new URL("./render-worker.ts", import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    try {
      while (batch.length > 0) {
        (await roundTrip(worker, batch)).forEach(onResult);
        batch = await queue.take(BATCH);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: workers }, run));
}
