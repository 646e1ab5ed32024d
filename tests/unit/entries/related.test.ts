import { describe, expect, it } from "vitest";
import type { Page } from "../../../src/entries/read-page.ts";
import { computeRelated, signatureTokens } from "../../../src/entries/related.ts";
import { loadContent } from "../../../src/entries/load-content.ts";
import { budgetMs } from "../time-budget.ts";

const base = loadContent("tests/fixtures/content/valid").pages[0]!;

function page(id: string, signature: string, extra: Partial<Page["data"]> = {}): Page {
  const [category, slug] = id.split("/") as [string, string];
  return { ...base, id, category, slug, data: { ...base.data, title: `Title of ${id}`, signature, related: [], ...extra } };
}

describe("computeRelated", () => {
  it("shows explicit links both ways, then similar signatures, never the page itself", () => {
    const pages = [
      page("a/one", "anthropic.RateLimitError: rate limit exceeded for tokens", { related: ["b/two"] }),
      page("b/two", "botocore ThrottlingException too many tokens"),
      page("a/three", "anthropic.RateLimitError: rate limit exceeded for requests"),
      page("c/four", "java.lang.NullPointerException"),
    ];
    const related = computeRelated(pages);
    expect(related.get("a/one")).toEqual([
      { id: "b/two", title: "Title of b/two", category: "b", reason: "linked" },
      { id: "a/three", title: "Title of a/three", category: "a", reason: "similar" },
    ]);
    expect(related.get("b/two")).toEqual([{ id: "a/one", title: "Title of a/one", category: "a", reason: "links-here" }]);
    expect(related.get("c/four")).toEqual([]);
  });

  it("caps the list at the limit", () => {
    const pages = Array.from({ length: 12 }, (_, i) => page(`a/p${i}`, "anthropic.RateLimitError: rate limit exceeded for tokens"));
    for (const links of computeRelated(pages).values()) expect(links).toHaveLength(6);
  });

  it("tokenizes signatures into meaningful words", () => {
    expect([...signatureTokens("anthropic.APIStatusError: {'type': 'overloaded_error'}")]).toEqual(["anthropic", "apistatuserror", "overloaded"]);
  });

  it("computes 10,000 pages without comparing every pair", () => {
    const words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima"];
    const pages = Array.from({ length: 10_000 }, (_, i) => page(`c${i % 20}/p${i}`, `${words[i % 12]}Error: ${words[(i * 7) % 12]} ${words[(i * 5) % 12]} failed number${i} code${i % 97}`));
    const started = performance.now();
    const related = computeRelated(pages);
    expect(related.size).toBe(10_000);
    expect(Math.max(...[...related.values()].map((l) => l.length))).toBeLessThanOrEqual(6);
    // Generous bound: an all-pairs comparison would take minutes; this catches that regression.
    expect(performance.now() - started).toBeLessThan(budgetMs(20_000));
  });
});
