/**
 * The TypeScript SDK's `MessageStream` helper (`messages.stream()`, `finalMessage()`, tool runners), as
 * far as the order of events decides its outcome (`src/lib/MessageStream.ts` at 0.129.0: `#handleError`
 * 379-397, `#addStreamEvent` 459-519, `#endRequest` 521-530, `#accumulateMessage` 567-578; at 1.16.0:
 * 426-444, 510-578, 580-589, 626-636).
 *
 * - `message_start` while a message is open throws `Unexpected event order, got message_start before
 *   receiving "message_stop"`; the open message is only reset when a request begins, so even a complete
 *   first message followed by a second one throws (every version).
 * - Any other event before `message_start` throws `Unexpected event order, got <type> before
 *   "message_start"` in 0.x; from 1.0.0 it is ignored (`if (!snapshot) return;`).
 * - A body that ends with no message throws `request ended without sending any chunks`.
 * - Any other exception from the Stream is re-thrown as `AnthropicError` with the same message
 *   (`AnthropicError` and its subclasses pass through as they are).
 * - A `content_block_delta` while the message has no content block reads `.type` of `undefined` in
 *   `#addStreamEvent`: a `TypeError`, re-thrown as `AnthropicError` (reachable in 1.x, whose ignored
 *   `content_block_start` leaves the late message without its block).
 * `<type>` is the event body's `type`, not the SSE name. The bodies are not otherwise checked.
 * The error `type` is the class name, as Node's console and uncaught-error printing show it; `String(err)`
 * and the stack's first line read `Error: …` before 1.6.0, when `err.name` became the class name.
 */
import type { TsStreamStep } from "./ts-sse-decoder.ts";
import type { Outcome, OutcomeError, StreamEvent } from "./types.ts";

/** `0.x`: events before `message_start` throw; `1.x`: they are ignored. */
export type MessageStreamVersion = "0.x" | "1.x";

/** The SDK's own error classes, which `#handleError` passes through unwrapped. */
const ANTHROPIC_CLASSES: ReadonlySet<string> = new Set(["AnthropicError", "APIError", "APIUserAbortError"]);

function anthropicError(message: string): OutcomeError {
  return { type: "AnthropicError", message };
}

/**
 * Runs `MessageStream` over the Stream's steps.
 * @param steps The Stream's output, in order.
 * @param version Which order check to apply.
 * @returns The SSE events read before the helper stopped, and how it stopped.
 */
export function runTsMessageStream(steps: Iterable<TsStreamStep>, version: MessageStreamVersion): { events: StreamEvent[]; outcome: Outcome } {
  const events: StreamEvent[] = [];
  let open = false;
  let blocks = 0;
  for (const step of steps) {
    if (step.sse) events.push(step.sse);
    if (step.raise) {
      const error = ANTHROPIC_CLASSES.has(step.raise.type) ? step.raise : anthropicError(step.raise.message);
      return { events, outcome: { error } };
    }
    if (!step.item) continue;
    const type = typeof step.item === "object" && step.item !== null ? step.item.type : undefined;
    if (type === "message_start") {
      if (open) return { events, outcome: { error: anthropicError('Unexpected event order, got message_start before receiving "message_stop"') } };
      open = true;
      const content = (step.item as { message?: { content?: unknown } }).message?.content;
      blocks = Array.isArray(content) ? content.length : 0;
    } else if (!open) {
      if (version === "0.x") return { events, outcome: { error: anthropicError(`Unexpected event order, got ${String(type)} before "message_start"`) } };
    } else if (type === "content_block_start") blocks++;
    else if (type === "content_block_delta" && blocks === 0) {
      return { events, outcome: { error: anthropicError("Cannot read properties of undefined (reading 'type')") } };
    }
  }
  if (!open) return { events, outcome: { error: anthropicError("request ended without sending any chunks") } };
  return { events, outcome: { ok: true } };
}
