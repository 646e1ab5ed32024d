/**
 * The fitter's objective (scripts/eval/metrics.ts): a fit may not meet the high-confidence bars by giving almost
 * no high answers (issue 8 §1: weights come from data, and the data must not reward a useless "high").
 */
import { describe, expect, it } from "vitest";
import type { CorpusEntry } from "../../../scripts/eval/corpus.ts";
import { objective, score, type Answer, type Level } from "../../../scripts/eval/metrics.ts";

const entry = (i: number, expect: string[]): CorpusEntry => ({
  id: `g/${i}.txt`,
  text: "",
  source: `https://example.com/${i}`,
  expect,
  kind: expect.length ? "positive" : "negative",
  runtime: "text",
  wrapper: "other",
  reason: "",
  side: "train",
  batch: "first",
});

/** 100 positives all answered right, `high` of them with high confidence, and one negative answered at `negative`. */
function answers(high: number, negative?: Level): Answer[] {
  const out: Answer[] = Array.from({ length: 100 }, (_, i) => ({ entry: entry(i, ["a/b"]), matches: [{ id: "a/b", confidence: i < high ? "high" : "medium", score: 0.9 }] }));
  out.push({ entry: entry(100, []), matches: negative ? [{ id: "a/b", confidence: negative, score: 0.9 }] : [] });
  return out;
}

describe("objective", () => {
  it("prefers a fit with no negative answered high", () => {
    expect(objective(score(answers(60)))).toBeGreaterThan(objective(score(answers(60, "high"))));
  });

  it("does not buy that with almost no high answers", () => {
    // One negative answered high and 60 right high answers beats none answered high with 1 right high answer.
    expect(objective(score(answers(60, "high")))).toBeGreaterThan(objective(score(answers(1))));
  });

  it("still prefers more right high answers above the floor", () => {
    expect(objective(score(answers(80)))).toBeGreaterThan(objective(score(answers(60))));
  });
});
