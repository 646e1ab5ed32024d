import { describe, expect, it } from "vitest";
import { addWord, decodeSketch, encodeSketch, estimateWords, fill, mayHave, overlap, type Sketch } from "../../../../src/lookup/match/sketch.ts";

describe("key sketches", () => {
  it("never forgets a word, and round-trips through 16 hex digits", () => {
    const s: Sketch = [0, 0];
    for (const w of ["overloaded", "rate", "limit"]) addWord(s, w);
    expect(["overloaded", "rate", "limit"].every((w) => mayHave(s, w))).toBe(true);
    expect(decodeSketch(encodeSketch(s))).toEqual(s);
    expect(encodeSketch(s)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("counts a line's words a key's templates share, less what a full sketch gives anyway", () => {
    const s: Sketch = [0, 0];
    for (const w of ["exceed", "organization", "rate", "limit", "tokens", "minute"]) addWord(s, w);
    expect(overlap(s, ["rate", "limit", "tokens"])).toBeGreaterThan(2);
    expect(overlap(s, ["bucket", "webhook", "lease"])).toBeLessThan(1);
    const full = decodeSketch("not hex");
    expect(fill(full)).toBe(1);
    expect(overlap(full, ["a", "b", "c"])).toBe(0);
  });

  it("estimates how many words were added from the fill, and says nothing of a full sketch", () => {
    const few: Sketch = [0, 0];
    for (const w of ["prompt", "long", "tokens"]) addWord(few, w);
    const many: Sketch = [0, 0];
    for (let i = 0; i < 12; i++) addWord(many, `word${i}`);
    expect(estimateWords(few)).toBeGreaterThanOrEqual(2);
    expect(estimateWords(few)).toBeLessThanOrEqual(4);
    expect(estimateWords(many)).toBeGreaterThan(8);
    expect(estimateWords(many)).toBeLessThan(18);
    expect(estimateWords(decodeSketch("ffffffffffffffff"))).toBe(Infinity);
  });
});
