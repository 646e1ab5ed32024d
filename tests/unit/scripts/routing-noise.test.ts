/**
 * Routing-noise words counted from routing cases (scripts/eval/routing-noise.ts `keyNoise`), and the `noise`
 * feature route.ts gives a key (`noiseOf`).
 */
import { describe, expect, it } from "vitest";
import { keyNoise } from "../../../scripts/eval/routing-noise.ts";
import { noiseOf } from "../../../src/lookup/match/route.ts";

/** `n` cases offering `key`, the first `right` of them reaching the right page, each beside a right key of its own. */
const offered = (key: string, n: number, right: number) =>
  Array.from({ length: n }, (_, i) => [
    { key, right: i < right },
    { key: `own${i}`, right: true },
  ]);

describe("keyNoise", () => {
  it("names a word whose key seldom reaches the right page, once it was offered often enough", () => {
    // 1 of 6 right: noise. 3 of 6: not. 0 of 5: too few cases to trust.
    const cases = [...offered("error", 6, 1), ...offered("timed", 6, 3), ...offered("rare", 5, 0)];
    expect(keyNoise(cases)).toEqual(["error"]);
  });

  it("counts a word once per case, right when any of its offers in that case is right", () => {
    const twice = Array.from({ length: 6 }, () => [
      { key: "api", right: false },
      { key: "api", right: true },
    ]);
    expect(keyNoise(twice)).toEqual([]);
  });

  it("leaves out type names, error kinds, frame keys and pairs: they are not words", () => {
    const cases = ["^throttlingexception", "@anthropic", "api+error"].flatMap((key) => offered(key, 6, 0));
    expect(keyNoise(cases)).toEqual([]);
  });
});

describe("noiseOf", () => {
  it("marks a key, single or pair, one of whose words is a noise word", () => {
    const noise = new Set(["error"]);
    expect(noiseOf("error", noise)).toBe(1);
    expect(noiseOf("api+error", noise)).toBe(1);
    expect(noiseOf("timed", noise)).toBe(0);
    expect(noiseOf("^error", noise)).toBe(0);
  });
});
