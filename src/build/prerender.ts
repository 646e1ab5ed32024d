/**
 * Renders every page once, before Astro starts (or on first use under `astro dev`), through the render
 * cache when there is one, on worker threads when there are many pages to render (render-pool.ts).
 * The result is shared (shared.ts) so the error pages, the checks and the highlighting stylesheet all
 * use this one render. On a large site the build's worker threads read, validate and render each page in one go
 * (render-pool.ts), and the main thread only puts the site together (scripts/build-site.ts).
 */
import { readPageFile, type PageFile } from "../entries/load-content.ts";
import { pageFromRecord, type Page, type ReadResult } from "../entries/read-page.ts";
import { renderPage, type RenderedPage } from "../entries/render.ts";
import { textsOf, type RenderedTexts } from "../entries/lookup-pages.ts";
import { classesUsed } from "./classes-used.ts";
import { registerCodeClasses } from "./code-classes.ts";
import type { RenderCache } from "./render-cache.ts";
import { readOnWorkers, workerCount } from "./render-pool.ts";
import type { PageWorkerData } from "./page-worker.ts";
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
   * Use worker threads when there are about this many pages (only from the build script: under Vite's module runner
   * the worker file cannot be resolved). Workers read and validate the page files as well as render them.
   */
  parallelFor?: number;
}

/**
 * A render in progress. The build hands it the page files (`readAll`): on worker threads each page is read,
 * validated and rendered in one go; without workers each page is read here and rendered by `finish`. Pages loaded
 * some other way are `add`ed (rendered by `finish`). Cache hits are registered as they are found.
 */
export class Render {
  readonly #cache: RenderCache | undefined;
  readonly #keys = new Map<string, string>();
  readonly #memory = new Map<string, RenderedPage>();
  /** Every page's plain texts for the lookup index (shared as `rendered-texts`): reading 10,000 renders back from the cache for them took about 3 s. */
  readonly #texts = new Map<string, RenderedTexts>();
  readonly #inline: Array<Page | undefined> = [];
  readonly #workers: number;

  constructor(options: RenderOptions = {}) {
    this.#cache = options.cache;
    this.#workers = options.parallelFor === undefined ? 0 : workerCount(options.parallelFor);
  }

  /** True when `readAll` reads and renders on worker threads. */
  get parallel(): boolean {
    return this.#workers > 0;
  }

  /**
   * Reads and validates `files` (in their order) and renders every page that can be rendered: on the workers at
   * once, otherwise when `finish` is called. `afterPage` is called with the count of pages read (main thread only).
   */
  async readAll(files: readonly PageFile[], afterPage?: (pagesRead: number) => void): Promise<Array<ReadResult<Page>>> {
    if (!this.parallel) {
      return files.map((file, i) => {
        const result = readPageFile(file);
        if (result.value) this.add(result.value);
        afterPage?.(i + 1);
        return result;
      });
    }
    const results: Array<ReadResult<Page>> = files.map(() => ({ problems: [] }));
    const data: PageWorkerData = this.#cache ? { cache: this.#cache.settings() } : {};
    await readOnWorkers(files, this.#workers, data, (done, index) => {
      if (done.classes) registerCodeClasses(done.classes);
      if (done.record) {
        const id = done.record.id;
        if (done.cached) {
          this.#cache!.note(done.cached.key, done.cached.hit);
          this.#keys.set(id, done.cached.key);
        }
        if (done.rendered) this.#memory.set(id, done.rendered);
        if (done.texts) this.#texts.set(id, done.texts);
      }
      results[index] = done.record ? { value: pageFromRecord(done.record), problems: done.problems } : { problems: done.problems };
    });
    return results;
  }

  /** The render cache's key of a page's file (undefined without a cache). */
  keyOf(id: string): string | undefined {
    return this.#keys.get(id);
  }

  /** A page to render on this thread: a cache hit is registered now, anything else rendered by `finish`. */
  add(page: Page): void {
    const key = this.#cache?.key(page);
    if (key) this.#keys.set(page.id, key);
    const hit = key ? this.#cache!.get(key) : undefined;
    if (hit) {
      registerCodeClasses(hit.classes);
      this.#texts.set(page.id, textsOf(hit.rendered));
    } else this.#inline.push(page);
  }

  async finish(): Promise<RenderedPages> {
    for (let i = 0; i < this.#inline.length; i++) {
      const page = this.#inline[i]!;
      // Let go of each page as it is rendered: its Markdown trees are the bulk of the memory.
      this.#inline[i] = undefined;
      // The JSON round trip flattens the concatenated strings: half the heap of the rendered pages.
      const rendered = JSON.parse(JSON.stringify(await renderPage(page))) as RenderedPage;
      this.#store(page.id, rendered, classesUsed(rendered));
    }
    const result: RenderedPages = this.#cache ? new CachedRenders(this.#cache, this.#keys, this.#memory) : this.#memory;
    setShared("rendered", result);
    setShared("rendered-texts", this.#texts);
    return result;
  }

  #store(id: string, rendered: RenderedPage, classes: Array<[string, string]>): void {
    registerCodeClasses(classes);
    this.#texts.set(id, textsOf(rendered));
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
