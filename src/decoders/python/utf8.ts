/**
 * Python's strict `bytes.decode("utf-8")`, including the exact `UnicodeDecodeError` text. CPython's
 * decoder (`Objects/stringlib/codecs.h` `utf8_decode` and `unicode_decode_utf8`) reports the first bad
 * sequence as a range: one byte for "invalid start byte", the valid prefix of a sequence for
 * "invalid continuation byte", and everything to the end for "unexpected end of data".
 */

/** A decode failure, as `UnicodeDecodeError` carries it. */
export interface PyUnicodeDecodeError {
  /** First byte of the bad range. */
  start: number;
  /** One past the last byte of the bad range. */
  end: number;
  reason: "invalid start byte" | "invalid continuation byte" | "unexpected end of data";
  /** `str(error)`, e.g. `'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`. */
  message: string;
}

const STRICT = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x80 && byte <= 0xbf;
}

/**
 * Decodes like Python's `bytes.decode("utf-8")` (a leading BOM is kept).
 * @param bytes The bytes.
 * @returns The text, or the error Python raises.
 */
export function pyDecodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: PyUnicodeDecodeError } {
  try {
    return { ok: true, text: STRICT.decode(bytes) };
  } catch {
    return { ok: false, error: findUtf8Error(bytes) };
  }
}

/** Finds the first malformed sequence; only called on bytes the strict TextDecoder rejected. */
function findUtf8Error(bytes: Uint8Array): PyUnicodeDecodeError {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // How many continuation bytes the lead needs, and the allowed range of the first one
    // (Unicode Table 3-7: E0 needs A0-BF, ED needs 80-9F, F0 needs 90-BF, F4 needs 80-8F).
    let needed: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return error(bytes, i, i + 1, "invalid start byte");
    for (let k = 1; k <= needed; k++) {
      const byte = bytes[i + k];
      if (byte === undefined) return error(bytes, i, length, "unexpected end of data");
      const ok = k === 1 ? byte >= low && byte <= high : isContinuation(byte);
      if (!ok) return error(bytes, i, i + k, "invalid continuation byte");
    }
    i += needed + 1;
  }
  // Unreachable for input TextDecoder rejected; kept total for the type checker.
  return error(bytes, length, length, "unexpected end of data");
}

function error(bytes: Uint8Array, start: number, end: number, reason: PyUnicodeDecodeError["reason"]): PyUnicodeDecodeError {
  const where = end - start === 1 ? `byte 0x${(bytes[start] ?? 0).toString(16).padStart(2, "0")} in position ${start}` : `bytes in position ${start}-${end - 1}`;
  return { start, end, reason, message: `'utf-8' codec can't decode ${where}: ${reason}` };
}
