/**
 * The first-party TypeScript `Anthropic` client streaming with `messages.stream()` when an `event: error`
 * arrives after HTTP 200 (`src/core/streaming.ts:139-143` at @anthropic-ai/sdk 0.129.0, same in 1.16.0;
 * `MessageStream.#handleError` passes the `APIError` through; the reading is `ts-sse-decoder.ts`).
 *
 * Bug (`before`, 0.x and 1.x): `Stream.fromSSEResponse` throws `new APIError(undefined, body, …,
 * body.error.type)`: no status, the body's JSON as message, `.type` from the body (0.81.0+). The SDK's
 * retries ended when the response began, so it is never retried. `String(err)` reads `Error: …` before
 * 1.6.0 and `APIError: …` from it; Node's console shows `APIError: …` in both.
 *
 * Fix (`after`): the page's helper catches an `APIError` with no status around `finalMessage()` and
 * re-issues the request with back-off when `.type` is `overloaded_error`, `api_error`,
 * `rate_limit_error` or `timeout_error`; anything else is re-thrown. It is modelled on 1.x, with the
 * replay's common limit of 3 attempts (the page's helper allows 4).
 */
import { runTsMessageStream } from "./ts-message-stream.ts";
import { tsStreamSteps } from "./ts-sse-decoder.ts";
import type { AttemptResult, ClientModel, Fix, VersionNote } from "./types.ts";

/** The `.type` values the page's TypeScript helper retries. */
const RETRYABLE: ReadonlySet<string> = new Set(["overloaded_error", "api_error", "rate_limit_error", "timeout_error"]);

/** Versions and behaviours. */
export const ANTHROPIC_TYPESCRIPT_SSE_VERSIONS: readonly VersionNote[] = [
  {
    versions: "@anthropic-ai/sdk 0.x and 1.x (read at 0.129.0 and 1.16.0)",
    fix: "before",
    behaviour: "A mid-stream event: error throws APIError with status undefined and the body's JSON as message; .type exists from 0.81.0. Never retried by the SDK.",
    example: 'APIError: {"type":"error","error":{"details":null,"type":"overloaded_error","message":"Overloaded"}}',
    confirmed: true,
    sources: ["https://www.npmjs.com/package/@anthropic-ai/sdk/v/0.129.0", "https://www.npmjs.com/package/@anthropic-ai/sdk/v/1.16.0"],
  },
  {
    versions: "any (user-side fix)",
    fix: "after",
    behaviour: "Catch APIError with no status around finalMessage() and re-issue the request with back-off for overloaded_error, api_error, rate_limit_error and timeout_error.",
    confirmed: false,
    sources: ["https://docs.claude.com/en/api/errors"],
  },
];

function run(bytes: Uint8Array, fix: Fix): AttemptResult {
  const { events, outcome } = runTsMessageStream(tsStreamSteps(bytes, "1.x"), "1.x");
  if (fix === "before" || !("error" in outcome)) return { frames: [], events, outcome };
  const { error } = outcome;
  const retryable = error.type === "APIError" && error.status === undefined && error.errorType !== undefined && RETRYABLE.has(error.errorType);
  return { frames: [], events, outcome: { error: { ...error, retryable } } };
}

/** The model. */
export const anthropicTypescriptSse: ClientModel = {
  id: "anthropic-typescript-sse",
  title: "Anthropic TypeScript SDK, messages.stream() (event: error after HTTP 200)",
  description:
    "An SSE error event after HTTP 200 throws APIError with no status and the body as message, whatever the error type, and the SDK does not retry it. The fix checks .type and re-issues the request for overloaded, API, rate-limit and timeout errors.",
  decoder: "sse",
  versions: ANTHROPIC_TYPESCRIPT_SSE_VERSIONS,
  run,
};
