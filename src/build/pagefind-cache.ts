/**
 * Pagefind parts kept between builds (issue 12: a rebuild after one changed page). A part's bundle is a function of
 * its pages' paths and bytes, the options it is indexed with and the Pagefind release (two builds of the same pages
 * write the same bytes: tests/build), so a part none of whose pages changed is linked in from the last build's copy
 * instead of being indexed again; only the part holding the changed page is indexed.
 *
 * Stored next to the render cache (render-cache.ts `cacheDir`) as `<dir>/pagefind/<key>/`, one folder per part, its
 * files hard links of the ones the build wrote (copies where the file system has none). Astro empties the output
 * folder before each build, so a link in `dist/` is never written into again. Entries this build did not use are
 * pruned at the end; the folder is safe to delete.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { hashFiles, lockfile } from "./fingerprint.ts";
import { linkOrCopy } from "./link-file.ts";

/** Written last into an entry: a folder without it is an interrupted save and is never restored. */
const COMPLETE = ".complete";

/** The locked dependency versions (Pagefind's release among them) and the code that calls Pagefind. */
export function pagefindFingerprint(root = "."): string {
  return hashFiles(createHash("sha256"), [lockfile(root), join(root, "src/build/pagefind-index.ts"), join(root, "src/build/pagefind-cache.ts")]).digest("hex");
}

/**
 * A part's own files in its bundle folder, relative to it. The first part's folder (`pagefind/`) holds the other
 * parts' folders (`part-N/`, src/routes.ts `shardDir`); they are not its files.
 */
function ownFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)))
    .filter((f) => !/^part-\d+[\\/]/.test(f))
    .sort();
}

/** What a part's key takes of one page: a hash of its bytes. */
export function digestOf(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export class PagefindCache {
  readonly #dir: string;
  readonly #fingerprint: string;
  readonly #used = new Set<string>();
  /** Parts linked in from the cache by `restore`. */
  reused = 0;

  /**
   * @param dir The cache folder (render-cache.ts `cacheDir`); parts go to `<dir>/pagefind/`.
   * @param fingerprint `pagefindFingerprint()`.
   */
  constructor(dir: string, fingerprint: string) {
    this.#dir = join(dir, "pagefind");
    this.#fingerprint = fingerprint;
  }

  /**
   * The key of a part: its pages' paths and bytes, in order, and its `maxFragments`.
   * @param pages The part's pages: path relative to the site, `digestOf` its bytes.
   */
  key(pages: readonly { file: string; digest: string }[], maxFragments: number | undefined): string {
    const hash = createHash("sha256")
      .update(this.#fingerprint)
      .update(`\0maxFragments=${maxFragments ?? "-"}\0`);
    for (const { file, digest } of pages) hash.update(file).update("\0").update(digest).update("\0");
    return hash.digest("hex");
  }

  /** Links a kept part into `outputPath`; false (and nothing written) when there is none for `key`. */
  restore(key: string, outputPath: string): boolean {
    this.#used.add(key);
    const entry = join(this.#dir, key);
    if (!existsSync(join(entry, COMPLETE))) return false;
    for (const file of ownFiles(entry)) if (file !== COMPLETE) linkOrCopy(join(entry, file), join(outputPath, file));
    this.reused++;
    return true;
  }

  /** Parts this build asked for and did not find, so indexed. */
  get indexed(): number {
    return this.#used.size - this.reused;
  }

  /** Keeps the part just written to `outputPath` under `key`; a folder that cannot be written only costs the reuse. */
  save(key: string, outputPath: string): void {
    const entry = join(this.#dir, key);
    const staging = `${entry}.${process.pid}.tmp`;
    try {
      rmSync(staging, { recursive: true, force: true });
      for (const file of ownFiles(outputPath)) linkOrCopy(join(outputPath, file), join(staging, file));
      writeFileSync(join(staging, COMPLETE), "");
      rmSync(entry, { recursive: true, force: true });
      renameSync(staging, entry);
    } catch {
      rmSync(staging, { recursive: true, force: true });
    }
  }

  /** Deletes the parts this build did not use (their pages changed or are gone). */
  prune(): number {
    let removed = 0;
    const names = existsSync(this.#dir) ? readdirSync(this.#dir) : [];
    for (const name of names) {
      if (this.#used.has(name)) continue;
      rmSync(join(this.#dir, name), { recursive: true, force: true });
      removed++;
    }
    return removed;
  }
}
