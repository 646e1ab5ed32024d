/**
 * Escaped pastes inside a line (src/lookup/parse/clean/expand-escaped.ts), and the candidates read through them.
 */
import { describe, expect, it } from "vitest";
import { expandEscaped, recordLines } from "../../../../src/lookup/parse/clean/expand-escaped.ts";
import { parseTrace } from "../../../../src/lookup/parse/index.ts";
import { candidatesFrom } from "../../../../src/lookup/match/candidates.ts";

const paste = `Request failed\nanthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of request tokens has exceeded your per-minute rate limit'}}`;

describe("expandEscaped", () => {
  it("reads a JSON log record's multi-line strings as lines", () => {
    const record = JSON.stringify({ level: "error", msg: paste });
    expect(expandEscaped(record)).toEqual(paste.split("\n"));
  });

  it("leaves a message that merely holds a line break alone when the line is no record and holds no stack", () => {
    expect(expandEscaped(`error: "first\\nsecond"`)).toBeUndefined();
    expect(expandEscaped(`[{"error":"first\\nsecond"}]`)).toBeUndefined();
  });

  it("still reads an escaped stack as its lines alone; a record holding one is a stack, not a record's lines", () => {
    expect(expandEscaped(`[{"error":"Error: boom\\n    at f (x.js:1:2)"}]`)).toEqual(["Error: boom", "    at f (x.js:1:2)"]);
    expect(recordLines(`{"error":"Error: boom\\n    at f (x.js:1:2)"}`)).toBeUndefined();
    expect(recordLines(`{"msg":"a\\nb"}`)).toEqual(["a", "b"]);
  });

  it("reads a record inside a record (a JSON document logged as a record's message), three levels at most", () => {
    const twice = JSON.stringify({ level: "error", msg: JSON.stringify({ error: paste }) });
    expect(expandEscaped(twice)).toEqual(paste.split("\n"));
    const thrice = JSON.stringify({ msg: JSON.stringify({ error: JSON.stringify({ detail: paste }) }) });
    expect(expandEscaped(thrice)).toEqual(paste.split("\n"));
    const four = JSON.stringify({ a: JSON.stringify({ b: JSON.stringify({ c: JSON.stringify({ d: paste }) }) }) });
    expect(expandEscaped(four)).toBeUndefined();
    // A record holding a paste whose own line carries an escaped stack (Claude Code's errors log, logged again).
    const log = `[{"error":"Error: Request was aborted.\\n    at makeRequest (file:///cli.js:959:3840)","timestamp":"2025-08-17T04:11:41.683Z"},`;
    expect(expandEscaped(JSON.stringify({ level: "error", msg: `${log}\n]` }))).toEqual(["Error: Request was aborted.", "    at makeRequest (file:///cli.js:959:3840)", "]"]);
    // A string that is no record is not unescaped again: `msg` holds an escaped line break, not a record.
    expect(expandEscaped(JSON.stringify({ msg: "a\\nb" }))).toBeUndefined();
  });
});

describe("candidatesFrom: a paste logged inside a JSON record", () => {
  it("finds the error and its body, on the paste's own line", () => {
    const text = `started\n${JSON.stringify({ level: "error", time: "2025-06-01T10:00:00Z", msg: paste })}\ndone`;
    const found = candidatesFrom(parseTrace(text), text).find((c) => c.parts.code === "rate_limit_error");
    expect([found?.type?.full, found?.parts.status, found?.parts.inner, found?.line]).toEqual(["anthropic.RateLimitError", 429, "Number of request tokens has exceeded your per-minute rate limit", 2]);
  });
});
