/**
 * How the Anthropic Python SDK turns a mid-stream `event: error` into an exception, and the mappings
 * errata's fixed clients use.
 *
 * The SDK (`_streaming.py:154-167` at v0.121.0) JSON-decodes the event data, formats it with
 * `f"{body}"` (a Python dict repr), and calls `_make_status_error` with the original HTTP 200
 * response, so every status table falls through to the bare `anthropic.APIStatusError`
 * (`status_code == 200`, `.type == body['error']['type']`, `_exceptions.py:65-83`).
 */
import { pyStr } from "../python/repr.ts";
import { jsonToPython } from "../python/json-to-python.ts";
import { isPyDict, pyDict, type PyDict, type PyValue } from "../python/values.ts";
import type { BedrockExceptionType } from "./botocore.ts";
import type { OutcomeError } from "./types.ts";

/** Anthropic error types and the class and status they map to (docs.claude.com/en/api/errors; PR #1479 `_BODY_ERROR_TYPE_TO_EXCEPTION`). */
export const ANTHROPIC_ERROR_CLASSES: Readonly<Record<string, { type: string; status: number }>> = {
  invalid_request_error: { type: "anthropic.BadRequestError", status: 400 },
  authentication_error: { type: "anthropic.AuthenticationError", status: 401 },
  permission_error: { type: "anthropic.PermissionDeniedError", status: 403 },
  not_found_error: { type: "anthropic.NotFoundError", status: 404 },
  rate_limit_error: { type: "anthropic.RateLimitError", status: 429 },
  api_error: { type: "anthropic.InternalServerError", status: 500 },
  overloaded_error: { type: "anthropic.OverloadedError", status: 529 },
};

/** Anthropic error types worth re-issuing the request for (transient capacity and server faults). */
export const RETRYABLE_ANTHROPIC_TYPES: ReadonlySet<string> = new Set(["overloaded_error", "api_error", "rate_limit_error"]);

/**
 * Bedrock exception types, PR #1479's Anthropic type for each, the service-model HTTP status
 * (bedrock-runtime service-2.json `error.httpStatusCode`), and whether the whole request should be
 * re-issued (every type but `validationException`, which a retry cannot fix).
 */
export const BEDROCK_EXCEPTION_MAPPING: Readonly<Record<BedrockExceptionType, { anthropicType: string; status: number; retryable: boolean }>> = {
  internalServerException: { anthropicType: "api_error", status: 500, retryable: true },
  modelStreamErrorException: { anthropicType: "api_error", status: 424, retryable: true },
  validationException: { anthropicType: "invalid_request_error", status: 400, retryable: false },
  throttlingException: { anthropicType: "rate_limit_error", status: 429, retryable: true },
  modelTimeoutException: { anthropicType: "api_error", status: 408, retryable: true },
  serviceUnavailableException: { anthropicType: "overloaded_error", status: 503, retryable: true },
};

/**
 * `body["error"]["type"]` when it exists, as `APIStatusError.type` reads it.
 * @param body The decoded event data.
 * @returns The type, when it is a string.
 */
function errorTypeOf(body: PyValue | undefined): string | undefined {
  if (!isPyDict(body)) return undefined;
  const error = body.value.get("error");
  if (!isPyDict(error)) return undefined;
  const type = error.value.get("type");
  return typeof type === "string" ? type : undefined;
}

/**
 * The SDK's handling of an SSE `event: error` (`_streaming.py:154-167`): the message is `f"{body}"` when
 * the data is JSON, else the raw data, else `Error code: 200`; the class is the bare
 * `anthropic.APIStatusError` because the HTTP status is 200.
 * @param data The event's data.
 * @returns The raised error (status 200, `errorType` = `.type`).
 */
export function streamErrorEvent(data: string): OutcomeError & { body?: PyValue } {
  let body: PyValue | undefined;
  let message: string;
  try {
    body = jsonToPython(data);
    message = pyStr(body);
  } catch {
    message = data === "" ? "Error code: 200" : data;
  }
  const error: OutcomeError & { body?: PyValue } = { type: "anthropic.APIStatusError", message, status: 200 };
  const errorType = errorTypeOf(body);
  if (errorType !== undefined) error.errorType = errorType;
  if (body !== undefined) error.body = body;
  return error;
}

/**
 * PR #1479's body-aware `_make_status_error`: the class comes from `body.error.type` when it names an
 * Anthropic type, otherwise the HTTP-200 fallback (`APIStatusError`).
 * @param data The `event: error` data.
 * @returns The typed error with the Anthropic status and whether a retry helps.
 */
export function typedStreamError(data: string): OutcomeError {
  const { body: _body, ...raised } = streamErrorEvent(data);
  const mapped = raised.errorType === undefined ? undefined : ANTHROPIC_ERROR_CLASSES[raised.errorType];
  if (mapped) {
    raised.type = mapped.type;
    raised.status = mapped.status;
  }
  raised.retryable = raised.errorType !== undefined && RETRYABLE_ANTHROPIC_TYPES.has(raised.errorType);
  return raised;
}

/**
 * The envelope a Bedrock decoder builds with
 * `json.dumps({"type": "error", "error": {"type": type, "message": message}})`, as Python reads it back.
 * @param type The error type.
 * @param message The message value.
 * @returns The dict.
 */
export function errorEnvelope(type: PyValue, message: PyValue): PyDict {
  return pyDict([
    ["type", "error"],
    [
      "error",
      pyDict([
        ["type", type],
        ["message", message],
      ]),
    ],
  ]);
}
