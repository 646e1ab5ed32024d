/**
 * The cleaned line every parser reads, and the shape of a block parser. Types and tiny text helpers
 * only, so each runtime module can import them without pulling in the others.
 */
import type { ParsedException } from "../types.ts";

/** One line of cleaned input. Cleaning never drops a line, so `line` is the line of the paste. */
export interface CleanLine {
  /** The text after cleaning (ANSI codes, prefixes and markers removed), cut to `MAX_LINE_CHARS`. */
  text: string;
  /** 1-based line of the paste it came from; the lines of an expanded escaped stack share one number. */
  line: number;
  /** Cleaning removed a log prefix here (`2024-01-01 12:00:00,123 ERROR app:`); see `opensLogRecord`. */
  prefix?: "logger" | "go-log";
  /** The level word of that prefix, upper case (`ERROR`, `CRITICAL`). */
  level?: string;
  /** A structural marker cleaning recognised and removed. */
  mark?: "pytest-error" | "group-member" | "group-end";
  /** Columns the line took as pasted (ANSI codes removed, trailing spaces not counted); absent for lines of an expanded escaped stack. */
  width?: number;
  /** Columns of indentation every line of the paste shared, removed from this one's start (clean/dedent.ts). */
  dedented?: number;
}

/** What a block parser found: exceptions in text order and the index of the first line it did not use. */
export interface Block {
  exceptions: ParsedException[];
  next: number;
}

/** Tries to read one runtime's block starting at `lines[start]`; `undefined` when the block is not theirs. */
export type BlockParser = (lines: readonly CleanLine[], start: number) => Block | undefined;

/** True for empty or whitespace-only text. */
export function isBlank(text: string): boolean {
  return text.trim() === "";
}

/**
 * Width of the leading whitespace, a tab counting as four columns.
 * @param text - one line
 * @returns the indentation in columns
 */
export function indentOf(text: string): number {
  let width = 0;
  for (const char of text) {
    if (char === " ") width += 1;
    else if (char === "\t") width += 4;
    else break;
  }
  return width;
}

/**
 * True when `lines[index]` opens a new log record: it carries a log prefix and the line before does not.
 * Lines that all carry one (`kubectl logs --timestamps`) are one record as far as prefixes go.
 * @param lines - cleaned lines
 * @param index - the line to test
 */
export function opensLogRecord(lines: readonly CleanLine[], index: number): boolean {
  return lines[index]?.prefix !== undefined && lines[index - 1]?.prefix === undefined;
}

/**
 * Wraps a test on a line's text so each line is tested once. Header lookahead and message collection
 * revisit the same lines from every candidate start; without this, a 1 MiB paste of pathological lines
 * costs (lookahead × runtimes) regex runs per line instead of one.
 * @param test - a pure test on the line text
 * @returns the same test, on lines, remembered per line object
 */
export function memoByLine(test: (text: string) => boolean): (line: CleanLine) => boolean {
  const seen = new WeakMap<CleanLine, boolean>();
  return (line) => {
    let result = seen.get(line);
    if (result === undefined) {
      result = test(line.text);
      seen.set(line, result);
    }
    return result;
  };
}

/** The text of `lines[index]`, or `""` past the end. */
export function textAt(lines: readonly CleanLine[], index: number): string {
  return lines[index]?.text ?? "";
}

/**
 * Index of the first non-blank line at or after `from`, or `lines.length`.
 * @param lines - cleaned lines
 * @param from - first index to look at
 */
export function nextNonBlank(lines: readonly CleanLine[], from: number): number {
  let index = from;
  while (index < lines.length && isBlank(textAt(lines, index))) index += 1;
  return index;
}
