/**
 * Joining a message back together when it runs over several lines: a terminal or TUI wrapped it
 * (continuation indented deeper, a JSON/dict body or an exception's argument list still open, a dangling ` -`), or the message really
 * has several lines (Python, Java). Wrapped pieces join with a space, real lines with `\n` — except a word a
 * terminal had to cut at its full width (see `joinWrapped`).
 */
import { EXCEPTION_NAME } from "../exception-name.ts";
import { MAX_CONTINUATION_LINES, MAX_MESSAGE_CHARS } from "./limits.ts";
import { type CleanLine, indentOf, isBlank, memoByLine, opensLogRecord } from "./lines.ts";

/**
 * Lines that open a new record and so never continue a message, e.g.
 * `ValueError: x`, `anthropic.APIStatusError: x`, `TypeError [ERR_X]: x`, `Error: x`, `error: x`, `panic: x`,
 * `Caused by: x`, `[cause]: Error: x`, `Traceback (most recent call last):`, `Exception in thread "main" …`,
 * `Unhandled exception. …`, `thread 'main' panicked at …`, `API Error: 400 …`, `API Error (529 …`.
 */
const RECORD_START = new RegExp(
  String.raw`^\s*(?:${EXCEPTION_NAME}(?: \[[\w-]+\])?(?::|$)|(?:Error|error|panic|fatal error|Caused by|Suppressed)(?::|$)|Uncaught |\[cause\]:|Traceback[ :(]|Exception in thread |Unhandled [Ee]xception|thread '[^']*'(?: \(\d+\))? panicked|(?:[A-Z][\w-]* ){1,3}Error[:( ])`,
);

/**
 * A message that is an HTTP status alone, with or without its reason phrase (`API Error: 400`, `Error: 429 Too Many
 * Requests`): what the status is about is on the next line, which a client or a relay printed under it.
 */
const STATUS_ONLY = /^[1-5]\d\d(?: [A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*)?$/;

/** A message that ends like this is cut mid-sentence: `AnthropicException -`, `model=`, `{"a":`. */
const DANGLING_END = /(?:\s[-–=|]|[:,=({[])$/;

/**
 * True when a line opens a new record (exception header, traceback header, chain marker).
 * @param text - one cleaned line
 */
function startsRecord(text: string): boolean {
  return RECORD_START.test(text);
}

/** `startsRecord`, remembered per line. */
const opensRecord = memoByLine(startsRecord);

/**
 * Net count of `{`/`[` minus `}`/`]`: above zero, a JSON or dict body is still open. Quotes are not
 * tracked: messages carry apostrophes (`don't`) that would throw a quote tracker off.
 * @param text - a piece of a message
 */
function bracketBalance(text: string): number {
  let balance = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 123 || code === 91) balance += 1;
    else if (code === 125 || code === 93) balance -= 1;
  }
  return balance;
}

/**
 * Net count of exception-argument lists opened (`ValidationException('`, `Error("`) minus closed (`')`, `")`):
 * above zero, a repr like `RuntimeError: ValidationException('An error occurred … with` goes on, on the next
 * line. Only a call's parenthesis counts — a bare `(` is too common in prose and quotes (`'(' was never closed`).
 * @param text - a piece of a message
 */
function callBalance(text: string): number {
  return (text.match(/\w\(['"]/g)?.length ?? 0) - (text.match(/['"]\)/g)?.length ?? 0);
}

/** Shortest line taken for a terminal's or a mail client's fixed-width wrap: narrower lines are a message's own. */
const MIN_WRAP_WIDTH = 60;

/**
 * Share of a paste's long lines (within `FIXED_SPREAD` columns of the longest) that must be exactly as long as the
 * longest for the paste to be taken as cut at a fixed column. A program that cuts at a fixed column (`fold`, a console
 * copied with hard breaks, a fixed-width log viewer) leaves nearly every long line at that column — one less where
 * the cut fell after a space, whose width does not count it — while a word-wrapping terminal's lines end wherever
 * their last word does.
 */
const FIXED_SHARE = 0.75;
/** Columns below the longest line within which a line counts as long for `FIXED_SHARE`. */
const FIXED_SPREAD = 12;

/**
 * True when a line reaches the column its paste was cut at: exactly, or one short with the space the cut fell after
 * still at its end (a width does not count trailing spaces).
 * @param line - a cleaned line
 * @param fixed - the column (`fixedWidth`)
 */
function atColumn(line: CleanLine | undefined, fixed: number): boolean {
  return line?.width === fixed || (line?.width === fixed - 1 && /\s$/.test(line.text));
}

/** `fixedWidth`, remembered per paste. */
const fixedWidths = new WeakMap<readonly CleanLine[], number | undefined>();

/**
 * The column a paste was cut at, when it was cut at a fixed column: at least two lines reach the longest line's
 * width, at least `MIN_WRAP_WIDTH`, and they are most of the paste's long lines (`FIXED_SHARE`).
 * @param lines - the paste's cleaned lines
 * @returns the width, or undefined for a paste that was not cut so
 */
function fixedWidth(lines: readonly CleanLine[]): number | undefined {
  if (fixedWidths.has(lines)) return fixedWidths.get(lines);
  let widest = 0;
  // A frame's rows (a TUI's box, `│ … │`) are padded to one width: they are drawn, not cut.
  const drawn = (line: CleanLine) => /[│┃║|]\s*$/.test(line.text);
  for (const line of lines) if (!drawn(line)) widest = Math.max(widest, line.width ?? 0);
  // Records of one shape repeated down a log (`Attempt #1 | …`, `Attempt #2 | …`) share a width by being alike:
  // lines at the width count once per shape, numbers aside; every line counts among the long ones.
  const at = new Set<string>();
  let near = 0;
  // And one of them at least must look cut: a word or number running on into the next line.
  let cutSeen = false;
  lines.forEach((line, i) => {
    const width = drawn(line) ? 0 : (line.width ?? 0);
    if (width === widest) {
      at.add(line.text.replace(/\d+/g, "#"));
      if (/\w$/.test(line.text) && /^\w/.test(lines[i + 1]?.text ?? "")) cutSeen = true;
    }
    if (width >= widest - FIXED_SPREAD) near += 1;
  });
  const fixed = widest >= MIN_WRAP_WIDTH && cutSeen && at.size >= 2 && at.size >= FIXED_SHARE * near ? widest : undefined;
  fixedWidths.set(lines, fixed);
  return fixed;
}

/** Characters of two lines' starts compared by `sameStart`. */
const START_CHARS = 12;

/**
 * True when two lines start alike (their first `START_CHARS` characters, indentation aside): two records of one
 * shape, not a line and the rest of it.
 * @param a - a line's text
 * @param b - the next line's text
 */
function sameStart(a: string, b: string): boolean {
  const start = (t: string) => t.trimStart().slice(0, START_CHARS);
  return start(a).length === START_CHARS && start(a) === start(b);
}

/**
 * English words a sentence cannot end on: articles, prepositions, conjunctions, auxiliaries. A fixed-width line that
 * stops on one was cut mid-sentence whatever the next line starts with (`… when calling the` / `InvokeModel
 * operation …`: an operation's name is capitalised).
 */
const OPEN_WORD_END = /\b(?:the|a|an|of|to|in|on|at|by|for|from|with|into|and|or|but|when|while|if|than|that|which|is|are|was|were|be|been|has|have|your|its|their|this)$/i;

/**
 * Columns a line took on the screen that wrapped it: its text, trailing spaces not counted, and the indentation every
 * line of the paste shared (clean/dedent.ts).
 * @param line - a cleaned line
 */
function columnsOf(line: CleanLine | undefined): number {
  return (line?.text.trimEnd().length ?? 0) + (line?.dedented ?? 0);
}

/**
 * True when `next` reads as the rest of a sentence that `previous` broke off at a fixed width: a long line that
 * stops mid-sentence (no closing punctuation), followed by one that goes on in lower case or with a parenthesis —
 * `… EventStreamError: An error occurred` / `(modelStreamErrorException) when calling …`, or with a dot or hyphen glued
 * to a word (a model id cut at the column: `… model ID anthropic` / `.claude-3-7-…`; a list's `- item` has a space) —
 * or a long line that stops on a word no sentence ends on (OPEN_WORD_END).
 * @param previous - the line before (its length counted as pasted, the paste's common indentation included)
 * @param next - the text of the line after
 * @param carried - columns of the line `previous` continues, when `previous` is the rest of a line cut at a fixed width
 */
function brokenSentence(previous: CleanLine | undefined, next: string, carried = 0): boolean {
  const before = (previous?.text ?? "").trimEnd();
  return (
    columnsOf(previous) + carried >= MIN_WRAP_WIDTH &&
    !/[.!?:;,)\]}>"'`…]$/.test(before) &&
    // A line that starts with a sentence's inner punctuation (`. Message: …`, `, and …`) goes on with the line before;
    // not a colon, which some tools put before each record (Pulumi's `: Error: …`).
    (/^[a-z(]/.test(next.trim()) || /^[.-][a-z0-9]/i.test(next.trim()) || /^[.,](?:\s|$)/.test(next.trim()) || OPEN_WORD_END.test(before))
  );
}

/** English words of one or two letters: any other such run of letters opening a line is the end of a word. */
const SHORT_WORDS = new Set([
  "a",
  "i",
  "am",
  "an",
  "as",
  "at",
  "be",
  "by",
  "do",
  "go",
  "he",
  "hi",
  "id",
  "if",
  "in",
  "is",
  "it",
  "me",
  "my",
  "no",
  "of",
  "ok",
  "on",
  "or",
  "so",
  "to",
  "up",
  "us",
  "vs",
  "we",
]);

/**
 * True when a line carried over opens with the last letters of the word the line before broke off: one or two
 * lower-case letters that are no word, after a letter (`"mode` / `l: Sonnet"`, `erro` / `r converting`). A
 * word-wrapping terminal never leaves such a stub, whatever the word's length.
 * @param before - the message so far
 * @param next - the carried line, its wrap indentation removed
 */
function stub(before: string, next: string): boolean {
  const run = /^([a-z]{1,2})(?![a-z])/.exec(next)?.[1];
  return run !== undefined && /[a-z]$/i.test(before) && !SHORT_WORDS.has(run);
}

/**
 * The wrapped pieces of a message, joined. A terminal or TUI (Claude Code's) word-wraps at its width: it cuts at a
 * space and drops it, and cuts a word mid-way only when the word is longer than a line (a JSON body with no space
 * in it, a URL): `…{"type":"invalid_request_error","messag` / `e":"messages.57…` (claude-code#6696). So a line
 * that reaches the block's full width and whose last word, run on into the next line's first, could not have
 * fit on one line was cut mid-word: the pieces join with nothing between them, keeping any indentation the next
 * line has beyond the wrap's own (the cut fell just before a space). Every other wrap joins with a space.
 * @param lines - cleaned lines
 * @param header - index of the header line
 * @param first - the message so far
 * @param joins - indexes of the wrapped lines, in order
 * @returns the message
 */
function joinWrapped(lines: readonly CleanLine[], header: number, first: string, joins: readonly number[]): string {
  const width = Math.max(...[header, ...joins].map((i) => lines[i]?.width ?? 0));
  const indent = Math.min(...joins.map((i) => indentOf(lines[i]?.text ?? "")));
  // A paste cut at a fixed column cut words wherever the column fell, short ones too (fixedWidth). A terminal that
  // indents what it carries over (Claude Code's) wraps words, not columns.
  const fixed = fixedWidth(lines) === width && indent === 0;
  // Widths are the screen's; the text lost the paste's common indentation (clean/dedent.ts), the same on every line.
  const room = width - (lines[header]?.dedented ?? 0) - indent;
  let message = first;
  for (const index of joins) {
    const text = lines[index]?.text ?? "";
    const before = lines[index - 1];
    const word = (/\S+$/.exec(message)?.[0].length ?? 0) + (/^\S+/.exec(text.slice(indent))?.[0].length ?? 0);
    const midWord = width >= MIN_WRAP_WIDTH && before?.width === width && lines[index]?.width !== undefined && (fixed || word > room || stub(message, text.slice(indent)));
    // A cut that fell just after a space leaves it at the line's end (the width does not count it): it stays.
    if (midWord && message) message = `${message}${fixed && /\s$/.test(before?.text ?? "") ? " " : ""}${text.slice(indent).trimEnd()}`;
    else message = message ? `${message} ${text.trim()}` : text.trim();
  }
  return message;
}

/** A sentence: a capitalised word, more words, closing punctuation. */
const SENTENCE = /^[A-Z][a-z]*\s+\S.*[.!]$/;

/**
 * True when `lines[index]` is the last line of a block and a sentence of its own that goes on from a message that
 * ended its own sentence on the line before: not a record or a log line, no deeper than the header, followed by a
 * blank line or nothing. Only one such line joins: a line that has more below it is the block's next record.
 * @param lines - cleaned lines
 * @param index - the line after the message
 * @param headerIndent - the header line's indentation
 * @param options - the runtime's stop predicate
 */
function closingSentence(lines: readonly CleanLine[], index: number, headerIndent: number, options: MessageOptions): boolean {
  const line = lines[index];
  const before = lines[index - 1]?.text.trimEnd() ?? "";
  if (!line || line.mark || !/[.!]$/.test(before) || isBlank(line.text)) return false;
  const after = lines[index + 1];
  if (after && !isBlank(after.text)) return false;
  const text = line.text;
  return indentOf(text) <= headerIndent && SENTENCE.test(text.trim()) && !opensLogRecord(lines, index) && !opensRecord(line) && !options.stop?.(line);
}

/** How `collectMessage` may extend a message. */
export interface MessageOptions {
  /** Lines of this runtime that end the message (frames, chain markers). */
  stop?: (line: CleanLine) => boolean;
  /** The runtime prints multi-line messages: lines that are not wrapped join with `\n`, indentation kept. */
  multiline?: boolean;
}

/**
 * Collects the message that starts on `lines[header]` and continues on the following lines.
 * @param lines - cleaned lines
 * @param header - index of the header line
 * @param first - the message part of the header line
 * @param options - stop predicate and multi-line mode
 * @returns the message and the index of the first line not used
 */
export function collectMessage(lines: readonly CleanLine[], header: number, first: string, options: MessageOptions = {}): { message: string; next: number } {
  let message = first.trim();
  let balance = bracketBalance(message);
  let calls = callBalance(message);
  const headerIndent = indentOf(lines[header]?.text ?? "");
  let index = header + 1;
  // Wrapped lines since the last real line break, to join once the wrap's width is known.
  let joins: number[] = [];
  let start = header;
  let head = message;
  let carried = 0;
  const fixed = fixedWidth(lines);
  while (index < lines.length && index - header <= MAX_CONTINUATION_LINES && message.length < MAX_MESSAGE_CHARS) {
    const line = lines[index];
    if (!line || isBlank(line.text) || line.mark || opensLogRecord(lines, index)) break;
    const text = line.text;
    if (options.stop?.(line) || opensRecord(line)) break;
    // In multi-line mode a deeper indentation is the message's own (pydantic's `  Field required`), not a wrap.
    // A line that reaches the column a paste was cut at goes on in the next, whatever that starts with.
    // Not when it starts as that line did: records of one shape (`Retrying … (attempt 1/10)`) can be of one width.
    const cut = fixed !== undefined && atColumn(lines[index - 1], fixed) && indentOf(text) <= 1 && !sameStart(lines[index - 1]?.text ?? "", text);
    const wrapped =
      balance > 0 ||
      calls > 0 ||
      DANGLING_END.test(message) ||
      cut ||
      STATUS_ONLY.test(message) ||
      (!options.multiline && (indentOf(text) > headerIndent || brokenSentence(lines[index - 1], text, carried)));
    // A line that continues one cut at a fixed width belongs to that line: the one after it is judged by the whole
    // line's columns (`… when ca` / `lling` / `the ConverseStream operation: …` from a terminal that wraps mid-word).
    const columns = columnsOf(lines[index - 1]);
    carried = wrapped && columns >= MIN_WRAP_WIDTH ? carried + columns : 0;
    if (wrapped) {
      message = message ? `${message} ${text.trim()}` : text.trim();
      joins.push(index);
    } else if (options.multiline) {
      message = `${joins.length ? joinWrapped(lines, start, head, joins) : message}\n${text.trimEnd()}`;
      joins = [];
      start = index;
      head = message;
    } else break;
    balance += bracketBalance(text);
    calls += callBalance(text);
    index += 1;
  }
  if (joins.length) message = joinWrapped(lines, start, head, joins);
  // A message of two sentences on two lines (Claude Code's `… output token maximum.` / `To configure this behavior,
  // set …`, the API's `… is not supported for this model.` / `Use "thinking.type.adaptive" …`) ends its block.
  if (!options.multiline && message.length < MAX_MESSAGE_CHARS && closingSentence(lines, index, headerIndent, options)) {
    message = `${message} ${(lines[index]?.text ?? "").trim()}`;
    index += 1;
  }
  // The loop stops once the cap is passed; `makeException` cuts the message to it.
  return { message, next: index };
}

/**
 * Index of the first frame after a header at `start`, when only message lines sit between them, else -1.
 * Used by runtimes that print the header above the frames (Node, Java, .NET).
 * @param lines - cleaned lines
 * @param start - index of the candidate header
 * @param isFrame - the runtime's frame test (memoised with `memoByLine`: it runs from every candidate header)
 * @param maxGap - message lines allowed in between
 */
export function frameAfterHeader(lines: readonly CleanLine[], start: number, isFrame: (line: CleanLine) => boolean, maxGap: number): number {
  const header = lines[start];
  if (!header || isBlank(header.text) || header.mark === "group-member" || header.mark === "group-end") return -1;
  for (let index = start + 1; index < lines.length && index <= start + 1 + maxGap; index += 1) {
    const line = lines[index];
    if (!line) break;
    if (isFrame(line)) return index;
    if (isBlank(line.text) || line.mark || opensLogRecord(lines, index) || opensRecord(line)) return -1;
  }
  return -1;
}
