/**
 * Issue 8 §3: sharding never changes an answer. For every paste of the labelled corpus, the lookup through the
 * served files (manifest → router → data files, as the browser fetches them) returns exactly what the same
 * matcher returns over one in-memory index of the same pages — on the real site and with 1,000 and 10,000
 * generated pages added.
 */
import { describe, expect, it } from "vitest";
import { generatePages } from "../../../../scripts/bench/generate-pages.ts";
import { loadCorpus } from "../../../../scripts/eval/corpus.ts";
import { buildLookupIndex, compilePages, createLookup, lookupSync } from "../../../../src/lookup/match/index.ts";
import { loadContent } from "../../../../src/entries/load-content.ts";

const corpus = loadCorpus();
const real = loadContent("content").pages;

describe.each([
  ["the real site", 0],
  ["the real site + 1,000 generated pages", 1_000],
  ["the real site + 10,000 generated pages", 10_000],
])("%s", (_label, extra) => {
  it(`answers all ${corpus.length} corpus pastes exactly as the in-memory matcher does`, async () => {
    const pages = [...real, ...generatePages({ count: extra })];
    const index = buildLookupIndex(pages);
    const memory = compilePages(pages);
    const lookup = createLookup(index.manifest, (name) => Promise.resolve(JSON.parse(JSON.stringify(index.shards[name])) as unknown));
    const differ: string[] = [];
    for (const entry of corpus) {
      const served = await lookup.lookup(entry.text);
      const local = lookupSync(entry.text, memory);
      if (JSON.stringify(served.matches) !== JSON.stringify(local.matches)) differ.push(entry.id);
    }
    expect(corpus.length).toBeGreaterThan(250);
    expect(differ).toEqual([]);
  }, 240_000);
});
