/**
 * Builds the Pagefind search index of a built site, through Pagefind's Node API. Only elements marked
 * `data-pagefind-body` (the error article) are indexed; every response's `errors` array is checked
 * (Starlight's integrations/pagefind.ts is the model). Pagefind's service holds every page's words until
 * it writes the index (about 0.6 MB per error page at its peak), so
 *   - `npm run build` runs this in its own small process after the Astro build has exited
 *     (scripts/build.ts), never next to the build's heap;
 *   - a large site is indexed in parts of at most ERRATA_SEARCH_PART_PAGES pages (default 2,500), merged in the
 *     browser (src/search-shards.ts): from `npm run build`, each part in a process of its own (pagefind-part.ts),
 *     the next part's pages added while one is written; inside Astro's process, one service at a time.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import type { PagefindIndex } from "pagefind";
import { shardDir } from "../routes.ts";
import { splitShards } from "../search-shards.ts";
import { pagesPerPart } from "./search-parts.ts";

function check(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join("\n")}`);
}

/** The site's HTML files that Pagefind indexes (they hold `data-pagefind-body`), sorted by path. */
function indexedPages(site: string): string[] {
  const files = readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(site, join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith(`${shardDir(0)}/`))
    .sort();
  return files.filter((f) => readFileSync(join(site, f), "utf8").includes("data-pagefind-body"));
}

/**
 * A folder inside the site holding only `files`, at their own paths, as hard links (copies where the file
 * system has none): Pagefind's `addDirectory` reads and parses a folder's pages on all cores, where
 * `addHTMLFile` handles one page at a time (measured on 988 real-weight pages: 6.0 s → 2.3 s to add them).
 * The URLs Pagefind records are the paths inside this folder, so they are the site's own.
 */
function stagePart(site: string, files: readonly string[]): string {
  const staging = mkdtempSync(join(site, ".pagefind-part-"));
  for (const file of files) {
    const target = join(staging, file);
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(join(site, file), target);
    } catch {
      copyFileSync(join(site, file), target);
    }
  }
  return staging;
}

/**
 * Pagefind's first step for a part: a new index in this process's Pagefind service, with the staged pages added.
 * @param staging The part's folder (`stagePart`).
 * @param pages How many pages it holds.
 * @returns The index, ready to write.
 */
export async function addPart(staging: string, pages: number): Promise<PagefindIndex> {
  const created = await pagefind.createIndex({});
  check("createIndex", created);
  const index = created.index!;
  const added = await index.addDirectory({ path: staging });
  check(`addDirectory (${pages} pages)`, added);
  if (added.page_count !== pages) throw new Error(`Pagefind indexed ${added.page_count} of the part's ${pages} pages`);
  return index;
}

/** Pagefind's second step: writes the part's bundle to `outputPath`. */
export async function writePart(index: PagefindIndex, outputPath: string): Promise<void> {
  check("writeFiles", await index.writeFiles({ outputPath }));
}

/** One part after another in this process's Pagefind service, ended after each part (with it, what the part held). */
async function indexInProcess(site: string, parts: readonly (readonly string[])[]): Promise<void> {
  for (const [i, files] of parts.entries()) {
    const staging = stagePart(site, files);
    try {
      await writePart(await addPart(staging, files.length), join(site, shardDir(i)));
    } finally {
      await pagefind.close();
      rmSync(staging, { recursive: true, force: true });
    }
  }
}

/** A part indexed in its own process (pagefind-part.ts): its pages are added at once, written when asked. */
interface PartProcess {
  added: Promise<void>;
  write: () => Promise<void>;
  kill: () => void;
}

function startPart(staging: string, pages: number, outputPath: string): PartProcess {
  const child = fork(fileURLToPath(new URL("./pagefind-part.ts", import.meta.url)), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const next = (want: PartMessage["type"]) =>
    new Promise<void>((resolve, reject) => {
      const onMessage = (message: PartMessage) => {
        child.off("exit", onExit);
        if (message.type === want) resolve();
        else reject(new Error(message.type === "error" ? message.message : `Pagefind part: expected ${want}, got ${message.type}`));
      };
      const onExit = (code: number | null) => {
        child.off("message", onMessage);
        reject(new Error(`the Pagefind part process exited (${code ?? "killed"}) before it had ${want === "added" ? "added its pages" : "written its bundle"}`));
      };
      child.once("message", onMessage);
      child.once("exit", onExit);
    });
  const added = next("added");
  child.send({ type: "add", staging, pages } satisfies PartJob);
  return {
    added,
    write: () => {
      const done = next("done");
      child.send({ type: "write", outputPath } satisfies PartJob);
      return done;
    },
    kill: () => child.kill(),
  };
}

/**
 * The parts in child processes, overlapped: Pagefind adds a part's pages on every core, then writes its bundle mostly
 * on one, so the next part's pages are added while a part is written (at 2,496 pages: 4.2 s to add, 7.2 s to write).
 * At most one part writes and one adds at a time, so memory stays near one part's peak plus another's adding; each
 * process ends after its part. The bundles are the same as one after another in one process: each part is its own
 * index.
 */
async function indexOverlapped(site: string, parts: readonly (readonly string[])[]): Promise<void> {
  const started: PartProcess[] = [];
  const stagings: string[] = [];
  let writing: Promise<void> = Promise.resolve();
  try {
    for (const [i, files] of parts.entries()) {
      const staging = stagePart(site, files);
      stagings.push(staging);
      const part = startPart(staging, files.length, join(site, shardDir(i)));
      started.push(part);
      await part.added;
      await writing;
      writing = part.write();
      // Awaited after the next part's pages are added; until then its failure must not count as unhandled.
      writing.catch(() => {});
    }
    await writing;
  } catch (error) {
    for (const part of started) part.kill();
    throw error;
  } finally {
    for (const staging of stagings) rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Indexes `site` (a built dist/ folder) into `site/pagefind/` (and `pagefind/part-N/`); returns the pages indexed.
 * @param site The built site.
 * @param [options] `overlap`: a site of several parts is indexed in child processes, a part's pages added while the
 *   one before is written (scripts/build.ts; not inside Astro's process, where the part script is not a file).
 * @returns The pages indexed.
 */
export async function indexSite(site: string, options: { overlap?: boolean } = {}): Promise<number> {
  const files = indexedPages(site);
  const parts = splitShards(files, pagesPerPart());
  try {
    if (options.overlap && parts.length > 1) await indexOverlapped(site, parts);
    else await indexInProcess(site, parts);
  } catch (error) {
    throw new Error("Building the Pagefind search index failed", { cause: error });
  }
  // The search page names the parts to merge (site-search.astro): one it does not name would never be searched.
  const search = join(site, "search", "index.html");
  const told = existsSync(search) ? /data-pagefind-parts="(\d+)"/.exec(readFileSync(search, "utf8"))?.[1] : undefined;
  if (told !== undefined && Number(told) !== parts.length) throw new Error(`the search page merges ${told} parts of the Pagefind index, the build wrote ${parts.length}`);
  return files.length;
}

/** What the parent sends a part process (pagefind-part.ts). */
export type PartJob = { type: "add"; staging: string; pages: number } | { type: "write"; outputPath: string };
/** What a part process answers. */
export type PartMessage = { type: "added" } | { type: "done" } | { type: "error"; message: string };

/** Set by scripts/build.ts for the Astro build it starts: index after that process has exited, not inside it. */
export const INDEX_LATER = "ERRATA_PAGEFIND_LATER";

export function indexLater(): boolean {
  return process.env[INDEX_LATER] === "1";
}
