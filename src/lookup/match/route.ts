/**
 * Shard routing that the build and the browser compute the same way, with no table to download: the key is the
 * first meaningful word of the core message after parameterization (so `prompt is too long: 215000 …` and
 * `… 208656 …` share it), hashed with the index's seed. Words so common that their templates would overflow one
 * shard are listed in the manifest's `split`; for those the key takes the next word too.
 *
 * A template is filed under the key of its inner (API) message and, when it has one, of its lead
 * (`Bad response code, expected 200`); a paste tries its inner key first, then its lead key.
 */
import { STOPWORDS } from "./tokenize.ts";
import type { Analysis, Token } from "./types.ts";

/** Longest key, in words. */
const MAX_KEY_WORDS = 4;

/** Literal, meaningful words of a token run. */
function keyWords(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => !t.param && !STOPWORDS.has(t.key)).map((t) => t.key);
}

/** Extends the key while its words so far are a split prefix. */
function keyOf(words: readonly string[], split: ReadonlySet<string>): string | undefined {
  if (words.length === 0) return undefined;
  let n = 1;
  while (n < Math.min(words.length, MAX_KEY_WORDS) && split.has(words.slice(0, n).join(" "))) n++;
  return words.slice(0, n).join(" ");
}

/**
 * Routing keys of an analysis, most reliable first: inner message, then lead; the type name when there is
 * no message at all.
 * @param analysis A template or a pasted line.
 * @param split Heavy prefixes from the manifest.
 * @returns One or two distinct keys (none for an empty line).
 */
export function routeKeys(analysis: Analysis, split: ReadonlySet<string>): string[] {
  const lead = keyWords(analysis.tokens.slice(0, analysis.leadLength));
  const inner = keyWords(analysis.tokens.slice(analysis.leadLength));
  const keys = [keyOf(inner, split), keyOf(lead, split)].filter((k): k is string => k !== undefined);
  if (keys.length === 0 && analysis.type) keys.push(analysis.type.name.toLowerCase());
  return [...new Set(keys)];
}

/**
 * FNV-1a, 32 bits: small, fast, and identical in every JavaScript engine.
 * @param text The key.
 * @param seed The index's seed.
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

/**
 * The shard a key lives in.
 * @param key From `routeKeys`.
 * @param seed The manifest's seed.
 * @param count The manifest's shard count.
 * @returns Shard number, 0 ≤ n < count.
 */
export function shardOf(key: string, seed: number, count: number): number {
  return count <= 1 ? 0 : hash32(key, seed) % count;
}
