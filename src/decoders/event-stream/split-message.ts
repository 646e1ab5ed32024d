/**
 * Reads and checks one frame's prelude and message CRC. The checks run in botocore's order
 * (`EventStreamBuffer._parse_prelude` then `_validate_message_crc`, `eventstream.py:465-500`) so that
 * the first error errata reports is the one botocore would raise; the two "impossible length" checks,
 * which botocore lacks, come last.
 */
import { crc32 } from "../crc32.ts";
import { DecodeError, hex32 } from "../errors.ts";
import { CHECKSUM_LENGTH, MAX_HEADERS_LENGTH, MAX_PAYLOAD_LENGTH, MINIMUM_MESSAGE_LENGTH, PRELUDE_CRC_COVERS, PRELUDE_LENGTH, PRELUDE_MEMBER_LENGTH } from "./constants.ts";

/** The three prelude fields of a frame whose prelude passed every check. */
export interface Prelude {
  totalLength: number;
  headersLength: number;
  preludeCrc: number;
  /** `totalLength − headersLength − 16`. */
  payloadLength: number;
}

/** A frame cut into its parts after the message CRC checked out. */
export interface SplitMessage {
  prelude: Prelude;
  /** The header block (`headersLength` bytes), a view into the input. */
  headers: Uint8Array;
  /** The payload, a view into the input. */
  payload: Uint8Array;
  messageCrc: number;
}

/**
 * Reads and validates a prelude.
 * @param bytes At least the frame's first 12 bytes.
 * @param frameOffset Stream offset of the frame, for error offsets and messages.
 * @returns The prelude.
 * @throws {DecodeError} `prelude-crc`, `headers-too-large`, `payload-too-large`, `too-short` or
 *   `length-mismatch`, in that order of precedence.
 */
export function readPrelude(bytes: Uint8Array, frameOffset: number): Prelude {
  const view = new DataView(bytes.buffer, bytes.byteOffset, PRELUDE_LENGTH);
  const totalLength = view.getUint32(0);
  const headersLength = view.getUint32(PRELUDE_MEMBER_LENGTH);
  const preludeCrc = view.getUint32(PRELUDE_CRC_COVERS);
  const calculated = crc32(bytes.subarray(0, PRELUDE_CRC_COVERS));
  const where = `the frame at offset ${frameOffset}`;
  if (calculated !== preludeCrc) {
    throw new DecodeError({
      code: "prelude-crc",
      offset: frameOffset + PRELUDE_CRC_COVERS,
      expected: preludeCrc,
      actual: calculated,
      message: `Prelude checksum mismatch in ${where}: expected ${hex32(preludeCrc)} (the prelude CRC field), calculated ${hex32(calculated)} from the 8 length bytes.`,
    });
  }
  const payloadLength = totalLength - headersLength - MINIMUM_MESSAGE_LENGTH;
  if (headersLength > MAX_HEADERS_LENGTH) {
    throw new DecodeError({
      code: "headers-too-large",
      offset: frameOffset + PRELUDE_MEMBER_LENGTH,
      expected: MAX_HEADERS_LENGTH,
      actual: headersLength,
      message: `Header block too large in ${where}: expected headers_length of at most ${MAX_HEADERS_LENGTH} (128 KiB, the limit botocore enforces), found ${headersLength}.`,
    });
  }
  if (payloadLength > MAX_PAYLOAD_LENGTH) {
    throw new DecodeError({
      code: "payload-too-large",
      offset: frameOffset,
      expected: MAX_PAYLOAD_LENGTH,
      actual: payloadLength,
      message: `Payload too large in ${where}: expected at most ${MAX_PAYLOAD_LENGTH} bytes (24 MiB, the limit botocore enforces), found ${payloadLength}.`,
    });
  }
  if (totalLength < MINIMUM_MESSAGE_LENGTH) {
    throw new DecodeError({
      code: "too-short",
      offset: frameOffset,
      expected: MINIMUM_MESSAGE_LENGTH,
      actual: totalLength,
      message: `Impossible total_length in ${where}: expected at least ${MINIMUM_MESSAGE_LENGTH} (12-byte prelude + 4-byte message CRC), found ${totalLength}.`,
    });
  }
  if (payloadLength < 0) {
    const room = totalLength - MINIMUM_MESSAGE_LENGTH;
    throw new DecodeError({
      code: "length-mismatch",
      offset: frameOffset + PRELUDE_MEMBER_LENGTH,
      expected: room,
      actual: headersLength,
      message: `Impossible headers_length in ${where}: expected at most ${room} (total_length ${totalLength} - 16), found ${headersLength}.`,
    });
  }
  return { totalLength, headersLength, preludeCrc, payloadLength };
}

/**
 * Checks the message CRC of a whole frame and cuts it into header block and payload.
 * @param frame Exactly `prelude.totalLength` bytes.
 * @param prelude The frame's prelude, from {@link readPrelude}.
 * @param frameOffset Stream offset of the frame.
 * @returns The parts, as views into `frame`.
 * @throws {DecodeError} `message-crc` when the trailing CRC does not match.
 */
export function splitMessage(frame: Uint8Array, prelude: Prelude, frameOffset: number): SplitMessage {
  const crcAt = prelude.totalLength - CHECKSUM_LENGTH;
  const messageCrc = new DataView(frame.buffer, frame.byteOffset + crcAt, CHECKSUM_LENGTH).getUint32(0);
  // botocore continues from the prelude CRC over bytes 8..end-4, which equals the CRC of bytes 0..end-4.
  const calculated = crc32(frame.subarray(PRELUDE_CRC_COVERS, crcAt), prelude.preludeCrc);
  if (calculated !== messageCrc) {
    throw new DecodeError({
      code: "message-crc",
      offset: frameOffset + crcAt,
      expected: messageCrc,
      actual: calculated,
      message: `Message checksum mismatch in the frame at offset ${frameOffset}: expected ${hex32(messageCrc)} (the message CRC field), calculated ${hex32(calculated)} from the ${crcAt} bytes before it.`,
    });
  }
  const headersEnd = PRELUDE_LENGTH + prelude.headersLength;
  return {
    prelude,
    headers: frame.subarray(PRELUDE_LENGTH, headersEnd),
    payload: frame.subarray(headersEnd, crcAt),
    messageCrc,
  };
}
