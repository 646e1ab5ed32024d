/**
 * The JSON form of a replay, as `scripts/decode.ts --json` prints it and the playground shows it.
 * Binary and 64-bit values get a JSON-safe form: byte_array values and non-UTF-8 payloads as base64,
 * uuids as `8-4-4-4-12` hex, long and timestamp values as numbers when they are safe integers and as
 * decimal strings otherwise.
 */
import { toBase64, toHex, decodeUtf8 } from "./bytes.ts";
import type { Attempt, Outcome, StreamEvent } from "./clients/types.ts";
import type { DecodedFrame, DecodedHeader, EventStreamHeaderType } from "./event-stream/types.ts";
import type { ReplayResult } from "./replay.ts";

/** A header in the JSON report. */
export interface JsonHeader {
  type: EventStreamHeaderType;
  value: boolean | number | string;
}

/** A frame in the JSON report. */
export interface JsonFrame {
  offset: number;
  /** Headers by name, in wire order (a JS object keeps insertion order for non-numeric names). */
  headers: Record<string, JsonHeader>;
  /** The payload as text when it is valid UTF-8, else base64. */
  payload: string;
  payloadEncoding: "utf-8" | "base64";
}

/** The whole JSON report. */
export interface JsonReport {
  frames: JsonFrame[];
  events: StreamEvent[];
  outcome: Outcome;
  attempts?: Attempt[];
}

/**
 * Formats a uuid header the usual way.
 * @param bytes 16 bytes.
 * @returns For example `00112233-4455-6677-8899-aabbccddeeff`.
 */
export function formatUuid(bytes: Uint8Array): string {
  const hex = toHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A header value in JSON-safe form.
 * @param header A decoded header.
 * @returns Its JSON value.
 */
export function jsonHeaderValue(header: DecodedHeader): boolean | number | string {
  switch (header.type) {
    case "boolean":
    case "byte":
    case "short":
    case "integer":
    case "string":
      return header.value;
    case "long":
    case "timestamp": {
      const asNumber = Number(header.value);
      return Number.isSafeInteger(asNumber) ? asNumber : header.value.toString();
    }
    case "byte_array":
      return toBase64(header.value);
    case "uuid":
      return formatUuid(header.value);
  }
}

/**
 * One frame in JSON form.
 * @param frame A decoded frame.
 * @returns The JSON frame.
 */
export function toJsonFrame(frame: DecodedFrame): JsonFrame {
  const headers: Record<string, JsonHeader> = {};
  for (const header of frame.headers) headers[header.name] = { type: header.type, value: jsonHeaderValue(header) };
  const text = decodeUtf8(frame.payload);
  return text === undefined
    ? { offset: frame.offset, headers, payload: toBase64(frame.payload), payloadEncoding: "base64" }
    : { offset: frame.offset, headers, payload: text, payloadEncoding: "utf-8" };
}

/**
 * A replay in JSON form.
 * @param result What `replay()` or `replayDecoder()` returned.
 * @returns The report; `JSON.stringify` it as is.
 */
export function toJsonReport(result: ReplayResult): JsonReport {
  const report: JsonReport = { frames: result.frames.map(toJsonFrame), events: result.events, outcome: result.outcome };
  if (result.attempts) report.attempts = result.attempts;
  return report;
}
