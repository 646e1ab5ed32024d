/**
 * Thin typed access to Pagefind's browser API (`/pagefind/pagefind.js`, written by the build).
 * Loaded only when someone searches.
 */
import { routes } from "../routes.ts";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let api: Promise<PagefindApi> | undefined;

export function pagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const path = routes.pagefind();
    const module = (await import(/* @vite-ignore */ path)) as PagefindApi;
    // Result URLs carry the base path; Pagefind would derive the same from the bundle URL, this says it outright.
    const options = { excerptLength: 24, baseUrl: routes.base };
    await module.options(options);
    await module.init();
    // A large site's index comes in parts (src/search-shards.ts); the search box says how many.
    const parts = Number(document.querySelector("site-search")?.getAttribute("data-pagefind-parts") ?? 1);
    for (let i = 1; i < parts; i++) await module.mergeIndex(routes.pagefindPart(i), options);
    return module;
  })();
  return api;
}

/**
 * Pagefind excerpts are HTML with `<mark>` around hits. Rebuild them as DOM from text nodes and
 * `<mark>` only, so nothing else in an excerpt can become markup.
 */
export function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, "text/html");
  const nodes: Node[] = [];
  for (const child of Array.from(doc.body.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) nodes.push(document.createTextNode(child.textContent ?? ""));
    else if (child.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = child.textContent;
      nodes.push(mark);
    } else nodes.push(document.createTextNode(child.textContent ?? ""));
  }
  return nodes;
}
