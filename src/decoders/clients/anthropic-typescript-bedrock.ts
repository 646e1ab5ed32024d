/**
 * `AnthropicBedrock` from `@anthropic-ai/bedrock-sdk`, streaming with `messages.stream()` (issue
 * anthropic-sdk-typescript#1199).
 *
 * Bug (`before`, bedrock-sdk ≤ 0.30.1 with @anthropic-ai/sdk ≥ 0.103.0): 0.30.1 asks for its own
 * stream class with `options.__streamClass = Stream` (`src/client.ts:183` at bedrock-sdk-v0.30.1),
 * which the core stopped reading: 0.129.0's `defaultParseResponse` always calls
 * `Stream.fromSSEResponse` (`src/internal/parse.ts:22-30`). So the binary event stream is read as text
 * SSE (`ts-sse-decoder.ts`), yields no named event, and `MessageStream.#endRequest` throws
 * `AnthropicError: request ended without sending any chunks` — for every body, good or bad.
 *
 * Fix (`after`, bedrock-sdk 0.30.2 with @anthropic-ai/sdk 0.129.0): response middleware transcodes the
 * event stream to SSE (`#adaptResponse`, `src/client.ts:248-259` at 0.30.2; `bedrock-ts-transcoder.ts`),
 * so a normal stream works. A mid-stream exception frame then ends the stream with `AnthropicError`
 * carrying the exception's message, and an in-band error chunk with `APIError`; neither is retried.
 */
import { scanEventStream } from "../event-stream/message-decoder.ts";
import { bedrockTsSteps } from "./bedrock-ts-transcoder.ts";
import { runTsMessageStream } from "./ts-message-stream.ts";
import { tsStreamSteps } from "./ts-sse-decoder.ts";
import type { AttemptResult, ClientModel, Fix, VersionNote } from "./types.ts";

const SDK = "https://github.com/anthropics/anthropic-sdk-typescript";

/** Versions and behaviours. */
export const ANTHROPIC_TYPESCRIPT_BEDROCK_VERSIONS: readonly VersionNote[] = [
  {
    versions: "@anthropic-ai/bedrock-sdk 0.21.2 – 0.30.1 with @anthropic-ai/sdk 0.103.0 – 0.129.x",
    fix: "before",
    behaviour: "The core ignores __streamClass and parses the binary event stream as SSE; messages.stream() ends with request ended without sending any chunks on every call.",
    example: "AnthropicError: request ended without sending any chunks",
    confirmed: true,
    sources: [`${SDK}/issues/1199`, `${SDK}/blob/bedrock-sdk-v0.30.1/packages/bedrock-sdk/src/client.ts#L183`],
  },
  {
    versions: "@anthropic-ai/bedrock-sdk 0.30.2 and later",
    fix: "after",
    behaviour: "Middleware converts the event stream to SSE. Exception frames end the stream with AnthropicError and the exception's message; the SDK does not retry them.",
    confirmed: true,
    sources: [`${SDK}/blob/bedrock-sdk-v0.30.2/packages/bedrock-sdk/CHANGELOG.md`, "https://www.npmjs.com/package/@anthropic-ai/bedrock-sdk/v/0.30.2"],
  },
];

function run(bytes: Uint8Array, fix: Fix): AttemptResult {
  const { events, outcome } = runTsMessageStream(fix === "before" ? tsStreamSteps(bytes, "0.x") : bedrockTsSteps(bytes), "0.x");
  // The shipped client never decodes a frame; the fixed one decodes them all.
  return { frames: fix === "before" ? [] : scanEventStream(bytes).frames, events, outcome };
}

/** The model. */
export const anthropicTypescriptBedrock: ClientModel = {
  id: "anthropic-typescript-bedrock",
  title: "Anthropic TypeScript SDK on Bedrock, messages.stream() (bedrock-sdk 0.30.1 with a newer core)",
  description:
    "With @anthropic-ai/bedrock-sdk 0.30.1 and @anthropic-ai/sdk 0.103.0 or later, the binary event stream is parsed as text SSE, no event is found, and every stream ends with request ended without sending any chunks. bedrock-sdk 0.30.2 converts the event stream to SSE first.",
  decoder: "aws-eventstream",
  versions: ANTHROPIC_TYPESCRIPT_BEDROCK_VERSIONS,
  run,
};
