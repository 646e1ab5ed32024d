/**
 * Untrusted input: empty and prose-only pastes, the work caps (asserted on the result, not on time),
 * and lines built against each regex's weak spot. A catastrophic-backtracking regression turns the
 * pathological cases from milliseconds into minutes, which the per-test timeout catches.
 */
import { describe, expect, it } from "vitest";
import { MAX_BYTES, MAX_EXCEPTIONS, MAX_FRAMES, MAX_LINE_CHARS, MAX_LINES, MAX_MESSAGE_CHARS, parseTrace } from "../../../../src/lookup/parse/index.ts";
import type { ParseResult } from "../../../../src/lookup/types.ts";

const FIVE_MB = 5 * 1024 * 1024;

/** Deterministic pseudo-random ASCII text with newlines, quotes, brackets and colons. */
function randomText(length: number, seed: number): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 :.,'\"{}[]()-_/\\|<>=\t\n\n";
  const chars: string[] = [];
  let state = seed;
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    chars.push(alphabet[state % alphabet.length] ?? " ");
  }
  return chars.join("");
}

/** Checks the invariants every result keeps, whatever the input. */
function expectSane(result: ParseResult): void {
  expect(result.exceptions.length).toBeLessThanOrEqual(MAX_EXCEPTIONS);
  for (const exception of result.exceptions) {
    expect(exception.message.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect(exception.frames.length).toBeLessThanOrEqual(MAX_FRAMES);
    expect(exception.line).toBeGreaterThanOrEqual(1);
    for (const frame of exception.frames) for (const value of Object.values(frame)) expect(value).not.toBe("");
  }
}

describe("inputs without errors", () => {
  it("should return no exceptions and no cap for empty input", () => {
    expect(parseTrace("")).toEqual({ exceptions: [] });
    expect(parseTrace("\n\n  \n")).toEqual({ exceptions: [] });
  });

  it("should return no exceptions for prose, even prose that mentions errors", () => {
    const prose = "I tried to run the app and it did not work.\nThe error went away after a restart, then came back.\n**Environment**\n- OS: macOS 14\n- Version: 1.2.3\nThanks!\n";
    expect(parseTrace(prose)).toEqual({ exceptions: [] });
  });
});

describe("work caps", () => {
  it("should examine only the first MiB and 5,000 lines of 5 MB of random text", () => {
    const text = randomText(FIVE_MB, 7);
    const result = parseTrace(text);
    const examined = text.slice(0, MAX_BYTES).split("\n").slice(0, MAX_LINES).join("\n");
    expect(result.capped).toEqual({ limit: `${MAX_BYTES} bytes and ${MAX_LINES} lines`, inputBytes: FIVE_MB, keptBytes: examined.length });
    expectSane(result);
    for (const exception of result.exceptions) expect(exception.line).toBeLessThanOrEqual(MAX_LINES);
  });

  it("should read 5 MB of one repeated frame line as one stack cut to MAX_FRAMES frames", () => {
    const line = "    at handler (/srv/app/node_modules/express/lib/router.js:10:5)\n";
    const text = line.repeat(Math.ceil(FIVE_MB / line.length));
    const result = parseTrace(text);
    expect(result.capped?.limit).toBe(`${MAX_BYTES} bytes and ${MAX_LINES} lines`);
    expect(result.capped?.inputBytes).toBe(text.length);
    expect(result.capped?.keptBytes).toBe(line.length * MAX_LINES - 1);
    expect(result.exceptions).toEqual([
      {
        runtime: "node",
        type: "",
        message: "",
        frames: Array.from({ length: MAX_FRAMES }, () => ({
          module: "express",
          file: "/srv/app/node_modules/express/lib/router.js",
          function: "handler",
          line: 10,
          column: 5,
        })),
        line: 1,
      },
    ]);
  });

  it("should keep the Python frames nearest the throw site when a traceback exceeds MAX_FRAMES", () => {
    const frames = Array.from({ length: 300 }, (_, index) => `  File "/srv/app/step.py", line ${index + 1}, in step\n    next()\n`).join("");
    const [exception] = parseTrace(`Traceback (most recent call last):\n${frames}RecursionError: maximum recursion depth exceeded\n`).exceptions;
    expect(exception?.frames).toHaveLength(MAX_FRAMES);
    expect(exception?.frames[0]).toEqual({ file: "/srv/app/step.py", function: "step", line: 300 });
    expect(exception?.frames.at(-1)).toEqual({ file: "/srv/app/step.py", function: "step", line: 201 });
  });

  it("should cut a 1 MB single line to MAX_LINE_CHARS without reporting a cap", () => {
    const text = `ValueError: ${"x".repeat(1_000_000)}`;
    const result = parseTrace(text);
    expect(result.capped).toBeUndefined();
    expect(result.exceptions).toEqual([{ runtime: "python", type: "ValueError", message: "x".repeat(MAX_LINE_CHARS - "ValueError: ".length), frames: [], line: 1 }]);
  });

  it("should count the byte cap in UTF-8 and never split a surrogate pair", () => {
    const text = "😀".repeat(300_000); // 4 bytes each: 1.2 MB
    const result = parseTrace(text);
    expect(result.capped).toEqual({ limit: `${MAX_BYTES} bytes`, inputBytes: 1_200_000, keptBytes: MAX_BYTES });
  });

  it("should report the line cap when an escaped stack expands one line past it", () => {
    const line = `"Error: boom${String.raw`\n    at f (/a.js:1:1)`.repeat(MAX_LINES + 10)}"`;
    const result = parseTrace(line);
    expect(result.capped).toEqual({ limit: `${MAX_LINES} lines`, inputBytes: line.length, keptBytes: line.length });
    expect(result.exceptions).toHaveLength(1);
    expect(result.exceptions[0]?.frames).toHaveLength(MAX_FRAMES);
  });

  it("should apply caps given as options, and refuse caps that are not positive integers", () => {
    const text = "ValueError: one\nValueError: two\nValueError: three\n";
    expect(parseTrace(text, { maxLines: 2 })).toEqual({
      exceptions: [
        { runtime: "python", type: "ValueError", message: "one", frames: [], line: 1 },
        { runtime: "python", type: "ValueError", message: "two", frames: [], line: 2 },
      ],
      capped: { limit: "2 lines", inputBytes: text.length, keptBytes: "ValueError: one\nValueError: two".length },
    });
    expect(parseTrace(text, { maxBytes: 15 })).toEqual({
      exceptions: [{ runtime: "python", type: "ValueError", message: "one", frames: [], line: 1 }],
      capped: { limit: "15 bytes", inputBytes: text.length, keptBytes: 15 },
    });
    expect(() => parseTrace(text, { maxBytes: 0 })).toThrow(RangeError);
    expect(() => parseTrace(text, { maxLines: 1.5 })).toThrow(/options\.maxLines must be a positive integer/);
  });

  it("should stop at MAX_EXCEPTIONS exceptions", () => {
    const result = parseTrace("KeyError: 'x'\n".repeat(MAX_EXCEPTIONS * 3));
    expect(result.exceptions).toHaveLength(MAX_EXCEPTIONS);
    expect(result.exceptions.at(-1)?.line).toBe(MAX_EXCEPTIONS);
  });
});

describe("pathological lines", () => {
  // Each line is aimed at a regex: long runs that a lazy group, an optional tail or two overlapping
  // quantifiers would retry from every position. A paste of ~1 MB of each must stay linear.
  const lines: Record<string, string> = {
    "leading spaces": `${" ".repeat(1990)}x`,
    "colons and digits": "1:".repeat(1000),
    "an unterminated File quote": `  File "${"x".repeat(1990)}`,
    "an IPython frame full of colons": `File ${"a:1".repeat(600)}, in ${"b(".repeat(300)}`,
    "a V8 frame of parentheses": `    at ${"(".repeat(1990)}`,
    "a V8 frame of nested calls": `    at ${"a (".repeat(600)})`,
    "an old Rust panic of quote-commas": `thread 'x' panicked at '${"', ".repeat(600)}`,
    "a Rust frame with a run of spaces": `  1: a${" ".repeat(1990)}b`,
    "dotted segments without a type": "a.".repeat(990),
    "dotted segments before Error": `${"a.".repeat(990)}Error`,
    "repeated error words": "error ".repeat(330),
    "colon chains": `${"a: ".repeat(660)}x`,
    "open dict reprs": `{'${"a".repeat(1000)}${"{'".repeat(300)}`,
    "underscore separators": `${"_ ".repeat(990)}x`,
    "equals separators": `=== ${" ====".repeat(390)}x`,
    "escaped quotes and a newline": `${'"\\'.repeat(990)}\\n    at x`,
    "unterminated ANSI escapes": "\u001b[".repeat(990),
    "unterminated OSC escapes": "\u001b]".repeat(990),
    "log level words": `2024-01-01 12:00:00 ${"ERROR ".repeat(300)}`,
    "loguru bars": `${"│ ".repeat(990)}x`,
    "a JVM frame without its parenthesis": `\tat a.b(${"x".repeat(1990)}`,
    "a .NET frame of closing parentheses": `   at A(${")".repeat(1990)}`,
    "a Go function of open parentheses": `main.f(${"(".repeat(1990)}`,
    "Ruby headers in a row": `${"a:1:in '".repeat(200)}x': y (${"A".repeat(100)}`,
    "aws chain of codes": `operation error S: Op, ${", A: ".repeat(390)}`,
    "logger furniture": `12:00:00 ${"- a ".repeat(480)}ERROR x`,
    "a Rich frame of colons": `│ ${"a:1 in ".repeat(280)}│x`,
    "a pytest header of underscores": `___ ${"a _".repeat(600)} x`,
    "group box separators": `  + Exception Group Traceback (most recent call last):\n  +-+${"-".repeat(1990)}`,
  };
  for (const [name, line] of Object.entries(lines)) {
    it(`should stay linear on ${name}`, { timeout: 10_000 }, () => {
      const text = Array.from({ length: Math.floor(1_000_000 / (line.length + 1)) }, () => line).join("\n");
      expectSane(parseTrace(text));
    });
  }
});
