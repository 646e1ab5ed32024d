/**
 * The first-party `Anthropic` client streaming Messages over SSE (P03; anthropic-sdk-python
 * `_streaming.py:154-167` at v0.121.0; issues #1258, #1918).
 *
 * Bug (`before`): an `event: error` after HTTP 200 raises `self._client._make_status_error(f"{body}",
 * body=body, response=<HTTP 200>)`. Every status branch misses, so it is the bare
 * `anthropic.APIStatusError` with `status_code == 200` and the body's Python dict repr as message,
 * e.g. `{'type': 'error', 'error': {'details': None, 'type': 'overloaded_error', 'message': 'Overloaded'}}`.
 * It is raised during iteration, after the SDK's retry loop is done, so it is never retried.
 * `.type` (from v0.87.0, #1587) holds `body['error']['type']`.
 *
 * Fix (`after`): the caller wraps the iteration, branches on `err.type`, and re-issues the request with
 * back-off for `overloaded_error`, `api_error` and `rate_limit_error`; `invalid_request_error` and other
 * client errors are not retried. The exception class itself is unchanged (PR #1921 proposes a typed one).
 */
import { streamErrorEvent } from "./anthropic-errors.ts";
import { withRetryDecision } from "./retry-policy.ts";
import { sdkSseSteps } from "./sdk-sse-decoder.ts";
import { runSdkStream } from "./sdk-stream.ts";
import type { AttemptResult, ClientModel, Fix, VersionNote } from "./types.ts";

const SDK = "https://github.com/anthropics/anthropic-sdk-python";

/** Versions and behaviours. */
export const ANTHROPIC_PYTHON_SSE_VERSIONS: readonly VersionNote[] = [
  {
    versions: "0.87.0 – 0.121.0 and 1.x (main as of #1918)",
    fix: "before",
    behaviour: "A mid-stream event: error raises a bare anthropic.APIStatusError with status_code 200 and .type from the body; the SDK never retries it. Before 0.87.0 the same error had no .type.",
    example: "anthropic.APIStatusError: {'type': 'error', 'error': {'details': None, 'type': 'overloaded_error', 'message': 'Overloaded'}}",
    confirmed: true,
    sources: [`${SDK}/blob/v0.121.0/src/anthropic/_streaming.py#L154-L167`, `${SDK}/issues/1258`, `${SDK}/issues/1918`, `${SDK}/pull/1587`],
  },
  {
    versions: "any (user-side fix)",
    fix: "after",
    behaviour:
      "Catch APIStatusError around the iteration and re-issue the request with back-off when .type is overloaded_error, api_error or rate_limit_error; fix the request for invalid_request_error.",
    confirmed: false,
    sources: [`${SDK}/pull/1921`],
  },
];

function run(bytes: Uint8Array, fix: Fix): AttemptResult {
  const { events, outcome } = runSdkStream(sdkSseSteps(bytes), {
    onErrorEvent: (data) => {
      const { body: _body, ...raised } = streamErrorEvent(data);
      return fix === "before" ? raised : withRetryDecision(raised);
    },
  });
  return { frames: [], events, outcome };
}

/** The model. */
export const anthropicPythonSse: ClientModel = {
  id: "anthropic-python-sse",
  title: "Anthropic Python SDK, first-party streaming (event: error after HTTP 200)",
  description:
    "An SSE error event after HTTP 200 raises a bare APIStatusError with status_code 200, whatever the error type, and is never retried. The fix branches on .type and re-issues the request for overloaded, API and rate-limit errors.",
  decoder: "sse",
  versions: ANTHROPIC_PYTHON_SSE_VERSIONS,
  run,
};
