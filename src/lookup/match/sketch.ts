/**
 * Key sketches: a 64-bit Bloom filter of the words of every template that holds a routing key, shipped in the
 * router (8 bytes a key). Before fetching anything, a routed lookup can then ask of each key its paste holds
 * "how many of this line's other words do that key's templates have?" — so a rare word the paste merely happens
 * to contain (`number`, `operation`) loses to the key whose templates share the line's words. Hand-written: a
 * Bloom filter of 64 bits is a dozen lines, smaller than any dependency.
 */
import { hash32 } from "./route-hash.ts";

const BITS = 64;
const SEEDS = [0x51, 0x6b] as const;

/** An empty sketch: two 32-bit halves. */
export type Sketch = [number, number];

/**
 * Adds a word.
 * @param sketch The sketch, changed in place.
 * @param word A word.
 */
export function addWord(sketch: Sketch, word: string): void {
  for (const seed of SEEDS) {
    const bit = hash32(word, seed) % BITS;
    sketch[bit >> 5] = ((sketch[bit >> 5] ?? 0) | (1 << (bit & 31))) >>> 0;
  }
}

/**
 * Whether a word may be in the sketch (false positives at the fill rate squared).
 * @param sketch The sketch.
 * @param word A word.
 * @returns False when surely absent.
 */
export function mayHave(sketch: Sketch, word: string): boolean {
  return SEEDS.every((seed) => {
    const bit = hash32(word, seed) % BITS;
    return (((sketch[bit >> 5] ?? 0) >>> (bit & 31)) & 1) === 1;
  });
}

/** Share of bits set: how often an absent word looks present is about its square. */
export function fill(sketch: Sketch): number {
  let n = 0;
  for (const half of sketch) for (let x = half; x; x &= x - 1) n++;
  return n / BITS;
}

/**
 * About how many distinct words were added, from the fill (each word sets up to SEEDS.length of BITS bits).
 * @param sketch The sketch.
 * @returns The estimate; Infinity for a full sketch.
 */
export function estimateWords(sketch: Sketch): number {
  const f = fill(sketch);
  if (f >= 1) return Infinity;
  return Math.max(1, Math.log(1 - f) / (SEEDS.length * Math.log(1 - 1 / BITS)));
}

/**
 * How many of a line's words a key's templates have, less the hits a full sketch gives anyway.
 * @param sketch The key's sketch.
 * @param words The line's other words.
 * @returns Hits minus expected false hits.
 */
export function overlap(sketch: Sketch, words: readonly string[]): number {
  const hits = words.filter((w) => mayHave(sketch, w)).length;
  return hits - words.length * fill(sketch) ** 2;
}

/** 16 hex digits. */
export function encodeSketch(sketch: Sketch): string {
  return sketch.map((h) => h.toString(16).padStart(8, "0")).join("");
}

/** From 16 hex digits; an unreadable one reads as full (every word may be there), so it never misleads. */
export function decodeSketch(text: string): Sketch {
  if (!/^[0-9a-f]{16}$/.test(text)) return [0xffffffff, 0xffffffff];
  return [parseInt(text.slice(0, 8), 16) >>> 0, parseInt(text.slice(8), 16) >>> 0];
}
