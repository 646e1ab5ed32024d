import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { generatePages } from "../../../../scripts/bench/generate-pages.ts";
import { buildLookupIndex, createLookup, INDEX_VERSION, loadShard, type LookupIndex } from "../../../../src/lookup/match/index.ts";
import { PAGES } from "./pages.ts";

const KB = 1024;
const synthetic = generatePages({ count: 10_000 });
let index: LookupIndex;
let gz: Map<string, number>;

beforeAll(() => {
  index = buildLookupIndex(synthetic);
  gz = new Map(Object.entries(index.shards).map(([name, shard]) => [name, gzipSync(JSON.stringify(shard)).length]));
});

/** A lookup over the in-memory index that records which shards it fetched. */
function counting() {
  const fetched: string[] = [];
  const lookup = createLookup(index.manifest, async (name) => {
    fetched.push(name);
    return JSON.parse(JSON.stringify(index.shards[name])) as unknown;
  });
  return { lookup, fetched };
}

describe("a generated 10,000-page site", () => {
  it("splits into shards of at most 50 KB gzipped, any two of them together too", () => {
    expect(index.manifest.count).toBeGreaterThan(1);
    expect(Object.keys(index.shards)).toHaveLength(index.manifest.count);
    const sizes = [...gz.values()].sort((a, b) => b - a);
    expect(sizes[0]).toBeLessThanOrEqual(50 * KB);
    expect((sizes[0] ?? 0) + (sizes[1] ?? 0)).toBeLessThanOrEqual(50 * KB);
  });

  it("files every page in at least one shard", () => {
    const filed = new Set(Object.values(index.shards).flatMap((s) => s.p.map((p) => p.i)));
    expect(filed.size).toBe(synthetic.length);
  });

  it("keeps the manifest tiny enough to embed in the page", () => {
    expect(index.manifest).toMatchObject({ v: INDEX_VERSION, seed: expect.any(Number) as number, tag: expect.stringMatching(/^[0-9a-f]{8}$/) as string });
    expect(JSON.stringify(index.manifest).length).toBeLessThan(4 * KB);
  });

  it("finds pages with at most two shard requests per cold lookup, and caches shards", async () => {
    let fetches = 0;
    let bytes = 0;
    for (const page of synthetic.filter((_, i) => i % 100 === 0)) {
      const { lookup, fetched } = counting();
      const result = await lookup.lookup(page.data.signature, { limit: 10 });
      expect(fetched.length).toBeGreaterThanOrEqual(1);
      expect(fetched.length).toBeLessThanOrEqual(2);
      expect(result.shards).toEqual(fetched);
      expect(result.matches.map((m) => m.id)).toContain(page.id);
      fetches += fetched.length;
      bytes = Math.max(bytes, fetched.reduce((sum, name) => sum + (gz.get(name) ?? 0), 0));
      await lookup.lookup(page.data.signature);
      expect(fetched.length).toBe(result.shards.length);
    }
    expect(bytes).toBeLessThanOrEqual(50 * KB);
    expect(fetches).toBeGreaterThan(0);
  });

  it("routes a long trace by its error lines, still within two requests", async () => {
    const target = synthetic[123];
    const frames = Array.from({ length: 198 }, (_, i) => `    at fn${i} (/srv/app/node_modules/pkg/index.js:${i + 1}:1)`);
    const { lookup, fetched } = counting();
    const result = await lookup.lookup([target?.data.signature ?? "", ...frames].join("\n"));
    expect(fetched.length).toBeLessThanOrEqual(2);
    expect(result.matches.map((m) => m.id)).toContain(target?.id);
  });

  it("builds the same index every time", () => {
    const again = buildLookupIndex(synthetic.slice(0, 2000));
    expect(JSON.stringify(buildLookupIndex(synthetic.slice(0, 2000)))).toBe(JSON.stringify(again));
  });
});

describe("a small site", () => {
  it("is one shard, one request", async () => {
    const small = buildLookupIndex(PAGES);
    expect(small.manifest).toMatchObject({ count: 1, split: [] });
    const fetched: string[] = [];
    const lookup = createLookup(small.manifest, async (name) => {
      fetched.push(name);
      return small.shards[name];
    });
    const result = await lookup.lookup("anthropic.APIConnectionError: Connection error.");
    expect([fetched, result.matches[0]?.id]).toEqual([["0"], "sdk/api-connection-error"]);
  });

  it("honours a smaller byte budget with more shards", () => {
    const split = buildLookupIndex(PAGES, { maxShardBytes: 2000 });
    expect(split.manifest.count).toBeGreaterThan(1);
    for (const shard of Object.values(split.shards)) {
      const oversized = shard.p.length === 1;
      if (!oversized) expect(Buffer.byteLength(JSON.stringify(shard))).toBeLessThanOrEqual(2000);
    }
  });
});

describe("loading shards", () => {
  it("refuses data that is not a shard of this version, saying which and why", () => {
    expect(() => loadShard("7", null)).toThrow("lookup shard 7: expected a JSON object, got null");
    expect(() => loadShard("7", { v: INDEX_VERSION + 1, n: 1, d: {}, p: [] })).toThrow(`index version ${INDEX_VERSION + 1}`);
    expect(() => loadShard("7", { v: INDEX_VERSION, n: 1, d: {}, p: [{ i: "a/b" }] })).toThrow("page 0 lacks i, t or s");
  });

  it("refuses a manifest of another version", () => {
    expect(() => createLookup({ v: INDEX_VERSION + 1, seed: 0, count: 1, split: [], tag: "0" }, async () => ({}))).toThrow("rebuild the site");
  });

  it("retries a shard whose fetch failed", async () => {
    const small = buildLookupIndex(PAGES);
    let calls = 0;
    const lookup = createLookup(small.manifest, async (name) => {
      calls++;
      if (calls === 1) throw new Error("offline");
      return small.shards[name];
    });
    await expect(lookup.lookup("Connection error.")).rejects.toThrow("offline");
    expect((await lookup.lookup("anthropic.APIConnectionError: Connection error.")).matches[0]?.id).toBe("sdk/api-connection-error");
    expect(calls).toBe(2);
  });
});
