/**
 * The byte cap, applied before anything else looks at the paste. Counting UTF-8 by hand keeps this
 * free of `TextEncoder` allocations on a 5 MB paste and never splits a surrogate pair.
 */

/**
 * UTF-8 length of the first `end` UTF-16 code units of `text`.
 * @param text - any string
 * @param [end=text.length] - code units to count
 */
export function utf8Length(text: string, end: number = text.length): number {
  let bytes = 0;
  for (let index = 0; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < end) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The longest prefix of `text` whose UTF-8 encoding fits in `maxBytes`.
 * @param text - the paste
 * @param maxBytes - the byte cap
 * @returns the prefix (the whole text when it fits)
 */
export function cutToBytes(text: string, maxBytes: number): string {
  // Every UTF-16 code unit takes at most 3 bytes (a pair takes 4 for 2 units), so short text always fits.
  if (text.length * 3 <= maxBytes) return text;
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const pair = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) return text.slice(0, index);
    bytes += size;
    if (pair) index += 1;
  }
  return text;
}
