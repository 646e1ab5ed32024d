/**
 * `AnthropicBedrock` streaming in anthropic-sdk-python 0.14.0 – 0.121.0 (P01, issue #1477).
 *
 * Bug: botocore's `to_response_dict()` gives every `:message-type: exception` / `error` frame
 * `status_code: 400`, and the SDK's decoder raises
 * `ValueError(f"Bad response code, expected 200: {response_dict}")`
 * (`src/anthropic/lib/bedrock/_stream_decoder.py:58` in 0.14.0 – 0.109.0, `:59` in 0.110.0 – 0.121.0;
 * https://github.com/anthropics/anthropic-sdk-python/blob/v0.121.0/src/anthropic/lib/bedrock/_stream_decoder.py).
 * The message is the whole dict: status, headers in wire order, raw body. Chunks decode to Anthropic
 * events named by their `type` (0.110.0 on). A corrupt frame raises botocore's `ChecksumMismatch`.
 *
 * Fix (`after`): the exception frame becomes a typed API error, as PR #1479 (`e7781ac3`) does:
 * `internalServerException`, `modelStreamErrorException`, `modelTimeoutException` → `api_error` →
 * `anthropic.InternalServerError`; `throttlingException` → `rate_limit_error` → `anthropic.RateLimitError`;
 * `serviceUnavailableException` → `overloaded_error` → `anthropic.OverloadedError`; `validationException`
 * → `invalid_request_error` → `anthropic.BadRequestError`. The status reported is the service model's
 * (500, 424, 408, 429, 503, 400), not the HTTP 200 the stream arrived on. Type-less chunks are dropped
 * (as 1.13.0 does, #1647), and the request is re-issued for every type but `validationException`.
 */
import { scanEventStream } from "../event-stream/message-decoder.ts";
import { typedStreamError, streamErrorEvent } from "./anthropic-errors.ts";
import { bedrockSseSteps } from "./bedrock-sse-decoder.ts";
import { withRetryDecision } from "./retry-policy.ts";
import { runSdkStream } from "./sdk-stream.ts";
import type { AttemptResult, ClientModel, Fix, VersionNote } from "./types.ts";

const FRAME_B_MESSAGE = "The system encountered an unexpected error during processing. Try your request again.";
const SDK = "https://github.com/anthropics/anthropic-sdk-python";

/** Which SDK versions behave which way for a Bedrock exception frame (the SDK's `lib/bedrock/_stream_decoder.py` at each version, issue #1477). */
export const ANTHROPIC_PYTHON_BEDROCK_VERSIONS: readonly VersionNote[] = [
  {
    versions: "0.14.0 – 0.121.0",
    fix: "before",
    behaviour: "Raises a bare ValueError whose message is botocore's whole response dict, with status_code 400 although the HTTP status was 200. Never retried.",
    example: `ValueError: Bad response code, expected 200: {'status_code': 400, 'headers': {':exception-type': 'internalServerException', ':content-type': 'application/json', ':message-type': 'exception'}, 'body': b'{"message":"${FRAME_B_MESSAGE}"}'}`,
    confirmed: true,
    sources: [`${SDK}/blob/v0.121.0/src/anthropic/lib/bedrock/_stream_decoder.py#L55-L59`, `${SDK}/issues/1477`],
  },
  {
    versions: "1.13.0 (first 1.x release with the change unknown)",
    fix: "other",
    behaviour:
      "The decoder turns the frame into an SSE error event; the stream raises a bare anthropic.APIStatusError with status_code 200 and .type set to the AWS exception name. Not mapped to a typed class, never retried.",
    example: `anthropic.APIStatusError: {'type': 'error', 'error': {'type': 'internalServerException', 'message': '${FRAME_B_MESSAGE}'}}`,
    confirmed: false,
    sources: ["anthropic 1.13.0 wheel: anthropic/lib/bedrock/_stream_decoder.py 55-62, _streaming.py 139-152"],
  },
  {
    versions: "any (user-side fix)",
    fix: "after",
    behaviour:
      "Wrap the stream iteration: catch the ValueError starting with 'Bad response code, expected 200' (0.x) or APIStatusError and check .type (1.x), re-issue the whole request with back-off for every exception type except validationException. Unmerged PR #1479 does the typed mapping inside the SDK.",
    example: `anthropic.InternalServerError: {'type': 'error', 'error': {'type': 'api_error', 'message': '${FRAME_B_MESSAGE}'}}`,
    confirmed: false,
    sources: [`${SDK}/pull/1479`, `${SDK}/commit/e7781ac37e883c1806b43a67910673dfda392063`],
  },
];

function run(bytes: Uint8Array, fix: Fix): AttemptResult {
  const { frames, error } = scanEventStream(bytes);
  const steps = bedrockSseSteps(frames, error, fix === "before" ? "v0.110" : "fixed");
  const { events, outcome } = runSdkStream(steps, {
    onErrorEvent: fix === "before" ? (data) => withoutBody(streamErrorEvent(data)) : (data) => withRetryDecision(typedStreamError(data)),
  });
  return { frames, events, outcome };
}

function withoutBody<T extends { body?: unknown }>(error: T): Omit<T, "body"> {
  const { body: _body, ...rest } = error;
  return rest;
}

/** The model. */
export const anthropicPythonBedrock: ClientModel = {
  id: "anthropic-python-bedrock",
  title: "Anthropic Python SDK, AnthropicBedrock streaming (0.14.0 – 0.121.0)",
  description:
    "A Bedrock exception frame arriving mid-stream, after HTTP 200, becomes a bare ValueError carrying botocore's response dict (status_code 400). The fix raises a typed Anthropic error with the Bedrock exception type and re-issues the request when the type is transient.",
  decoder: "aws-eventstream",
  versions: ANTHROPIC_PYTHON_BEDROCK_VERSIONS,
  run,
};
