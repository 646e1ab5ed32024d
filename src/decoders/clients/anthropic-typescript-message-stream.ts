/**
 * The TypeScript SDK's `messages.stream()` over an SSE body whose events are out of order, as gateways
 * and "Anthropic-compatible" servers send them (`src/lib/MessageStream.ts:567-578` at
 * @anthropic-ai/sdk 0.129.0; `:626-636` at 1.0.0 and 1.16.0; the reading is `ts-sse-decoder.ts`, with
 * each major version's Stream rule).
 *
 * Bug (`before`, 0.x): the first event that is not `message_start` throws `AnthropicError: Unexpected
 * event order, got <type> before "message_start"`, and a second `message_start` in the same response
 * throws `… got message_start before receiving "message_stop"`.
 *
 * Fix (`after`, 1.0.0 and later): events before `message_start` are ignored, so a late `message_start`
 * works and a stream that never sends one ends with `request ended without sending any chunks`. The
 * second-`message_start` check is unchanged: only the gateway can fix that stream. Nothing is retried.
 */
import { runTsMessageStream, type MessageStreamVersion } from "./ts-message-stream.ts";
import { tsStreamSteps } from "./ts-sse-decoder.ts";
import type { AttemptResult, ClientModel, Fix, VersionNote } from "./types.ts";

/** Versions and behaviours. */
export const ANTHROPIC_TYPESCRIPT_MESSAGE_STREAM_VERSIONS: readonly VersionNote[] = [
  {
    versions: "@anthropic-ai/sdk 0.x (read at 0.129.0)",
    fix: "before",
    behaviour: "MessageStream throws for the first event before message_start, and for a second message_start in one response. String(err) reads Error: …; Node's console shows AnthropicError: ….",
    example: 'AnthropicError: Unexpected event order, got content_block_start before "message_start"',
    confirmed: true,
    sources: ["https://www.npmjs.com/package/@anthropic-ai/sdk/v/0.129.0", "https://github.com/router-for-me/CLIProxyAPI/pull/529", "https://github.com/openclaw/openclaw/issues/44482"],
  },
  {
    versions: "@anthropic-ai/sdk 1.0.0 – 1.16.0",
    fix: "after",
    behaviour: "Events before message_start are ignored; with no message_start at all the stream ends with request ended without sending any chunks. A second message_start still throws.",
    example: 'AnthropicError: Unexpected event order, got message_start before receiving "message_stop"',
    confirmed: true,
    sources: ["https://www.npmjs.com/package/@anthropic-ai/sdk/v/1.0.0", "https://www.npmjs.com/package/@anthropic-ai/sdk/v/1.16.0", "https://github.com/openclaw/openclaw/issues/7721"],
  },
];

function run(bytes: Uint8Array, fix: Fix): AttemptResult {
  const version: MessageStreamVersion = fix === "before" ? "0.x" : "1.x";
  return { frames: [], ...runTsMessageStream(tsStreamSteps(bytes, version), version) };
}

/** The model. */
export const anthropicTypescriptMessageStream: ClientModel = {
  id: "anthropic-typescript-message-stream",
  title: "Anthropic TypeScript SDK, messages.stream() (events out of order)",
  description:
    "The 0.x MessageStream throws as soon as an event arrives before message_start, or a second message_start arrives in the same response. 1.x ignores events before message_start; a repeated message_start still throws.",
  decoder: "sse",
  versions: ANTHROPIC_TYPESCRIPT_MESSAGE_STREAM_VERSIONS,
  run,
};
