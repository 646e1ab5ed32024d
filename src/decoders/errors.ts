/**
 * Errors raised by errata's wire decoders. They are data first (a `code` union plus the offset and the
 * expected and actual values), so the playground and the CLI can show them without parsing prose.
 * The habit comes from eventsource-parser's `ParseError { type }` and smithy's `splitMessage`, which
 * names both values in every failure.
 */

/** Every way a decoder (or a hex/base64 input helper) can reject its input. */
export type DecodeErrorCode =
  /** `total_length` is below the 16-byte minimum (12-byte prelude + 4-byte message CRC). */
  | "too-short"
  /** `headers_length` does not fit inside `total_length − 16`. */
  | "length-mismatch"
  /** The prelude CRC field does not match the CRC-32 of the first 8 bytes. */
  | "prelude-crc"
  /** The message CRC field does not match the CRC-32 of everything before it. */
  | "message-crc"
  /** `headers_length` exceeds 128 KiB (botocore `_MAX_HEADERS_LENGTH`). */
  | "headers-too-large"
  /** The payload exceeds 24 MiB (botocore `_MAX_PAYLOAD_LENGTH`). */
  | "payload-too-large"
  /** A header value type byte outside 0–9. */
  | "unknown-header-type"
  /** The same header name twice in one frame. */
  | "duplicate-header"
  /** A header record runs past the end of the header block. */
  | "truncated-header"
  /** A header name of zero bytes (the spec requires 1–255). */
  | "empty-header-name"
  /** A header name or string value that is not valid UTF-8. */
  | "invalid-utf8"
  /** The stream ended inside a frame. */
  | "incomplete-frame"
  /** Text given as hex is not an even number of hex digits. */
  | "invalid-hex"
  /** Text given as base64 is not valid base64. */
  | "invalid-base64";

/** What `expected` and `actual` may hold: numbers for lengths and checksums, text otherwise. */
export type DecodeErrorValue = number | string;

/** The fields of a {@link DecodeError}, as plain data. */
export interface DecodeErrorData {
  code: DecodeErrorCode;
  /** Byte offset in the whole input stream where the problem was found. */
  offset: number;
  /** What the format requires (for checksums: the value stored in the frame, as botocore calls it). */
  expected: DecodeErrorValue;
  /** What the input contains (for checksums: the value calculated from the bytes). */
  actual: DecodeErrorValue;
  /** One or two English sentences naming what was expected and what was found. */
  message: string;
}

/**
 * A decoder rejected its input. `message` is complete on its own; the other fields carry the same facts
 * as data.
 */
export class DecodeError extends Error {
  override readonly name = "DecodeError";
  readonly code: DecodeErrorCode;
  readonly offset: number;
  readonly expected: DecodeErrorValue;
  readonly actual: DecodeErrorValue;

  /**
   * @param data The error's code, offset, expected and actual values, and its message.
   */
  constructor(data: DecodeErrorData) {
    super(data.message);
    this.code = data.code;
    this.offset = data.offset;
    this.expected = data.expected;
    this.actual = data.actual;
  }

  /** The error as plain data (what the CLI prints with `--json`). */
  toJSON(): DecodeErrorData {
    return {
      code: this.code,
      offset: this.offset,
      expected: this.expected,
      actual: this.actual,
      message: this.message,
    };
  }
}

/**
 * Formats a 32-bit value the way botocore prints checksums: `0x` and 8 lowercase hex digits
 * (`eventstream.py:56-61`, `f'0x{expected:08x}'`).
 * @param value An unsigned 32-bit integer.
 * @returns For example `0x0606e0f7`.
 */
export function hex32(value: number): string {
  return `0x${(value >>> 0).toString(16).padStart(8, "0")}`;
}
