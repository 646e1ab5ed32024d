/**
 * How many pages a content folder holds, counted before loading it: the site process's heap is sized to it
 * (scripts/build.ts, heap-limit.ts) and the render workers are started for it while the pages load
 * (scripts/build-site.ts, prerender.ts). Files, not validated pages: a count, never a check. The evaluation lists
 * the same files to read the threads the pages cite (scripts/eval/corpus.ts).
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Paths of the Markdown files under the content's `errors/` folder (scripts/eval/corpus.ts reads their sources). */
export function errorPageFiles(dir: string): string[] {
  const errors = join(dir, "errors");
  if (!existsSync(errors)) return [];
  return readdirSync(errors, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => join(e.parentPath, e.name));
}

/** How many Markdown files are under the content's `errors/` folder. */
export function errorPageCount(dir: string): number {
  return errorPageFiles(dir).length;
}
