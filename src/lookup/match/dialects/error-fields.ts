/**
 * Errors printed as their fields rather than as `Type: message` (issue 8 §2): an app or a logger that dumps an
 * error object — the AWS SDK for JavaScript v3's service exceptions (`name: ThrottlingException`, `$fault:`,
 * `$metadata:`), `console.log` of a plain object (`{ name: 'ValidationException', message: '…' }`), a YAML-ish
 * or JSON log record (`"name": "…Error"`). The type and the message sit on lines of their own, in either order; this
 * puts them back together as the line a client would have printed, so the matcher sees the type beside its message.
 * `JSON.stringify` of an AWS SDK v3 exception has no message at all (an Error's `message` is not enumerable): its
 * name and `$metadata.httpStatusCode` are then read as the line, type and status.
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
  for (let i = 0; i < lines.length && out.length < MAX_PAIRS; i++) {
    const name = NAME_FIELD.exec(lines[i] ?? "")?.[1];
    if (!name) continue;
    let found = false;
    let status: string | undefined;
    for (let j = Math.max(0, i - WINDOW); j < lines.length && j <= i + WINDOW && !found; j++) {
      if (j === i) continue;
      status ??= STATUS_FIELD.exec(lines[j] ?? "")?.[1];
      const text = unquote(MESSAGE_FIELD.exec(lines[j] ?? "")?.[1] ?? "");
      if (text) {
        out.push({ text: `${name}: ${text}`, line: j + 1 });
        found = true;
      }
    }
    if (!found && status) out.push({ text: `${name}: httpStatusCode: ${status}`, line: i + 1 });
  }
  return out;
}
