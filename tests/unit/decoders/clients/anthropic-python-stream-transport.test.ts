/**
 * The Python streaming-over-httpx model (anthropic-python-stream-transport) and h11's chunked reading
 * under it. Expectations follow anthropic-sdk-python v0.121.0 `_streaming.py` and h11 `_readers.py`.
 */
import { describe, expect, it } from "vitest";
import { decodeUtf8, encodeUtf8 } from "../../../../src/decoders/bytes.ts";
import { INCOMPLETE_CHUNKED_READ, readChunked } from "../../../../src/decoders/clients/http-chunked.ts";
import type { Fix, Outcome } from "../../../../src/decoders/clients/types.ts";
import { replay } from "../../../../src/decoders/replay.ts";
import { SSE_CHUNKED_NORMAL } from "../../../../src/decoders/samples/sse-chunked.ts";
import { getSample } from "../../../../src/decoders/samples/registry.ts";

const line = (outcome: Outcome): string => ("ok" in outcome ? "ok" : `${outcome.error.type}: ${outcome.error.message}`);
const run = (fix: Fix, body: string) => replay("anthropic-python-stream-transport", fix, encodeUtf8(body), { retry: SSE_CHUNKED_NORMAL });
const read = (body: string) => {
  const result = readChunked(encodeUtf8(body));
  return [decodeUtf8(result.body), result.error];
};
const SIGNATURE = `httpx.RemoteProtocolError: ${INCOMPLETE_CHUNKED_READ}`;

describe("readChunked (h11 ChunkedReader)", () => {
  it("decodes a complete body, with extensions, upper-case sizes and a trailer", () => {
    expect(read("3;name=v\r\nabc\r\nA \r\n0123456789\r\n0\r\nx-trailer: 1\r\n\r\n")).toEqual(["abc0123456789", undefined]);
  });

  it("hands on a partly received chunk, then reports the incomplete chunked read", () => {
    expect(read("3\r\nabc\r\n5\r\nde")).toEqual(["abcde", INCOMPLETE_CHUNKED_READ]);
    expect(read("3\r\nabc\r\n")).toEqual(["abc", INCOMPLETE_CHUNKED_READ]);
    expect(read("3\r\nabc")).toEqual(["abc", INCOMPLETE_CHUNKED_READ]);
    expect(read("3\r\nabc\r\n0\r\n")).toEqual(["abc", INCOMPLETE_CHUNKED_READ]);
    expect(read("3\r\nabc\r\n0\r\nx-trailer: 1\r\n")).toEqual(["abc", INCOMPLETE_CHUNKED_READ]);
  });

  it("discards the two bytes after each chunk's data without checking them", () => {
    expect(read("3\r\nabcXY1\r\nd\r\n0\r\n\r\n")).toEqual(["abcd", undefined]);
  });

  it("reports a bad size line as h11 does, with the line's bytearray repr", () => {
    expect(read("3\r\nabc\r\nzz\r\n")).toEqual(["abc", "illegal chunk header: bytearray(b'zz\\r\\n')"]);
  });

  it("takes a body with no chunk framing as decoded and complete", () => {
    expect(read("event: ping\ndata: {}\n\n")).toEqual(["event: ping\ndata: {}\n\n", undefined]);
    expect(read("")).toEqual(["", undefined]);
  });
});

describe("anthropic-python-stream-transport", () => {
  const start = 'event: message_start\ndata: {"type":"message_start"}\n\n';
  const chunk = (text: string) => `${encodeUtf8(text).length.toString(16)}\r\n${text}\r\n`;

  it("yields the events that fully arrived, drops the partial one, then raises httpx's error unwrapped", () => {
    const result = run("before", chunk(start) + chunk('event: content_block_start\ndata: {"type":"content_block_start"}\n\n').slice(0, 30));
    expect(result.events.map((event) => event.type)).toEqual(["message_start"]);
    expect(line(result.outcome)).toBe(SIGNATURE);
    expect(result.attempts).toBeUndefined();
  });

  it("decodes only blank-line-terminated SSE chunks before the error, as _iter_chunks does", () => {
    // The event's lines arrived, but not the blank line that ends it.
    expect(run("before", chunk('event: message_start\ndata: {"type":"message_start"}\n')).events).toEqual([]);
    // LF then CRLF is not one of the endings _iter_chunks looks for, so the event is not decoded yet.
    expect(run("before", chunk('event: message_start\ndata: {"type":"message_start"}\n\r\n')).events).toEqual([]);
    expect(run("before", chunk('event: message_start\r\ndata: {"type":"message_start"}\r\n\r\n')).events).toHaveLength(1);
  });

  it("with the fix, re-issues the request after the transport error and succeeds", () => {
    const result = run("after", chunk(start));
    expect(result.attempts?.map((attempt) => [attempt.input, line(attempt.outcome)])).toEqual([
      ["original", SIGNATURE],
      ["retry", "ok"],
    ]);
    expect(line(result.outcome)).toBe("ok");
  });

  it("with the fix, re-raises an event: error, and retries a malformed chunk header (also a transport error)", () => {
    const error = run("after", chunk(start) + chunk('event: error\ndata: {"type":"error","error":{"type":"api_error","message":"x"}}\n\n') + "0\r\n\r\n");
    expect([line(error.outcome), error.attempts?.length]).toEqual(["anthropic.APIStatusError: {'type': 'error', 'error': {'type': 'api_error', 'message': 'x'}}", 1]);
    const header = run("after", chunk(start) + "zz\r\n");
    expect(header.attempts?.map((attempt) => line(attempt.outcome))).toEqual(["httpx.RemoteProtocolError: illegal chunk header: bytearray(b'zz\\r\\n')", "ok"]);
  });

  it("reads the declared samples as the page says", () => {
    const outcome = (id: string, fix: Fix) => {
      const sample = getSample(id)!;
      return line(replay("anthropic-python-stream-transport", fix, sample.bytes, sample.retry ? { retry: sample.retry } : {}).outcome);
    };
    expect(outcome("sse-chunked-cut-before-message-stop", "before")).toBe(SIGNATURE);
    expect(outcome("sse-chunked-cut-mid-event", "before")).toBe(SIGNATURE);
    expect(outcome("sse-chunked-normal", "before")).toBe("ok");
    expect(outcome("sse-chunked-overloaded-error", "before")).toMatch(/^anthropic\.APIStatusError: /);
  });
});
