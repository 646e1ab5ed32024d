/**
 * The Anthropic Python SDK's own `SSEDecoder` (`_streaming.py:413-510` at v0.121.0), used by the
 * first-party client. It differs from the WHATWG algorithm in ways a replay must keep: lines are split
 * with `bytes.splitlines()` (LF, CR, CRLF) and each is decoded as strict UTF-8 (a bad byte raises
 * `UnicodeDecodeError`), a leading BOM is not stripped, a blank line dispatches whenever any field was
 * set (even with no `data`), and an event with no `event:` field has the name `None`, which
 * `Stream.__stream__` ignores. Those events are reported here with the type `""`.
 */
import { pyDecodeUtf8 } from "../python/utf8.ts";
import type { DecoderStep } from "./sdk-stream.ts";

const LF = 0x0a;
const CR = 0x0d;
/** What Python's `int()` accepts for `retry:`, ASCII digits only (non-ASCII digits are not modelled). */
const PY_INT = /^[ \t\n\r\f\v]*[+-]?[0-9](?:_?[0-9])*[ \t\n\r\f\v]*$/;

/** `bytes.splitlines()`: lines without their terminators; no empty line after a final terminator. */
function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    if (byte === LF || byte === CR) {
      lines.push(bytes.subarray(start, i));
      i += byte === CR && bytes[i + 1] === LF ? 2 : 1;
      start = i;
    } else i++;
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

/**
 * Decodes a response body as the SDK's `SSEDecoder.iter_bytes` does.
 * @param bytes The HTTP response body.
 * @yields Each dispatched event, or the `UnicodeDecodeError` that stops decoding.
 */
export function* sdkSseSteps(bytes: Uint8Array): Generator<DecoderStep> {
  let event: string | null = null;
  let data: string[] = [];
  let lastEventId: string | null = null;
  let retry: boolean = false;
  for (const raw of splitLines(bytes)) {
    const decoded = pyDecodeUtf8(raw);
    if (!decoded.ok) {
      yield { raise: { type: "UnicodeDecodeError", message: decoded.error.message } };
      return;
    }
    const line = decoded.text;
    if (line === "") {
      if (!event && data.length === 0 && !lastEventId && !retry) continue;
      const sse = { type: event ?? "", data: data.join("\n") };
      yield { sse: lastEventId === null ? sse : { ...sse, id: lastEventId } };
      // As the SDK notes, the last event id is not reset (WHATWG keeps it too).
      event = null;
      data = [];
      retry = false;
      continue;
    }
    if (line.startsWith(":")) continue;
    const { field, value } = sseField(line);
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
    else if (field === "id") {
      if (!value.includes("\0")) lastEventId = value;
    } else if (field === "retry" && PY_INT.test(value)) retry = true;
  }
}

/**
 * A field line split as both SDKs' decoders split it (WHATWG: up to the first colon, one leading space dropped).
 * @param line A non-empty, non-comment line.
 * @returns Field name and value.
 */
export function sseField(line: string): { field: string; value: string } {
  const colon = line.indexOf(":");
  const field = colon === -1 ? line : line.slice(0, colon);
  const value = colon === -1 ? "" : line.slice(colon + 1);
  return { field, value: value.startsWith(" ") ? value.slice(1) : value };
}
