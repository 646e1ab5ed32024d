import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { concatBytes, encodeUtf8 } from "../../../../src/decoders/bytes.ts";
import { DecodeError } from "../../../../src/decoders/errors.ts";
import { encodeFrame, encodeHeader } from "../../../../src/decoders/event-stream/encode.ts";
import { createEventStreamDecoder, decodeEventStream, scanEventStream } from "../../../../src/decoders/event-stream/message-decoder.ts";
import type { DecodedFrame, EventStreamHeader } from "../../../../src/decoders/event-stream/types.ts";
import { SAMPLES } from "../../../../src/decoders/samples/registry.ts";
import { splitAt } from "../helpers.ts";

const BEDROCK = SAMPLES.filter((sample) => sample.decoder === "aws-eventstream");
const ALL_GOOD = concatBytes(BEDROCK.filter((sample) => sample.id !== "bedrock-corrupted-frame").map((sample) => sample.bytes));
const CORRUPTED = BEDROCK.find((sample) => sample.id === "bedrock-corrupted-frame")!.bytes;

const ALL_TYPES: EventStreamHeader[] = [
  { name: "t", type: "boolean", value: true },
  { name: "f", type: "boolean", value: false },
  { name: "byte", type: "byte", value: -128 },
  { name: "short", type: "short", value: 32767 },
  { name: "integer", type: "integer", value: -2147483648 },
  { name: "long", type: "long", value: 9223372036854775807n },
  { name: "bytes", type: "byte_array", value: Uint8Array.of(0, 1, 255) },
  { name: "string", type: "string", value: "caf\u00e9 \ud83d\ude00" },
  { name: "timestamp", type: "timestamp", value: 1700000000123n },
  { name: "uuid", type: "uuid", value: Uint8Array.from({ length: 16 }, (_, i) => i * 17) },
];

/** Feeds chunks one after another and collects frames through both the return value and onFrame. */
function feedAll(chunks: readonly Uint8Array[]): { frames: DecodedFrame[]; error?: DecodeError } {
  const seen: DecodedFrame[] = [];
  const returned: DecodedFrame[] = [];
  const decoder = createEventStreamDecoder({ onFrame: (frame) => seen.push(frame) });
  try {
    for (const chunk of chunks) returned.push(...decoder.feed(chunk));
    decoder.end();
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    expect(returned.length).toBeLessThanOrEqual(seen.length);
    return { frames: seen, error };
  }
  expect(returned).toEqual(seen);
  return { frames: seen };
}

describe("encoder ↔ decoder", () => {
  it("round-trips all ten wire types", () => {
    const frame = encodeFrame({ headers: ALL_TYPES, payload: encodeUtf8("payload") });
    const [decoded] = decodeEventStream(frame);
    expect(decoded?.headers.map(({ offset: _offset, ...header }) => header)).toEqual(ALL_TYPES);
    expect(new TextDecoder().decode(decoded?.payload)).toBe("payload");
  });

  it("encodes each wire type with its indicator byte", () => {
    expect(ALL_TYPES.map((header) => encodeHeader(header)[1 + header.name.length])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("rejects headers that cannot be written, naming the limit", () => {
    expect(() => encodeHeader({ name: "", type: "boolean", value: true })).toThrow('Header name "" is 0 bytes; use 1 to 255 bytes of UTF-8.');
    expect(() => encodeHeader({ name: "b", type: "byte", value: 128 })).toThrow('Header "b": 128 does not fit a byte; use an integer from -128 to 127.');
    expect(() => encodeHeader({ name: "u", type: "uuid", value: new Uint8Array(3) })).toThrow('Header "u": a uuid is 16 bytes, got 3.');
    expect(() => encodeHeader({ name: "s", type: "string", value: "x".repeat(65536) })).toThrow('Header "s": the string value is 65536 bytes; the limit is 65535.');
    expect(() => encodeHeader({ name: "l", type: "long", value: 2n ** 63n })).toThrow('Header "l": 9223372036854775808 does not fit an int64.');
  });

  it("round-trips arbitrary frames", () => {
    const header = fc.oneof(
      fc.record({ name: fc.string({ minLength: 1, maxLength: 20 }), type: fc.constant("boolean" as const), value: fc.boolean() }),
      fc.record({ name: fc.string({ minLength: 1, maxLength: 20 }), type: fc.constant("integer" as const), value: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }) }),
      fc.record({ name: fc.string({ minLength: 1, maxLength: 20 }), type: fc.constant("long" as const), value: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }) }),
      fc.record({ name: fc.string({ minLength: 1, maxLength: 20 }), type: fc.constant("string" as const), value: fc.string({ maxLength: 40 }) }),
      fc.record({ name: fc.string({ minLength: 1, maxLength: 20 }), type: fc.constant("byte_array" as const), value: fc.uint8Array({ maxLength: 40 }) }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(header, { selector: (item) => item.name, maxLength: 6 }), fc.uint8Array({ maxLength: 200 }), (headers, payload) => {
        const [decoded] = decodeEventStream(encodeFrame({ headers, payload }));
        expect(decoded?.headers.map(({ offset: _offset, ...rest }) => rest)).toEqual(headers);
        expect(decoded?.payload).toEqual(payload);
      }),
    );
  });
});

describe("incremental feeding", () => {
  const whole = decodeEventStream(ALL_GOOD);

  it("decodes every good sample back to back", () => {
    expect(whole).toHaveLength(38);
    expect(whole.at(-1)?.offset).toBe(ALL_GOOD.length - (whole.at(-1)?.totalLength ?? 0));
  });

  it("gives identical frames when fed one byte at a time", () => {
    expect(feedAll(Array.from(ALL_GOOD, (byte) => Uint8Array.of(byte)))).toEqual({ frames: whole });
  });

  it("gives identical frames for any split", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: ALL_GOOD.length }), { maxLength: 40 }), (cuts) => {
        expect(feedAll(splitAt(ALL_GOOD, cuts))).toEqual({ frames: whole });
      }),
      { numRuns: 60 },
    );
  });

  it("splits a prelude's total_length across chunks (the edge smithy's getChunkedStream comments)", () => {
    expect(feedAll(splitAt(ALL_GOOD, [2, 4, 10, 13]))).toEqual({ frames: whole });
  });

  it("reports the same error, after the same frames, for any split of a corrupted stream", () => {
    const reference = scanEventStream(CORRUPTED);
    expect(reference.error?.code).toBe("message-crc");
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: CORRUPTED.length }), { maxLength: 30 }), (cuts) => {
        const result = feedAll(splitAt(CORRUPTED, cuts));
        expect(result.frames).toEqual(reference.frames);
        expect(result.error?.toJSON()).toEqual(reference.error?.toJSON());
      }),
      { numRuns: 100 },
    );
  });
});

describe("robustness", () => {
  const decodesOrDecodeError = (bytes: Uint8Array): void => {
    try {
      decodeEventStream(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(DecodeError);
    }
  };

  it("never throws anything but DecodeError on random bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), decodesOrDecodeError), { numRuns: 1000 });
  });

  it("never throws anything but DecodeError on mutated valid frames", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 5 }), fc.nat(), (edits, cut) => {
        const bytes = ALL_GOOD.slice(0, 1500);
        for (const [index, value] of edits) bytes[index % bytes.length] = value;
        decodesOrDecodeError(bytes.subarray(0, cut % (bytes.length + 1)));
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws anything but DecodeError on random frames with valid prelude CRCs", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 64 }), fc.uint8Array({ maxLength: 64 }), (headersLength, rest) => {
        const total = 16 + headersLength + rest.length;
        const frame = encodeFrame({ headers: [], payload: new Uint8Array(total - 16) });
        const view = new DataView(frame.buffer);
        view.setUint32(4, headersLength);
        frame.set(rest.subarray(0, frame.length - 16), 12);
        decodesOrDecodeError(frame);
      }),
      { numRuns: 500 },
    );
  });
});
