/**
 * Core-message extraction: peels the wrappers clients put around the API's own words and finds the innermost
 * human message, the HTTP-like status and the error kind. The forms, as each client prints them:
 *
 * - Python SDK: `Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': '…'}}`
 * - Python mid-stream: `{'type': 'error', 'error': {'details': None, 'type': 'overloaded_error', 'message': 'Overloaded'}}`
 * - TypeScript SDK: `529 {"type":"error","error":{…}}`; Claude Code: `API Error: 529 {…}` / `API Error (529 {…}) · Retrying…`
 * - litellm: `AnthropicException - {…}`
 * - botocore: `An error occurred (ThrottlingException) when calling the InvokeModel operation: …`
 * - Bedrock decoder ≤ 0.121: `Bad response code, expected 200: {'status_code': 400, 'headers': {':exception-type': …}, 'body': b'{"message":"…"}'}`
 *
 * Text outside the body that is not a known wrapper stays as the `lead` (`Bad response code, expected 200`, or an
 * app's own prefix such as `LLM request failed: status 400 Bad Request (…)`); text after the body is dropped.
 */
import { SUFFIXES, suffixGroup } from "../exception-name.ts";
import { readLiteral, type Literal } from "./literal-reader.ts";
import type { MessageParts } from "./types.ts";
import { statusIn } from "./dialects/status.ts";
import { parseAwsChain } from "../parse/runtimes/go.ts";

type Dict = { [key: string]: Literal };

/** botocore's clause, its code (1) and operation (2): `An error occurred (ThrottlingException) when calling the InvokeModel operation`. */
const BOTOCORE_CLAUSE = String.raw`An error occurred \(([\w.:-]+)\)(?: \(reached max retries: \d+\))? when calling the (\w+) operation`;

/** Wrappers at the start of a message, tried repeatedly (litellm can wrap the Python form, and so on). */
const PREFIX_WRAPPERS: readonly { name: string; pattern: RegExp; keep?: boolean }[] = [
  // Claude Code while retrying: `API Error (529 {…}) · Retrying in 1 seconds… (attempt 1/10)`; keep what is in the parentheses.
  { name: "API Error (…) · Retrying", pattern: /^(?:API Error:?\s*)?\((.*?)\)\s*(?:·.*)?$/, keep: true },
  { name: "Error code: <status> -", pattern: /^Error code:\s*(\d{3})\s*(?:-\s*)?/ },
  // A retry loop's log line around the error it caught: Claude Code's debug log `API error (attempt 1/11): …`, an
  // agent's `API call failed (attempt 2/3): …`. Its words are the loop's, not the error's.
  { name: "<words> (attempt n/m):", pattern: /^[^(){}[\]:"']{0,40}\(attempt \d+\s*(?:\/|of)\s*\d+\):\s*/i },
  { name: "API Error: <status>", pattern: /^API Error:?\s*(\d{3})?\b\s*/ },
  // TypeScript SDK `${status} ${body}`, and short forms such as `400 messages: …`, `429 Too Many Requests`.
  { name: "<status>", pattern: /^(\d{3})\s+(?=[{[]|status code\b)|^([45]\d{2})\s+(?=\S)/ },
  { name: "<Vendor>Exception -", pattern: new RegExp(String.raw`^([A-Z][A-Za-z0-9]*${suffixGroup(SUFFIXES.core)})\s+-\s*`) },
  {
    name: "botocore: An error occurred (<code>) when calling the <operation> operation",
    pattern: new RegExp(String.raw`^${BOTOCORE_CLAUSE}(?: \(reached max retries: \d+\))?:\s*`),
  },
];

/** The botocore clause anywhere in a line (PREFIX_WRAPPERS reads it only at the start). */
const EMBEDDED_BOTOCORE = new RegExp(String.raw`\b${BOTOCORE_CLAUSE}\b`);

/** A snake_case error kind printed bracketed or as a label in a line's own words: `[not_found_error]`, `rate_limit_error:`. */
const PRINTED_KIND = /(?:^|[\s([])([a-z]+(?:_[a-z]+)*_error)(?:\]|:(?=\s|$))/;

/** Body keys that hold the human message, in order of preference. */
const MESSAGE_KEYS = ["message", "Message", "errorMessage", "error_message", "detail", "msg", "reason"] as const;

function isDict(value: Literal | undefined): value is Dict {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A string that is itself a body (`'body': b'{"message":"…"}'`). */
function nestedBody(value: Literal | undefined): Dict | undefined {
  if (typeof value !== "string") return undefined;
  const at = value.search(/\{\s*["'}]/);
  // At the start, or after an app's own words that end in `:` or `-` (`There was an error accessing the API: {…}`).
  if (at < 0 || (at > 2 && !/[:-]\s*$/.test(value.slice(0, at)))) return undefined;
  const read = readLiteral(value, at);
  return isDict(read.value) ? read.value : undefined;
}

interface BodyFacts {
  message?: string;
  code?: string;
  status?: number;
}

/**
 * The longest string in a body that reads as prose (holds a space), at most four levels down: the message of a
 * body whose keys are an app's own (`{'statusCode': 200, 'response': '… The provided model identifier is
 * invalid.'}`, a plugin's `{"args":{"description":"…"}}`).
 */
function longestProse(value: Literal | undefined, depth = 0): string | undefined {
  if (typeof value === "string") return value.includes(" ") ? value : undefined;
  if (depth > 4 || typeof value !== "object" || value === null) return undefined;
  let best: string | undefined;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const found = longestProse(item, depth + 1);
    if (found !== undefined && found.length > (best?.length ?? 0)) best = found;
  }
  return best;
}

/** Takes an inner body's message (and its kind and status where the outer has none), when it has a message. */
function adoptInner(facts: BodyFacts, inner: Dict | undefined, depth: number): void {
  const read = inner ? bodyFacts(inner, depth + 1) : undefined;
  if (read?.message === undefined) return;
  facts.message = read.message;
  if (read.code !== undefined) facts.code ??= read.code;
  if (read.status !== undefined) facts.status ??= read.status;
}

/** Digs the message, kind and status out of a body, innermost first. */
function bodyFacts(body: Dict, depth = 0): BodyFacts {
  const facts: BodyFacts = {};
  if (depth > 4) return facts;
  const error = body["error"] ?? body["Error"];
  if (isDict(error)) Object.assign(facts, bodyFacts(error, depth + 1));
  else if (typeof error === "string" && error.length > 0) {
    const nested = nestedBody(error);
    const description = body["error_description"];
    if (nested) Object.assign(facts, bodyFacts(nested, depth + 1));
    // An OAuth 2.0 error response (RFC 6749 §5.2: `{"error": "invalid_grant", "error_description": "Refresh token
    // not found or invalid"}`): `error` is the kind, `error_description` the words.
    else if (typeof description === "string" && description.length > 0 && /^[a-z]+(?:_[a-z]+)*$/.test(error)) {
      facts.message = description;
      facts.code = error;
    } else facts.message = error;
  }
  for (const key of MESSAGE_KEYS) {
    const value = body[key];
    if (facts.message === undefined && typeof value === "string") facts.message = value;
  }
  // A gateway's envelope around the upstream body (OpenRouter: `{"error":{"message":"Provider returned error",
  // "metadata":{"raw":"{…the provider's own body…}"}}}`): the provider's message and kind are the error.
  const metadata = body["metadata"];
  adoptInner(facts, isDict(metadata) ? nestedBody(metadata["raw"]) : undefined, depth);
  // A message that is itself a body after a platform's words (Bedrock: `The model returned the following errors:
  // {"type":"error","error":{…}}`): the model's own message and kind are the error.
  if (facts.message !== undefined) adoptInner(facts, nestedBody(facts.message), depth);
  // A Go relay's body whose message is aws-sdk-go-v2's chain (`{"error":{"message":"InvokeModelWithResponseStream:
  // operation error Bedrock Runtime: …, https response error StatusCode: 400, RequestID: …, ValidationException: …"}}`):
  // the service's code and message are the error, as when the chain is printed alone (go.ts); the SDK's words are not.
  const chain = facts.message === undefined ? undefined : parseAwsChain(facts.message);
  if (chain?.type) {
    facts.message = chain.message;
    facts.code ??= chain.type;
  }
  // Anthropic: `type`; AWS JSON: `__type`; OpenAI: `code`; Google: `status: 'NOT_FOUND'`; Bedrock frames: a header.
  const headers = body["headers"];
  const kinds = [body["type"], body["__type"], body["code"], isDict(headers) ? headers[":exception-type"] : undefined, body["status"]];
  for (const kind of kinds) if (facts.code === undefined && typeof kind === "string" && kind !== "error" && /^[A-Za-z_][\w.:#-]*$/.test(kind)) facts.code = kind;
  for (const status of [body["status_code"], body["statusCode"], body["status"], body["code"]]) {
    if (facts.status === undefined && typeof status === "number" && status >= 100 && status < 600) facts.status = status;
  }
  if (facts.message === undefined) {
    const nested = nestedBody(body["body"]);
    if (nested) {
      const inner = bodyFacts(nested, depth + 1);
      if (inner.message !== undefined) facts.message = inner.message;
      if (inner.code !== undefined) facts.code ??= inner.code;
    }
  }
  if (facts.message === undefined && depth === 0) {
    const prose = longestProse(body);
    if (prose !== undefined) facts.message = prose;
    // An app's log record whose text holds the client's line with its body (structlog's `{"event": "Error during
    // chat streaming: Error code: 529 - {'type': 'error', …}"}`): that body's message and kind are the error.
    adoptInner(facts, nestedBody(prose), depth);
  }
  return facts;
}

/**
 * What a body that is not valid JSON or repr still says (`{"type":"error",...,"type":"overloaded_error",...}`, a
 * body elided or cut by the user): the innermost kind and the first message, read by pattern.
 */
function elidedFacts(text: string): BodyFacts {
  const facts: BodyFacts = {};
  const kinds = [...text.slice(0, 4_000).matchAll(/["']type["']\s*:\s*["'](\w+_error|\w+Exception)["']/g)];
  const kind = kinds[kinds.length - 1]?.[1];
  if (kind) facts.code = kind;
  const message = /["']message["']\s*:\s*["']([^"'\\]{2,300})/.exec(text.slice(0, 4_000))?.[1];
  if (message) facts.message = message;
  return facts;
}

/** Where an embedded body starts: `{` followed by a quote, a key or `}`, or `[{`. */
function bodyStart(text: string): number {
  const m = /[[(]?\{\s*(?:["'}]|[A-Za-z_]\w*\s*:)/.exec(text);
  if (!m) return -1;
  return m.index + (m[0].startsWith("{") ? 0 : 1);
}

/**
 * A whole message wrapped in quotes (trace 48 prints `TypeError: "Could not resolve …"`, gptme `APIStatusError:
 * 'Overloaded'`). Not when the quote recurs inside: `'NoneType' object has no attribute 'model'` is two quoted values,
 * not one. A single word is a message only when it reads as one, capitalised (`'Overloaded'`): `KeyError: 'model'`
 * quotes a value.
 */
function unquote(text: string): string {
  const m = /^(["'])(.*\s.*|[A-Z][a-z]+)\1$/s.exec(text);
  return m?.[1] && m[2] !== undefined && !m[2].includes(m[1]) ? m[2] : text;
}

/** Trims the punctuation that joined a lead to its body (`… expected 200:`, `AnthropicException -`). */
function trimJoint(text: string): string {
  return text
    .replace(/[\s:(\-–—=[]+$/u, "")
    .replace(/^[\s:)\-–—.,;|·]+/u, "")
    .trim();
}

/**
 * Splits a message into lead, innermost message, status and kind.
 * @param message The message after the exception type (or a whole line when there is no type).
 * @returns What was found; `lead` and `inner` are plain text, not yet parameterized.
 */
export function coreMessage(message: string): MessageParts {
  const parts: MessageParts = { lead: "", inner: "", hasBody: false, truncated: false, wrappers: [] };
  let text = unquote(message.replace(/\s+/g, " ").trim());
  for (let round = 0; round < 4; round++) {
    const wrapper = PREFIX_WRAPPERS.find((w) => w.pattern.test(text));
    if (!wrapper) break;
    const m = wrapper.pattern.exec(text);
    if (!m) break;
    parts.wrappers.push(wrapper.name);
    const status = m.slice(1).find((g) => g !== undefined && /^\d{3}$/.test(g));
    if (wrapper.name.startsWith("botocore")) {
      if (m[1] !== undefined) parts.code ??= m[1];
      if (m[2] !== undefined) parts.operation = m[2];
    } else if (status !== undefined) {
      parts.status ??= Number(status);
    } else if (m[1] && !wrapper.keep) {
      parts.wrappers[parts.wrappers.length - 1] = `${m[1]} -`;
    }
    text = wrapper.keep ? (m[1] ?? "").trim() : text.slice(m[0].length);
  }
  const start = bodyStart(text);
  if (start < 0) {
    parts.lead = trimJoint(text);
  } else {
    const read = readLiteral(text, start);
    parts.hasBody = true;
    parts.truncated = !read.complete;
    parts.lead = trimJoint(text.slice(0, start));
    const body = isDict(read.value) ? read.value : Array.isArray(read.value) && isDict(read.value[0]) ? read.value[0] : undefined;
    const facts = body ? bodyFacts(body) : elidedFacts(text.slice(start));
    parts.inner = (facts.message ?? "").replace(/\s+/g, " ").trim();
    if (facts.code !== undefined) parts.code ??= facts.code;
    if (facts.status !== undefined) parts.status ??= facts.status;
    // A body that closed but named no message (an author's `{…'rate_limit_error'…}`): keep its words.
    if (!parts.inner && read.complete && !body)
      parts.inner = text
        .slice(start, read.end)
        .replace(/[{}[\]'"]/g, " ")
        .replace(/\s+/g, " ")
        .trim();
    if (read.complete) {
      const tail = trimJoint(text.slice(read.end));
      if (!parts.lead && !parts.inner && tail) parts.lead = tail;
    }
  }
  // botocore's clause after an app's own words (`Error processing request:An error occurred (ThrottlingException)
  // when calling the Converse operation …`): its code and operation still say which error it is. The message is
  // left as it was split: only these two facts are read.
  if (parts.code === undefined && parts.operation === undefined) {
    const clause = EMBEDDED_BOTOCORE.exec(parts.lead);
    if (clause?.[1] !== undefined && clause[2] !== undefined) {
      parts.code = clause[1];
      parts.operation = clause[2];
    }
  }
  // An error kind an app prints in its own words, bracketed or as a label (`Anthropic Error: [not_found_error] model:
  // …`, `HTTP 401 authentication_error: invalid x-api-key`): the kind the body would have named.
  if (parts.code === undefined) {
    const kind = PRINTED_KIND.exec(parts.lead)?.[1];
    if (kind !== undefined) parts.code = kind;
  }
  if (parts.status === undefined) {
    const status = statusIn(parts.lead);
    if (status !== undefined) parts.status = status;
  }
  if (!parts.inner && !parts.lead && !parts.hasBody) parts.lead = trimJoint(text);
  return parts;
}
