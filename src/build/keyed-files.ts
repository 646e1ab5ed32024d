/**
 * The layout of the build caches that keep one file per key (render-cache.ts, page-cache.ts):
 * `<dir>/<first two hex digits of the key>/<key><ext>`, so no folder holds more than a few hundred files at 10,000
 * pages, and the pruning of what a build did not use.
 */
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

export function keyedPath(dir: string, key: string, ext: string): string {
  return join(dir, key.slice(0, 2), `${key}${ext}`);
}

/** Deletes the entries under `dir` whose key is not in `used`; returns how many. */
export function pruneKeyed(dir: string, used: ReadonlySet<string>, ext: string): number {
  let removed = 0;
  let shards: string[];
  try {
    shards = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const shard of shards)
    for (const name of readdirSync(join(dir, shard))) {
      if (used.has(name.endsWith(ext) ? name.slice(0, -ext.length) : name)) continue;
      rmSync(join(dir, shard, name), { force: true });
      removed++;
    }
  return removed;
}
