/**
 * Label consistency of the evaluation corpus (tests/fixtures/lookup-corpus): one error text cannot be a page's
 * positive in one row and "uncovered" (a real error no page covers) in another. The same text may be a positive in one
 * row and a negative in another — the thread decides whose error it is (an httpx error under Claude or under Groq) —
 * but a page covers a text or it does not. Stop 50 found two such pairs (`x-api-key header is required`, botocore's
 * iam-role refresh failure): rows labelled before a page listed the wording, never relabelled.
 */
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../../scripts/eval/corpus.ts";

/** The text as a page would read it: whitespace collapsed, request ids alike. */
const sameText = (text: string) =>
  text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/req_[A-Za-z0-9]+/g, "req_…");

describe("corpus labels", () => {
  it("never calls one text a page's positive in one row and uncovered in another", () => {
    const byText = new Map<string, { id: string; kind: string; expect: readonly string[] }[]>();
    for (const e of loadCorpus()) {
      const key = sameText(e.text);
      byText.set(key, [...(byText.get(key) ?? []), { id: e.id, kind: e.kind, expect: e.expect }]);
    }
    const clashes = [...byText.values()]
      .filter((rows) => rows.some((r) => r.kind === "positive") && rows.some((r) => r.kind === "uncovered"))
      .map((rows) => rows.map((r) => `${r.id} (${r.kind}${r.expect.length ? `: ${r.expect.join(", ")}` : ""})`).join(" vs "));
    expect(clashes).toEqual([]);
  });
});
