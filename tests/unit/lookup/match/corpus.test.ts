/**
 * The corpus checks, over whatever pages content/ holds: every signature and every variant, pasted alone, finds
 * its page first; every labelled real trace finds the page its label names. Both go through the index the site
 * serves (buildLookupIndex → createLookup), the same path as the browser.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../../../src/entries/load-content.ts";
import { buildLookupIndex, createLookup } from "../../../../src/lookup/match/index.ts";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const TRACES = `${ROOT}tests/fixtures/traces/`;
const content = loadContent(`${ROOT}content`);
const index = buildLookupIndex(content.pages);
const lookup = createLookup(index.manifest, (name) => Promise.resolve(index.shards[name]));
const ids = new Set(content.pages.map((p) => p.id));

/** Where a page landed for a text: its rank and what came first instead. */
async function rankOf(text: string, id: string): Promise<{ rank: number; first: string }> {
  const { matches } = await lookup.lookup(text, { limit: 10 });
  const first = matches[0] ? `${matches[0].id} (${matches[0].confidence}, ${matches[0].score}): ${matches[0].why.text}` : "no match";
  return { rank: matches.findIndex((m) => m.id === id), first };
}

describe("content/ signatures and variants, pasted alone", () => {
  it("has pages to check", () => {
    expect(content.pages.length).toBeGreaterThan(0);
  });

  const cases = content.pages.flatMap((page) => [
    { id: page.id, label: "signature", text: page.data.signature },
    ...(page.data.variants ?? []).map((v, i) => ({ id: page.id, label: `variant ${i + 1} (${v.context})`, text: v.signature })),
  ]);
  it.each(cases)("$id $label finds its page first", async ({ id, text }) => {
    const { rank, first } = await rankOf(text, id);
    expect(rank, `first instead: ${first}`).toBe(0);
  });
});

describe("labelled real traces (tests/fixtures/traces/labels.json)", () => {
  const labels = Object.entries(JSON.parse(readFileSync(`${TRACES}labels.json`, "utf8")) as Record<string, string>);

  it("covers the 22 traces", () => {
    expect(labels).toHaveLength(22);
  });

  it.each(labels)("%s finds %s first", async (file, id) => {
    expect(ids.has(id), `page ${id} is not in content/`).toBe(true);
    const { rank, first } = await rankOf(readFileSync(`${TRACES}${file}`, "utf8"), id);
    expect(rank, `first instead: ${first}`).toBe(0);
  });
});
