import { describe, expect, it } from "vitest";
import { concatBytes, fromHex } from "../../../../src/decoders/bytes.ts";
import type { DecodeErrorData } from "../../../../src/decoders/errors.ts";
import { createEventStreamDecoder, decodeEventStream, scanEventStream } from "../../../../src/decoders/event-stream/message-decoder.ts";
import { catchDecodeError, FRAME_FIXTURES, prelude, rawFrame } from "../helpers.ts";

const FRAME_B = fromHex(FRAME_FIXTURES[1]!.hex);
const flip = (bytes: Uint8Array, index: number): Uint8Array => {
  const copy = bytes.slice();
  copy[index] = (copy[index] ?? 0) ^ 1;
  return copy;
};
const h = (...bytes: number[]): Uint8Array => Uint8Array.of(...bytes);
const TAIL = "botocore's EventStreamBuffer silently drops such a tail (it just stops iterating); errata reports it.";

/** One vector per DecodeError code (two for the codes with several causes). */
const VECTORS: [string, Uint8Array, DecodeErrorData][] = [
  [
    "a flipped bit in the prelude",
    flip(FRAME_B, 3),
    {
      code: "prelude-crc",
      offset: 8,
      expected: 0xe17f7e26,
      actual: 0xdc1f5796,
      message: "Prelude checksum mismatch in the frame at offset 0: expected 0xe17f7e26 (the prelude CRC field), calculated 0xdc1f5796 from the 8 length bytes.",
    },
  ],
  [
    "a flipped bit in the payload",
    flip(FRAME_B, 150),
    {
      code: "message-crc",
      offset: 212,
      expected: 0xead41f4e,
      actual: 0x5ccfff3e,
      message: "Message checksum mismatch in the frame at offset 0: expected 0xead41f4e (the message CRC field), calculated 0x5ccfff3e from the 212 bytes before it.",
    },
  ],
  [
    "total_length 15",
    prelude(15, 0),
    {
      code: "too-short",
      offset: 0,
      expected: 16,
      actual: 15,
      message: "Impossible total_length in the frame at offset 0: expected at least 16 (12-byte prelude + 4-byte message CRC), found 15.",
    },
  ],
  [
    "headers_length larger than the frame",
    concatBytes([prelude(20, 5), new Uint8Array(8)]),
    {
      code: "length-mismatch",
      offset: 4,
      expected: 4,
      actual: 5,
      message: "Impossible headers_length in the frame at offset 0: expected at most 4 (total_length 20 - 16), found 5.",
    },
  ],
  [
    "headers_length over 128 KiB",
    prelude(200000, 131073),
    {
      code: "headers-too-large",
      offset: 4,
      expected: 131072,
      actual: 131073,
      message: "Header block too large in the frame at offset 0: expected headers_length of at most 131072 (128 KiB, the limit botocore enforces), found 131073.",
    },
  ],
  [
    "a payload over 24 MiB",
    prelude(25165824 + 17, 0),
    {
      code: "payload-too-large",
      offset: 0,
      expected: 25165824,
      actual: 25165825,
      message: "Payload too large in the frame at offset 0: expected at most 25165824 bytes (24 MiB, the limit botocore enforces), found 25165825.",
    },
  ],
  [
    "header value type 10",
    rawFrame(h(1, 0x61, 10)),
    { code: "unknown-header-type", offset: 14, expected: "0-9", actual: 10, message: 'Header "a" at offset 12 has an unknown value type: expected 0-9, found 10.' },
  ],
  [
    "the same header name twice",
    rawFrame(h(1, 0x61, 0, 1, 0x61, 1)),
    {
      code: "duplicate-header",
      offset: 15,
      expected: "unique header names",
      actual: "a",
      message: 'Header "a" at offset 15 is a duplicate: expected each name once per frame, found it a second time.',
    },
  ],
  [
    "a name running past the block",
    rawFrame(h(5, 0x61)),
    { code: "truncated-header", offset: 13, expected: 5, actual: 1, message: "Header at offset 12 runs past the end of its block: expected 5 more bytes for its name, found 1." },
  ],
  [
    "a string value running past the block",
    rawFrame(h(1, 0x61, 7, 0, 9, 0x62)),
    {
      code: "truncated-header",
      offset: 17,
      expected: 9,
      actual: 1,
      message: "Header at offset 12 runs past the end of its block: expected 9 more bytes for its string value, found 1.",
    },
  ],
  [
    "an integer value running past the block",
    rawFrame(h(1, 0x61, 4, 0, 0)),
    {
      code: "truncated-header",
      offset: 15,
      expected: 4,
      actual: 2,
      message: "Header at offset 12 runs past the end of its block: expected 4 more bytes for its integer value, found 2.",
    },
  ],
  [
    "an empty header name",
    rawFrame(h(0, 0)),
    { code: "empty-header-name", offset: 12, expected: "1-255", actual: 0, message: "Header at offset 12 has an empty name: expected a name of 1-255 bytes, found 0." },
  ],
  [
    "a header name that is not UTF-8",
    rawFrame(h(1, 0xff, 0)),
    {
      code: "invalid-utf8",
      offset: 13,
      expected: "UTF-8 text",
      actual: "ff",
      message: "Header name at offset 13 is not valid UTF-8: expected UTF-8 text, found bytes ff.",
    },
  ],
  [
    "a string value that is not UTF-8",
    rawFrame(h(1, 0x61, 7, 0, 2, 0xc3, 0x28)),
    {
      code: "invalid-utf8",
      offset: 17,
      expected: "UTF-8 text",
      actual: "c328",
      message: "Header string value at offset 17 is not valid UTF-8: expected UTF-8 text, found bytes c328.",
    },
  ],
  [
    "a stream ending 100 bytes into its second frame",
    concatBytes([FRAME_B, FRAME_B.subarray(0, 100)]),
    {
      code: "incomplete-frame",
      offset: 316,
      expected: 216,
      actual: 100,
      message: `The stream ended inside the frame at offset 216: expected 216 bytes (its total_length), found 100. ${TAIL}`,
    },
  ],
  [
    "a stream ending inside a prelude",
    concatBytes([FRAME_B, FRAME_B.subarray(0, 5)]),
    {
      code: "incomplete-frame",
      offset: 221,
      expected: 12,
      actual: 5,
      message: `The stream ended inside the frame at offset 216: expected at least a 12-byte prelude, found 5. ${TAIL}`,
    },
  ],
];

describe("event-stream negative vectors", () => {
  it.each(VECTORS)("rejects %s with expected and actual values", (_name, bytes, expected) => {
    const error = catchDecodeError(() => decodeEventStream(bytes));
    expect(error.toJSON()).toEqual(expected);
    expect(error.name).toBe("DecodeError");
  });

  it("covers every DecodeError code of the event-stream decoder", () => {
    expect(new Set(VECTORS.map(([, , data]) => data.code))).toEqual(
      new Set([
        "prelude-crc",
        "message-crc",
        "too-short",
        "length-mismatch",
        "headers-too-large",
        "payload-too-large",
        "unknown-header-type",
        "duplicate-header",
        "truncated-header",
        "empty-header-name",
        "invalid-utf8",
        "incomplete-frame",
      ]),
    );
  });

  it("keeps the frames before the error when scanning", () => {
    const scan = scanEventStream(concatBytes([FRAME_B, flip(FRAME_B, 150)]));
    expect(scan.frames.map((frame) => frame.offset)).toEqual([0]);
    expect(scan.error?.code).toBe("message-crc");
    expect(scan.error?.offset).toBe(216 + 212);
  });

  it("keeps throwing the same error after a failure, until reset", () => {
    const decoder = createEventStreamDecoder();
    const first = catchDecodeError(() => decoder.feed(flip(FRAME_B, 3)));
    expect(catchDecodeError(() => decoder.feed(FRAME_B))).toBe(first);
    expect(catchDecodeError(() => decoder.end())).toBe(first);
    decoder.reset();
    expect(decoder.feed(FRAME_B)).toHaveLength(1);
    expect(() => decoder.end()).not.toThrow();
  });

  it("reports a truncated stream only at end(), since more bytes may still come", () => {
    const decoder = createEventStreamDecoder();
    expect(decoder.feed(FRAME_B.subarray(0, 200))).toEqual([]);
    expect(decoder.bufferedLength).toBe(200);
    expect(catchDecodeError(() => decoder.end()).code).toBe("incomplete-frame");
  });
});
