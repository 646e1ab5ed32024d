/**
 * The lookup index kept between builds (issue 12: a rebuild after one changed page). The index is a function of
 * what it reads of each page (id, title, signature, wordings, summary, first fix: entries/lookup-pages.ts), the
 * matcher's code and the build's settings, so a rebuild whose change leaves all of that alone (most edits are to a
 * page's prose) reads the last build's index instead of building it again (9 s of one core at 10,000 pages). Any
 * change to one page's lookup fields builds it again: weights are site-wide.
 *
 * Stored next to the render cache (render-cache.ts `cacheDir`) as `<dir>/lookup/<key>.json`, the only file there
 * after a build; written then renamed, so an interrupted build never leaves half of one.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LookupIndex } from "../lookup/match/index.ts";
import { hashFiles, lockfile, sourceFiles } from "./fingerprint.ts";
import { hashSettings } from "./settings-hash.ts";

/** The matcher's sources (src/lookup, recursively), the files that feed it, the locked dependencies, the settings. */
export function lookupFingerprint(root = "."): string {
  const files = [...sourceFiles(root, "src/lookup", { recursive: true, ext: ".ts" }), join(root, "src/lookup-index.ts"), join(root, "src/entries/lookup-pages.ts"), lockfile(root)];
  return hashSettings(hashFiles(createHash("sha256"), files)).digest("hex");
}

/**
 * The kept index of `pages`, if the same pages were indexed by the same code, and the key to keep a new one under.
 * @param dir The cache folder; the index goes to `<dir>/lookup/`.
 * @param fingerprint `lookupFingerprint()`.
 * @param pages What the index reads of the pages (entries/lookup-pages.ts `lookupPages`).
 */
export function keptLookupIndex(dir: string, fingerprint: string, pages: unknown): { key: string; index: LookupIndex | undefined } {
  const key = createHash("sha256").update(fingerprint).update("\0").update(JSON.stringify(pages)).digest("hex");
  try {
    return { key, index: JSON.parse(readFileSync(join(dir, "lookup", `${key}.json`), "utf8")) as LookupIndex };
  } catch {
    // None kept (or unreadable): the build makes one.
    return { key, index: undefined };
  }
}

/** Keeps `index` under `key`, the only index left in `<dir>/lookup/`; a folder that cannot be written only costs the reuse. */
export function keepLookupIndex(dir: string, key: string, index: LookupIndex): void {
  const folder = join(dir, "lookup");
  const file = join(folder, `${key}.json`);
  try {
    mkdirSync(folder, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(index));
    renameSync(tmp, file);
    for (const name of readdirSync(folder)) if (name !== `${key}.json`) rmSync(join(folder, name), { force: true });
  } catch {
    // Nothing to do: the next build builds it again.
  }
}
