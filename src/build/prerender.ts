/**
 * Renders every page once, before Astro starts (or on first use under `astro dev`), through the render
 * cache when there is one, on worker threads when there are many pages to render (render-pool.ts).
 * The result is shared (shared.ts) so the error pages, the checks and the highlighting stylesheet all
 * use this one render. The build adds each page as soon as it is loaded (scripts/build-site.ts), so on a
 * large site the workers render while the main thread reads and validates the rest.
 */
import type { Page } from "../entries/read-page.ts";
import { renderPage, type RenderedPage } from "../entries/render.ts";
import { classesUsed } from "./classes-used.ts";
import { registerCodeClasses } from "./code-classes.ts";
import type { RenderCache } from "./render-cache.ts";
import { JobQueue, renderOnWorkers, workerCount, type PoolResult } from "./render-pool.ts";
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
  /**
   * Use worker threads when there are about this many pages to render (only from the build script: under Vite's
   * module runner the worker file cannot be resolved). The count is known before loading, so workers can start on
   * the first pages while the rest load.
   */
  parallelFor?: number;
}

/**
 * A render in progress: `add` each page as it is loaded (a cache hit is registered at once, anything else queued
 * for the workers, which start on it straight away), then `finish` once every page is added.
 */
export class Render {
  readonly #cache: RenderCache | undefined;
  readonly #keys = new Map<string, string>();
  readonly #memory = new Map<string, RenderedPage>();
  readonly #queue = new JobQueue();
  readonly #inline: RenderJob[] = [];
  readonly #workers: number;
  readonly #running: Array<Promise<void>> = [];
  #failure: Error | undefined;

  constructor(options: RenderOptions = {}) {
    this.#cache = options.cache;
    this.#workers = options.parallelFor === undefined ? 0 : workerCount(options.parallelFor);
    // While pages load, the main thread keeps one core busy: one worker fewer than there will be. Measured at
    // 988 pages on 2 cores: two workers beside the loading thread took as long as loading then rendering (24.7 s
    // against 25.7 s), the three threads slowing each other down.
    if (this.#workers > 1) this.#start(this.#workers - 1);
  }

  #start(workers: number): void {
    // Kept, and its failure remembered, so a worker that fails while pages still load is reported by finish().
    this.#running.push(
      renderOnWorkers(this.#queue, workers, (result) => this.#store(result)).catch((error: unknown) => {
        this.#failure ??= error instanceof Error ? error : new Error(`a render worker failed: ${String(error)}`);
      }),
    );
  }

  /** Cache hits are registered now; everything else becomes a job holding only what rendering reads. */
  add(page: Page): void {
    const key = this.#cache?.key(page);
    if (key) this.#keys.set(page.id, key);
    const hit = key ? this.#cache!.get(key) : undefined;
    if (hit) registerCodeClasses(hit.classes);
    else (this.#workers > 1 ? this.#queue : this.#inline).push({ id: page.id, data: page.data, sections: page.sections });
  }

  async finish(): Promise<RenderedPages> {
    // Loading is done: the last worker takes the core it had.
    if (this.#workers > 1) this.#start(1);
    this.#queue.close();
    await Promise.all(this.#running);
    if (this.#failure) throw this.#failure;
    for (let i = 0; i < this.#inline.length; i++) {
      const job = this.#inline[i]!;
      this.#inline[i] = undefined as unknown as RenderJob;
      // The JSON round trip flattens the concatenated strings: half the heap of the rendered pages.
      const rendered = JSON.parse(JSON.stringify(await renderPage(job as unknown as Page))) as RenderedPage;
      this.#store({ id: job.id, rendered, classes: classesUsed(rendered) });
    }
    const result: RenderedPages = this.#cache ? new CachedRenders(this.#cache, this.#keys, this.#memory) : this.#memory;
    setShared("rendered", result);
    return result;
  }

  #store({ id, rendered, classes }: PoolResult): void {
    registerCodeClasses(classes);
    const key = this.#keys.get(id);
    // Kept in memory only when it could not be stored (no cache, or a read-only cache directory).
    if (!key || !this.#cache!.put(key, { rendered, classes })) this.#memory.set(id, rendered);
  }
}

export async function renderAll(pages: readonly Page[], options: RenderOptions = {}): Promise<RenderedPages> {
  const render = new Render(options);
  for (const page of pages) render.add(page);
  return render.finish();
}
