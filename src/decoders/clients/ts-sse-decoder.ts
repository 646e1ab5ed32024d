/**
 * The Anthropic TypeScript SDK's SSE reading, which every TypeScript client model shares:
 * `_iterSSEMessages` with its `LineDecoder` and `SSEDecoder` (`src/core/streaming.ts:276-372` and
 * `src/internal/decoders/line.ts:11-104` at 0.129.0; rewritten in one function in 1.16.0,
 * `src/core/streaming.ts:223-314`, with the same result on a whole body), then `Stream.fromSSEResponse`,
 * which throws `APIError` for `event: error` and otherwise differs by major version:
 * - 0.x (`src/core/streaming.ts:52-156` at 0.129.0) JSON-parses only the known event names and skips
 *   `ping`, unnamed and unknown events;
 * - 1.x (`:52-104` at 1.0.0 and 1.16.0) skips `ping`, unnamed events and empty data, and JSON-parses
 *   every other event, whatever its name.
 *
 * What a replay must keep: lines end at CRLF, LF or a lone CR; each line is decoded leniently (bad
 * bytes become U+FFFD, a BOM at the start of a line is dropped); only the `event` and `data` fields
 * count (`id` and `retry` are ignored, unlike the WHATWG algorithm); a blank line dispatches only when
 * an `event` or `data` field was set. An event without an `event:` line has the name `null`, shown with
 * the type `""`.
 */
import { YIELDED_EVENT_NAMES } from "./sdk-stream.ts";
import type { OutcomeError, StreamEvent } from "./types.ts";
import { sseField } from "./sdk-sse-decoder.ts";

/**
 * One step of the TypeScript Stream: the SSE event it read (absent for a transport or wire error), the
 * JSON item it yielded for it, and the exception that stops it.
 */
export interface TsStreamStep {
  sse?: StreamEvent;
  item?: { type?: unknown };
  raise?: OutcomeError;
}

/** Which `Stream.fromSSEResponse` rule applies. */
export type TsSdkMajor = "0.x" | "1.x";

/** A dispatched event: `event` is `null` when the event had no `event:` line. */
export interface TsSse {
  event: string | null;
  data: string;
}

/**
 * The SSE events of a whole body, as `_iterSSEMessages` dispatches them.
 * @param bytes The HTTP response body.
 * @returns The events, in order.
 */
export function tsSseEvents(bytes: Uint8Array): TsSse[] {
  // A fresh decoder per line, as 0.129.0's `decodeUTF8(line)`: lenient, and strips a leading BOM.
  const text = Array.from(splitLineBytes(bytes), (line) => new TextDecoder().decode(line));
  const events: TsSse[] = [];
  let event: string | null = null;
  let data: string[] = [];
  for (const line of text) {
    if (line === "") {
      if (!event && data.length === 0) continue;
      events.push({ event, data: data.join("\n") });
      event = null;
      data = [];
      continue;
    }
    if (line.startsWith(":")) continue;
    const { field, value } = sseField(line);
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
  }
  return events;
}

/** Lines as bytes, without terminators; a final unterminated line is kept (the decoder's `flush()`). */
function* splitLineBytes(bytes: Uint8Array): Generator<Uint8Array> {
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte !== 0x0a && byte !== 0x0d) continue;
    yield bytes.subarray(start, i);
    if (byte === 0x0d && bytes[i + 1] === 0x0a) i++;
    start = i + 1;
  }
  if (start < bytes.length) yield bytes.subarray(start);
}

/**
 * What `Stream.fromSSEResponse` does with one event.
 * @param raw The event.
 * @param major Which version's rule to apply.
 * @returns The step: the parsed item when one is yielded, or the exception (`SyntaxError` from
 *   `JSON.parse`, `APIError` for `event: error`).
 */
export function tsStreamStep(raw: TsSse, major: TsSdkMajor): TsStreamStep {
  const sse: StreamEvent = { type: raw.event ?? "", data: raw.data };
  if (raw.event === "error") return { sse, raise: tsStreamErrorEvent(raw.data) };
  const parsed = major === "0.x" ? raw.event === "completion" || (raw.event !== null && YIELDED_EVENT_NAMES.has(raw.event)) : raw.event !== null && raw.event !== "ping" && raw.data !== "";
  if (!parsed) return { sse };
  try {
    return { sse, item: JSON.parse(raw.data) as { type?: unknown } };
  } catch (error) {
    return { sse, raise: { type: "SyntaxError", message: (error as Error).message } };
  }
}

/**
 * `new APIError(undefined, body, undefined, headers, body?.error?.type)`: the message is the body's own
 * `message` when it has one, else `JSON.stringify(body)` (`APIError.makeMessage`, `src/core/error.ts:40-60`).
 * @param data The event's data.
 * @returns The error, with no status.
 */
function tsStreamErrorEvent(data: string): OutcomeError {
  let body: unknown;
  try {
    body = JSON.parse(data);
  } catch {
    body = data;
  }
  const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : undefined;
  const own = record?.["message"];
  const message = own ? (typeof own === "string" ? own : JSON.stringify(own)) : body ? JSON.stringify(body) : "(no status code or body)";
  const inner = record?.["error"];
  const type = typeof inner === "object" && inner !== null ? (inner as Record<string, unknown>)["type"] : undefined;
  return typeof type === "string" ? { type: "APIError", message, errorType: type } : { type: "APIError", message };
}

/**
 * Reads a whole SSE body the way the TypeScript Stream does.
 * @param bytes The HTTP response body.
 * @param major Which version's rule to apply.
 * @yields Each event (with its item, if yielded), or the exception that stops the Stream.
 */
export function* tsStreamSteps(bytes: Uint8Array, major: TsSdkMajor): Generator<TsStreamStep> {
  for (const sse of tsSseEvents(bytes)) {
    const step = tsStreamStep(sse, major);
    yield step;
    if (step.raise) return;
  }
}
