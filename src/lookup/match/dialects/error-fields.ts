/**
 * Errors printed as their fields rather than as `Type: message` (issue 8 §2): an app or a logger that dumps an
 * error object — the AWS SDK for JavaScript v3's service exceptions (`name: ThrottlingException`, `$fault:`,
 * `$metadata:`), `console.log` of a plain object (`{ name: 'ValidationException', message: '…' }`), a YAML-ish
 * or JSON log record (`"name": "…Error"`). The type and the message sit on lines of their own, in either order; this
 * puts them back together as the line a client would have printed, so the matcher sees the type beside its message.
 * `JSON.stringify` of an AWS SDK v3 exception has no message at all (an Error's `message` is not enumerable): its
 * name and `$metadata.httpStatusCode` are then read as the line, type and status. The same fields printed on one
 * line, as `JSON.stringify` and most loggers do (`{"name":"ThrottlingException","$fault":"client","$metadata":{…}}`),
 * are read one field per piece (`fieldPieces`).
 */
import { EXCEPTION_NAME } from "../../exception-name.ts";

/**
 * A field holding an exception class: `name: X`, `name: 'X'`, `"name": "X",`, and a GraphQL error's `errorType`
 * (AWS AppSync, so Amplify Data: `"errorType": "AccessDeniedException"`).
 */
const NAME_FIELD = new RegExp(String.raw`^[\s{]*["']?(?:name|errorType)["']?\s*:\s*["']?(${EXCEPTION_NAME})["']?\s*[,}]*\s*$`);
/** A `message` field: `message: text`, `message: 'text',`, `"message": "text",`. */
const MESSAGE_FIELD = /^[\s{]*["']?message["']?\s*:(.+)$/;
/** The HTTP status of an AWS SDK v3 dump's `$metadata`: `httpStatusCode: 429`, `"httpStatusCode": 429,`. */
const STATUS_FIELD = /^[\s{]*["']?httpStatusCode["']?\s*:\s*(\d{3})\b/;
/** Lines apart the two fields may be: a GraphQL error prints its `locations` list between them. */
const WINDOW = 12;
/** Field pairs read per paste, at most. */
const MAX_PAIRS = 4;
/** A name field inside a one-line object: the line is then read field by field. */
const INLINE_NAME = new RegExp(String.raw`["'](?:name|errorType)["']\s*:\s*["']${EXCEPTION_NAME}["']`);
/** Where a one-line object's next field starts: after `{` or `,`, before a quoted key and its colon. */
const FIELD_START = /(?<=[{,])\s*(?=["'][$\w]+["']\s*:)/;
/** Pieces read from a paste's one-line objects, at most: bounded work on a huge log line. */
const MAX_PIECES = 400;

/**
 * The paste's lines, with every line that holds a name field among other fields cut into one piece per field
 * (`{"name":"X",` `"$fault":"client",` `"$metadata":{` `"httpStatusCode":429,` …), each with its line's index.
 * A quote escaped inside a string (`\"`) never starts a piece: the character after the `{` or `,` is then `\`.
 */
function fieldPieces(lines: readonly string[]): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let budget = MAX_PIECES;
  lines.forEach((line, at) => {
    const pieces = budget > 0 && INLINE_NAME.test(line) ? line.split(FIELD_START).slice(0, budget) : [line];
    if (pieces.length > 1) budget -= pieces.length;
    for (const text of pieces) out.push({ text, at });
  });
  return out;
}

/** A message field's value without its quotes and the comma or brace after it. */
function unquote(value: string): string {
  const v = value
    .trim()
    .replace(/[,}]+$/, "")
    .trim();
  const q = v[0];
  return (q === "'" || q === '"' || q === "`") && v.endsWith(q) && v.length >= 2 ? v.slice(1, -1) : v;
}

/**
 * The errors a paste prints as fields.
 * @param lines The paste's lines.
 * @returns `Type: message` per pair found, with the 1-based line of the message field.
 */
export function errorFields(lines: readonly string[]): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const pieces = fieldPieces(lines);
  for (let i = 0; i < pieces.length && out.length < MAX_PAIRS; i++) {
    const name = NAME_FIELD.exec(pieces[i]?.text ?? "")?.[1];
    if (!name) continue;
    let found = false;
    let status: string | undefined;
    for (let j = Math.max(0, i - WINDOW); j < pieces.length && j <= i + WINDOW && !found; j++) {
      if (j === i) continue;
      status ??= STATUS_FIELD.exec(pieces[j]?.text ?? "")?.[1];
      const text = unquote(MESSAGE_FIELD.exec(pieces[j]?.text ?? "")?.[1] ?? "");
      if (text) {
        out.push({ text: `${name}: ${text}`, line: (pieces[j]?.at ?? 0) + 1 });
        found = true;
      }
    }
    if (!found && status) out.push({ text: `${name}: httpStatusCode: ${status}`, line: (pieces[i]?.at ?? 0) + 1 });
  }
  return out;
}
