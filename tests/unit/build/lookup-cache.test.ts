import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { keepLookupIndex, keptLookupIndex, lookupFingerprint } from "../../../src/build/lookup-cache.ts";
import { buildLookupIndexOnWorker } from "../../../src/build/lookup-build.ts";
import { buildLookupIndex } from "../../../src/lookup/match/index.ts";
import { lookupPages } from "../../../src/entries/lookup-pages.ts";
import { loadContent } from "../../../src/entries/load-content.ts";

const root = mkdtempSync(join(tmpdir(), "errata-lookup-cache-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const pages = lookupPages(loadContent("content").pages);

describe("the lookup index kept between builds", () => {
  it("is read back equal for the same pages and code, and missed when a page's lookup fields change", () => {
    const first = keptLookupIndex(root, "code", pages);
    expect(first.index).toBeUndefined();
    const built = buildLookupIndex(pages);
    keepLookupIndex(root, first.key, built);
    const again = keptLookupIndex(root, "code", pages);
    expect(again.key).toBe(first.key);
    // What the site serves (JSON) is the same either way.
    expect(JSON.stringify(again.index)).toBe(JSON.stringify(built));

    const retitled = pages.map((p, i) => (i === 0 ? { ...p, data: { ...p.data, title: `${p.data.title} (renamed)` } } : p));
    const changed = keptLookupIndex(root, "code", retitled);
    expect(changed.index).toBeUndefined();
    keepLookupIndex(root, changed.key, buildLookupIndex(retitled));
    // Only the index of the last build stays.
    expect(readdirSync(join(root, "lookup"))).toEqual([`${changed.key}.json`]);
    // Other code: missed.
    expect(keptLookupIndex(root, "other code", retitled).index).toBeUndefined();
  });

  it("misses (and does not fail) when the kept file is unreadable", () => {
    const [name] = readdirSync(join(root, "lookup"));
    writeFileSync(join(root, "lookup", name!), "{ cut off");
    const retitled = pages.map((p, i) => (i === 0 ? { ...p, data: { ...p.data, title: `${p.data.title} (renamed)` } } : p));
    expect(keptLookupIndex(root, "code", retitled).index).toBeUndefined();
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

describe("the lookup index built on a worker thread", () => {
  it("is the index built on this thread", async () => {
    const aside = await buildLookupIndexOnWorker(pages);
    expect(JSON.stringify(aside)).toBe(JSON.stringify(buildLookupIndex(pages)));
  }, 30_000);
});
