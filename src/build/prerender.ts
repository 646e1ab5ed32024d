/**
 * Renders every page once, before Astro starts (or on first use under `astro dev`), through the render
 * cache when there is one. The result is shared (shared.ts) so the error pages, the checks and the
 * highlighting stylesheet all use this one render.
 */
import type { Page } from "../entries/read-page.ts";
import { renderPage, type RenderedPage } from "../entries/render.ts";
import { codeClassTransformer, registerCodeClasses } from "./code-classes.ts";
import { RenderCache } from "./render-cache.ts";
import { peekShared, setShared } from "./shared.ts";

export type RenderedPages = Map<string, RenderedPage>;

function classesUsed(rendered: RenderedPage): Array<[string, string]> {
  const registry = codeClassTransformer().getClassRegistry() as Map<string, string | Record<string, string>>;
  const names = new Set(JSON.stringify(rendered).match(/\bhl-[0-9a-z]+/g) ?? []);
  return [...names].sort().map((c) => {
    const s = registry.get(c)!;
    return [c, typeof s === "string" ? s : Object.entries(s).map(([k, v]) => `${k}:${v}`).join(";")];
  });
}

export async function renderAll(pages: readonly Page[], cache?: RenderCache): Promise<RenderedPages> {
  const out: RenderedPages = new Map();
  for (const page of pages) {
    const key = cache?.key(page);
    const hit = key ? cache!.get(key) : undefined;
    if (hit) {
      registerCodeClasses(hit.classes);
      out.set(page.id, hit.rendered);
      continue;
    }
    const rendered = await renderPage(page);
    out.set(page.id, rendered);
    if (key) cache!.put(key, { rendered, classes: classesUsed(rendered) });
  }
  setShared("rendered", out);
  return out;
}

/** The page's render from this build's prepass, if there was one. */
export function preRendered(id: string): RenderedPage | undefined {
  return peekShared<RenderedPages>("rendered")?.get(id);
}
