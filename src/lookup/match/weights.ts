/**
 * Token weights: inverse document frequency over the site's pages, so `error` counts little and
 * `CERTIFICATE_VERIFY_FAILED` a lot. Document frequencies are counted at build time over every page (a shard
 * alone would be a biased sample) and shipped compactly: words grouped by ⌊log2 df⌋, words seen on one page
 * left out.
 */
import { STOP_WORDS } from "../stop-words.ts";
import type { Token } from "./types.ts";

/** Serialised document frequencies: `{ "1": "word word", "3": "error request" }` — level L means df ≈ 2^L. */
export type DfBuckets = Record<string, string>;

/** Stopwords align but barely count. */
const STOPWORD_WEIGHT = 0.15;

/**
 * Token weight for a page count and document frequency.
 * @param pages Pages on the site.
 * @param df Pages whose templates hold the token (1 when unknown).
 * @returns ln(1 + pages / df).
 */
function idf(pages: number, df: number): number {
  return Math.log(1 + pages / Math.max(1, df));
}

/** Holds the weights of one index (all shards share the site-wide page count). */
export class Weights {
  readonly pages: number;
  readonly df: ReadonlyMap<string, number>;
  /** Weight of a word seen on one page, and of words no page has. */
  readonly max: number;
  /** Weight of any placeholder: about a common word's. */
  readonly placeholder: number;

  constructor(pages: number, df: ReadonlyMap<string, number>) {
    this.pages = Math.max(1, pages);
    this.df = df;
    this.max = idf(this.pages, 1);
    this.placeholder = 0.35 * this.max;
  }

  /**
   * Weight of a token key.
   * @param key A word or `<placeholder>`.
   * @returns Its weight.
   */
  of(key: string): number {
    if (key.startsWith("<")) return this.placeholder;
    if (STOP_WORDS.has(key)) return STOPWORD_WEIGHT;
    return idf(this.pages, this.df.get(key) ?? 1);
  }

  /**
   * Sum of token weights.
   * @param tokens Tokens.
   * @returns The sum.
   */
  sum(tokens: readonly Token[]): number {
    let total = 0;
    for (const t of tokens) total += this.of(t.key);
    return total;
  }
}

/**
 * Groups document frequencies into buckets for shipping.
 *
 * The buckets are powers of two, so a word's weight jumps when one more page uses it and its bucket changes: on
 * 2026-12-05 a new page with "Claude Code" in it moved `code` up a bucket, and the Bedrock bad-response-code page's
 * lead (`Bad response code, expected 200`, evidence at the 2.5 threshold) stopped matching on its own. Words are listed
 * once whatever the bucketing, so exact frequencies would cost the index almost nothing; they cost the training side
 * one paste at each size without a refit of the scoring weights (tuning.ts), which were fitted on these buckets, so
 * the change waits for the next full `npm run fit:lookup`.
 * @param df Word → pages.
 * @param keep Only these words (a shard's own).
 * @returns Buckets; words on a single page are left out (they get the maximum weight).
 */
export function encodeDf(df: ReadonlyMap<string, number>, keep: ReadonlySet<string>): DfBuckets {
  const buckets: Record<string, string[]> = {};
  for (const word of [...keep].sort()) {
    const n = df.get(word) ?? 1;
    if (n < 2 || STOP_WORDS.has(word) || word.startsWith("<")) continue;
    (buckets[String(Math.round(Math.log2(n)))] ??= []).push(word);
  }
  return Object.fromEntries(Object.entries(buckets).map(([level, ws]) => [level, ws.join(" ")]));
}

/**
 * Reads buckets back.
 * @param buckets From `encodeDf`.
 * @returns Word → approximate pages.
 */
export function decodeDf(buckets: DfBuckets): Map<string, number> {
  const df = new Map<string, number>();
  for (const [level, ws] of Object.entries(buckets)) {
    const n = 2 ** Number(level);
    for (const w of ws.split(" ")) if (w) df.set(w, n);
  }
  return df;
}
