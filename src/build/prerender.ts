/**
 * Renders every page once, before Astro starts (or on first use under `astro dev`), through the render
 * cache when there is one, on worker threads when there are many pages to render (render-pool.ts).
 * The result is shared (shared.ts) so the error pages, the checks and the highlighting stylesheet all
 * use this one render.
 */
import type { Page } from "../entries/read-page.ts";
import { renderPage, type RenderedPage } from "../entries/render.ts";
import { classesUsed } from "./classes-used.ts";
import { registerCodeClasses } from "./code-classes.ts";
import type { RenderCache } from "./render-cache.ts";
import { renderOnWorkers, workerCount } from "./render-pool.ts";
import { peekShared, setShared } from "./shared.ts";

export type RenderedPages = Map<string, RenderedPage>;

export interface RenderOptions {
  cache?: RenderCache;
  /** Use worker threads (only from the build script: under Vite's module runner the worker file cannot be resolved). */
  parallel?: boolean;
}

export async function renderAll(pages: readonly Page[], options: RenderOptions = {}): Promise<RenderedPages> {
  const { cache } = options;
  const out: RenderedPages = new Map();
  const keys = new Map<string, string>();
  const todo: Page[] = [];
  for (const page of pages) {
    const key = cache?.key(page);
    if (key) keys.set(page.id, key);
    const hit = key ? cache!.get(key) : undefined;
    if (hit) {
      registerCodeClasses(hit.classes);
      out.set(page.id, hit.rendered);
    } else todo.push(page);
  }
  const workers = options.parallel ? workerCount(todo.length) : 0;
  const fresh =
    workers > 1
      ? await renderOnWorkers(todo, workers)
      : await (async () => {
          const list = [];
          for (const page of todo) {
            const rendered = await renderPage(page);
            list.push({ id: page.id, rendered, classes: classesUsed(rendered) });
          }
          return list;
        })();
  for (const { id, rendered, classes } of fresh) {
    registerCodeClasses(classes);
    out.set(id, rendered);
    const key = keys.get(id);
    if (key) cache!.put(key, { rendered, classes });
  }
  // Insertion order follows the pages, whatever order the workers answered in.
  const ordered: RenderedPages = new Map(pages.map((p) => [p.id, out.get(p.id)!]));
  setShared("rendered", ordered);
  return ordered;
}

/** The page's render from this build's prepass, if there was one. */
export function preRendered(id: string): RenderedPage | undefined {
  return peekShared<RenderedPages>("rendered")?.get(id);
}
