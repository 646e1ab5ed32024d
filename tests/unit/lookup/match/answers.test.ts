/**
 * Answers (issue 8 §4): in answer files of their own (src/lookup/match/answers.ts) on any site, read after
 * matching, and never part of routing or matching.
 */
import { describe, expect, it } from "vitest";
import { generatePages, withSummaries } from "../../../../scripts/bench/generate-pages.ts";
import { answerFile, answerFileCount, answerFiles, isAnswerFile, spreadAnswers } from "../../../../src/lookup/match/answers.ts";
import { buildLookupIndex, compilePages, createLookup, INDEX_VERSION, lookupSync, ROUTER, type LookupIndex } from "../../../../src/lookup/match/index.ts";
import { loadAnswers } from "../../../../src/lookup/match/load-shard.ts";
import { PAGES } from "./pages.ts";

const answered = withSummaries(PAGES);
const routed = () => buildLookupIndex(answered, { forceRouted: true });
const PASTE = "anthropic.APIConnectionError: Connection error.";

function serve(index: LookupIndex, fail: (name: string) => boolean = () => false, manifest = index.manifest) {
  const fetched: string[] = [];
  const lookup = createLookup(manifest, (name) => {
    fetched.push(name);
    return fail(name) ? Promise.reject(new Error(`offline: ${name}`)) : Promise.resolve(JSON.parse(JSON.stringify(index.shards[name])) as unknown);
  });
  return { lookup, fetched };
}

describe("answer files", () => {
  it("name a file for every id, the same on every call, within the count", () => {
    const count = answerFileCount(1000);
    expect(count).toBe(63);
    const names = new Set(generatePages({ count: 1000 }).map((p) => answerFile(p.id, count)));
    expect(names.size).toBeGreaterThan(55);
    for (const name of names) expect(Number(name.slice(1))).toBeLessThan(count);
    expect(answerFile("api/rate-limit", count)).toBe(answerFile("api/rate-limit", count));
    expect(answerFileCount(0)).toBe(1);
  });

  it("are told apart from data files and the router", () => {
    expect(["a0", "a17"].map(isAnswerFile)).toEqual([true, true]);
    expect(["0", "17", ROUTER, "a", "ab", "a1b"].map(isAnswerFile)).toEqual([false, false, false, false, false, false]);
  });

  it("leave out a page with nothing to show, and keep every file", () => {
    const spread = spreadAnswers(
      [
        { id: "x/one", answer: { m: "First do this." } },
        { id: "x/two", answer: {} },
      ],
      3,
    );
    expect([...spread.keys()]).toEqual(["a0", "a1", "a2"]);
    expect(Object.keys(Object.assign({}, ...spread.values()) as object)).toEqual(["x/one"]);
  });

  it("refuse a file that is not an answer file of this version, and drop fields that are not text", () => {
    expect(() => loadAnswers("a3", null)).toThrow("lookup file a3: expected a JSON object, got null");
    expect(() => loadAnswers("a3", { v: INDEX_VERSION })).toThrow("lookup file a3: missing a (answers)");
    expect(() => loadAnswers("a3", { v: INDEX_VERSION - 1, a: {} })).toThrow(`index version ${INDEX_VERSION - 1}`);
    expect(loadAnswers("a3", { v: INDEX_VERSION, a: { "x/y": { m: "<b>text</b>", x: 3 }, "x/z": "no" } })).toEqual(new Map([["x/y", { m: "<b>text</b>" }]]));
  });
});

describe("a one-file site", () => {
  it("reads its data file before a paste and, after it, only the answer files of the matches it returns", async () => {
    // Enough pages for several answer files, few enough for one data file.
    const site = [...answered, ...withSummaries(generatePages({ count: 100 }))];
    const index = buildLookupIndex(site);
    expect(index.manifest.routed).toBe(false);
    expect(index.manifest.answers).toBe(answerFileCount(site.length));
    expect(Object.keys(index.shards).filter(isAnswerFile)).toHaveLength(answerFileCount(site.length));
    expect(JSON.stringify(index.shards["0"])).not.toMatch(/"[mx]":/);
    const { lookup, fetched } = serve(index);
    // What the browser does before anything is pasted (lookup-client.ts warmLookup): no answer file yet.
    await lookup.lookup("");
    expect(fetched).toEqual(["0"]);
    const result = await lookup.lookup(PASTE);
    expect(result.matches.length).toBeGreaterThan(0);
    const count = index.manifest.answers ?? 0;
    const wanted = [...new Set(result.matches.map((m) => answerFile(m.id, count)))];
    expect(wanted.length).toBeLessThan(count);
    expect(fetched).toEqual(["0", ...wanted]);
    for (const m of result.matches) {
      const page = site.find((p) => p.id === m.id);
      expect([m.summary, m.fix]).toEqual([page?.data.summary, page?.data.fix]);
    }
  });

  it("reads every answer file before a paste when the site says so (site.yml lookup.answersFirst), and none after it", async () => {
    const site = [...answered, ...withSummaries(generatePages({ count: 100 }))];
    const index = buildLookupIndex(site);
    const count = index.manifest.answers ?? 0;
    expect(count).toBeGreaterThan(2);
    const { lookup, fetched } = serve(index, undefined, { ...index.manifest, answersFirst: true });
    await lookup.lookup("");
    expect(fetched).toEqual(["0", ...answerFiles(count)]);
    const before = fetched.length;
    // Different pastes, different matches: the same requests were made whatever was pasted.
    for (const paste of [PASTE, "anthropic.OverloadedError: Error code: 529", "AttributeError: 'NoneType' object has no attribute 'model'"]) {
      const result = await lookup.lookup(paste);
      expect(result.matches.length).toBeGreaterThan(0);
      for (const m of result.matches) expect(m.summary).toBe(site.find((p) => p.id === m.id)?.data.summary);
    }
    expect(fetched).toHaveLength(before);
  });

  it("with answersFirst, does not fetch again after a paste an answer file that failed before it", async () => {
    const site = [...answered, ...withSummaries(generatePages({ count: 100 }))];
    const index = buildLookupIndex(site);
    const count = index.manifest.answers ?? 0;
    const lost = answerFile("sdk/api-connection-error", count);
    const { lookup, fetched } = serve(index, (name) => name === lost, { ...index.manifest, answersFirst: true });
    await lookup.lookup("");
    const before = [...fetched];
    const result = await lookup.lookup(PASTE);
    expect(result.matches[0]?.id).toBe("sdk/api-connection-error");
    expect(result.matches[0]?.summary).toBeUndefined();
    expect(fetched).toEqual(before);
  });

  it("serves the same data file with or without answers", () => {
    expect(buildLookupIndex(answered).shards["0"]).toEqual(buildLookupIndex(PAGES).shards["0"]);
  });
});

describe("a routed site", () => {
  it("routes and packs exactly as without the answers: every index file but the answers is the same", () => {
    const withAnswers = routed();
    const without = buildLookupIndex(PAGES, { forceRouted: true });
    const indexFiles = (index: LookupIndex) => Object.fromEntries(Object.entries(index.shards).filter(([name]) => !isAnswerFile(name)));
    expect(indexFiles(withAnswers)).toEqual(indexFiles(without));
    expect(JSON.stringify(indexFiles(withAnswers))).not.toMatch(/"[mx]":/);
    expect(withAnswers.manifest.answers).toBe(answerFileCount(PAGES.length));
  });

  it("reads the answer files of the matches it returns, after the index files, once each", async () => {
    const index = routed();
    const { lookup, fetched } = serve(index);
    const result = await lookup.lookup(PASTE);
    expect(result.matches.length).toBeGreaterThan(0);
    const count = index.manifest.answers ?? 0;
    const wanted = [...new Set(result.matches.map((m) => answerFile(m.id, count)))];
    expect(result.answers).toEqual(wanted);
    expect(fetched.slice(-wanted.length)).toEqual(wanted);
    expect(fetched.filter(isAnswerFile)).toEqual(wanted);
    for (const m of result.matches) {
      const page = answered.find((p) => p.id === m.id);
      expect([m.summary, m.fix]).toEqual([page?.data.summary, page?.data.fix]);
    }
    const before = fetched.length;
    await lookup.lookup(PASTE);
    expect(fetched.length).toBe(before);
  });

  it("still returns its matches when an answer file fails, without their answers, and retries it next time", async () => {
    const index = routed();
    let offline = true;
    const { lookup, fetched } = serve(index, (name) => offline && isAnswerFile(name));
    const down = await lookup.lookup(PASTE);
    expect(down.matches[0]?.id).toBe("sdk/api-connection-error");
    expect(down.matches.every((m) => m.summary === undefined && m.fix === undefined)).toBe(true);
    offline = false;
    const up = await lookup.lookup(PASTE);
    expect(up.matches[0]?.summary).toBe(answered.find((p) => p.id === "sdk/api-connection-error")?.data.summary);
    expect(fetched.filter(isAnswerFile).length).toBeGreaterThan(down.answers?.length ?? 0);
  });
});

describe("a variant's context", () => {
  // "message_delta" is the context of bedrock/attributeerror-nonetype's variant (pages.ts), a word no wording has.
  const VARIANT_PASTE = "AttributeError: 'NoneType' object has no attribute 'usage'";
  const ID = "bedrock/attributeerror-nonetype";
  it.each([
    ["a one-file site", () => buildLookupIndex(answered)],
    ["a routed site", routed],
  ])("is in the answer file, not in a data file, and %s's matches cite it as the in-memory index does", async (_label, build) => {
    const index = build();
    for (const [name, file] of Object.entries(index.shards)) {
      if (name === ROUTER || isAnswerFile(name)) continue;
      expect(JSON.stringify(file)).not.toContain("message_delta");
    }
    const { lookup } = serve(index);
    const match = (await lookup.lookup(VARIANT_PASTE)).matches.find((m) => m.id === ID);
    expect(match?.why.template).toMatchObject({ source: "variant", variant: 1, context: "message_delta" });
    expect(match?.why.text).toContain("variant 1 (message_delta)");
    const memory = lookupSync(VARIANT_PASTE, compilePages(answered)).matches.find((m) => m.id === ID);
    expect(match?.why).toEqual(memory?.why);
  });

  it("is left out when its answer file fails: the match stays, citing the variant by number", async () => {
    const { lookup } = serve(routed(), isAnswerFile);
    const match = (await lookup.lookup(VARIANT_PASTE)).matches.find((m) => m.id === ID);
    expect(match?.why.template.context).toBeUndefined();
    expect(match?.why.text).toContain("variant 1:");
  });
});
