import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { keptLookupIndex, lookupFingerprint } from "../../../src/build/lookup-cache.ts";
import { buildLookupIndex } from "../../../src/lookup/match/index.ts";
import { lookupPages } from "../../../src/entries/lookup-pages.ts";
import { loadContent } from "../../../src/entries/load-content.ts";

const root = mkdtempSync(join(tmpdir(), "errata-lookup-cache-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const pages = lookupPages(loadContent("content").pages);

describe("the lookup index kept between builds", () => {
  it("is built once for the same pages and code, read back equal, and built again when a page's lookup fields change", () => {
    let builds = 0;
    const build = (p: typeof pages) => (builds++, buildLookupIndex(p));
    const first = keptLookupIndex(root, "code", pages, build);
    const again = keptLookupIndex(root, "code", pages, build);
    expect([first.reused, again.reused, builds]).toEqual([false, true, 1]);
    // What the site serves (JSON) is the same either way.
    expect(JSON.stringify(again.index)).toBe(JSON.stringify(first.index));

    const retitled = pages.map((p, i) => (i === 0 ? { ...p, data: { ...p.data, title: `${p.data.title} (renamed)` } } : p));
    const changed = keptLookupIndex(root, "code", retitled, build);
    expect([changed.reused, builds]).toEqual([false, 2]);
    // Only the index of this build stays.
    expect(readdirSync(join(root, "lookup"))).toHaveLength(1);
    // Other code: built again.
    expect(keptLookupIndex(root, "other code", retitled, build).reused).toBe(false);
  });

  it("builds (and does not fail) when the kept file is unreadable", () => {
    const [name] = readdirSync(join(root, "lookup"));
    writeFileSync(join(root, "lookup", name!), "{ cut off");
    let builds = 0;
    const kept = keptLookupIndex(root, "other code", pages, (p) => (builds++, buildLookupIndex(p)));
    expect([kept.reused, builds]).toEqual([false, 1]);
  });

  it("fingerprints the matcher's code and the ERRATA_* settings", () => {
    const before = lookupFingerprint();
    expect(lookupFingerprint()).toBe(before);
    process.env["ERRATA_TEST_SETTING"] = "1";
    try {
      expect(lookupFingerprint()).not.toBe(before);
    } finally {
      delete process.env["ERRATA_TEST_SETTING"];
    }
  });
});
