/**
 * The full-text index in parts. Pagefind's indexer holds every page's words until it writes its index
 * (about 0.6 MB per error page at its peak, growing with the site), so a large site is indexed as several
 * Pagefind bundles of at most a few thousand pages each, written one after another, and the browser merges
 * them with Pagefind's own `mergeIndex` (results and filter counts across all of them). A site within
 * one part has one bundle, `pagefind/`, exactly as before. Pure; the parts' folders are named in src/routes.ts (`shardDir`).
 */

/** How many parts `pages` indexed pages make with at most `perShard` each. */
export function shardCount(pages: number, perShard: number): number {
  return Math.max(1, Math.ceil(pages / perShard));
}

/** `items` (in a fixed order) cut into `shardCount` contiguous runs of nearly equal length. */
export function splitShards<T>(items: readonly T[], perShard: number): T[][] {
  const n = shardCount(items.length, perShard);
  const size = Math.ceil(items.length / n);
  return Array.from({ length: n }, (_, i) => items.slice(i * size, (i + 1) * size));
}
