/**
 * Finding 5: a JSON-escaped stack with more `\n` escapes than the engine's argument limit (~125k)
 * used to overflow the stack in a spread `push`; now it is parsed (and cut at the line cap), in the
 * library and the CLI, and the browser names a lookup failure as such rather than as an index failure.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lookupFailureMessage } from "../../../src/client/lookup-failure.ts";
import { parseTrace } from "../../../src/lookup/parse/index.ts";

const LONG = `{"error":"Error: boom\\n    at f (x.js:1:2)${"\\n".repeat(200_000)}"}`;

describe("long JSON-escaped stacks", () => {
  it("parse without overflowing the stack, cut at the line cap", () => {
    const result = parseTrace(LONG);
    expect(result.exceptions.map((e) => [e.type, e.message])).toEqual([["Error", "boom"]]);
    // The paste is one physical line, so every byte is kept; the cap is on the lines its `\n` escapes make.
    expect(result.capped).toEqual({ limit: "5000 lines", inputBytes: LONG.length, keptBytes: LONG.length });
  });

  it("the lookup CLI prints a result, not a stack, and exits 0", () => {
    const file = join(mkdtempSync(join(tmpdir(), "errata-")), "long.txt");
    writeFileSync(file, LONG);
    const run = spawnSync("npm", ["run", "--silent", "lookup", "--", file], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("Read 1 error: Error: boom");
    expect(run.status).toBe(0);
  }, 60_000);

  it("the browser tells a failing lookup from an index that did not load", () => {
    expect(lookupFailureMessage(new RangeError("Maximum call stack size exceeded"))).toBe(
      "The lookup failed on this text (RangeError: Maximum call stack size exceeded). Please report it with the text you pasted.",
    );
    expect(lookupFailureMessage(new TypeError("Failed to fetch"))).toMatch(/^The lookup index could not be loaded \(Failed to fetch\)/);
    expect(lookupFailureMessage(new Error("lookup shard 3: HTTP 404"))).toMatch(/^The lookup index could not be loaded \(lookup shard 3: HTTP 404\)/);
  });
});
