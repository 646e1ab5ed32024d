/**
 * First-party Anthropic SSE bodies (`text/event-stream`) for the playground and the tests.
 */
import { encodeUtf8 } from "../bytes.ts";
import { encodeSse, type SseEventInput } from "../sse/encode.ts";
import type { Sample } from "./types.ts";

const START: SseEventInput[] = [
  {
    event: "message_start",
    data: '{"type":"message_start","message":{"id":"msg_01","type":"message","role":"assistant","content":[],"model":"claude","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":10,"output_tokens":1}}}',
  },
  { event: "content_block_start", data: '{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}' },
  { event: "ping", data: '{"type": "ping"}' },
  { event: "content_block_delta", data: '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello"}}' },
];

const END: SseEventInput[] = [
  { event: "content_block_delta", data: '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"! How can I help?"}}' },
  { event: "content_block_stop", data: '{"type":"content_block_stop","index":0}' },
  { event: "message_delta", data: '{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":12}}' },
  { event: "message_stop", data: '{"type":"message_stop"}' },
];

/** A complete, successful stream. */
export const SSE_NORMAL: Uint8Array = encodeUtf8(encodeSse([...START, ...END]));

/** The SSE samples. */
export const SSE_SAMPLES: readonly Sample[] = [
  {
    id: "sse-normal",
    title: "Normal complete stream",
    description: "message_start, content_block_start, ping, two text deltas, content_block_stop, message_delta, message_stop.",
    decoder: "sse",
    bytes: SSE_NORMAL,
  },
  {
    id: "sse-overloaded-error",
    title: "event: error overloaded_error after a delta",
    description: "HTTP 200, the first text delta, then event: error with overloaded_error (the P03 signature). A retried request gets the normal stream.",
    decoder: "sse",
    bytes: encodeUtf8(encodeSse([...START, { event: "error", data: '{"type":"error","error":{"details":null,"type":"overloaded_error","message":"Overloaded"}}' }])),
    retry: SSE_NORMAL,
  },
  {
    id: "sse-invalid-request-error",
    title: "event: error invalid_request_error after a delta",
    description: "HTTP 200, the first text delta, then event: error with invalid_request_error, which no retry fixes. The message is illustrative.",
    decoder: "sse",
    bytes: encodeUtf8(encodeSse([...START, { event: "error", data: '{"type":"error","error":{"type":"invalid_request_error","message":"messages: text content blocks must be non-empty"}}' }])),
    retry: SSE_NORMAL,
  },
];

/** The events of {@link SSE_NORMAL} up to the first text delta, and the rest, for samples built from them. */
export { START as SSE_START_EVENTS, END as SSE_END_EVENTS };
