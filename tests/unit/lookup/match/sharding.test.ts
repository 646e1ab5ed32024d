import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { generatePages, withSummaries } from "../../../../scripts/bench/generate-pages.ts";
import { ANSWERS_PER_FILE, answerFile, isAnswerFile } from "../../../../src/lookup/match/answers.ts";
import { buildLookupIndex, createLookup, INDEX_VERSION, loadRouter, loadShard, ROUTER, type LookupIndex } from "../../../../src/lookup/match/index.ts";
import { worstColdLookup } from "../../../../scripts/bench/lookup-bound.ts";
import { PAGES } from "./pages.ts";

const KB = 1024;
// With the summaries and first fixes every served page has (issue 8 §4).
const synthetic = [...PAGES, ...withSummaries(generatePages({ count: 10_000 }))];
let index: LookupIndex;
let gz: Map<string, number>;

beforeAll(() => {
  index = buildLookupIndex(synthetic);
  gz = new Map(Object.entries(index.shards).map(([name, file]) => [name, gzipSync(JSON.stringify(file)).length]));
}, 180_000);

/** A lookup over the built index that records which files it fetched: index files, and answer files apart. */
function counting(built: LookupIndex = index) {
  const fetched: string[] = [];
  const answers: string[] = [];
  const lookup = createLookup(built.manifest, (name) => {
    (isAnswerFile(name) ? answers : fetched).push(name);
    return Promise.resolve(JSON.parse(JSON.stringify(built.shards[name])) as unknown);
  });
  return { lookup, fetched, answers };
}

const byId = new Map(synthetic.map((p) => [p.id, p.data as { summary?: string; fix?: string }]));
const answerOf = (id: string) => byId.get(id);

/** Index files (router and data files), without the answer files. */
const indexFiles = () => [...gz.keys()].filter((n) => !isAnswerFile(n));

describe("a generated 10,000-page site (issue 8 §3 budget)", () => {
  it("is routed, in at most 400 index files, none over 64 KB gzipped", () => {
    expect(index.manifest.routed).toBe(true);
    expect(indexFiles().length).toBeLessThanOrEqual(400);
    expect(Math.max(...gz.values())).toBeLessThanOrEqual(64 * KB);
    expect(Object.keys(index.shards)).toContain(ROUTER);
    expect(index.manifest.files).toBe(indexFiles().length - 1);
  });

  it("ships the answers apart, every page's in the answer file its id names, none in a data file", () => {
    const count = index.manifest.answers ?? 0;
    expect(count).toBe(Math.ceil(synthetic.length / ANSWERS_PER_FILE));
    const answerNames = [...gz.keys()].filter(isAnswerFile);
    expect(answerNames.length).toBe(count);
    const sampled = synthetic.slice(PAGES.length).filter((_, i) => i % 101 === 0);
    for (const page of sampled) {
      const file = index.shards[answerFile(page.id, count)] as { a: Record<string, { m?: string; x?: string; c?: string[] }> };
      // Its variants' contexts too: shown, never matched (answers.ts).
      const contexts = (page.data.variants ?? []).map((v) => v.context);
      expect(file.a[page.id]).toEqual({ m: answerOf(page.id)?.summary, x: answerOf(page.id)?.fix, ...(contexts.some((c) => c !== "") ? { c: contexts } : {}) });
    }
    expect(sampled.length).toBeGreaterThan(90);
    expect(sampled.some((p) => (p.data.variants ?? []).length > 0)).toBe(true);
    for (const name of indexFiles().filter((n) => n !== ROUTER)) {
      expect(JSON.stringify(index.shards[name])).not.toMatch(/"[mx]":/);
      // A data file's variants are their signatures alone.
      for (const p of (index.shards[name] as { p: { v?: string[][] }[] }).p) for (const v of p.v ?? []) expect(v).toHaveLength(1);
    }
    // Small: a lookup reads one for each match it shows.
    expect(Math.max(...answerNames.map((n) => gz.get(n) ?? 0))).toBeLessThanOrEqual(8 * KB);
  });

  it("keeps every pair of files a lookup may read, with the router, within 60 KB gzipped", () => {
    // route.ts pickKeys: a second file only when both fit LOOKUP_KB by the sizes the router lists.
    const router = loadRouter(index.shards[ROUTER]);
    const names = [...router.size.keys()];
    expect(names.length).toBe(index.manifest.files);
    expect(worstColdLookup(router.size, gz, ROUTER)).toBeLessThanOrEqual(60 * KB);
    // The sizes the router lists are the files' own.
    for (const name of names) expect(router.size.get(name)).toBe(Math.ceil(new TextEncoder().encode(JSON.stringify(index.shards[name])).length / 1000));
  });

  it("files every page in at least one data file", () => {
    const filed = new Set(Object.entries(index.shards).flatMap(([name, f]) => (name === ROUTER || isAnswerFile(name) ? [] : (f as { p: { i: string }[] }).p.map((p) => p.i))));
    expect(filed.size).toBe(synthetic.length);
  });

  it("keeps the manifest tiny enough to embed in the page", () => {
    expect(index.manifest).toMatchObject({ v: INDEX_VERSION, tag: expect.stringMatching(/^[0-9a-f]{8}$/) as string });
    expect(JSON.stringify(index.manifest).length).toBeLessThan(200);
  });

  it("finds pages cold with at most three files and 60 KB gzipped, and caches files", { timeout: 120_000 }, async () => {
    let found = 0;
    let tried = 0;
    for (const page of synthetic.filter((_, i) => i % 97 === 0)) {
      const { lookup, fetched, answers } = counting();
      const result = await lookup.lookup(page.data.signature, { limit: 10 });
      expect(fetched.length).toBeGreaterThanOrEqual(1);
      expect(fetched.length).toBeLessThanOrEqual(3);
      expect(fetched.reduce((sum, name) => sum + (gz.get(name) ?? 0), 0)).toBeLessThanOrEqual(60 * KB);
      // Then one answer file for each match at most, each match with its page's answer.
      expect(answers.length).toBeLessThanOrEqual(result.matches.length);
      for (const m of result.matches) expect(m.summary).toBe(answerOf(m.id)?.summary);
      tried++;
      if (result.matches.some((m) => m.id === page.id)) found++;
      const before = fetched.length + answers.length;
      await lookup.lookup(page.data.signature);
      expect(fetched.length + answers.length).toBe(before);
    }
    // Generated pages share most of their words; a page's own signature still finds it nearly always.
    // (About 95 % in `npm run bench:lookup`: a few generated signatures route by a word another page owns.)
    expect(found / tried).toBeGreaterThan(0.92);
  });

  it("routes a long trace by its error line within three files", async () => {
    const target = synthetic[PAGES.length + 123];
    const frames = Array.from({ length: 198 }, (_, i) => `    at fn${i} (/srv/app/node_modules/pkg/index.js:${i + 1}:1)`);
    const { lookup, fetched } = counting();
    const result = await lookup.lookup([target?.data.signature ?? "", ...frames].join("\n"));
    expect(fetched.length).toBeLessThanOrEqual(3);
    expect(result.matches.map((m) => m.id)).toContain(target?.id);
  });

  it("builds the same index every time", { timeout: 60_000 }, () => {
    const a = buildLookupIndex(synthetic.slice(0, 2000));
    expect(JSON.stringify(buildLookupIndex(synthetic.slice(0, 2000)))).toBe(JSON.stringify(a));
  });
});

describe("a small site", () => {
  it("is one file, not routed, one request", async () => {
    const small = buildLookupIndex(PAGES);
    expect(small.manifest).toMatchObject({ files: 1, routed: false });
    const { lookup, fetched } = counting(small);
    const result = await lookup.lookup("anthropic.APIConnectionError: Connection error.");
    expect([fetched, result.matches[0]?.id]).toEqual([["0"], "sdk/api-connection-error"]);
  });

  it("routes when forced or over a small byte budget, fetching the router first", async () => {
    const split = buildLookupIndex(PAGES, { maxShardBytes: 2000 });
    expect(split.manifest.routed).toBe(true);
    expect(split.manifest.files).toBeGreaterThan(1);
    const { lookup, fetched } = counting(split);
    const result = await lookup.lookup("anthropic.APIConnectionError: Connection error.");
    expect(fetched[0]).toBe(ROUTER);
    expect(result.matches[0]?.id).toBe("sdk/api-connection-error");
  });
});

describe("loading files", () => {
  it("refuses data that is not a file of this version, saying which and why", () => {
    expect(() => loadShard("7", null)).toThrow("lookup file 7: expected a JSON object, got null");
    expect(() => loadShard("7", { v: INDEX_VERSION + 1, n: 1, d: {}, p: [] })).toThrow(`index version ${INDEX_VERSION + 1}`);
    expect(() => loadShard("7", { v: INDEX_VERSION, n: 1, d: {}, p: [{ i: "a/b" }] })).toThrow("page 0 lacks i, t or s");
    expect(() => loadRouter({ v: INDEX_VERSION, k: "x" })).toThrow("lookup file router: missing k or d");
    expect(() => loadRouter({ v: INDEX_VERSION, k: {}, d: {}, s: {} })).toThrow("lookup file router: missing b (file sizes)");
  });

  it("refuses a manifest of another version", () => {
    expect(() => createLookup({ v: INDEX_VERSION + 1, files: 1, routed: false, tag: "0" }, () => Promise.resolve({}))).toThrow("rebuild the site");
  });

  it("retries a file whose fetch failed", async () => {
    const small = buildLookupIndex(PAGES);
    let calls = 0;
    const lookup = createLookup(small.manifest, (name) => {
      if (name !== "0") return Promise.resolve(small.shards[name]);
      calls++;
      if (calls === 1) return Promise.reject(new Error("offline"));
      return Promise.resolve(small.shards[name]);
    });
    await expect(lookup.lookup("Connection error.")).rejects.toThrow("offline");
    expect((await lookup.lookup("anthropic.APIConnectionError: Connection error.")).matches[0]?.id).toBe("sdk/api-connection-error");
    expect(calls).toBe(2);
  });
});
