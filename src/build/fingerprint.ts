/**
 * What the build caches' fingerprints are made of (render-cache.ts, page-cache.ts, lookup-cache.ts,
 * pagefind-cache.ts): source files hashed by path and bytes, and the lockfile, whose locked versions stand for every
 * dependency. Paths are relative to the project (the build runs from its root), so a checkout that moves keeps its
 * cache.
 */
import type { Hash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The lockfile, or package.json's ranges in a copy without one. */
export function lockfile(root = "."): string {
  return existsSync(join(root, "package-lock.json")) ? join(root, "package-lock.json") : join(root, "package.json");
}

/**
 * The files under `root/dir`, sorted by path.
 * @param [options] `recursive`: into subfolders too; `ext`: only names ending so.
 */
export function sourceFiles(root: string, dir: string, options: { recursive?: boolean; ext?: string } = {}): string[] {
  const { recursive = false, ext } = options;
  return readdirSync(join(root, dir), { recursive, withFileTypes: true })
    .filter((e) => e.isFile() && (ext === undefined || e.name.endsWith(ext)))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Feeds each file's path and bytes into `hash`, in order. */
export function hashFiles(hash: Hash, files: readonly string[]): Hash {
  for (const file of files) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  return hash;
}
