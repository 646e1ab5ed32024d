/**
 * Issue 8 §3: sharding never changes an answer. For every paste of the labelled corpus, the lookup through the
 * served files (manifest → router → data files, as the browser fetches them) returns exactly what the same
 * matcher returns over one in-memory index of the same pages — on the real site and with 1,000 and 10,000
 * generated pages added. A routed site then reads each match's answer (summary, first fix) from its answer file
 * (answers.ts): the in-memory index carries none, so matches are compared without them, and the answers are
 * checked against the pages.
 */
import { describe, expect, it } from "vitest";
import { generatePages, withSummaries } from "../../../../scripts/bench/generate-pages.ts";
import { loadCorpus } from "../../../../scripts/eval/corpus.ts";
import { buildLookupIndex, compilePages, createLookup, lookupSync, type Match } from "../../../../src/lookup/match/index.ts";
import { loadContent } from "../../../../src/entries/load-content.ts";
import { lookupPages } from "../../../../src/entries/lookup-pages.ts";

const corpus = loadCorpus();
// As the build indexes them: with plain summaries and first fixes.
const real = lookupPages(loadContent("content").pages);
const withoutAnswer = (matches: Match[]) => matches.map(({ summary: _s, fix: _f, ...m }) => m);

describe.each([
  ["the real site", 0],
  ["the real site + 1,000 generated pages", 1_000],
  ["the real site + 10,000 generated pages", 10_000],
])("%s", (_label, extra) => {
  it(`answers all ${corpus.length} corpus pastes exactly as the in-memory matcher does`, async () => {
    const pages = [...real, ...withSummaries(generatePages({ count: extra }))];
    const index = buildLookupIndex(pages);
    const memory = compilePages(pages);
    const lookup = createLookup(index.manifest, (name) => Promise.resolve(JSON.parse(JSON.stringify(index.shards[name])) as unknown));
    const byId = new Map(pages.map((p) => [p.id, p.data as { summary?: string; fix?: string }]));
    const differ: string[] = [];
    const unanswered: string[] = [];
    let answered = 0;
    for (const entry of corpus) {
      const served = await lookup.lookup(entry.text);
      const local = lookupSync(entry.text, memory);
      if (JSON.stringify(withoutAnswer(served.matches)) !== JSON.stringify(withoutAnswer(local.matches))) differ.push(entry.id);
      for (const m of served.matches) {
        const page = byId.get(m.id);
        if (m.summary !== page?.summary || m.fix !== page?.fix) unanswered.push(`${entry.id} → ${m.id}`);
        else answered++;
      }
    }
    expect(corpus.length).toBeGreaterThan(250);
    expect(differ).toEqual([]);
    // Every match shows its own page's answer, from the data file (one-file site) or its answer file (routed).
    expect(unanswered).toEqual([]);
    expect(answered).toBeGreaterThan(corpus.length);
  }, 240_000);
});
