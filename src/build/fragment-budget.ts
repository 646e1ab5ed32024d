/**
 * How many fragment files each part of the Pagefind index may write (issue 12: `dist/` ≤ 20,000 files).
 *
 * Pagefind writes one fragment file per page (its result title, URL and excerpt text), so a site of 10,000 pages
 * has 20,000 files before anything else. Pagefind 1.6's `maxFragments` bundles a part's fragments into shared
 * files once the part has more pages than that number. Bundling costs a searcher bytes (a result's file carries
 * its neighbours' fragments too: real-weight pages' fragments are ~5 KB gzipped), so it is used only as much as
 * the host's file limit needs: not at all while the whole site fits, else each part gets its share of the files
 * left for fragments, and never groups of more than MAX_GROUP pages. At 9,984 real-weight pages: fragments in
 * pairs (4,992 files, 8.9 KB each), `dist/` 17,142 files instead of 21,872.
 */

/** Most pages one fragment file may hold: at ~5 KB a fragment, a result costs at most ~20 KB. */
export const MAX_GROUP = 4;

/**
 * Files a Pagefind part writes besides its fragments (word-index and filter chunks, metadata, the WASM, the JS
 * and CSS of its UIs). Measured: 24 for 52 pages; 192–215 for parts of 1,248 real-weight pages (`npm run
 * bench:build -- 10000 --keep`). An overestimate only bundles a few more fragments than needed.
 */
export const PART_FILES = 250;

/**
 * The `maxFragments` of each part, or undefined where a part keeps one fragment file per page.
 * @param parts Pages in each part of the index.
 * @param filesBefore Files already in `dist/` (pages, assets, the lookup index) before Pagefind writes.
 * @param limit Files the host accepts.
 * @returns One entry per part.
 */
export function fragmentCaps(parts: readonly number[], filesBefore: number, limit: number): (number | undefined)[] {
  const pages = parts.reduce((a, b) => a + b, 0);
  const room = limit - filesBefore - parts.length * PART_FILES;
  if (pages <= room) return parts.map(() => undefined);
  return parts.map((n) => Math.max(Math.ceil(n / MAX_GROUP), Math.floor((Math.max(0, room) * n) / pages)));
}
