/**
 * How many pages a content folder holds, counted before loading it: the site process's heap is sized to it
 * (scripts/build.ts, heap-limit.ts) and the render workers are started for it while the pages load
 * (scripts/build-site.ts, prerender.ts). Files, not validated pages: a count, never a check.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Markdown files under the content's `errors/` folder. */
export function errorPageCount(dir: string): number {
  const errors = join(dir, "errors");
  if (!existsSync(errors)) return 0;
  return readdirSync(errors, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(".md")).length;
}
