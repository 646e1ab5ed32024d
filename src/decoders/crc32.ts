/**
 * CRC-32 as used by `application/vnd.amazon.eventstream`: the IEEE 802.3 / zlib / gzip CRC
 * (reflected polynomial 0xEDB88320, initial value and final XOR 0xFFFFFFFF).
 * botocore computes it with `binascii.crc32(data, crc) & 0xFFFFFFFF` (`eventstream.py:284-289`);
 * smithy-typescript's `Crc32Js.ts` names the same polynomial.
 */

/** The reflected IEEE polynomial. */
const POLYNOMIAL = 0xedb88320;

/** One entry per byte value: the CRC register after shifting that byte through eight times. */
const TABLE: Uint32Array = buildTable();

function buildTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let byte = 0; byte < 256; byte++) {
    let crc = byte;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 1 ? (crc >>> 1) ^ POLYNOMIAL : crc >>> 1;
    }
    table[byte] = crc >>> 0;
  }
  return table;
}

/**
 * Computes the CRC-32 of `bytes`, optionally continuing from an earlier result, exactly like
 * Python's `binascii.crc32(bytes, previous)`. Continuing is how botocore checks the message CRC:
 * `crc32(frame[8:end-4], prelude_crc)` equals `crc32(frame[0:end-4])`.
 * @param bytes The data.
 * @param [previous=0] The CRC of the data that came before `bytes`.
 * @returns The unsigned 32-bit CRC.
 */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < bytes.length; i++) {
    // `bytes[i]` is always defined inside the bounds; `?? 0` only satisfies noUncheckedIndexedAccess.
    crc = (TABLE[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}
