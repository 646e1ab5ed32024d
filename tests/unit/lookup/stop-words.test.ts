/** The one home of stop words: three lists, different on purpose, pinned so a merge that changes results is seen. */
import { describe, expect, it } from "vitest";
import { SIGNATURE_STOP_WORDS, SLUG_STOP_WORDS, STOP_WORDS } from "../../../src/lookup/stop-words.ts";
import { signatureTokens } from "../../../src/entries/related.ts";
import { slugFromSignature } from "../../../src/entries/scaffold.ts";

describe("stop words", () => {
  it("the lookup's list is English function words only", () => {
    expect(STOP_WORDS.size).toBe(66);
    for (const w of ["the", "which", "also"]) expect(STOP_WORDS.has(w)).toBe(true);
    for (const w of ["error", "not", "code"]) expect(STOP_WORDS.has(w)).toBe(false);
  });

  it("signatures also drop the words every signature has", () => {
    expect([...SIGNATURE_STOP_WORDS].filter((w) => !STOP_WORDS.has(w))).toEqual(["not", "type", "error", "message", "code"]);
    expect([...signatureTokens("Error code: 429 - rate_limit_error: This request would exceed the rate limit")]).toEqual(["rate", "limit", "request", "would", "exceed"]);
  });

  it("slugs drop error and exception, which the type already says", () => {
    expect([...SLUG_STOP_WORDS].filter((w) => !STOP_WORDS.has(w))).toEqual(["a", "error", "exception"]);
    expect(slugFromSignature("The prompt is too long for this model")).toBe("prompt-too-long-model");
  });
});
