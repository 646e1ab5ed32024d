/**
 * How many parts the full-text index of this build has (src/search-shards.ts): the indexer
 * (pagefind-index.ts) cuts it so, and the search box (site-search.astro) tells the browser to merge that many.
 */
import { shardCount } from "../search-shards.ts";

const DEFAULT_PART_PAGES = 2_500;

/** At most this many indexed pages per part (ERRATA_SEARCH_PART_PAGES, for tests and very large sites). */
export function pagesPerPart(): number {
  const n = Number(process.env["ERRATA_SEARCH_PART_PAGES"]);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_PART_PAGES;
}

/** Parts of the index of `pages` error pages. */
export function searchParts(pages: number): number {
  return shardCount(pages, pagesPerPart());
}
