/**
 * Snapshots of what the parser reads, and their diff (scripts/eval/parse-diff.ts, `npm run eval:parse`).
 */
import { describe, expect, it } from "vitest";
import { diffSnapshots, parseSnapshot } from "../../../scripts/eval/parse-diff.ts";

describe("parse snapshots", () => {
  it("keep each paste's messages by id", () => {
    expect(parseSnapshot([{ id: "a", text: "x\ny" }], (t) => t.split("\n"))).toEqual({ a: ["x", "y"] });
  });

  it("report the pastes read differently, in id order, and the ids only one snapshot has", () => {
    const before = { b: ["same"], a: ["cut"], c: ["one", "two"], gone: ["x"] };
    const after = { a: ["cut short"], b: ["same"], c: ["one"], added: [] };
    expect(diffSnapshots(before, after)).toEqual({
      changed: [
        { id: "a", before: ["cut"], after: ["cut short"] },
        { id: "c", before: ["one", "two"], after: ["one"] },
      ],
      onlyBefore: ["gone"],
      onlyAfter: ["added"],
    });
    expect(diffSnapshots(after, after).changed).toEqual([]);
  });
});
