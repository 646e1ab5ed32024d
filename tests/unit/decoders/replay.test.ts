import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { concatBytes, encodeUtf8 } from "../../../src/decoders/bytes.ts";
import { CLIENTS } from "../../../src/decoders/clients/registry.ts";
import type { ClientId } from "../../../src/decoders/clients/types.ts";
import { createDecoderReplay, replay, replayDecoder } from "../../../src/decoders/replay.ts";
import { getSample, SAMPLES } from "../../../src/decoders/samples/registry.ts";

const THROTTLED = getSample("bedrock-throttling-exception")!;
const NORMAL = getSample("bedrock-normal")!.bytes;

describe("replay retries (after)", () => {
  it("re-issues a retryable failure with the retry body and reports each request", () => {
    const result = replay("anthropic-python-bedrock", "after", THROTTLED.bytes, { retry: NORMAL });
    expect(result.outcome).toEqual({ ok: true });
    expect(result.attempts?.map((attempt) => [attempt.attempt, attempt.input, attempt.delayMs, "ok" in attempt.outcome])).toEqual([
      [1, "original", 0, false],
      [2, "retry", 500, true],
    ]);
    // Top-level frames and events are those of the replayed body, not of the retry.
    expect(result.events.map((event) => event.type)).toEqual(["message_start", "content_block_start", "error"]);
    expect(result.frames).toHaveLength(3);
    expect(result.attempts?.[1]?.events).toHaveLength(7);
  });

  it("stops after max_retries (2 by default) with doubling back-off when the retry body fails too", () => {
    const result = replay("boto3-bedrock", "after", THROTTLED.bytes, { retry: THROTTLED.bytes });
    expect(result.attempts?.map((attempt) => attempt.delayMs)).toEqual([0, 500, 1000]);
    expect(result.outcome).toMatchObject({ error: { type: "botocore.exceptions.EventStreamError", retryable: true, errorType: "throttlingException" } });
  });

  it("honours maxRetries", () => {
    expect(replay("anthropic-python-sse", "after", getSample("sse-overloaded-error")!.bytes, { retry: NORMAL, maxRetries: 0 }).attempts).toHaveLength(1);
  });

  it("reports a retryable error without retrying when no retry body is given", () => {
    const result = replay("anthropic-python-bedrock", "after", THROTTLED.bytes);
    expect(result.attempts).toHaveLength(1);
    expect(result.outcome).toMatchObject({ error: { type: "anthropic.RateLimitError", status: 429, retryable: true, errorType: "rate_limit_error", exceptionType: "throttlingException" } });
  });

  it("never retries before the fix", () => {
    const result = replay("anthropic-python-bedrock", "before", THROTTLED.bytes, { retry: NORMAL });
    expect(result.attempts).toBeUndefined();
    expect(result.outcome).toMatchObject({ error: { type: "ValueError" } });
  });

  it("rejects an unknown client id", () => {
    expect(() => replay("nope" as ClientId, "before", NORMAL)).toThrow('Unknown client "nope".');
  });
});

describe("replayDecoder", () => {
  it("names event-stream events by their type headers and judges only the wire format", () => {
    const result = replayDecoder("aws-eventstream", THROTTLED.bytes);
    expect(result.events.map((event) => event.type)).toEqual(["chunk", "chunk", "throttlingException"]);
    expect(result.events[2]?.data).toBe('{"message":"Too many tokens, please wait before trying again."}');
    expect(result.outcome).toEqual({ ok: true });
  });

  it("puts a wire error in the outcome, with its code", () => {
    const result = replayDecoder("aws-eventstream", getSample("bedrock-corrupted-frame")!.bytes);
    expect(result.frames).toHaveLength(2);
    expect(result.outcome).toEqual({
      error: {
        type: "DecodeError",
        code: "message-crc",
        errorType: "message-crc",
        message: "Message checksum mismatch in the frame at offset 612: expected 0x335563af (the message CRC field), calculated 0x0123dfbe from the 215 bytes before it.",
      },
    });
  });

  it("returns SSE events with no frames", () => {
    const result = replayDecoder("sse", encodeUtf8("id: 4\nevent: e\ndata: x\n\ndata: y\n\n"));
    expect(result).toEqual({
      frames: [],
      events: [
        { type: "e", data: "x", id: "4" },
        { type: "message", data: "y" },
      ],
      outcome: { ok: true },
    });
  });
});

describe("createDecoderReplay", () => {
  const bodies = [
    ["aws-eventstream", THROTTLED.bytes],
    ["aws-eventstream", getSample("bedrock-corrupted-frame")!.bytes],
    ["sse", encodeUtf8("id: 4\nevent: e\ndata: x\r\n\r\ndata: y\ndata: é\n\n:c\ndata: unterminated")],
  ] as const;

  it("gives the same result as replayDecoder however the body is cut", () => {
    fc.assert(
      fc.property(fc.constantFrom(...bodies), fc.array(fc.nat(), { maxLength: 8 }), ([decoder, bytes], cuts) => {
        const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        const stream = createDecoderReplay(decoder);
        let from = 0;
        for (const point of [...points, bytes.length]) {
          // A reused buffer, as the CLI's reader passes: the replay must copy what it keeps.
          const chunk = bytes.slice(from, point);
          stream.feed(chunk);
          chunk.fill(0);
          from = point;
        }
        expect(stream.finish()).toEqual(replayDecoder(decoder, bytes));
      }),
      { numRuns: 300 },
    );
  });

  it("says to stop feeding after a wire error, and later bytes change nothing", () => {
    const stream = createDecoderReplay("aws-eventstream");
    const corrupted = getSample("bedrock-corrupted-frame")!.bytes;
    expect(stream.feed(corrupted)).toBe(false);
    expect(stream.decoded).toBe(2);
    expect(stream.feed(THROTTLED.bytes)).toBe(false);
    expect(stream.finish()).toEqual(replayDecoder("aws-eventstream", corrupted));
  });
});

describe("robustness of every client model", () => {
  const inputs = fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    fc.tuple(fc.constantFrom(...SAMPLES.map((sample) => sample.bytes)), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), fc.nat()).map(([bytes, edits, cut]) => {
      const copy = bytes.slice();
      for (const [index, value] of edits) copy[index % copy.length] = value;
      return copy.subarray(0, cut % (copy.length + 1));
    }),
    fc.string({ maxLength: 200 }).map((text) => encodeUtf8(text)),
  );

  it("returns an outcome for any input, never throwing", () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom(...CLIENTS.map((client) => client.id)), fc.constantFrom("before" as const, "after" as const), (bytes, client, fix) => {
        const result = replay(client, fix, bytes, { retry: concatBytes([NORMAL]) });
        expect("ok" in result.outcome || typeof result.outcome.error.message === "string").toBe(true);
        const decoded = replayDecoder(CLIENTS.find((model) => model.id === client)!.decoder, bytes).outcome;
        expect("ok" in decoded ? decoded.ok : [typeof decoded.error.type, typeof decoded.error.message]).toEqual("ok" in decoded ? true : ["string", "string"]);
      }),
      { numRuns: 1500 },
    );
  });
});
