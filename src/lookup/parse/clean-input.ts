/**
 * Turns a paste into the lines the runtime parsers read: line endings normalised, the paste's common indentation
 * removed, ANSI codes removed, HTML character references decoded, escaped stacks expanded, decorations and log
 * prefixes stripped, ExceptionGroup boxes opened, every line cut to `MAX_LINE_CHARS`. No line is dropped (noise
 * becomes `""`), so `CleanLine.line` is the paste's line.
 */
import { expandEscaped } from "./clean/expand-escaped.ts";
import { decodeEntities } from "./clean/decode-entities.ts";
import { commonIndent, dedent } from "./clean/dedent.ts";
import { createGroupBoxStripper } from "./clean/group-box.ts";
import { looksLikePytest, stripDecoration } from "./clean/strip-decoration.ts";
import { stripAnsi } from "./clean/strip-ansi.ts";
import { stripLogPrefix } from "./clean/strip-log-prefix.ts";
import { MAX_LINE_CHARS, MAX_LINES } from "./limits.ts";
import type { CleanLine } from "./lines.ts";

/** The cleaned lines and how much of the paste they cover. */
export interface CleanedInput {
  lines: CleanLine[];
  /** Lines of the paste examined, counting one whose escaped stack was expanded only in part. */
  rawLinesUsed: number;
  /** False when the line cap stopped cleaning before the end of the paste. */
  complete: boolean;
}

/**
 * Splits text into lines: `\r\n` and lone `\r` count as line breaks, and a final break adds no empty line.
 * @param text - the paste
 */
export function splitLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 1 && lines.at(-1) === "") lines.pop();
  return lines;
}

/**
 * Cleans a paste.
 * @param text - the paste, already cut to the byte cap
 * @param [maxLines=MAX_LINES] - cleaned lines to produce at most (escaped stacks expand one line into many)
 * @returns the cleaned lines and how many lines of the paste they cover
 */
export function cleanInput(text: string, maxLines: number = MAX_LINES): CleanedInput {
  const pasted = splitLines(text);
  const indent = commonIndent(pasted);
  const raw = dedent(pasted, indent);
  const pytest = looksLikePytest(text);
  const unbox = createGroupBoxStripper();
  const lines: CleanLine[] = [];
  let rawLinesUsed = 0;
  for (const [index, rawLine] of raw.entries()) {
    const visible = decodeEntities(stripAnsi(rawLine));
    const pieces = expandEscaped(visible) ?? [visible];
    for (const piece of pieces) {
      if (lines.length >= maxLines) return { lines, rawLinesUsed, complete: false };
      const cut = piece.length > MAX_LINE_CHARS ? piece.slice(0, MAX_LINE_CHARS) : piece;
      const undecorated = stripDecoration(cut, pytest);
      const unprefixed = undecorated.pytestError ? undefined : stripLogPrefix(undecorated.text);
      const unboxed = unbox(unprefixed ? unprefixed.text : undecorated.text);
      const line: CleanLine = { text: unboxed.text, line: index + 1 };
      // Columns as pasted, the common indentation included: a terminal's wrap width is the screen's. A blank line
      // had no indentation worth the name.
      const dedented = rawLine.trim() === "" ? 0 : indent.length;
      if (pieces.length === 1) line.width = visible.trimEnd().length + dedented;
      if (dedented > 0) line.dedented = dedented;
      if (unprefixed) line.prefix = unprefixed.prefix;
      if (unprefixed?.level) line.level = unprefixed.level;
      if (undecorated.pytestError) line.mark = "pytest-error";
      if (unboxed.mark) line.mark = unboxed.mark;
      lines.push(line);
      rawLinesUsed = index + 1;
    }
  }
  return { lines, rawLinesUsed: raw.length, complete: true };
}
