/**
 * Error lines in no known trace format: `SomeError: …`, `API Error: 400 {…}`, `error: …`,
 * `LLM request failed: …`, a bare API error body. Tried last, on lines no runtime claimed; the runtime
 * comes from detect-runtime.ts. Patterns are tried in order and the first match wins.
 */
import { EXCEPTION_NAME, IDENTIFIER, SUFFIXES, suffixGroup } from "../../exception-name.ts";
import type { ParsedException } from "../../types.ts";
import { detectRuntime } from "../detect-runtime.ts";
import { makeException } from "../frame.ts";
import { MAX_EXCEPTIONS } from "../limits.ts";
import type { BlockParser, CleanLine } from "../lines.ts";
import { collectMessage } from "../message.ts";

// ValueError: x   |   anthropic.BadRequestError: Error code: 400 - {…}   |   TypeError [ERR_X]: y   |   Exception: boom
const TYPED_AT_START = new RegExp(String.raw`^\s*((?:${IDENTIFIER}\.)*(?:${IDENTIFIER}${suffixGroup(SUFFIXES.typedLine)}|Exception)(?: \[[\w-]+\])?):(?: (.*))?$`);
// httpx.ReadTimeout: timed out   |   requests.exceptions.Timeout: …   (a dotted Python class not named …Error)
const DOTTED_AT_START = /^\s*([a-z_]\w*(?:\.[a-z_]\w*)*\.[A-Z]\w*): (.*)$/;
// ActiveRecord::RecordNotFound: Couldn't find User with 'id'=42   (Ruby's namespaced class names)
const NAMESPACED_AT_START = /^\s*([A-Z]\w*(?:::[A-Z]\w*)+): (.*)$/;
// API Error: 400 {…}   |   API Error (529 {…}) · Retrying in 1 seconds… (attempt 1/10)   |   Stream Error: Connection error.
const TITLED_ERROR = /^\s*((?:[A-Z][\w-]* ){1,3}Error)(?:: | (?=\())(.*)$/;
// Error: Streaming is strongly recommended …   |   error: could not compile `x`   |   ERROR: relation "users" does not exist
// (lower-case and upper-case forms only at column 0: indented `error: {` is an object property, trace 06)
const PLAIN_ERROR = /^(?:\s*(Error)|(error|ERROR|FATAL|Fatal error|fatal error|fatal))(?:\[[\w-]+\])?: (.+)$/;
// Unexpected error: litellm.NotFoundError: AnthropicException -   (a class name after some prose, trace 28)
const TYPED_INSIDE = new RegExp(String.raw`(?:^|[\s([{"'=,;>|])(${EXCEPTION_NAME})(?: \[[\w-]+\])?: (.*)$`);
// LLM request failed: status 400 …   |   Error processing input: Reqwest error: …   |   failed to load config: open x: …
// (At least two words: a lone `error:` is an object key or a CLI prefix, handled above.)
const LABELLED = /(?:^|\s)(?:(?:[\w-]+ ){1,4}(?:error|failed|failure)(?: [\w-]+){0,4}|(?:error|failed|failure)(?: [\w-]+){1,4}): (?![{[]\s*$)\S/i;
// open config.yaml: no such file or directory   |   dial tcp 10.0.0.1:443: connect: connection refused
// (an `a: b` chain, Go's and C's way, ending in an errno text or another failure everyone prints the same way;
// the `: ` before it is checked apart, since `: (?:.*: )?phrase` would retry the line from every colon)
const KNOWN_FAILURE =
  /\b(?:no such file or directory|connection refused|connection reset by peer|permission denied|i\/o timeout|context deadline exceeded|unexpected EOF|broken pipe|no such host|certificate (?:verify failed|signed by unknown authority)|network is unreachable)\b/i;

/** True for an `a: b` chain that ends in a well-known failure. */
function endsInKnownFailure(text: string): boolean {
  const failure = KNOWN_FAILURE.exec(text);
  return failure !== null && text.lastIndexOf(": ", failure.index) >= 0;
}
// {"type":"error","error":{…}}   |   {'type': 'invalid_request_error', 'message': '…'}}   (an API error body alone, trace 29)
const ERROR_BODY = /["']type["']\s*:\s*["'](?:error|[a-z_]+_error)["']/;
// Levels whose plain-prose lines are reported when nothing else in the paste looks like an error.
const ERROR_LEVELS = new Set(["ERROR", "CRITICAL", "FATAL", "SEVERE", "PANIC"]);

/**
 * Finds an error in one line and splits it into type and message.
 * @param text - one cleaned line
 * @returns type (`""` when none is printed) and message, or undefined
 */
function matchErrorLine(text: string): { type: string; message: string } | undefined {
  for (const pattern of [TYPED_AT_START, DOTTED_AT_START, NAMESPACED_AT_START, TITLED_ERROR]) {
    const match = pattern.exec(text);
    if (match?.[1]) return { type: match[1], message: match[2] ?? "" };
  }
  const plain = PLAIN_ERROR.exec(text);
  const plainMessage = plain?.[3] ?? "";
  if (plain && !/^[{[]\s*$/.test(plainMessage)) return { type: plain[1] ?? plain[2] ?? "", message: plainMessage };
  const inside = TYPED_INSIDE.exec(text);
  if (inside?.[1]) return { type: inside[1], message: inside[2] ?? "" };
  if (LABELLED.test(text) || endsInKnownFailure(text) || ERROR_BODY.test(text)) return { type: "", message: text.trim() };
  return undefined;
}

/** Reads one error line (and the lines its message wraps onto). */
export const parseErrorLine: BlockParser = (lines, start) => {
  const line = lines[start];
  if (!line) return undefined;
  const found = matchErrorLine(line.text);
  if (!found) return undefined;
  const { message, next } = collectMessage(lines, start, found.message);
  const runtime = detectRuntime(found.type, message, line);
  return { exceptions: [makeException({ runtime, type: found.type, message, frames: [], line: line.line })], next };
};

/**
 * The last resort when no line looked like an error: lines a logger marked `ERROR` or worse, each with the lines its
 * message wraps onto (`collectMessage`: a terminal or a log viewer cut `… An error o` / `ccurred (AccessDenied…`).
 * @param lines - cleaned lines
 */
export function parseLoggedErrors(lines: readonly CleanLine[]): ParsedException[] {
  const found: ParsedException[] = [];
  for (let index = 0; index < lines.length && found.length < MAX_EXCEPTIONS; index += 1) {
    const line = lines[index];
    if (!line?.text.trim() || !line.level || !ERROR_LEVELS.has(line.level)) continue;
    const { message, next } = collectMessage(lines, index, line.text);
    found.push(makeException({ runtime: detectRuntime("", message, line), type: "", message, frames: [], line: line.line }));
    index = next - 1;
  }
  return found;
}
