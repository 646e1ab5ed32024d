/**
 * Builds the Pagefind search index of a built site, through Pagefind's Node API. Only elements marked
 * `data-pagefind-body` (the error article) are indexed; every response's `errors` array is checked
 * (Starlight's integrations/pagefind.ts is the model). Pagefind's service holds every page's words until
 * it writes the index (about 0.6 MB per error page at its peak), so
 *   - `npm run build` runs this in its own small process after the Astro build has exited
 *     (scripts/build.ts), never next to the build's heap;
 *   - a large site is indexed in parts of at most ERRATA_SEARCH_PART_PAGES pages (default 1,250), merged in the
 *     browser (src/search-shards.ts): from `npm run build` two parts at once, each in a process of its own with its
 *     own service (pagefind-part.ts); inside Astro's process one after another;
 *   - a site that would exceed the host's file limit has each part's result fragments bundled into shared files
 *     (Pagefind's `maxFragments`, fragment-budget.ts).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { fork, type ChildProcess } from "node:child_process";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { shardDir } from "../routes.ts";
import { splitShards } from "../search-shards.ts";
import { fragmentCaps } from "./fragment-budget.ts";
import { fileLimit } from "./host-limits.ts";
import { pagesPerPart } from "./search-parts.ts";
import { digestOf, type PagefindCache } from "./pagefind-cache.ts";
import { linkOrCopy } from "./link-file.ts";

function check(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join("\n")}`);
}

/**
 * The site's HTML files that Pagefind indexes (they hold `data-pagefind-body`), sorted by path, each with a hash of
 * its bytes when parts are kept between builds, and how many files the site holds in all.
 */
function indexedPages(site: string, digests: boolean): { pages: IndexedPage[]; files: number } {
  const all = readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const html = all
    .filter((e) => e.name.endsWith(".html"))
    .map((e) => relative(site, join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith(`${shardDir(0)}/`))
    .sort();
  const pages: IndexedPage[] = [];
  for (const file of html) {
    const bytes = readFileSync(join(site, file));
    if (bytes.includes("data-pagefind-body")) pages.push({ file, digest: digests ? digestOf(bytes) : "" });
  }
  return { pages, files: all.length };
}

interface IndexedPage {
  file: string;
  digest: string;
}

/** Characters with a meaning in Pagefind's globs (Rust's `globset`): a path holding one is staged instead. */
const GLOB_SPECIAL = /[{}[\]*?,\\!]/;

/**
 * A glob that matches exactly `files` (paths relative to the site), for Pagefind's `addDirectory`, which reads and
 * parses the matching pages on all cores (`addHTMLFile` handles one page at a time: measured on 988 real-weight pages,
 * 6.0 s against 2.3 s to add them). Undefined when a path has a glob character (never for errata's own pages).
 */
function partGlob(files: readonly string[]): string | undefined {
  const paths = files.map((f) => f.split(sep).join("/"));
  if (paths.some((p) => GLOB_SPECIAL.test(p))) return undefined;
  return paths.length === 1 ? paths[0] : `{${paths.join(",")}}`;
}

/**
 * A folder inside the site holding only `files`, at their own paths, as hard links (copies where the file system has
 * none), for a part whose paths cannot be globbed. Pagefind records the paths inside it as the URLs, so they are the
 * site's own. Globbing the site itself instead writes the same bundle and saves the links (0.3 s a part of 988 pages).
 */
function stagePart(site: string, files: readonly string[]): string {
  const staging = mkdtempSync(join(site, ".pagefind-part-"));
  for (const file of files) linkOrCopy(join(site, file), join(staging, file));
  return staging;
}

/**
 * Indexes one part in this process's Pagefind service, then ends the service (and with it what the part held).
 * @param site The built site.
 * @param files The part's pages, relative to `site`.
 * @param outputPath Where its bundle goes.
 * @param maxFragments Pagefind's `maxFragments` for the part (fragment-budget.ts), if any.
 */
export async function indexPart(site: string, files: readonly string[], outputPath: string, maxFragments: number | undefined): Promise<void> {
  const glob = partGlob(files);
  const staging = glob === undefined ? stagePart(site, files) : undefined;
  try {
    const created = await pagefind.createIndex(maxFragments === undefined ? {} : { maxFragments });
    check("createIndex", created);
    const index = created.index!;
    const added = await index.addDirectory(staging === undefined ? { path: site, glob: glob! } : { path: staging });
    check(`addDirectory (${files.length} pages)`, added);
    if (added.page_count !== files.length) throw new Error(`Pagefind indexed ${added.page_count} of the part's ${files.length} pages`);
    check("writeFiles", await index.writeFiles({ outputPath }));
  } finally {
    // Ends the service, and with it everything this part held.
    await pagefind.close();
    if (staging !== undefined) rmSync(staging, { recursive: true, force: true });
  }
}

/** What the parent sends a part process (pagefind-part.ts). */
export interface PartJob {
  site: string;
  files: readonly string[];
  outputPath: string;
  maxFragments: number | undefined;
}
/** What a part process answers. */
export type PartMessage = { type: "done" } | { type: "error"; message: string };

/** Indexes one part in a child process (pagefind-part.ts); `running` holds the process until it exits. */
function indexInChild(job: PartJob, running: Set<ChildProcess>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL("./pagefind-part.ts", import.meta.url)), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    running.add(child);
    let answered: PartMessage | undefined;
    child.once("message", (message: PartMessage) => (answered = message));
    child.once("exit", (code) => {
      running.delete(child);
      if (answered?.type === "done") resolve();
      else
        reject(
          new Error(`${relative(job.site, job.outputPath)}: ${answered?.type === "error" ? answered.message : `the Pagefind part process exited (${code ?? "killed"}) before writing its bundle`}`),
        );
    });
    child.send(job);
  });
}

/**
 * The parts in child processes, `processes` at a time, each with its own Pagefind service. Two services of half the
 * pages take about what one of all of them holds (measured on 2,496 real-weight pages: 1.68 GB for one service, 1.75 GB
 * for two of 1,248 pages at once) and finish sooner (10.6 s against 8.2 s: Pagefind writes a bundle mostly on one
 * core). Each part is its own index, so its bundle is the same as one built in this process. A part that fails stops
 * the others: nothing keeps writing into the site after the build has failed.
 */
async function indexInProcesses(jobs: readonly PartJob[], processes: number): Promise<void> {
  let next = 0;
  const running = new Set<ChildProcess>();
  const run = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++];
      if (job) await indexInChild(job, running);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(processes, jobs.length) }, run));
  } catch (error) {
    next = jobs.length;
    for (const child of running) child.kill();
    throw error;
  }
}

/**
 * Indexes `site` (a built dist/ folder) into `site/pagefind/` (and `pagefind/part-N/`).
 * @param site The built site.
 * @param [options] `processes`: parts indexed at once, each in a child process (scripts/build.ts, after Astro's
 *   process has exited); 1 (the default, and inside Astro's process) indexes them one after another here.
 *   `cache`: parts kept from earlier builds (pagefind-cache.ts); a part whose pages are unchanged is taken from it.
 * @returns The pages indexed.
 */
export async function indexSite(site: string, options: { processes?: number; cache?: PagefindCache } = {}): Promise<number> {
  const { cache } = options;
  const { pages, files: before } = indexedPages(site, cache !== undefined);
  const parts = splitShards(pages, pagesPerPart());
  // Bundles result fragments only as much as the host's file limit needs (fragment-budget.ts).
  const caps = fragmentCaps(
    parts.map((p) => p.length),
    before,
    fileLimit(),
  );
  // A part whose pages did not change since a build that kept it is linked in, not indexed again.
  const todo: Array<{ key: string | undefined; job: PartJob }> = [];
  for (const [i, part] of parts.entries()) {
    const job: PartJob = { site, files: part.map((p) => p.file), outputPath: join(site, shardDir(i)), maxFragments: caps[i] };
    const key = cache?.key(part, caps[i]);
    if (cache && key !== undefined && cache.restore(key, job.outputPath)) continue;
    todo.push({ key, job });
  }
  const jobs = todo.map((t) => t.job);
  const processes = options.processes ?? 1;
  try {
    if (processes > 1 && jobs.length > 1) await indexInProcesses(jobs, processes);
    else for (const job of jobs) await indexPart(job.site, job.files, job.outputPath, job.maxFragments);
  } catch (error) {
    throw new Error("Building the Pagefind search index failed", { cause: error });
  }
  for (const { key, job } of todo) if (cache && key !== undefined) cache.save(key, job.outputPath);
  // The search page names the parts to merge (site-search.astro): one it does not name would never be searched.
  const search = join(site, "search", "index.html");
  const told = existsSync(search) ? /data-pagefind-parts="(\d+)"/.exec(readFileSync(search, "utf8"))?.[1] : undefined;
  if (told !== undefined && Number(told) !== parts.length) throw new Error(`the search page merges ${told} parts of the Pagefind index, the build wrote ${parts.length}`);
  return pages.length;
}

/** Set by scripts/build.ts for the Astro build it starts: index after that process has exited, not inside it. */
export const INDEX_LATER = "ERRATA_PAGEFIND_LATER";

export function indexLater(): boolean {
  return process.env[INDEX_LATER] === "1";
}
