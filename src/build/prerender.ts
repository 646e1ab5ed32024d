/**
 * Renders every page once, before Astro starts (or on first use under `astro dev`), through the render
 * cache when there is one, on worker threads when there are many pages to render (render-pool.ts).
 * The result is shared (shared.ts) so the error pages, the checks and the highlighting stylesheet all
 * use this one render. `planRender` first sorts pages into cache hits and jobs, so the build can drop
 * the validator's heavy page objects before the slow part (see scripts/build.ts).
 */
import type { Page } from "../entries/read-page.ts";
import { renderPage, type RenderedPage } from "../entries/render.ts";
import { classesUsed } from "./classes-used.ts";
import { registerCodeClasses } from "./code-classes.ts";
import type { RenderCache } from "./render-cache.ts";
import { renderOnWorkers, workerCount, type PoolResult } from "./render-pool.ts";
import type { RenderJob } from "./render-worker.ts";
import { setShared } from "./shared.ts";

/** What the error pages read: `get(id)`, like a Map. */
export interface RenderedPages {
  get(id: string): RenderedPage | undefined;
  readonly size: number;
}

/**
 * With a cache, a page's render stays on disk and is read when Astro writes that page: at 10,000 pages
 * the renders would otherwise hold about 850 MB of heap for the whole build. Without one, in memory.
 */
class CachedRenders implements RenderedPages {
  readonly #cache: RenderCache;
  readonly #keys: Map<string, string>;
  readonly #memory: Map<string, RenderedPage>;
  constructor(cache: RenderCache, keys: Map<string, string>, memory: Map<string, RenderedPage>) {
    this.#cache = cache;
    this.#keys = keys;
    this.#memory = memory;
  }
  get size(): number {
    return this.#keys.size;
  }
  get(id: string): RenderedPage | undefined {
    const inMemory = this.#memory.get(id);
    if (inMemory) return inMemory;
    const key = this.#keys.get(id);
    return key ? this.#cache.read(key)?.rendered : undefined;
  }
}

export interface RenderOptions {
  cache?: RenderCache;
  /** Use worker threads (only from the build script: under Vite's module runner the worker file cannot be resolved). */
  parallel?: boolean;
}

export interface RenderPlan {
  options: RenderOptions;
  keys: Map<string, string>;
  jobs: RenderJob[];
}

/** Cache hits are registered now; everything else becomes a job holding only what rendering reads. */
export function planRender(pages: readonly Page[], options: RenderOptions = {}): RenderPlan {
  const { cache } = options;
  const keys = new Map<string, string>();
  const jobs: RenderJob[] = [];
  for (const page of pages) {
    const key = cache?.key(page);
    if (key) keys.set(page.id, key);
    const hit = key ? cache!.get(key) : undefined;
    if (hit) registerCodeClasses(hit.classes);
    else jobs.push({ id: page.id, data: page.data, sections: page.sections });
  }
  return { options, keys, jobs };
}

export async function runRender(plan: RenderPlan): Promise<RenderedPages> {
  const { cache } = plan.options;
  const memory = new Map<string, RenderedPage>();
  const store = ({ id, rendered, classes }: PoolResult) => {
    registerCodeClasses(classes);
    const key = plan.keys.get(id);
    // Kept in memory only when it could not be stored (no cache, or a read-only cache directory).
    if (!key || !cache!.put(key, { rendered, classes })) memory.set(id, rendered);
  };
  const workers = plan.options.parallel ? workerCount(plan.jobs.length) : 0;
  if (workers > 1) await renderOnWorkers(plan.jobs, workers, store);
  else {
    for (const job of plan.jobs) {
      // The JSON round trip flattens the concatenated strings: half the heap of the rendered pages.
      const rendered = JSON.parse(JSON.stringify(await renderPage(job as unknown as Page))) as RenderedPage;
      store({ id: job.id, rendered, classes: classesUsed(rendered) });
    }
  }
  const result: RenderedPages = cache ? new CachedRenders(cache, plan.keys, memory) : memory;
  setShared("rendered", result);
  return result;
}

export async function renderAll(pages: readonly Page[], options: RenderOptions = {}): Promise<RenderedPages> {
  return runRender(planRender(pages, options));
}
