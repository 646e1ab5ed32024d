/**
 * Encodes `application/vnd.amazon.eventstream` frames with correct lengths and CRCs. Tests use it for
 * round trips; the playground uses it to build frames ("build your own exception frame").
 */
import { encodeUtf8 } from "../bytes.ts";
import { crc32 } from "../crc32.ts";
import { CHECKSUM_LENGTH, HEADER_TYPE, MAX_HEADER_NAME_LENGTH, MAX_HEADER_VALUE_LENGTH, PRELUDE_CRC_COVERS, PRELUDE_LENGTH, UUID_LENGTH } from "./constants.ts";
import type { EventStreamHeader, FrameInput } from "./types.ts";

/** Byte width of the fixed-size integer types. */
const INT_WIDTH = { byte: 1, short: 2, integer: 4 } as const;
const INT_RANGE = { byte: 2 ** 7, short: 2 ** 15, integer: 2 ** 31 } as const;

/**
 * Encodes one header record.
 * @param header The header.
 * @returns `name_len | name | type | value`.
 * @throws {RangeError} When the name is empty or over 255 bytes, a number does not fit its type, a
 *   byte_array or string is over 65535 bytes, or a uuid is not 16 bytes.
 */
export function encodeHeader(header: EventStreamHeader): Uint8Array {
  const name = encodeUtf8(header.name);
  if (name.length === 0 || name.length > MAX_HEADER_NAME_LENGTH) {
    throw new RangeError(`Header name ${JSON.stringify(header.name)} is ${name.length} bytes; use 1 to 255 bytes of UTF-8.`);
  }
  const value = encodeValue(header);
  const out = new Uint8Array(1 + name.length + value.length);
  out[0] = name.length;
  out.set(name, 1);
  out.set(value, 1 + name.length);
  return out;
}

function encodeValue(header: EventStreamHeader): Uint8Array {
  switch (header.type) {
    case "boolean":
      return Uint8Array.of(header.value ? HEADER_TYPE.boolean_true : HEADER_TYPE.boolean_false);
    case "byte":
    case "short":
    case "integer": {
      const width = INT_WIDTH[header.type];
      const range = INT_RANGE[header.type];
      if (!Number.isInteger(header.value) || header.value < -range || header.value >= range) {
        throw new RangeError(`Header ${JSON.stringify(header.name)}: ${header.value} does not fit a ${header.type}; use an integer from ${-range} to ${range - 1}.`);
      }
      const out = new Uint8Array(1 + width);
      out[0] = HEADER_TYPE[header.type];
      const view = new DataView(out.buffer);
      if (width === 1) view.setInt8(1, header.value);
      else if (width === 2) view.setInt16(1, header.value);
      else view.setInt32(1, header.value);
      return out;
    }
    case "long":
    case "timestamp": {
      if (header.value < -(2n ** 63n) || header.value >= 2n ** 63n) {
        throw new RangeError(`Header ${JSON.stringify(header.name)}: ${header.value} does not fit an int64.`);
      }
      const out = new Uint8Array(9);
      out[0] = HEADER_TYPE[header.type];
      new DataView(out.buffer).setBigInt64(1, header.value);
      return out;
    }
    case "byte_array":
    case "string": {
      const bytes = header.type === "string" ? encodeUtf8(header.value) : header.value;
      if (bytes.length > MAX_HEADER_VALUE_LENGTH) {
        throw new RangeError(`Header ${JSON.stringify(header.name)}: the ${header.type} value is ${bytes.length} bytes; the limit is ${MAX_HEADER_VALUE_LENGTH}.`);
      }
      const out = new Uint8Array(3 + bytes.length);
      out[0] = HEADER_TYPE[header.type];
      new DataView(out.buffer).setUint16(1, bytes.length);
      out.set(bytes, 3);
      return out;
    }
    case "uuid": {
      if (header.value.length !== UUID_LENGTH) {
        throw new RangeError(`Header ${JSON.stringify(header.name)}: a uuid is ${UUID_LENGTH} bytes, got ${header.value.length}.`);
      }
      const out = new Uint8Array(1 + UUID_LENGTH);
      out[0] = HEADER_TYPE.uuid;
      out.set(header.value, 1);
      return out;
    }
  }
}

/**
 * Encodes a header block (records back to back, in the given order).
 * @param headers The headers.
 * @returns The block.
 */
export function encodeHeaders(headers: readonly EventStreamHeader[]): Uint8Array {
  const records = headers.map(encodeHeader);
  const out = new Uint8Array(records.reduce((sum, record) => sum + record.length, 0));
  let offset = 0;
  for (const record of records) {
    out.set(record, offset);
    offset += record.length;
  }
  return out;
}

/**
 * Encodes a whole frame: prelude, prelude CRC, headers, payload, message CRC.
 * @param input The headers and payload.
 * @returns The frame bytes.
 */
export function encodeFrame(input: FrameInput): Uint8Array {
  const headers = encodeHeaders(input.headers);
  const totalLength = PRELUDE_LENGTH + headers.length + input.payload.length + CHECKSUM_LENGTH;
  const out = new Uint8Array(totalLength);
  const view = new DataView(out.buffer);
  view.setUint32(0, totalLength);
  view.setUint32(4, headers.length);
  view.setUint32(PRELUDE_CRC_COVERS, crc32(out.subarray(0, PRELUDE_CRC_COVERS)));
  out.set(headers, PRELUDE_LENGTH);
  out.set(input.payload, PRELUDE_LENGTH + headers.length);
  view.setUint32(totalLength - CHECKSUM_LENGTH, crc32(out.subarray(0, totalLength - CHECKSUM_LENGTH)));
  return out;
}
