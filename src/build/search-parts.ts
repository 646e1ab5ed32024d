/**
 * How many parts the full-text index of this build has (src/search-shards.ts): the indexer
 * (pagefind-index.ts) cuts it so, and the search box (site-search.astro) tells the browser to merge that many.
 */
import { shardCount } from "../search-shards.ts";

/**
 * Pages per part: Pagefind's service holds about 0.6 MB a page until it writes (2,496 real-weight pages: 1.68 GB),
 * so parts of 1,250 let two be indexed at once (`partProcesses`) in what one part of 2,500 took, and sooner
 * (pagefind-index.ts `indexInProcesses`). A search merges one more part per 1,250 pages.
 */
const DEFAULT_PART_PAGES = 1_250;

/** Parts indexed at once by `npm run build`: two, the memory of one part of 2,500 pages; one on a single core. */
export function partProcesses(cores: number): number {
  return Math.max(1, Math.min(2, cores));
}

/** At most this many indexed pages per part (ERRATA_SEARCH_PART_PAGES, for tests and very large sites). */
export function pagesPerPart(): number {
  const n = Number(process.env["ERRATA_SEARCH_PART_PAGES"]);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_PART_PAGES;
}

/** Parts of the index of `pages` error pages. */
export function searchParts(pages: number): number {
  return shardCount(pages, pagesPerPart());
}
