/**
 * The full-text index in parts (src/search-shards.ts): a site within one part keeps Pagefind's usual single
 * bundle; a larger one is cut into contiguous, nearly equal parts of at most the given size, in order, each
 * page in exactly one; the browser's part URLs carry the base path.
 */
import { describe, expect, it } from "vitest";
import { createRoutes, shardDir } from "../../../src/routes.ts";
import { shardCount, splitShards } from "../../../src/search-shards.ts";

describe("search index parts", () => {
  it("keeps a small site in one bundle, pagefind/", () => {
    expect(shardCount(0, 2500)).toBe(1);
    expect(shardCount(2500, 2500)).toBe(1);
    expect(splitShards(["a", "b"], 2500)).toEqual([["a", "b"]]);
    expect(shardDir(0)).toBe("pagefind");
  });

  it("cuts a large site into nearly equal parts of at most the limit, in order, every page once", () => {
    for (const [pages, per] of [
      [2501, 2500],
      [9984, 2500],
      [48, 16],
      [49, 16],
      [10, 3],
    ] as const) {
      const items = Array.from({ length: pages }, (_, i) => i);
      const parts = splitShards(items, per);
      expect(parts).toHaveLength(shardCount(pages, per));
      expect(parts.flat()).toEqual(items);
      for (const part of parts) expect(part.length).toBeLessThanOrEqual(per);
      expect(Math.max(...parts.map((p) => p.length)) - Math.min(...parts.map((p) => p.length))).toBeLessThanOrEqual(parts.length);
    }
  });

  it("names the other parts under pagefind/, with the base path in the browser", () => {
    expect(shardDir(2)).toBe("pagefind/part-2");
    expect(createRoutes("/docs/errors/").pagefindPart(2)).toBe("/docs/errors/pagefind/part-2/");
    expect(createRoutes("/").pagefind()).toBe("/pagefind/pagefind.js");
  });
});
