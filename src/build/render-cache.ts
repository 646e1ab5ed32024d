/**
 * The render cache: a page's rendered HTML fragments (Markdown + Shiki, the costly part of a page) and, when a
 * page worker wrote the entry, the validated page itself,
 * keyed by a hash of the page's file text, its id, and a fingerprint of everything else the render
 * depends on (the renderer's source, the locked dependency versions, ERRATA_* settings). A changed page
 * gets a new key; anything else reuses its entry, byte for byte the same as a fresh render.
 *
 * Stored as one JSON file per entry under `<dir>/render/<2 hex>/<key>.json` (default `.cache/errata`,
 * ERRATA_CACHE_DIR to move it, ERRATA_CACHE=0 to turn it off). The directory is safe to keep between
 * CI runs and safe to delete; entries this build did not use are pruned at the end.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Page, PageRecord } from "../entries/read-page.ts";
import type { RenderedPage } from "../entries/render.ts";
import { hashFiles, lockfile, sourceFiles } from "./fingerprint.ts";
import { keyedPath, pruneKeyed } from "./keyed-files.ts";
import { hashSettings } from "./settings-hash.ts";
import { siteConfig } from "../site-config.ts";

export interface CacheEntry {
  rendered: RenderedPage;
  /** The highlighting classes the page uses, with their declarations (see code-classes.ts). */
  classes: Array<[string, string]>;
  /**
   * The validated page without its text (the key stands for that text), stored by a page worker for a page with no
   * problem of its own: a rebuild takes it instead of parsing and validating the file again. The checks across pages
   * run on every build.
   */
  page?: Omit<PageRecord, "text">;
}

/** Source files and settings a render depends on; any change in them invalidates every entry. */
export function renderFingerprint(root = "."): string {
  const hash = hashFiles(createHash("sha256"), [...sourceFiles(root, "src/entries", { ext: ".ts" }), ...sourceFiles(root, "src/build", { ext: ".ts" }), lockfile(root)]);
  // The content folder is not part of it: a page's own key covers its file.
  // Rendered links carry the base path (site.yml or ERRATA_BASE).
  hash.update(`base=${siteConfig().base}\0`);
  return hashSettings(hash, ["ERRATA_CONTENT"]).digest("hex");
}

export function cacheDir(): string | undefined {
  if (process.env["ERRATA_CACHE"] === "0") return undefined;
  return process.env["ERRATA_CACHE_DIR"] ?? ".cache/errata";
}

export class RenderCache {
  readonly #root: string;
  readonly #dir: string;
  readonly #fingerprint: string;
  readonly #used = new Set<string>();
  hits = 0;
  misses = 0;

  constructor(dir: string, fingerprint: string) {
    this.#root = dir;
    this.#dir = join(dir, "render");
    this.#fingerprint = fingerprint;
  }

  key(page: Page): string {
    return this.keyOf(page.id, page.file, page.source.text);
  }

  /** The key of a page's file text (line ends normalized, as `Page.source.text`) before the page is read. */
  keyOf(id: string, file: string, text: string): string {
    return createHash("sha256").update(this.#fingerprint).update("\0").update(id).update("\0").update(file).update("\0").update(text).digest("hex");
  }

  #path(key: string): string {
    return keyedPath(this.#dir, key, ".json");
  }

  /** Reads an entry this build has written or reused (undefined if it vanished meanwhile). */
  read(key: string): CacheEntry | undefined {
    try {
      return JSON.parse(readFileSync(this.#path(key), "utf8")) as CacheEntry;
    } catch {
      return undefined;
    }
  }

  get(key: string): CacheEntry | undefined {
    this.#used.add(key);
    try {
      const entry = JSON.parse(readFileSync(this.#path(key), "utf8")) as CacheEntry;
      this.hits++;
      return entry;
    } catch {
      this.misses++;
      return undefined;
    }
  }

  /** Counts a lookup made elsewhere (a page worker's, with its own RenderCache on the same directory). */
  note(key: string, hit: boolean): void {
    this.#used.add(key);
    if (hit) this.hits++;
    else this.misses++;
  }

  /** Where the cache lives and what its keys are made from, for a page worker to open the same cache. */
  settings(): { dir: string; fingerprint: string } {
    return { dir: this.#root, fingerprint: this.#fingerprint };
  }

  /** Stores an entry; false when the directory cannot be written (the build then keeps it in memory). */
  put(key: string, entry: CacheEntry): boolean {
    const path = this.#path(key);
    try {
      mkdirSync(dirname(path), { recursive: true });
      // Write then rename, so an interrupted build never leaves half an entry behind.
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(entry));
      renameSync(tmp, path);
      return true;
    } catch {
      return false;
    }
  }

  /** Deletes entries this build did not use (pages removed or changed since). */
  prune(): number {
    return pruneKeyed(this.#dir, this.#used, ".json");
  }
}
