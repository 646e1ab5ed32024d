/**
 * Byte helpers shared by the decoders, the samples and the CLI: hex and base64 in both directions,
 * strict UTF-8, and concatenation. Pure (no `Buffer`), so the browser runs the same code.
 */
import { DecodeError } from "./errors.ts";

const HEX_DIGITS = "0123456789abcdef";
const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** Maps a char code to its 6-bit value, or -1. */
const BASE64_VALUES: Int8Array = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let i = 0; i < BASE64_ALPHABET.length; i++) values[BASE64_ALPHABET.charCodeAt(i)] = i;
  return values;
})();
/** Whitespace the CLI and the playground accept inside hex or base64 input (pasted dumps wrap lines). */
const WHITESPACE = /[\s]+/g;

/**
 * Encodes bytes as lowercase hex with no separators.
 * @param bytes The bytes.
 * @returns For example `0000018d`.
 */
export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += (HEX_DIGITS[byte >> 4] ?? "") + (HEX_DIGITS[byte & 15] ?? "");
  return out;
}

/**
 * Decodes hex text; whitespace and newlines anywhere are ignored, case does not matter.
 * @param text The hex digits.
 * @returns The bytes.
 * @throws {DecodeError} `invalid-hex` when a character is not a hex digit or the digit count is odd.
 */
export function fromHex(text: string): Uint8Array {
  const digits = text.replace(WHITESPACE, "");
  const bad = /[^0-9a-fA-F]/.exec(digits);
  if (bad) {
    throw new DecodeError({
      code: "invalid-hex",
      offset: bad.index,
      expected: "a hex digit (0-9, a-f)",
      actual: JSON.stringify(bad[0]),
      message: `Expected hex digits (0-9, a-f) but found ${JSON.stringify(bad[0])} at digit ${bad.index} (whitespace ignored).`,
    });
  }
  if (digits.length % 2 !== 0) {
    throw new DecodeError({
      code: "invalid-hex",
      offset: digits.length,
      expected: "an even number of hex digits",
      actual: digits.length,
      message: `Expected an even number of hex digits (two per byte) but found ${digits.length}.`,
    });
  }
  const bytes = new Uint8Array(digits.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(digits.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * Encodes bytes as standard base64 (RFC 4648 §4, with `=` padding).
 * @param bytes The bytes.
 * @returns The base64 text.
 */
export function toBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const remaining = bytes.length - i;
    out += BASE64_ALPHABET[(triple >> 18) & 63];
    out += BASE64_ALPHABET[(triple >> 12) & 63];
    out += remaining > 1 ? BASE64_ALPHABET[(triple >> 6) & 63] : "=";
    out += remaining > 2 ? BASE64_ALPHABET[triple & 63] : "=";
  }
  return out;
}

/**
 * Decodes standard base64. Whitespace is ignored and the `=` padding may be left out, but any other
 * character, or a length that no encoder produces, is rejected.
 * @param text The base64 text.
 * @returns The bytes.
 * @throws {DecodeError} `invalid-base64` naming the offending character or length.
 */
export function fromBase64(text: string): Uint8Array {
  const compact = text.replace(WHITESPACE, "");
  const body = compact.replace(/={1,2}$/, "");
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code >= 128 || (BASE64_VALUES[code] ?? -1) < 0) {
      throw new DecodeError({
        code: "invalid-base64",
        offset: i,
        expected: "a base64 character (A-Z, a-z, 0-9, +, /)",
        actual: JSON.stringify(body[i]),
        message: `Expected base64 characters (A-Z, a-z, 0-9, +, /) but found ${JSON.stringify(body[i])} at character ${i} (whitespace ignored).`,
      });
    }
  }
  const padded = compact.length !== body.length;
  if (body.length % 4 === 1 || (padded && compact.length % 4 !== 0)) {
    throw new DecodeError({
      code: "invalid-base64",
      offset: body.length,
      expected: "a length of 4n, 4n+2 or 4n+3 characters",
      actual: compact.length,
      message: `Expected base64 text whose length fits 4-character groups but found ${compact.length} characters (whitespace ignored).`,
    });
  }
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let bitCount = 0;
  let out = 0;
  for (let i = 0; i < body.length; i++) {
    bits = (bits << 6) | (BASE64_VALUES[body.charCodeAt(i)] ?? 0);
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes[out++] = (bits >> bitCount) & 0xff;
    }
  }
  return bytes;
}

/** A `TextDecoder` that throws on malformed UTF-8 instead of inserting U+FFFD. */
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const ENCODER = new TextEncoder();

/**
 * Decodes UTF-8 strictly (a leading BOM is kept, like Python's `bytes.decode("utf-8")`).
 * @param bytes The bytes.
 * @returns The text, or `undefined` when the bytes are not valid UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Encodes text as UTF-8 (lone surrogates become U+FFFD, as `TextEncoder` does).
 * @param text The text.
 * @returns The bytes.
 */
export function encodeUtf8(text: string): Uint8Array {
  return ENCODER.encode(text);
}

/**
 * Joins byte arrays into one.
 * @param parts The arrays, in order.
 * @returns A new array holding all their bytes.
 */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
