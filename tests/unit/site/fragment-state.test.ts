import { describe, expect, it } from "vitest";
import { formatFragment, parseFragment } from "../../../src/client/fragment-state.ts";

describe("fragment state", () => {
  it("round-trips text with every awkward character, newlines included", () => {
    const q = "Traceback (most recent call last):\n  File \"a.py\", line 1\nKeyError: 'x&y=z#w' 100% ✓ +plus";
    const state = { q, tool: "botocore / boto3" };
    expect(parseFragment(formatFragment(state))).toEqual(state);
  });
  it("drops empty values and gives an empty fragment for an empty state", () => {
    expect(formatFragment({ q: "", tool: "" })).toBe("");
    expect(parseFragment("#q=&tool=x")).toEqual({ tool: "x" });
    expect(parseFragment("")).toEqual({});
  });
});
