/**
 * Builds the Pagefind search index of a built site, through Pagefind's Node API. Only elements marked
 * `data-pagefind-body` (the error article) are indexed; every response's `errors` array is checked
 * (Starlight's integrations/pagefind.ts is the model). Pagefind's service holds every page's words until
 * it writes the index (about 0.6 MB per error page at its peak), so
 *   - `npm run build` runs this in its own small process after the Astro build has exited
 *     (scripts/build.ts), never next to the build's heap;
 *   - a large site is indexed in parts of at most ERRATA_SEARCH_PART_PAGES pages (default 2,500), one
 *     Pagefind service at a time, merged in the browser (src/search-shards.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import * as pagefind from "pagefind";
import { shardDir } from "../routes.ts";
import { splitShards } from "../search-shards.ts";
import { pagesPerPart } from "./search-parts.ts";

/** Pages sent to Pagefind's service at once: enough to keep it busy, few enough not to hold many in memory. */
const IN_FLIGHT = 8;

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

async function indexPart(site: string, files: readonly string[], outputPath: string): Promise<void> {
  try {
    const created = await pagefind.createIndex({});
    check("createIndex", created);
    const index = created.index!;
    let next = 0;
    const feed = async () => {
      while (next < files.length) {
        const file = files[next++]!;
        check(`addHTMLFile ${file}`, await index.addHTMLFile({ sourcePath: file, content: readFileSync(join(site, file), "utf8") }));
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, feed));
    check("writeFiles", await index.writeFiles({ outputPath }));
  } finally {
    // Ends the service, and with it everything this part held.
    await pagefind.close();
  }
}

/** Indexes `site` (a built dist/ folder) into `site/pagefind/` (and `pagefind/part-N/`); returns the pages indexed. */
export async function indexSite(site: string): Promise<number> {
  const files = indexedPages(site);
  const parts = splitShards(files, pagesPerPart());
  try {
    for (const [i, part] of parts.entries()) await indexPart(site, part, join(site, shardDir(i)));
  } catch (error) {
    throw new Error("Building the Pagefind search index failed", { cause: error });
  }
  // The search page names the parts to merge (site-search.astro): one it does not name would never be searched.
  const search = join(site, "search", "index.html");
  const told = existsSync(search) ? /data-pagefind-parts="(\d+)"/.exec(readFileSync(search, "utf8"))?.[1] : undefined;
  if (told !== undefined && Number(told) !== parts.length) throw new Error(`the search page merges ${told} parts of the Pagefind index, the build wrote ${parts.length}`);
  return files.length;
}

/** Set by scripts/build.ts for the Astro build it starts: index after that process has exited, not inside it. */
export const INDEX_LATER = "ERRATA_PAGEFIND_LATER";

export function indexLater(): boolean {
  return process.env[INDEX_LATER] === "1";
}
