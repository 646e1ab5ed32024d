/** The one "exception name" rule (src/lookup/exception-name.ts) and its per-reader suffix lists. */
import { describe, expect, it } from "vitest";
import { EXCEPTION_NAME, SUFFIXES, suffixGroup } from "../../../src/lookup/exception-name.ts";

const whole = new RegExp(`^${EXCEPTION_NAME}$`);

describe("EXCEPTION_NAME", () => {
  it.each(["ValueError", "anthropic.RateLimitError", "java.io.IOException", "$x.FooError", "botocore.errorfactory.ThrottlingException"])("names %s", (name) => {
    expect(whole.test(name)).toBe(true);
  });

  it.each(["Error", "Exception", "KeyboardInterrupt", "9Error", "anthropic.", "rate limit error", "Errors"])("does not name %s", (name) => {
    expect(whole.test(name)).toBe(false);
  });
});

describe("SUFFIXES", () => {
  it("every reader's list starts from the core two", () => {
    for (const list of Object.values(SUFFIXES)) expect(list.slice(0, 2)).toEqual(["Error", "Exception"]);
  });

  it("builds an alternation group in order", () => {
    expect(suffixGroup(SUFFIXES.nodeHeader)).toBe("(?:Error|Exception|Rejection)");
  });
});
