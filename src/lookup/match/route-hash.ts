/** The one string hash of the lookup (routing, sketches, the corpus split). */

/**
 * FNV-1a, 32 bits: small, fast, and identical in every JavaScript engine.
 * @param text The text.
 * @param seed A seed.
 * @returns An unsigned 32-bit hash.
 */
export function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
