/**
 * The texts botocore raises for broken wire data (`botocore/eventstream.py:26-61`, botocore 1.43.11),
 * and errata's own DecodeError as an outcome where botocore has no text of its own.
 */
import { type DecodeError, hex32 } from "../errors.ts";
import { MAX_HEADERS_LENGTH, MAX_PAYLOAD_LENGTH } from "../event-stream/constants.ts";
import type { OutcomeError } from "./types.ts";

/**
 * botocore's text for a wire error, where botocore detects the same problem: `ChecksumMismatch`,
 * `InvalidHeadersLength`, `InvalidPayloadLength`, `DuplicateHeader` (`eventstream.py:26-61`). Other
 * problems botocore does not name (it crashes in `struct.unpack` or slices silently), so errata's own
 * DecodeError is reported.
 * @param error The decoder's error.
 * @returns The error as the Python client raises it.
 */
export function botocoreWireError(error: DecodeError): OutcomeError {
  switch (error.code) {
    case "prelude-crc":
    case "message-crc":
      return {
        type: "botocore.eventstream.ChecksumMismatch",
        message: `Checksum mismatch: expected ${hex32(Number(error.expected))}, calculated ${hex32(Number(error.actual))}`,
        code: error.code,
      };
    case "headers-too-large":
      return {
        type: "botocore.eventstream.InvalidHeadersLength",
        message: `Header length of ${error.actual} exceeded the maximum of ${MAX_HEADERS_LENGTH}`,
        code: error.code,
      };
    case "payload-too-large":
      return {
        type: "botocore.eventstream.InvalidPayloadLength",
        message: `Payload length of ${error.actual} exceeded the maximum of ${MAX_PAYLOAD_LENGTH}`,
        code: error.code,
      };
    case "duplicate-header":
      return { type: "botocore.eventstream.DuplicateHeader", message: `Duplicate header present: "${error.actual}"`, code: error.code };
    default:
      return decodeErrorOutcome(error);
  }
}

/**
 * A decoder error as an outcome, when no client text applies.
 * @param error The decoder's error.
 * @returns `{ type: 'DecodeError', code, message }`.
 */
export function decodeErrorOutcome(error: DecodeError): OutcomeError {
  return { type: "DecodeError", message: error.message, errorType: error.code, code: error.code };
}
