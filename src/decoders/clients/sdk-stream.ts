/**
 * The Anthropic Python SDK's `Stream.__stream__` (`_streaming.py:86-170` at v0.121.0), which every
 * Anthropic client model feeds with server-sent events: known event names are JSON-decoded and
 * yielded, `completion` too, `ping` and unknown names are skipped, and `event: error` raises.
 */
import { JsonDecodeError, jsonToPython, PyRecursionError } from "../python/json-to-python.ts";
import type { PyValue } from "../python/values.ts";
import type { Outcome, OutcomeError, StreamEvent } from "./types.ts";

/**
 * What a decoder hands the stream: an SSE event, or an exception raised while decoding. An `error`
 * event may carry the exception a fixed client raises for it, which then replaces `onErrorEvent`.
 */
export type DecoderStep = { sse: StreamEvent; error?: OutcomeError } | { raise: OutcomeError };

/**
 * Event names `__stream__` JSON-decodes and yields (v0.121.0). Bedrock only ever produces the
 * Messages ones; the managed-agents names are listed because the SDK treats them the same way.
 */
export const YIELDED_EVENT_NAMES: ReadonlySet<string> = new Set([
  "message_start",
  "message_delta",
  "message_stop",
  "content_block_start",
  "content_block_delta",
  "content_block_stop",
  "message",
  "user.message",
  "user.interrupt",
  "user.tool_confirmation",
  "user.custom_tool_result",
  "user.tool_result",
  "agent.message",
  "agent.thinking",
  "agent.tool_use",
  "agent.tool_result",
  "agent.mcp_tool_use",
  "agent.mcp_tool_result",
  "agent.custom_tool_use",
  "agent.thread_context_compacted",
  "session.status_running",
  "session.status_idle",
  "session.status_rescheduled",
  "session.status_terminated",
  "session.error",
  "session.deleted",
  "session.updated",
  "span.model_request_start",
  "span.model_request_end",
  "span.outcome_evaluation_start",
  "span.outcome_evaluation_ongoing",
  "span.outcome_evaluation_end",
  "user.define_outcome",
  "agent.thread_message_received",
  "agent.thread_message_sent",
  "agent.session_thread_message_received",
  "agent.session_thread_message_sent",
  "session.thread_created",
  "session.thread_status_created",
  "session.thread_status_running",
  "session.thread_status_idle",
  "session.thread_status_rescheduled",
  "session.thread_status_terminated",
  "event_start",
  "event_delta",
  "system.message",
]);

/** Hooks that differ between the modelled versions. */
export interface SdkStreamOptions {
  /** Builds the exception for an `event: error` (the SDK's, or a fixed client's). */
  onErrorEvent: (data: string) => OutcomeError;
  /** Called with each yielded event's decoded body; returns the exception the consumer hits, if any. */
  consume?: (event: StreamEvent, body: PyValue) => OutcomeError | undefined;
}

/**
 * Runs `__stream__` over decoder steps.
 * @param steps The decoder's output, in order.
 * @param options The version-specific hooks.
 * @returns Every SSE event the decoder produced before the stream stopped, and how it stopped.
 */
export function runSdkStream(steps: Iterable<DecoderStep>, options: SdkStreamOptions): { events: StreamEvent[]; outcome: Outcome } {
  const events: StreamEvent[] = [];
  for (const step of steps) {
    if ("raise" in step) return { events, outcome: { error: step.raise } };
    const { sse } = step;
    events.push(sse);
    if (sse.type === "completion" || YIELDED_EVENT_NAMES.has(sse.type)) {
      let body: PyValue;
      try {
        // `sse.json()` is a bare `json.loads(self.data)`: bad JSON escapes as JSONDecodeError.
        body = jsonToPython(sse.data);
      } catch (error) {
        if (error instanceof JsonDecodeError) {
          return { events, outcome: { error: { type: "json.decoder.JSONDecodeError", message: error.message } } };
        }
        if (error instanceof PyRecursionError) return { events, outcome: { error: { type: "RecursionError", message: error.message } } };
        throw error;
      }
      const crash = options.consume?.(sse, body);
      if (crash) return { events, outcome: { error: crash } };
    } else if (sse.type === "error") {
      return { events, outcome: { error: step.error ?? options.onErrorEvent(sse.data) } };
    }
  }
  return { events, outcome: { ok: true } };
}
