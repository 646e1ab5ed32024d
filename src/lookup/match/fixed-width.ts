/**
 * A paste cut at a fixed width and read back whole. A terminal copied with hard breaks, `fold`, or a TUI that wraps
 * at its width (Claude Code's output) cuts every long line at one column, mid-word included (`… when calling th` /
 * `e ConverseStream operation: …`), so a message, a body or a frame may lose the words a page is known by. The lookup
 * reads such a paste a second time with every line that reaches the cut joined to the next with nothing between
 * (candidates.ts `candidatesFrom`); one reading cannot tell a cut from a word wrap, so both are scored. Hand-written:
 * a dozen lines of string handling, specific to this reading.
 */
import { MAX_LINES } from "../parse/limits.ts";

/** Narrowest column taken for a cut (the parser's `MIN_WRAP_WIDTH`, message.ts). */
const MIN_CUT_COLUMN = 60;

/**
 * The column a paste's lines may have been cut at: its longest line's length, trailing spaces aside, when that is at
 * least MIN_CUT_COLUMN. Shared by this reading and candidates.ts's readings of single lines and bodies.
 * @param lines The paste's lines.
 * @returns The column, or undefined.
 */
export function cutColumn(lines: readonly string[]): number | undefined {
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, line.trimEnd().length);
  return widest >= MIN_CUT_COLUMN ? widest : undefined;
}

/** A paste read whole, and where each of its lines starts in the paste as posted. */
export interface Unwrapped {
  text: string;
  /** 1-based line of the paste as posted for each line of `text`, in order. */
  lineOf: number[];
}

/**
 * The paste with its fixed-width cuts joined, when it shows them: at least two lines end at its widest column (at
 * least 60), and at one of them a word runs on into the next line. A line that ends at the column with a space kept
 * (`… end of its life. ` / `Please refer …`) joins with that space.
 * @param text The paste.
 * @returns The joined reading, or undefined when the paste shows no fixed-width cut.
 */
export function unwrapFixedWidth(text: string): Unwrapped | undefined {
  // The parser's line cap bounds the work on huge input.
  const lines = text.split(/\r?\n/, MAX_LINES);
  const column = cutColumn(lines);
  if (column === undefined) return undefined;
  const reaches = (line: string) => line.length === column || line.trimEnd().length === column;
  let atColumn = 0;
  let midWord = false;
  lines.forEach((line, i) => {
    if (!reaches(line)) return;
    atColumn++;
    if (/\w$/.test(line) && /^\w/.test(lines[i + 1] ?? "")) midWord = true;
  });
  if (atColumn < 2 || !midWord) return undefined;
  const out: string[] = [];
  const lineOf: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    let joined = lines[i] ?? "";
    lineOf.push(i + 1);
    while (i + 1 < lines.length && reaches(lines[i] ?? "") && (lines[i + 1] ?? "").trim() !== "") joined += lines[++i] ?? "";
    out.push(joined);
  }
  return { text: out.join("\n"), lineOf };
}
