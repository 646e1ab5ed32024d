/**
 * The routing-weight fit (scripts/eval/routing-weights.ts): counting rightly routed cases and coordinate ascent.
 */
import { describe, expect, it } from "vitest";
import { fitRoutingWeights, routedRight } from "../../../scripts/eval/routing-weights.ts";
import { LOOKUP_KB, NO_FEATURES as zero, type KeyFeatures } from "../../../src/lookup/match/route.ts";
let n = 0;
// Each key in a file of its own too large to read beside another: a lookup reads only the best key.
const key = (right: boolean, features: Partial<KeyFeatures>, kb = LOOKUP_KB) => ({ key: `k${n}`, file: String(n++), kb, right, features: { ...zero, ...features } });

// In every case the right key is the one in the inner message; the wrong one comes first and is rarer.
const cases = [
  [key(false, { rarity: 1 }), key(true, { inner: 1, rarity: 3 })],
  [key(false, { rarity: 2, line: 0 }), key(true, { inner: 1, rarity: 2, line: 1 })],
  [key(true, { inner: 1, rarity: 5 }), key(false, { rarity: 1 })],
];

describe("routing weights", () => {
  it("counts a case right when the first highest-scoring key is right", () => {
    expect(routedRight(cases, { ...zero, rarity: -1 })).toBe(0);
    expect(routedRight(cases, { ...zero, inner: 10, rarity: -1 })).toBe(3);
    // Ties go to the first key.
    expect(routedRight(cases, zero)).toBe(1);
  });

  it("counts a second key the lookup also reads, when its file fits beside the first", () => {
    const small = [[key(false, { rarity: 1 }, 40), key(true, { inner: 1, rarity: 3 }, 40)]];
    expect(routedRight(small, { ...zero, rarity: -1 })).toBe(1);
    const large = [[key(false, { rarity: 1 }, LOOKUP_KB - 10), key(true, { inner: 1, rarity: 3 }, 40)]];
    expect(routedRight(large, { ...zero, rarity: -1 })).toBe(0);
  });

  it("moves a weight only for a measured gain, and finds weights that route every case", () => {
    const start = { ...zero, rarity: -1 };
    const fitted = fitRoutingWeights(cases, start);
    expect(fitted.right).toBe(3);
    expect(routedRight(cases, fitted.weights)).toBe(3);
    expect(fitted.weights.inner).toBeGreaterThan(0);
    // Nothing to gain: nothing moves.
    expect(fitRoutingWeights(cases, fitted.weights).weights).toEqual(fitted.weights);
  });

  it("refuses a trial that routes the guard's cases worse than the start does", () => {
    // The site's own pages route by their rarest word; a weight on `inner` would lose this one.
    const guard = [[key(true, { rarity: 1 }), key(false, { inner: 1, rarity: 3 })]];
    const start = { ...zero, rarity: -1 };
    expect(routedRight(guard, start)).toBe(1);
    const fitted = fitRoutingWeights(cases, start, () => {}, guard);
    expect(routedRight(guard, fitted.weights)).toBe(1);
    expect(fitted.right).toBeLessThan(3);
  });
});
