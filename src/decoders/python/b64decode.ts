/**
 * Python's `base64.b64decode(value)` with its default `validate=False`, which is how botocore decodes a
 * JSON blob member (`parsers.py` `_default_blob_parser`), such as the `bytes` of a Bedrock chunk.
 * Non-alphabet characters are skipped, decoding stops at a complete `=` pad, and the two failures
 * carry `binascii.Error`'s exact text (CPython 3.11 `Modules/binascii.c` `binascii_a2b_base64_impl`).
 */
import { pyTypeName, type PyValue } from "./values.ts";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** A Python exception as errata reports it: class as printed in a traceback, and `str(exc)`. */
export interface PyException {
  type: string;
  message: string;
}

/**
 * Decodes like `base64.b64decode(value)`.
 * @param value The JSON value botocore found (a `str` normally).
 * @returns The bytes, or the exception Python raises.
 */
export function pyB64decode(value: PyValue): { ok: true; bytes: Uint8Array } | { ok: false; error: PyException } {
  if (typeof value !== "string") {
    // `_bytes_from_decode_data` rejects anything that is not str or bytes-like.
    return {
      ok: false,
      error: { type: "TypeError", message: `argument should be a bytes-like object or ASCII string, not '${pyTypeName(value)}'` },
    };
  }
  if (/[^\x00-\x7f]/.test(value)) {
    return { ok: false, error: { type: "ValueError", message: "string argument should contain only ASCII characters" } };
  }
  const out: number[] = [];
  let quadPos = 0;
  let leftChar = 0;
  let pads = 0;
  for (const ch of value) {
    if (ch === "=") {
      // A pad after at least two data characters ends decoding once the quad is complete.
      if (quadPos >= 2 && quadPos + ++pads >= 4) return { ok: true, bytes: Uint8Array.from(out) };
      continue;
    }
    const sextet = ALPHABET.indexOf(ch);
    if (sextet < 0) continue;
    pads = 0;
    switch (quadPos) {
      case 0:
        quadPos = 1;
        leftChar = sextet;
        break;
      case 1:
        quadPos = 2;
        out.push(((leftChar << 2) | (sextet >> 4)) & 0xff);
        leftChar = sextet & 0x0f;
        break;
      case 2:
        quadPos = 3;
        out.push(((leftChar << 4) | (sextet >> 2)) & 0xff);
        leftChar = sextet & 0x03;
        break;
      default:
        quadPos = 0;
        out.push(((leftChar << 6) | sextet) & 0xff);
        leftChar = 0;
    }
  }
  if (quadPos === 1) {
    const characters = Math.floor(out.length / 3) * 4 + 1;
    return {
      ok: false,
      error: {
        type: "binascii.Error",
        message: `Invalid base64-encoded string: number of data characters (${characters}) cannot be 1 more than a multiple of 4`,
      },
    };
  }
  if (quadPos !== 0) return { ok: false, error: { type: "binascii.Error", message: "Incorrect padding" } };
  return { ok: true, bytes: Uint8Array.from(out) };
}
