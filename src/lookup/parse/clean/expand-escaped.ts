/**
 * Turns a stack that was JSON-escaped into a log line back into lines. Claude Code's error log stores
 * `[{"error":"Error: 400 {\"type\":…}\n    at b4.generate (file:///…/cli.js:926:2412)\n …` on one line
 * (traces 02, 04, 52); structured loggers do the same with Python tracebacks (`"exc_info": "Traceback…\n  File \"…"`)
 * and with whatever text they log, in a line that is a JSON record (`{"level":"error","msg":"…\n…"}`).
 */

// A piece that proves the escaped text is a stack, not a message that happens to hold `\n`:
//     at b4.generate (file:///…)   |   File "x.py", line 3, in f   |   Traceback (most recent call last):
//   Caused by: java.io.IOException   |   goroutine 1 [running]:   |   	from app.rb:5:in 'main'
const STACK_PIECE = /^\s*(?:at \S|File "|Traceback \(most recent call last\)|Caused by: |goroutine \d+ \[|from \S+:\d+:in )/;

/**
 * Reads the JSON string literal that opens at `text[open]` (a `"`), decoding its escapes. A string the
 * paste cut off (trace 02 ends inside one) runs to the end of the line.
 * @returns the decoded value and the index just after the closing quote
 */
function readJsonString(text: string, open: number): { value: string; end: number } {
  let value = "";
  let index = open + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') return { value, end: index + 1 };
    if (char !== "\\") {
      value += char;
      index += 1;
      continue;
    }
    const escaped = text[index + 1] ?? "";
    if (escaped === "n") value += "\n";
    else if (escaped === "t") value += "\t";
    else if (escaped === "r") value += "";
    else if (escaped === "u" && /^[\da-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) {
      value += String.fromCharCode(Number.parseInt(text.slice(index + 2, index + 6), 16));
      index += 4;
    } else value += escaped;
    index += 2;
  }
  return { value, end: text.length };
}

/**
 * A line that is a JSON record (`{"level":"error","msg":"…\n…"}`, as structured loggers and log exporters write one
 * per line): its multi-line strings are a paste's lines whatever they hold, not a message that happens to hold `\n`.
 */
const JSON_RECORD = /^\s*\{\s*"[^"\\]*"\s*:/;
/** A JSON document held in a record's string: a record, or a list of them (Claude Code's errors log, logged again). */
const JSON_DOCUMENT = /^\s*\[?\s*\{\s*"[^"\\]*"\s*:/;

/** True when some line after the first of `pieces` looks like a stack line. */
function holdsStack(pieces: readonly string[]): boolean {
  return pieces.some((piece, index) => index > 0 && STACK_PIECE.test(piece));
}

/**
 * Records inside records read, at most: a logger's record whose message is another JSON document
 * (`{"msg":"{\"error\":\"…\\n…\"}"}`, an app logging `JSON.stringify({ error })` through a JSON logger) is
 * read a level at a time. Each level reads a part of the one above, so the work stays linear.
 */
const MAX_RECORD_DEPTH = 3;

/**
 * Adds a line a record holds, itself expanded when it carries an escaped stack or is a record of several lines (Claude
 * Code's errors log, `[{"error":"Error: …\n    at …"}]`, logged as a record's message).
 */
function pushHeld(held: string[], piece: string, depth: number): void {
  const inner = depth < MAX_RECORD_DEPTH && piece.includes("\\n") ? escapedStrings(piece, depth + 1) : undefined;
  const lines = inner?.stack.length ? inner.stack : inner?.held.length ? inner.held : [piece];
  for (const line of lines) held.push(line);
}

/** The multi-line strings of a line: those that hold a stack, and (in a JSON record) those that do not. */
function escapedStrings(text: string, depth = 1): { stack: string[]; held: string[] } {
  const stack: string[] = [];
  const held: string[] = [];
  const record = JSON_RECORD.test(text);
  for (let open = text.indexOf('"'); open !== -1;) {
    const { value, end } = readJsonString(text, open);
    if (value.includes("\n")) {
      const pieces = value.split("\n");
      // A loop, not `push(...pieces)`: spreading 125k+ pieces overflows the call stack.
      if (holdsStack(pieces)) for (const piece of pieces) stack.push(piece);
      else if (record) for (const piece of pieces) pushHeld(held, piece, depth);
    } else if (depth < MAX_RECORD_DEPTH && value.includes("\\n") && JSON_DOCUMENT.test(value)) {
      const inner = escapedStrings(value, depth + 1);
      for (const piece of inner.stack) stack.push(piece);
      for (const piece of inner.held) held.push(piece);
    }
    open = text.indexOf('"', end);
  }
  return { stack, held };
}

/**
 * The lines a JSON log record holds when none of its strings is a stack (`{"level":"error","msg":"…\n…"}`).
 * @param text - one line of the paste
 * @returns the lines, or undefined when the line is no such record
 */
export function recordLines(text: string): string[] | undefined {
  if (!text.includes("\\n")) return undefined;
  const { stack, held } = escapedStrings(text);
  return stack.length === 0 && held.length > 0 ? held : undefined;
}

/**
 * Expands a line that carries an escaped stack, or is a JSON record of several lines, into those lines.
 * @param text - one line of the paste
 * @returns the stack's lines (or the record's), or undefined when the line holds neither
 */
export function expandEscaped(text: string): string[] | undefined {
  if (!text.includes("\\n")) return undefined;
  const { stack, held } = escapedStrings(text);
  if (stack.length > 0) return stack;
  if (held.length > 0) return held;
  // Not inside a JSON string: `error: Error: boom\n    at f (x.js:1:2)` written by a logger that escaped newlines only.
  const pieces = text.split("\\n");
  return holdsStack(pieces) ? pieces.map((piece) => piece.replaceAll('\\"', '"').replaceAll("\\t", "\t")) : undefined;
}
