/** The cleaning steps, through `cleanInput` (what every parser reads). */
import { describe, expect, it } from "vitest";
import { cleanInput, MAX_LINE_CHARS } from "../../../../src/lookup/parse/index.ts";

/** `cleanInput` without the lines' pasted widths (tested on their own below). */
function clean(input: string, maxLines?: number): ReturnType<typeof cleanInput> {
  const result = cleanInput(input, maxLines);
  return { ...result, lines: result.lines.map((line) => Object.fromEntries(Object.entries(line).filter(([key]) => key !== "width")) as typeof line) };
}

/** The cleaned texts only. */
function texts(input: string): string[] {
  return cleanInput(input).lines.map((line) => line.text);
}

describe("cleanInput", () => {
  it("should split on \\n, \\r\\n and \\r without adding a line for a final break", () => {
    expect(texts("a\r\nb\rc\n")).toEqual(["a", "b", "c"]);
    expect(texts("")).toEqual([""]);
  });

  it("should keep one cleaned line per pasted line, noise turned to empty text", () => {
    const { lines } = clean("```text\nValueError: x\n        │        └ <generator object at 0x1>\n```");
    expect(lines).toEqual([
      { text: "", line: 1 },
      { text: "ValueError: x", line: 2 },
      { text: "", line: 3 },
      { text: "", line: 4 },
    ]);
  });

  it("should expand an escaped stack into lines that share the pasted line's number", () => {
    const { lines } = clean(String.raw`x` + "\n" + String.raw`[{"error":"Error: boom\n    at f (/a.js:1:2)","timestamp":"2026-01-01T00:00:00Z"}]`);
    expect(lines).toEqual([
      { text: "x", line: 1 },
      { text: "Error: boom", line: 2 },
      { text: "    at f (/a.js:1:2)", line: 2 },
    ]);
  });

  it("should decode JSON escapes inside an expanded string", () => {
    expect(texts(String.raw`{"stack":"Error: \"q\" \u00e9\\x\n    at f (/a.js:1:2)"}`)).toEqual(['Error: "q" é\\x', "    at f (/a.js:1:2)"]);
  });

  it("should strip Claude Code's TUI gutter and keep the continuation's indentation beyond the paste's common one", () => {
    expect(texts('  ⎿  API Error: 500 {\n     error"}')).toEqual(["API Error: 500 {", '   error"}']);
    expect(texts('⎿  API Error: 500 {\n   error"}')).toEqual(["API Error: 500 {", '   error"}']);
    // Widths stay the screen's; what was removed as common indentation is recorded.
    expect(cleanInput('  ⎿  API Error: 500 {\n     error"}').lines.map((l) => [l.width, l.dedented])).toEqual([
      [21, 2],
      [12, 2],
    ]);
  });

  it("should strip log prefixes, keeping the level and the program's own indentation", () => {
    const { lines } = clean(
      [
        "2024-01-01 12:00:00,123 ERROR module: boom",
        "2024-01-01 12:00:00.123 | ERROR    | app.main:run:42 - boom",
        "2026-09-12 23:35:20,186 - notebook_intelligence.extension - extension.py - ERROR - Unhandled error",
        '2024-01-01T12:00:00Z   File "x.py", line 1, in <module>',
        "2024/01/01 12:00:00 dial tcp: i/o timeout",
        "E0101 12:00:00.123456   1234 server.go:42] boom",
        "[mcp_agent.llm.augmented_llm] Error: x",
        "12:00:00 Connection ERROR while reading",
        "2025-02-23T20:44:03.662300Z ERROR goose::agents::truncate: Error: Request failed",
      ].join("\n"),
    );
    expect(lines.map(({ text, prefix, level }) => ({ text, prefix, level }))).toEqual([
      { text: "boom", prefix: "logger", level: "ERROR" },
      { text: "boom", prefix: "logger", level: "ERROR" },
      { text: "Unhandled error", prefix: "logger", level: "ERROR" },
      { text: '  File "x.py", line 1, in <module>', prefix: "logger", level: undefined },
      { text: "dial tcp: i/o timeout", prefix: "go-log", level: undefined },
      { text: "boom", prefix: "go-log", level: "ERROR" },
      { text: "Error: x", prefix: "logger", level: undefined },
      { text: "Connection ERROR while reading", prefix: "logger", level: undefined },
      { text: "Error: Request failed", prefix: "logger", level: "ERROR" },
    ]);
  });

  it("should not take an exception type after the level for a logger name", () => {
    expect(texts("2024-01-01 12:00:00 ERROR litellm.RateLimitError: x\n2024-01-01 12:00:00 ERROR ValueError: y")).toEqual(["litellm.RateLimitError: x", "ValueError: y"]);
  });

  it("should keep a message's indentation after a bracketed thread, and not take an API field path for a logger name", () => {
    const logged = ["Caused by:", "    messages.1.content.0.type: Expected `thinking`"].map((l) => `2025-06-01T10:00:00.123Z ERROR [app.worker] ${l}`);
    expect(texts(logged.join("\n"))).toEqual(["Caused by:", "    messages.1.content.0.type: Expected `thinking`"]);
    expect(texts("2024-01-01 12:00:00 ERROR [main] messages.1.content.0.type: x")).toEqual(["messages.1.content.0.type: x"]);
  });

  it("should mark pytest `E` lines and blank `>` source lines only in pytest output", () => {
    expect(clean(">       raise X\nE       ValueError: v").lines).toEqual([
      { text: "", line: 1 },
      { text: "ValueError: v", line: 2, mark: "pytest-error" },
    ]);
    expect(texts(">       quoted and indented")).toEqual(["      quoted and indented"]);
  });

  it("should open ExceptionGroup boxes and mark member and end separators", () => {
    const { lines } = clean(
      "  + Exception Group Traceback (most recent call last):\n  | ExceptionGroup: eg (1 sub-exception)\n  +-+---------------- 1 ----------------\n    | ValueError: 1\n    +------------------------------------\n| a | b |",
    );
    expect(lines).toEqual([
      { text: "Exception Group Traceback (most recent call last):", line: 1 },
      { text: "ExceptionGroup: eg (1 sub-exception)", line: 2 },
      { text: "", line: 3, mark: "group-member" },
      { text: "ValueError: 1", line: 4 },
      { text: "", line: 5, mark: "group-end" },
      { text: "| a | b |", line: 6 },
    ]);
  });

  it("should cut each line to MAX_LINE_CHARS after expanding escaped stacks", () => {
    const [first] = clean("y".repeat(MAX_LINE_CHARS + 50)).lines;
    expect(first?.text).toHaveLength(MAX_LINE_CHARS);
  });

  it("should stop at maxLines and say it did not finish", () => {
    expect(clean("a\nb\nc", 2)).toEqual({
      lines: [
        { text: "a", line: 1 },
        { text: "b", line: 2 },
      ],
      rawLinesUsed: 2,
      complete: false,
    });
    expect(clean("a\nb", 2)).toEqual({
      lines: [
        { text: "a", line: 1 },
        { text: "b", line: 2 },
      ],
      rawLinesUsed: 2,
      complete: true,
    });
  });

  it("should record each pasted line's width, ANSI codes and trailing spaces not counted, but not for an expanded escaped stack", () => {
    expect(cleanInput("\u001b[31mValueError: x\u001b[0m   \n  ⎿ API Error: 400").lines.map((line) => line.width)).toEqual([13, 18]);
    expect(cleanInput(String.raw`[{"error":"Error: boom\n    at f (/a.js:1:2)"}]`).lines.map((line) => line.width)).toEqual([undefined, undefined]);
  });
});
