/**
 * Builds the Pagefind search index of a built site, through Pagefind's Node API. Only elements marked
 * `data-pagefind-body` (the error article) are indexed; every response's `errors` array is checked
 * (Starlight's integrations/pagefind.ts is the model). Pagefind's service holds every page's words until
 * it writes the index (about 0.6 MB per error page at its peak), so `npm run build` runs this in its own
 * small process after the Astro build has exited (scripts/build.ts), never next to the build's heap.
 */
import * as pagefind from "pagefind";

function check(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join("\n")}`);
}

/** Indexes `site` (a built dist/ folder) into `site/pagefind/`; returns the number of pages indexed. */
export async function indexSite(site: string): Promise<number> {
  try {
    const created = await pagefind.createIndex({});
    check("createIndex", created);
    const index = created.index!;
    const added = await index.addDirectory({ path: site });
    check("addDirectory", added);
    check("writeFiles", await index.writeFiles({ outputPath: `${site.replace(/\/$/, "")}/pagefind` }));
    return added.page_count;
  } catch (error) {
    throw new Error("Building the Pagefind search index failed", { cause: error });
  } finally {
    await pagefind.close();
  }
}

/** Set by scripts/build.ts for the Astro build it starts: index after that process has exited, not inside it. */
export const INDEX_LATER = "ERRATA_PAGEFIND_LATER";

export function indexLater(): boolean {
  return process.env[INDEX_LATER] === "1";
}
