/**
 * Build-time: pages → the lookup index the site serves as static JSON.
 *
 * - The **manifest** is tiny (`{v, seed, count, split, tag}`) and is meant to be embedded in the lookup page
 *   (a `data-` attribute), so it costs no request.
 * - Each **shard** holds the pages whose templates route to it (route.ts), as the page wrote them (signature,
 *   variants, hints, title), plus the site-wide document frequencies of its words. Templates are compiled when a
 *   shard loads, by the same code the build uses, so the index cannot drift from the matcher.
 * - A site whose pages fit one shard gets exactly one (`count: 1`); larger sites get as many as it takes to
 *   keep every shard under the byte budget, so a cold lookup (at most two shards) stays small.
 */
import { analyzeText } from "./analyze.ts";
import { routeKeys, hash32, shardOf } from "./route.ts";
import type { ShardPage } from "./template.ts";
import type { IndexablePage } from "./types.ts";
import { encodeDf, type DfBuckets } from "./weights.ts";

/** Bump when the shard format or the analysis changes: a page holding an old manifest must not read new shards. */
export const INDEX_VERSION = 1;

/** What the lookup page embeds. */
export interface LookupManifest {
  v: number;
  /** Hash seed for routing. */
  seed: number;
  /** Number of shards, named `"0"` … `String(count - 1)`. */
  count: number;
  /** Key prefixes routed by one more word (route.ts). */
  split: string[];
  /** Hash of the shards' content, for cache-busting URLs. */
  tag: string;
}

/** One shard file. */
export interface ShardData {
  v: number;
  /** Pages on the whole site (for weights). */
  n: number;
  /** Document frequencies of the shard's words (weights.ts). */
  d: DfBuckets;
  /** The pages. */
  p: ShardPage[];
}

export interface LookupIndex {
  manifest: LookupManifest;
  shards: Record<string, ShardData>;
}

export interface BuildOptions {
  /**
   * Byte budget per shard, as measured by `measure`. The default, 80,000 bytes of raw JSON, gzips to at most
   * about 14 KB for real and synthetic pages (JSON of this shape compresses ~5×; see `npm run bench:lookup`),
   * so the two shards of the worst cold lookup stay far under 50 KB.
   */
  maxShardBytes?: number;
  /** Size of a shard's JSON text; the default counts UTF-8 bytes. Pass a gzip size to budget on the wire. */
  measure?: (json: string) => number;
  /** Routing hash seed (default 0x5eed). */
  seed?: number;
}

const DEFAULT_BUDGET = 80_000;
const DEFAULT_SEED = 0x5eed;
/** A single key whose pages take more than this share of a shard gets split by its next word. */
const HEAVY_SHARE = 0.2;
const MAX_SHARDS = 4096;

const encoder = new TextEncoder();
const utf8Bytes = (json: string) => encoder.encode(json).length;

interface Prepared {
  entry: ShardPage;
  /** Every analysis of the page (signature, variants). */
  analyses: ReturnType<typeof analyzeText>[];
  words: Set<string>;
  bytes: number;
}

function toEntry(page: IndexablePage): ShardPage {
  const entry: ShardPage = { i: page.id, t: page.data.title, s: page.data.signature };
  if (page.data.variants?.length) entry.v = page.data.variants.map((v) => [v.signature, v.context]);
  if (page.data.match?.frames?.length) entry.f = [...page.data.match.frames];
  if (page.data.match?.packages?.length) entry.p = [...page.data.match.packages];
  return entry;
}

function prepare(page: IndexablePage, measure: (json: string) => number): Prepared {
  const entry = toEntry(page);
  const analyses = [entry.s, ...(entry.v ?? []).map((v) => v[0])].map((text) => analyzeText(text, true));
  const words = new Set<string>();
  for (const a of analyses) for (const t of a.tokens) if (!t.param) words.add(t.key);
  return { entry, analyses, words, bytes: measure(JSON.stringify(entry)) + 1 };
}

/** Shards each page goes to under a routing. */
function assign(pages: readonly Prepared[], split: ReadonlySet<string>, seed: number, count: number): number[][] {
  return pages.map((p) => {
    const shards = new Set<number>();
    for (const a of p.analyses) for (const key of routeKeys(a, split)) shards.add(shardOf(key, seed, count));
    if (shards.size === 0) shards.add(0);
    return [...shards];
  });
}

/** Keys whose pages alone would take too much of one shard; they get one more word. */
function heavyKeys(pages: readonly Prepared[], split: ReadonlySet<string>, budget: number): string[] {
  const size = new Map<string, number>();
  for (const p of pages) {
    const keys = new Set(p.analyses.flatMap((a) => routeKeys(a, split)));
    for (const key of keys) size.set(key, (size.get(key) ?? 0) + p.bytes);
  }
  return [...size].filter(([key, bytes]) => bytes > budget * HEAVY_SHARE && !split.has(key)).map(([key]) => key);
}

function shardJson(pages: readonly Prepared[], members: readonly number[], df: ReadonlyMap<string, number>): ShardData {
  const words = new Set<string>();
  for (const i of members) for (const w of pages[i]?.words ?? []) words.add(w);
  return { v: INDEX_VERSION, n: pages.length, d: encodeDf(df, words), p: members.map((i) => (pages[i] as Prepared).entry) };
}

/** Pages of each shard under a routing. */
function members(pages: readonly Prepared[], split: ReadonlySet<string>, seed: number, count: number): number[][] {
  const out: number[][] = Array.from({ length: count }, () => []);
  assign(pages, split, seed, count).forEach((shards, page) => {
    for (const s of shards) out[s]?.push(page);
  });
  return out;
}

/**
 * A shard's size without serialising it: its pages plus its shipped words. Within a few bytes of the real
 * JSON (checked on the final layout), and cheap enough to try many shard counts.
 */
function estimate(pages: readonly Prepared[], shard: readonly number[], df: ReadonlyMap<string, number>): number {
  let bytes = 64;
  const words = new Set<string>();
  for (const i of shard) {
    const p = pages[i] as Prepared;
    bytes += p.bytes;
    for (const w of p.words) words.add(w);
  }
  for (const w of words) if ((df.get(w) ?? 1) > 1) bytes += w.length + 1;
  return bytes;
}

/**
 * Builds the lookup index.
 * @param pages The site's pages (`loadContent(dir).pages`, or page-like objects).
 * @param [options] Budget, measure and seed.
 * @returns The manifest and the shards by name.
 */
export function buildLookupIndex(pages: readonly IndexablePage[], options: BuildOptions = {}): LookupIndex {
  const budget = options.maxShardBytes ?? DEFAULT_BUDGET;
  const measure = options.measure ?? utf8Bytes;
  const seed = options.seed ?? DEFAULT_SEED;
  const prepared = [...pages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((p) => prepare(p, measure));
  const df = new Map<string, number>();
  for (const p of prepared) for (const w of p.words) df.set(w, (df.get(w) ?? 0) + 1);

  const split = new Set<string>();
  const toJson = (layout: readonly number[][]) => layout.map((m) => shardJson(prepared, m, df));
  const fits = (all: readonly ShardData[]) => all.every((s) => measure(JSON.stringify(s)) <= budget);
  let shards = toJson(members(prepared, split, seed, 1));
  if (!fits(shards)) {
    for (let round = 0; round < 3; round++) {
      const heavy = heavyKeys(prepared, split, budget);
      if (heavy.length === 0) break;
      for (const key of heavy) split.add(key);
    }
    // Raw JSON bytes track the measure (UTF-8 or gzip) roughly linearly: scale the budget into raw bytes once.
    const sample = shards[0] ? JSON.stringify(shards[0]) : "";
    const ratio = sample ? utf8Bytes(sample) / Math.max(1, measure(sample)) : 1;
    const total = prepared.reduce((sum, p) => sum + p.bytes, 0);
    let count = Math.max(2, Math.ceil(total / (budget * ratio * 0.8)));
    for (;;) {
      const layout = members(prepared, split, seed, count);
      if (count >= MAX_SHARDS || layout.every((m) => estimate(prepared, m, df) <= budget * ratio)) {
        shards = toJson(layout);
        if (fits(shards) || count >= MAX_SHARDS) break;
      }
      count = Math.min(MAX_SHARDS, Math.ceil(count * 1.05));
    }
  }
  const named: Record<string, ShardData> = {};
  let tagHash = seed;
  shards.forEach((shard, i) => {
    named[String(i)] = shard;
    tagHash = hash32(JSON.stringify(shard), tagHash);
  });
  return {
    manifest: { v: INDEX_VERSION, seed, count: shards.length, split: [...split].sort(), tag: tagHash.toString(16).padStart(8, "0") },
    shards: named,
  };
}
