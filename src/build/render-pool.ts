/**
 * Renders pages on worker threads, one per core (at most 4): Markdown and Shiki highlighting are pure
 * CPU work per page and are most of a cold build's time, so on two cores this halves that phase.
 * Pages go out in contiguous batches and come back in any order; the result is keyed by page id, so
 * which worker rendered a page never changes the output.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Page } from "../entries/read-page.ts";
import type { RenderedPage } from "../entries/render.ts";
import type { RenderJob } from "./render-worker.ts";

export interface PoolResult {
  id: string;
  rendered: RenderedPage;
  classes: Array<[string, string]>;
}

export function workerCount(pages: number): number {
  const fromEnv = Number(process.env["ERRATA_RENDER_WORKERS"]);
  if (Number.isInteger(fromEnv) && fromEnv >= 0) return fromEnv;
  // Starting a worker (modules + Shiki grammars) costs about a second: not worth it for small sites.
  return pages < 200 ? 0 : Math.min(4, availableParallelism());
}

export async function renderOnWorkers(pages: readonly Page[], workers: number): Promise<PoolResult[]> {
  const size = Math.ceil(pages.length / workers);
  const batches = Array.from({ length: workers }, (_, w) => pages.slice(w * size, (w + 1) * size)).filter((b) => b.length > 0);
  const results = await Promise.all(
    batches.map(
      (batch) =>
        new Promise<PoolResult[]>((resolve, reject) => {
          const worker = new Worker(new URL("./render-worker.ts", import.meta.url));
          worker.once("message", (out: PoolResult[]) => {
            void worker.terminate();
            resolve(out);
          });
          worker.once("error", reject);
          worker.postMessage(batch.map((p): RenderJob => ({ id: p.id, data: p.data, sections: p.sections })));
        }),
    ),
  );
  return results.flat();
}
