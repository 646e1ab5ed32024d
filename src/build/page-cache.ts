/**
 * Error pages' HTML kept between builds (issue 12: a rebuild after one changed page). An error page's HTML is a
 * function of
 *   - its own file (the render cache's key stands for it: render-cache.ts),
 *   - what it reads of other pages and of the site (error-page-inputs.ts: category, filters, related links, edit
 *     link; site.yml),
 *   - the code and its dependencies (every file under src/, astro.config.mjs, the lockfile), the ERRATA_* settings,
 *     and the highlighting classes of the whole site (they are bundled into the stylesheet every page links by hash),
 * so a page none of which changed is left out of Astro's pages and its last HTML linked in (integrations/kept-pages.ts)
 * before the CSP integration checks each page's policy, exactly as a cold build's page: tests/build compares the two.
 *
 * Stored next to the render cache as `<dir>/pages/<2 hex>/<key>.html`, the HTML as Astro wrote it (its CSP meta tag
 * included: src/middleware.ts), hard-linked with the output's file where the file system allows. Entries this build did not use are
 * pruned at the end; the folder is safe to delete.
 */
import { createHash } from "node:crypto";
import { existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { linkOrCopy } from "./link-file.ts";
import { errorPageInputs } from "../error-page-inputs.ts";
import { siteData } from "../site-data.ts";
import { peekShared } from "./shared.ts";
import { hashFiles, lockfile, sourceFiles } from "./fingerprint.ts";
import { keyedPath, pruneKeyed } from "./keyed-files.ts";
import { hashSettings } from "./settings-hash.ts";

/** Everything every error page depends on at once: code, dependencies, settings, site.yml, highlighting classes. */
export function siteFingerprint(site: unknown, codeCss: string, root = "."): string {
  const hash = hashFiles(createHash("sha256"), [...sourceFiles(root, "src", { recursive: true }), join(root, "astro.config.mjs"), lockfile(root)]);
  hash.update(JSON.stringify(site)).update("\0").update(codeCss).update("\0");
  return hashSettings(hash, ["ERRATA_CONTENT"]).digest("hex");
}

export class PageCache {
  readonly #dir: string;
  readonly #fingerprint: string;
  readonly #used = new Set<string>();

  /**
   * @param dir The cache folder (render-cache.ts `cacheDir`); pages go to `<dir>/pages/`.
   * @param fingerprint `siteFingerprint(…)`.
   */
  constructor(dir: string, fingerprint: string) {
    this.#dir = join(dir, "pages");
    this.#fingerprint = fingerprint;
  }

  /**
   * A page's key.
   * @param renderKey The render cache's key of its file.
   * @param inputs What it reads besides its file (error-page-inputs.ts, without the page itself).
   */
  key(renderKey: string, inputs: unknown): string {
    return createHash("sha256").update(this.#fingerprint).update("\0").update(renderKey).update("\0").update(JSON.stringify(inputs)).digest("hex");
  }

  #path(key: string): string {
    return keyedPath(this.#dir, key, ".html");
  }

  /** True when a page is kept under `key` (and marks it used). */
  has(key: string): boolean {
    this.#used.add(key);
    return existsSync(this.#path(key));
  }

  /**
   * Puts the kept page at `file`, as a hard link (a copy where the file system has none): at 2,000 pages 0.05 s
   * against 0.8 s for copies here. Nothing writes into it afterwards: Astro empties the output folder before a build,
   * and the CSP integration replaces a page rather than writing into it.
   */
  restore(key: string, file: string): void {
    linkOrCopy(this.#path(key), file);
  }

  /** Keeps the page Astro just wrote to `file` (linked, as `restore`); a folder that cannot be written only costs the reuse. */
  save(key: string, file: string): void {
    const path = this.#path(key);
    const tmp = `${path}.${process.pid}.tmp`;
    try {
      linkOrCopy(file, tmp);
      renameSync(tmp, path);
    } catch {
      rmSync(tmp, { force: true });
    }
  }

  /** Deletes the pages this build did not use. */
  prune(): number {
    return pruneKeyed(this.#dir, this.#used, ".html");
  }
}

/** What the site build decided for this build's error pages, shared with Astro's (shared.ts). */
export interface PagePlan {
  cache: PageCache;
  /** Every error page's key, by id. */
  keys: Map<string, string>;
  /** The pages linked in from the cache instead of rendered. */
  kept: Set<string>;
}

export const PAGE_PLAN = "page-plan";

/**
 * Keys every error page that has a render key and keeps those the cache holds.
 * @param renderKey The render cache's key of a page's file, by id.
 */
export function planPages(cache: PageCache, renderKey: (id: string) => string | undefined): PagePlan {
  const keys = new Map<string, string>();
  const kept = new Set<string>();
  for (const { id } of siteData().pages) {
    const own = renderKey(id);
    if (own === undefined) continue;
    const { page: _page, ...inputs } = errorPageInputs(id);
    const key = cache.key(own, inputs);
    keys.set(id, key);
    if (cache.has(key)) kept.add(id);
  }
  return { cache, keys, kept };
}

/** The ids of the error pages this build links in from the cache (none without a plan: `astro dev`, a bare `astro build`). */
export function keptPages(): ReadonlySet<string> {
  return peekShared<PagePlan>(PAGE_PLAN)?.kept ?? new Set();
}
