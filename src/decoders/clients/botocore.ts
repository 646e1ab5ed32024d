/**
 * The botocore pieces every Bedrock client model goes through (botocore 1.43.11; `eventstream.py` and
 * `parsers.py` at 0e6e2404):
 * - `EventStreamMessage.to_response_dict()` (`eventstream.py:343-351`): status 400 for `:message-type`
 *   `error` or `exception`, else 200; header values typed by `DecodeUtils` (bool, int, bytes, str).
 * - `EventStreamJSONParser.parse(response_dict, ResponseStream)` (`parsers.py:238-283, 975-1060`),
 *   including the Python exceptions it raises on odd bodies, because the Anthropic SDK calls it before
 *   its own status check.
 */
import type { DecodedFrame, DecodedHeader } from "../event-stream/types.ts";
import { type PyException, pyB64decode } from "../python/b64decode.ts";
import { jsonToPython, PyRecursionError } from "../python/json-to-python.ts";
import { pyDecodeUtf8 } from "../python/utf8.ts";
import { isPyDict, pyBytes, pyDict, pyInt, type PyDict, type PyValue, pyTypeName } from "../python/values.ts";

/** The modeled members of bedrock-runtime's `ResponseStream` union (service-2.json, API 2023-09-30). */
export const BEDROCK_EXCEPTION_TYPES = [
  "internalServerException",
  "modelStreamErrorException",
  "validationException",
  "throttlingException",
  "modelTimeoutException",
  "serviceUnavailableException",
] as const;

/** One of {@link BEDROCK_EXCEPTION_TYPES}. */
export type BedrockExceptionType = (typeof BEDROCK_EXCEPTION_TYPES)[number];

/**
 * Members of each `ResponseStream` shape: `chunk` is `PayloadPart { bytes: blob }`; the exceptions carry
 * `message` (and `modelStreamErrorException` its original status and message).
 */
const MEMBERS: Record<string, readonly string[]> = {
  chunk: ["bytes"],
  internalServerException: ["message"],
  modelStreamErrorException: ["message", "originalStatusCode", "originalMessage"],
  validationException: ["message"],
  throttlingException: ["message"],
  modelTimeoutException: ["message"],
  serviceUnavailableException: ["message"],
};

/**
 * A header value as botocore's `DecodeUtils` returns it: bool, int (byte to long and timestamp in
 * milliseconds), bytes (byte_array and uuid), str.
 * @param header A decoded header.
 * @returns The Python value.
 */
function botocoreHeaderValue(header: DecodedHeader): PyValue {
  switch (header.type) {
    case "boolean":
    case "string":
      return header.value;
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "timestamp":
      return pyInt(header.value);
    case "byte_array":
    case "uuid":
      return pyBytes(header.value);
  }
}

/**
 * The headers dict botocore builds, in wire order.
 * @param frame A decoded frame.
 * @returns `{':event-type': 'chunk', …}`.
 */
export function botocoreHeaders(frame: DecodedFrame): PyDict {
  return pyDict(frame.headers.map((header) => [header.name, botocoreHeaderValue(header)] as const));
}

/**
 * `EventStreamMessage.to_response_dict()`.
 * @param frame A decoded frame.
 * @returns `{'status_code': 200 | 400, 'headers': {...}, 'body': b'...'}`.
 */
export function toResponseDict(frame: DecodedFrame): PyDict {
  return pyDict([
    ["status_code", pyInt(responseStatus(frame))],
    ["headers", botocoreHeaders(frame)],
    ["body", pyBytes(frame.payload)],
  ]);
}

/**
 * The status `to_response_dict()` assigns: 400 when `:message-type` is the string `error` or
 * `exception` (`eventstream.py:343-351`), 200 otherwise. It is not an HTTP status.
 * @param frame A decoded frame.
 * @returns 200 or 400.
 */
export function responseStatus(frame: DecodedFrame): 200 | 400 {
  const messageType = headerValue(frame, ":message-type");
  return messageType === "error" || messageType === "exception" ? 400 : 200;
}

/**
 * `headers.get(name)` on botocore's headers dict.
 * @param frame A decoded frame.
 * @param name The header name.
 * @returns The Python value, or `undefined` when absent.
 */
export function headerValue(frame: DecodedFrame, name: string): PyValue | undefined {
  const header = frame.headers.find((candidate) => candidate.name === name);
  return header ? botocoreHeaderValue(header) : undefined;
}

/** What `parser.parse(response_dict, ResponseStream)` returns, or the exception it raises. */
export type BotocoreParse = { ok: true; status: 200 | 400; parsed: PyDict } | { ok: false; status: 200 | 400; error: PyException };

/** A Python exception thrown through the parse steps. */
class Raised extends Error {
  readonly error: PyException;
  constructor(error: PyException) {
    super(error.message);
    this.error = error;
  }
}

/** `BaseJSONParser._parse_body_as_json`: `{}` for an empty body, `{'message': text}` when not JSON. */
function parseBodyAsJson(body: Uint8Array): PyValue {
  if (body.length === 0) return pyDict([]);
  const decoded = pyDecodeUtf8(body);
  if (!decoded.ok) throw new Raised({ type: "UnicodeDecodeError", message: decoded.error.message });
  try {
    return jsonToPython(decoded.text);
  } catch (error) {
    // json.JSONDecodeError is a ValueError, which botocore catches; RecursionError is not, so it escapes.
    if (error instanceof PyRecursionError) throw new Raised({ type: "RecursionError", message: error.message });
    return pyDict([["message", decoded.text]]);
  }
}

/** `BaseJSONParser._handle_structure` for one `ResponseStream` member shape. */
function parseStructure(member: string, value: PyValue): PyValue {
  if (value === null) return null;
  if (!isPyDict(value)) {
    throw new Raised({ type: "AttributeError", message: `'${pyTypeName(value)}' object has no attribute 'get'` });
  }
  const parsed: [string, PyValue][] = [];
  for (const name of MEMBERS[member] ?? []) {
    const raw = value.value.get(name);
    if (raw === undefined || raw === null) continue;
    if (name === "bytes") {
      const decoded = pyB64decode(raw);
      if (!decoded.ok) throw new Raised(decoded.error);
      parsed.push([name, pyBytes(decoded.bytes)]);
    } else parsed.push([name, raw]);
  }
  return pyDict(parsed);
}

/** `dict.get(key, default)` on a parsed value that must be a dict. */
function get(value: PyValue, key: string, fallback: PyValue): PyValue {
  if (!isPyDict(value)) throw new Raised({ type: "AttributeError", message: `'${pyTypeName(value)}' object has no attribute 'get'` });
  return value.value.get(key) ?? fallback;
}

/** What `_do_error_parse` returns: `{'Error': {'Code': code, 'Message': message}}`. */
function errorParse(status: 400, code: PyValue, message: PyValue): BotocoreParse {
  return {
    ok: true,
    status,
    parsed: pyDict([
      [
        "Error",
        pyDict([
          ["Code", code],
          ["Message", message],
        ]),
      ],
    ]),
  };
}

/**
 * Runs botocore's event-stream JSON parser over a frame.
 * @param frame A decoded frame.
 * @returns The parsed dict (`{'chunk': {'bytes': b'...'}}`, `{'Error': {'Code': …, 'Message': …}}`,
 *   or `{}` for an event type the model does not know), or the exception raised.
 */
export function botocoreParse(frame: DecodedFrame): BotocoreParse {
  const status = responseStatus(frame);
  try {
    if (status === 400) {
      // `BaseEventStreamParser._do_error_parse`.
      const exceptionType = headerValue(frame, ":exception-type");
      if (typeof exceptionType === "string" && Object.hasOwn(MEMBERS, exceptionType)) {
        const body = parseStructure(exceptionType, parseBodyAsJson(frame.payload));
        return errorParse(status, exceptionType, get(body, "Message", get(body, "message", "")));
      }
      return errorParse(status, headerValue(frame, ":error-code") ?? "", headerValue(frame, ":error-message") ?? "");
    }
    // `BaseEventStreamParser._do_parse`: only a known `:event-type` produces a member.
    const eventType = headerValue(frame, ":event-type");
    if (typeof eventType !== "string" || !Object.hasOwn(MEMBERS, eventType)) return { ok: true, status, parsed: pyDict([]) };
    // Only `chunk` (PayloadPart) is marked as an event shape, so only it parses its payload.
    const member = eventType === "chunk" ? parseStructure(eventType, parseBodyAsJson(frame.payload)) : pyDict([]);
    if (member === null) {
      // `final_parsed.update(None)` in `_parse_payload`.
      throw new Raised({ type: "TypeError", message: "'NoneType' object is not iterable" });
    }
    return { ok: true, status, parsed: pyDict([[eventType, member]]) };
  } catch (error) {
    if (error instanceof Raised) return { ok: false, status, error: error.error };
    throw error;
  }
}
