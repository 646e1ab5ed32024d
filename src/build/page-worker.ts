/**
 * A page worker (see render-pool.ts): reads, validates and renders the page files it is sent, with the same
 * readPageFile and renderPage as the main thread, and answers with what the main thread keeps of each page (a
 * PageRecord, its problems) and of its render: the highlighting classes, and the render itself only when it could
 * not be stored in the render cache. A page whose file is unchanged since a worker last read it (the same cache key)
 * is neither parsed nor validated again: the cache entry holds its record. Reading here as well as rendering (issue 12): loading and validating on the main
 * thread was the build's critical path at 10,000 pages (16–18 ms a page against ~3 ms a page of rendering left after
 * it), and the body's Markdown trees never cross threads (cloning them cost the main thread as much again).
 */
import { parentPort, workerData } from "node:worker_threads";
import { readPageText, type PageFile } from "../entries/load-content.ts";
import type { Problem } from "../entries/problem.ts";
import { normalizeLineEnds, pageRecord, readPageWithYaml, type PageRecord } from "../entries/read-page.ts";
import { renderPage, type RenderedPage } from "../entries/render.ts";
import { textsOf, type RenderedTexts } from "../entries/lookup-pages.ts";
import { classesUsed } from "./classes-used.ts";
import { RenderCache } from "./render-cache.ts";
import { declareBuildBase } from "../routes.ts";
import { siteConfig } from "../site-config.ts";

// A worker renders outside Vite too: body links need the site's base path.
declareBuildBase(siteConfig().base);

/** What the pool gives each worker at its start. */
export interface PageWorkerData {
  /** The render cache's directory and fingerprint, when the build has a cache. */
  cache?: { dir: string; fingerprint: string };
}

/** One page file's outcome. */
export interface PageDone {
  problems: Problem[];
  /** Absent when the page could not be read or validated well enough to render. */
  record?: PageRecord;
  /** The page's render cache key, and whether its entry was there already. */
  cached?: { key: string; hit: boolean };
  classes?: Array<[string, string]>;
  /** Only when there is no cache or it could not be written: the main thread keeps it in memory. */
  rendered?: RenderedPage;
  /** The plain texts the lookup index reads (lookup-pages.ts), so it need not read the render back from the cache. */
  texts?: RenderedTexts;
}

const { cache: cacheSettings } = workerData as PageWorkerData;
const cache = cacheSettings ? new RenderCache(cacheSettings.dir, cacheSettings.fingerprint) : undefined;

async function readAndRender(file: PageFile): Promise<PageDone> {
  const read = readPageText(file);
  if (!("text" in read)) return { problems: read.problems };
  const text = normalizeLineEnds(read.text);
  const key = cache?.keyOf(`${file.category}/${file.slug}`, file.file, text);
  const hit = key ? cache!.get(key) : undefined;
  // An unchanged page this worker path validated before: its record stands, only the cross-page checks run again.
  if (key && hit?.page) return { problems: [], record: { ...hit.page, text }, cached: { key, hit: true }, classes: hit.classes, texts: textsOf(hit.rendered) };
  const { value: page, problems, yaml } = readPageWithYaml(file.file, text, file.category, file.slug);
  if (!page || !yaml) return { problems };
  const record = pageRecord(page, yaml);
  if (key && hit) return { problems, record, cached: { key, hit: true }, classes: hit.classes, texts: textsOf(hit.rendered) };
  // The JSON round trip flattens the concatenated strings: half the heap of a rendered page.
  const rendered = JSON.parse(JSON.stringify(await renderPage(page))) as RenderedPage;
  const classes = classesUsed(rendered);
  const { text: _text, ...stored } = record;
  const kept = key ? cache!.put(key, { rendered, classes, ...(problems.length === 0 ? { page: stored } : {}) }) : false;
  return { problems, record, ...(key ? { cached: { key, hit: false } } : {}), classes, texts: textsOf(rendered), ...(kept ? {} : { rendered }) };
}

async function answer(files: PageFile[]): Promise<void> {
  const results: PageDone[] = [];
  for (const file of files) results.push(await readAndRender(file));
  parentPort!.postMessage(results);
}

// A failed page is an unhandled rejection: it ends this worker, and the pool receives it as the worker's "error".
parentPort!.on("message", (files: PageFile[]) => void answer(files));
