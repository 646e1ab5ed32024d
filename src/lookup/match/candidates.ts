/**
 * The lines of a paste worth scoring: every exception the parser found, plus lines that carry an API error
 * body the parser may not have treated as an exception (Claude Code's `API Error (529 {…}) · Retrying…`, a Rust
 * client's `anthropic::err({…})`, a bare `{'type': 'invalid_request_error', …}` dict, a JSON-escaped stack in a
 * `[{"error":"Error: 400 {\"type\":…`), and errors printed as their fields (dialects/error-fields.ts). Then the first
 * plain lines: the paste's lines when the parser recognised nothing, and otherwise lines that count only where they
 * hold a page's whole template (`wholeOnly`: a wrapper's failure printed under the error it caught).
 */
import { MAX_BYTES, MAX_LINE_CHARS, MAX_LINES, parseTrace } from "../parse/index.ts";
import { recordLines } from "../parse/clean/expand-escaped.ts";
import { dedent } from "../parse/clean/dedent.ts";
import { stripLogPrefix } from "../parse/clean/strip-log-prefix.ts";
import { FENCE, looksLikePytest, stripQuote } from "../parse/clean/strip-decoration.ts";
import type { Frame, ParseResult } from "../types.ts";
import { analyzeMessage, analyzeText } from "./analyze.ts";
import { luaTableBody, rewriteBody } from "./dialects/bodies.ts";
import { errorFields } from "./dialects/error-fields.ts";
import { cutColumn, unwrapFixedWidth } from "./fixed-width.ts";
import { normalizeText } from "./normalize.ts";
import type { Analysis, Candidate } from "./types.ts";

/** Lines scored per paste, at most: bounded work on huge input. */
const MAX_CANDIDATES = 12;
/** Parsed exceptions considered, at most. */
const MAX_PARSED = 16;
/** Body-carrying lines considered, at most. */
const MAX_BODY_LINES = 6;
/** Lines a wrapped body may span. */
const MAX_BODY_SPAN = 8;
/**
 * Plain lines scored when the parser found nothing: an issue form puts a few lines of labels (`Model: …`,
 * `Provider: bedrock`, `Status Code: N/A`) above the error it quotes.
 */
const MAX_PLAIN_LINES = 8;
/** Characters of a line shown in "matched on". */
const SHOWN = 240;

/**
 * An API error body (its `type` escaped any number of times), a botocore error line, a body or pretty-printed body
 * opening with its `"message":` (AWS JSON errors are `{"message":"…"}`), a `"type": "…Exception"` field, or a body in
 * another language's notation (dialects/bodies.ts).
 */
const BODY_HINT =
  /["']type["']\s*:\s*["'](?:error|\w+_error|\w+Exception)["']|\\+"type\\+"\s*:\s*\\+"(?:error|\w+_error)\\+"|An error occurred \([\w.:-]+\) when calling|^\s*\{?\s*["']message["']\s*:\s*["']/;

/** Lines a pretty-printed body may open above the line that holds its message. */
const MAX_BODY_BACK = 16;

/** Decorations before a line's text: Claude Code's `⎿`, pytest's `E`, quote marks, bullets, box drawing. */
const DECORATION = /^[\s⎿│├└>*•·\-|]*(?:E\s{2,})?/u;

/** A stack frame line, to keep frames out of the plain-line fallback. */
const FRAME_LINE = /^\s*(?:at\s|File\s+"|\S+\.(?:py|js|ts|mjs|go|rs|java|rb|cs):\d+|#\d+\s|\^+$|~+\^*$)/;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > SHOWN ? `${flat.slice(0, SHOWN - 1)}…` : flat;
}

/** Unescapes a JSON string's content without throwing on a cut-off escape. */
function unescapeJson(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => (e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : e === "n" ? "\n" : e === "t" ? "\t" : e === "r" ? "" : e));
}

/**
 * The message of an exception printed inside a JSON string (a proxy's `{"error":{"message":"litellm.…Error: … {\\"Message\\":…`):
 * up to the string's closing quote, unescaped, first line only. A message shows it is in one when an escaped quote
 * comes before any plain one; other messages are returned as they are.
 */
function outOfJsonString(message: string): string {
  const m = /^((?:[^"\\]|\\.)*)(?:"|$)/.exec(message);
  if (!m?.[1]?.includes('\\"')) return message;
  return unescapeJson(m[1]).split("\n")[0] ?? "";
}

/** Lines searched for an exception's own line after where its trace starts. */
const MESSAGE_LINE_SPAN = 400;

/**
 * The 1-based line that shows the exception's type and message — a Python traceback starts with
 * `Traceback (most recent call last):` and prints the exception last, so the parser's line (the
 * start) is not the one to show in "matched on". Falls back to the parser's line.
 */
function messageLine(lines: readonly string[], start: number, type: string, message: string): number {
  const probe = (message.split("\n")[0] ?? "").slice(0, 40).trim();
  const name = type.split(".").pop() ?? "";
  for (let i = Math.max(0, start - 1); i < lines.length && i < start - 1 + MESSAGE_LINE_SPAN; i++) {
    const line = lines[i] ?? "";
    if ((probe !== "" && line.includes(probe)) || (probe === "" && name !== "" && line.includes(`${name}:`))) return i + 1;
  }
  return start;
}

/** Lines a message ending in `:` may continue over. */
const MAX_CONTINUED = 3;

/**
 * A message hard-wrapped mid-sentence, as a terminal or an issue's text box breaks a long line: the message does not
 * end a sentence and the next line goes on in lower case at the margin (`… An error occurred (ValidationException)` /
 * `when calling the ConverseStream operation: …`). A frame, a log record or an indented line starts otherwise.
 */
function midSentence(text: string, next: string): boolean {
  return !/[.!?]\s*$/.test(text) && /^[a-z][a-z]*(?: [a-z]+)/.test(next);
}

/**
 * A message whose line ends in `:` with its words on the next lines (`Error raised by bedrock service:` then
 * botocore's `An error occurred (…) when calling the InvokeModel operation:` then the message, as a logger prints a
 * message with newlines in it), or wrapped mid-sentence (midSentence): the lines that follow, joined, up to a blank
 * line, a frame or a body's brace.
 * @param lines The paste's lines.
 * @param next 0-based index of the line after the message's.
 * @param text The message so far.
 * @returns The message with its continuation.
 */
function continued(lines: readonly string[], next: number, text: string, column?: number): string {
  let out = text;
  for (let i = next; i < next + MAX_CONTINUED; i++) {
    const cut = column !== undefined && cutAt(lines[i - 1] ?? "", lines[i] ?? "", column);
    if (!cut && !/:\s*$/.test(out) && !midSentence(out, lines[i] ?? "")) break;
    const line = (lines[i] ?? "").replace(DECORATION, "").trim();
    if (!line || FRAME_LINE.test(lines[i] ?? "") || /^[{[]/.test(line)) break;
    out = cut ? `${out.trimEnd()}${line}` : joinWrapped(out, line);
  }
  return out;
}

/** True when a line, trailing spaces aside, ends at the column. */
function reaches(line: string, column: number): boolean {
  return line.trimEnd().length === column;
}

/**
 * True when `line` reaches the column and a word runs on from it into `next`: a fixed-width wrap (`fold`, a console
 * copied with hard breaks) cut it mid-word (`… overloaded_error: Overloa` / `ded`), and the two join with nothing
 * between. A next line opening with a capitalised word (`Retrying …`) starts a line of its own.
 * @param line A line.
 * @param next The line after it.
 * @param column From `cutColumn`.
 */
function cutAt(line: string, next: string, column: number): boolean {
  return reaches(line, column) && /\w$/.test(line) && (/^[a-z0-9_]/.test(next) || /^[A-Z](?![a-z])/.test(next));
}

/**
 * True when a body's `line` reaches the column with no space on either side of the break: inside a JSON body the cut
 * may fall between any two characters (`"me` / `ssage"`, `\` / `"`), not only inside a word as `cutAt` asks.
 * @param line A line of the body.
 * @param next The line after it.
 * @param column From `cutColumn`.
 */
function cutInBody(line: string, next: string, column: number): boolean {
  return reaches(line, column) && /\S$/.test(line) && /^\S/.test(next);
}

/**
 * The first line after those the parser already joined into a message (a message wrapped mid-sentence: the parser
 * reads `…identifier anthropic.claude-` / `instant is not valid here` as one message), so `continued` does not append
 * them a second time.
 * @param lines The paste's lines.
 * @param next 0-based index of the line after the message's first line.
 * @param message The parser's message.
 * @returns The index `continued` starts from.
 */
function afterJoined(lines: readonly string[], next: number, message: string): number {
  let i = next;
  while (i < next + MAX_CONTINUED) {
    const line = (lines[i] ?? "").replace(DECORATION, "").trim();
    if (!line || !message.includes(line)) break;
    i++;
  }
  return i;
}

/**
 * A JSON string holding an escaped body (`"{\"type\":\"error\",…"`), its `type` escaped once or more (a gateway's
 * envelope holding the provider's body as a string, logged as a string again): its content, to the closing quote or
 * the end. Unescaped once, it is read again as a line (`bodyText`); core-message.ts reads the levels inside.
 */
const ESCAPED_BODY = String.raw`"((?:[^"\\]|\\.)*?\\+"type\\+"(?:[^"\\]|\\.)*)`;
const ESCAPED = new RegExp(ESCAPED_BODY);
/** The same string, still open at the end of the text (a trailing `\` is half an escape the next line completes). */
const OPEN_ESCAPED = new RegExp(String.raw`${ESCAPED_BODY}\\?$`);

/**
 * A line whose escaped body (`"{\"type\":\"error\",…`) runs past its end, joined with the lines that continue it,
 * up to the line where the string closes. A terminal that wraps a long line mid-word indents what it carries over
 * (Qwen Code, Claude Code: `\"invalid_re` / `    quest_error\"`): when every continuation line is indented, that
 * common indent is the wrapper's and is removed, and the pieces join as they were before the wrap; with no indent,
 * a line break stands for a space.
 */
function escapedAcrossLines(lines: readonly string[], at: number): string {
  const first = lines[at] ?? "";
  if (!OPEN_ESCAPED.test(first)) return first;
  const rest: string[] = [];
  let raw = first;
  for (let i = at + 1; i < lines.length && i <= at + MAX_BODY_SPAN; i++) {
    const line = lines[i] ?? "";
    if (!line.trim() || FRAME_LINE.test(line)) break;
    rest.push(line);
    raw += line;
    if (!OPEN_ESCAPED.test(raw)) break;
  }
  const indent = Math.min(...rest.map((l) => /^ */.exec(l)?.[0].length ?? 0));
  if (indent > 0) return first + rest.map((l) => l.slice(indent)).join("");
  // With no indent a line break stands for a space, except after half an escape (`…\"message\":\` / `"You have…`):
  // a space there would break the escape the next line completes.
  return rest.reduce((text, line) => `${text}${/\\$/.test(text) ? "" : " "}${line.trim()}`, first);
}

/** Lines a string left open at a line's end may run over (a hard-wrapped dialect body). */
const MAX_STRING_SPAN = 6;

/** True when a text leaves a double-quoted string open: an odd number of quotes not escaped. */
function quoteOpen(text: string): boolean {
  return (text.match(/(?<!\\)"/g)?.length ?? 0) % 2 === 1;
}

/**
 * A line whose double-quoted string is still open at its end, joined with the lines that close it: an issue's text
 * box or a narrow terminal hard-wrapped a body written in a dialect (`message: Some("The` / `provided model
 * identifier is invalid."),`). A line that closes its strings is returned as it is.
 */
function openStringJoined(lines: readonly string[], at: number): string {
  let text = lines[at] ?? "";
  for (let i = at + 1; quoteOpen(text) && i < lines.length && i <= at + MAX_STRING_SPAN; i++) {
    const next = (lines[i] ?? "").trim();
    if (!next || FRAME_LINE.test(lines[i] ?? "")) break;
    text = joinWrapped(text, next);
  }
  return text;
}

/** Braces a line opens less those it closes. */
function braceDepth(line: string): number {
  let depth = 0;
  for (const ch of line) depth += ch === "{" ? 1 : ch === "}" ? -1 : 0;
  return depth;
}

/**
 * Two lines of a hard-wrapped body joined: a line break stands for a space, except after a word's hyphen
 * (`"model: claude-` / `3-haiku-20240307"`), where a fixed-width wrap cut an identifier, not a sentence.
 */
function joinWrapped(text: string, next: string): string {
  const tail = text.trimEnd();
  const head = next.trim();
  return /\w-$/.test(tail) && /^\w/.test(head) ? `${tail}${head}` : `${tail} ${head}`;
}

/**
 * The text of a body-carrying line: joined with following lines while its braces are open (a wrapped paste) or
 * while it ends in `:` (`continued`), and taken out of a JSON string when it is escaped inside one (first line of the
 * unescaped text only). With `column` (`cutColumn`), a line that reaches it joins the next with nothing between.
 */
function bodyText(lines: readonly string[], at: number, column?: number): string {
  const dialect = rewriteBody(openStringJoined(lines, at));
  if (dialect) return dialect.text.replace(DECORATION, "");
  const lua = luaTableBody(lines, at);
  if (lua !== undefined) return lua.replace(DECORATION, "");
  // A field of a pretty-printed body (`  "message": "…",`), or the tail of a hard-wrapped one (`… purchase credits."},`
  // `"type":"error"}` closes objects an earlier line opened): start at the line that opens its object.
  const own = braceDepth(lines[at] ?? "");
  if (!/[{}]/.test(lines[at] ?? "") || own < 0) {
    let depth = 0;
    for (let i = at - 1; i >= Math.max(0, at - MAX_BODY_BACK); i--) {
      const line = lines[i] ?? "";
      depth += braceDepth(line);
      if (depth >= Math.max(1, -own)) {
        const open = line.indexOf("{");
        return bodyText([line.slice(open), ...lines.slice(i + 1)], 0, column);
      }
    }
  }
  const first = escapedAcrossLines(lines, at);
  const escaped = ESCAPED.exec(first);
  if (escaped?.[1]) {
    const text = unescapeJson(escaped[1]);
    return text.split("\n").find((l) => BODY_HINT.test(l)) ?? text;
  }
  let text = first.replace(DECORATION, "");
  // The first line after those this body has taken.
  let after = at + 1;
  // botocore's line hard-wrapped before `operation: …` (a terminal or a notebook cell): join the next line.
  if (/when calling the \w+\s*$/.test(text) && /^\s*operation\b/.test(lines[at + 1] ?? "")) {
    text += ` ${(lines[at + 1] ?? "").trim()}`;
    after = at + 2;
  }
  let depth = braceDepth(text);
  for (let i = at + 1; depth > 0 && i < lines.length && i <= at + MAX_BODY_SPAN; i++) {
    const next = (lines[i] ?? "").replace(DECORATION, "");
    text = column !== undefined && cutInBody(lines[i - 1] ?? "", next, column) ? `${text.trimEnd()}${next.trim()}` : joinWrapped(text, next);
    depth += braceDepth(next);
    after = Math.max(after, i + 1);
  }
  return continued(lines, after, text);
}

/**
 * A body that opens its line under a line of words ending in `:` (`Received error while streaming:` then the JSON on
 * the next line): the client printed one message over two lines, so the words lead the body.
 */
function withLeadAbove(lines: readonly string[], at: number, body: string): string {
  const above = (lines[at - 1] ?? "").replace(DECORATION, "").trim();
  if (!/^\s*(?:\{|An error occurred \()/.test(lines[at] ?? "") || !/^[A-Za-z][^{}]*:$/.test(above) || FRAME_LINE.test(above)) return body;
  return `${above} ${body.trim()}`;
}

/**
 * The parsed exception's line rewritten by a body dialect (dialects/bodies.ts), when its message is on that line.
 * @param lines The paste's lines.
 * @param at 1-based line of the exception's message.
 * @param message The message as the parser read it.
 * @returns The rewritten line, or undefined when the line is in no dialect or is not the message's.
 */
function dialectLine(lines: readonly string[], at: number, message: string): string | undefined {
  const line = lines[at - 1] ?? "";
  const probe = (message.split("\n")[0] ?? "").slice(0, 40).trim();
  if (probe === "" || !line.includes(probe)) return undefined;
  return rewriteBody(line)?.text.replace(DECORATION, "");
}

/**
 * Builds the candidates of a paste: those of the paste as posted and, when it was cut at a fixed width
 * (fixed-width.ts), those of it read whole that the first reading lacks, with the paste's own line numbers.
 * @param result What the parser found.
 * @param text The paste.
 * @returns Candidates, most informative first within each reading (a line with an API body, then a specific type,
 *   then the rest).
 */
export function candidatesFrom(result: ParseResult, text: string): Candidate[] {
  const out = readingOf(result, text);
  const unwrapped = unwrapFixedWidth(text.slice(0, MAX_BYTES));
  if (!unwrapped) return out;
  const seen = new Set(out.map((c) => c.text));
  for (const c of readingOf(parseTrace(unwrapped.text), unwrapped.text)) {
    if (seen.has(c.text)) continue;
    seen.add(c.text);
    out.push({ ...c, line: unwrapped.lineOf[c.line - 1] ?? c.line });
  }
  return out;
}

/** The candidates of one reading of a paste (candidatesFrom). */
function readingOf(result: ParseResult, text: string): Candidate[] {
  const out: Candidate[] = [];
  // The parser's caps bound the body scan too: a 5 MB paste costs what its first 1 MiB costs.
  // Markdown quote markers, log prefixes and the paste's common indentation go, as the parser's cleaning drops them:
  // a body or an error's fields quoted from another thread (`> {` / `> \t"name": "ThrottlingException",`) or logged
  // a line at a time, or a message wrapped in an indented block, read as they would as printed.
  const head = text.slice(0, MAX_BYTES);
  const quoted = !looksLikePytest(head);
  const raw = dedent(
    normalizeText(head)
      .split(/\r?\n/, MAX_LINES)
      .map((l) => {
        const unquoted = quoted ? stripQuote(l) : l;
        return stripLogPrefix(unquoted)?.text ?? unquoted;
      }),
  ).map((l) => l.slice(0, MAX_LINE_CHARS));
  // A JSON log record holding a paste of several lines is read as itself — it may be an API body whose message has a
  // line break — and then as the lines it holds, which the parser reads instead (clean/expand-escaped.ts);
  // `pasteLine` gives back the paste's own line numbers. An escaped stack is read as it always was: its line whole.
  const lines: string[] = [];
  const origin: number[] = [];
  const firstOf: number[] = [];
  raw.forEach((line, i) => {
    firstOf[i + 1] = lines.length + 1;
    const held = recordLines(line);
    for (const piece of held ? [line, ...held] : [line]) {
      if (lines.length >= MAX_LINES) break;
      lines.push(piece.slice(0, MAX_LINE_CHARS));
      origin.push(i + 1);
    }
  });
  const pasteLine = (at: number) => origin[at - 1] ?? at;
  // Lines (1-based, in `lines`) a candidate was read from: a line already read is not read again as plain text.
  const taken = new Set<number>();
  for (const ex of result.exceptions.slice(0, MAX_PARSED)) {
    const type = ex.type.trim();
    const at = messageLine(lines, firstOf[ex.line] ?? ex.line, type, ex.message);
    const message = ex.message.includes("\n") ? outOfJsonString(ex.message) : continued(lines, afterJoined(lines, at, ex.message), outOfJsonString(ex.message));
    if (!type && !message.trim()) continue;
    // A line in another language's notation (dialects/bodies.ts) is read through its dialect whichever reader found
    // it: the parser's own reading of `ValidationException { message: Some("…: …") }` stops at the first `:` inside
    // the string and looks like a cut-off body, which any page sharing the words before that `:` would match.
    const dialect = dialectLine(lines, at, message);
    if (dialect !== undefined) {
      out.push({ ...analyzeText(dialect), line: pasteLine(at), text: clip(dialect), frames: ex.frames, origin: "parsed" });
      taken.add(at);
      continue;
    }
    // `API Error (529 {…}) · Retrying…` comes back as type `API Error` + message `(529 {…}) · …`: no colon to restore.
    const full = type ? `${type}${message.startsWith("(") ? " " : ": "}${message}` : message;
    // A "type" with spaces (`API Error`) is part of the message; the shared splitter decides.
    const analysis = !type || /\s/.test(type) ? analyzeText(full) : analyzeMessage(type, message);
    out.push({ ...analysis, line: pasteLine(at), text: clip(normalizeText(full)), frames: ex.frames, origin: "parsed" });
    taken.add(at);
  }
  const column = cutColumn(lines);
  let bodies = 0;
  for (let i = 0; i < lines.length && bodies < MAX_BODY_LINES; i++) {
    if (!BODY_HINT.test(lines[i] ?? "") && !rewriteBody(lines[i] ?? "") && luaTableBody(lines, i) === undefined) continue;
    bodies++;
    // A body whose line reaches the paste's widest column is also read with that line joined to the next with nothing
    // between (a fixed-width cut inside `"message"`), beside the usual reading: one line cannot tell a cut from a wrap
    // (as for plain lines below; wrap-80 1,672 → 1,674 of 1,698, no training answer changed).
    const plainBody = bodyText(lines, i);
    const cutBody = column === undefined ? plainBody : bodyText(lines, i, column);
    const rewritten = rewriteBody(lines[i] ?? "") !== undefined;
    for (const text of cutBody === plainBody ? [plainBody] : [plainBody, cutBody]) {
      const body = withLeadAbove(lines, i, text);
      const analysis = analyzeText(body);
      const covered = out.some((c) => c.parts.inner === analysis.parts.inner && c.parts.lead === analysis.parts.lead && c.parts.code === analysis.parts.code);
      const useful = analysis.parts.inner || analysis.parts.code || (rewritten && analysis.tokens.length > 0);
      if (!covered && useful) out.push({ ...analysis, line: pasteLine(i + 1), text: clip(body), frames: [], origin: "body" });
      if (covered || useful) taken.add(i + 1);
    }
  }
  // An error printed as its fields (`name: ThrottlingException` … `message: Too many tokens…`).
  for (const field of errorFields(lines)) {
    const analysis = analyzeText(field.text);
    const covered = out.some((c) => c.type?.name === analysis.type?.name && c.parts.inner === analysis.parts.inner);
    if (!covered) out.push({ ...analysis, line: pasteLine(field.line), text: clip(field.text), frames: [], origin: "body" });
    taken.add(field.line);
  }
  // Plain lines. When the parser recognised something, they count only where they hold a page's whole template with
  // words specific enough (match.ts), and their keys fill only a routed lookup's last slots (route.ts `plain`): a
  // traceback's source lines (`    yield`) and an app's own log lines are not messages, but a wrapper's failure
  // (`Command failed with exit code 1: claude -p`) can sit under the error it caught (`Claude AI usage limit
  // reached|1759770000`), which no parser reads as one. Measured on the training side: 3 more right on the real site,
  // none lost, the same at 10,000 pages. A line is read with the lines it runs on to (`continued`: hard-wrapped
  // mid-sentence, or ending in `:`), as a parsed message is.
  const found = out.length > 0 || result.exceptions.length > 0;
  let plain = 0;
  lines.forEach((line, i) => {
    if (plain >= MAX_PLAIN_LINES || taken.has(i + 1) || !line.trim() || FRAME_LINE.test(line) || FENCE.test(line)) return;
    const own = line.replace(DECORATION, "");
    const clean = continued(lines, i + 1, own);
    const analysis = analyzeText(clean);
    if (analysis.tokens.length === 0) return;
    plain++;
    const read = (text: string, a: Analysis) => out.push({ ...a, line: pasteLine(i + 1), text: clip(text), frames: [], origin: "line", ...(found ? { wholeOnly: true as const } : {}) });
    read(clean, analysis);
    const cut = column === undefined ? clean : continued(lines, i + 1, own, column);
    // Read a second time when a word runs on from the paste's widest column into the next line (`cutAt`): whether a
    // fixed-width wrap cut it there or a word wrap's longest line merely ends there, one line cannot say, so both
    // readings are scored (training side: no answer changed; `npm run eval:robustness`, wrap-80: 1,661 → 1,672 of 1,698).
    if (cut !== clean) read(cut, analyzeText(cut));
  });
  const rank = (c: Candidate) => (c.parts.inner ? 0 : c.type && !c.type.generic ? 1 : 2);
  return out
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .slice(0, MAX_CANDIDATES)
    .map(({ c }) => c);
}

/**
 * Every frame of the paste, throw sites first within each exception, bounded.
 * @param result What the parser found.
 * @returns Up to 200 frames.
 */
export function pasteFrames(result: ParseResult): Frame[] {
  return result.exceptions.flatMap((e) => e.frames).slice(0, 200);
}
