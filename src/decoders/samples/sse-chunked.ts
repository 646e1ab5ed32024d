/**
 * First-party SSE bodies with their HTTP/1.1 chunked framing, as `curl --raw` saves them: one chunk per
 * event (each event flushed on its own), then the zero-size chunk and the empty trailer. The cut samples
 * stop where a dropped connection stops them, with no final chunk (anthropic-sdk-python#1470,
 * anthropic-sdk-typescript#842: streams that end without `message_stop`).
 */
import { encodeUtf8 } from "../bytes.ts";
import { encodeSse, type SseEventInput } from "../sse/encode.ts";
import { SSE_END_EVENTS, SSE_START_EVENTS } from "./sse.ts";
import type { Sample } from "./types.ts";

function chunk(text: string): string {
  return `${encodeUtf8(text).length.toString(16)}\r\n${text}\r\n`;
}

function chunked(events: readonly SseEventInput[]): string {
  return events.map((event) => chunk(encodeSse([event]))).join("");
}

const LAST_CHUNK = "0\r\n\r\n";
const ALL = [...SSE_START_EVENTS, ...SSE_END_EVENTS];

/** The normal stream, chunked and complete: what a retried request receives. */
export const SSE_CHUNKED_NORMAL: Uint8Array = encodeUtf8(chunked(ALL) + LAST_CHUNK);

/** The second text delta's chunk, cut 20 bytes into its data. */
function cutInsideNextChunk(): string {
  const next = chunk(encodeSse([SSE_END_EVENTS[0]!]));
  return next.slice(0, next.indexOf("\r\n") + 2 + 20);
}

/** The chunked samples. */
export const SSE_CHUNKED_SAMPLES: readonly Sample[] = [
  {
    id: "sse-chunked-normal",
    title: "Normal stream with its chunked framing",
    description: "The normal stream as curl --raw shows it: one chunk per event, then the zero-size chunk and the empty trailer.",
    decoder: "sse",
    bytes: SSE_CHUNKED_NORMAL,
  },
  {
    id: "sse-chunked-cut-mid-event",
    title: "Connection closed in the middle of an event",
    description: "message_start, content_block_start, ping and the first text delta arrive; the next chunk is cut 20 bytes into its data and no final chunk follows.",
    decoder: "sse",
    bytes: encodeUtf8(chunked(SSE_START_EVENTS) + cutInsideNextChunk()),
    retry: SSE_CHUNKED_NORMAL,
  },
  {
    id: "sse-chunked-cut-before-message-stop",
    title: "Connection closed before message_stop",
    description: "Every event up to message_delta arrives in whole chunks; then the connection closes, with no message_stop and no final chunk.",
    decoder: "sse",
    bytes: encodeUtf8(chunked(ALL.filter((event) => event.event !== "message_stop"))),
    retry: SSE_CHUNKED_NORMAL,
  },
  {
    id: "sse-chunked-overloaded-error",
    title: "event: error overloaded_error, then a proper end",
    description: "The first text delta, then event: error with overloaded_error, then the final chunk: the body is complete, so this is an APIStatusError, not a transport error.",
    decoder: "sse",
    bytes: encodeUtf8(chunked([...SSE_START_EVENTS, { event: "error", data: '{"type":"error","error":{"details":null,"type":"overloaded_error","message":"Overloaded"}}' }]) + LAST_CHUNK),
    retry: SSE_CHUNKED_NORMAL,
  },
];
