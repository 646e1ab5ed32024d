/**
 * Shard JSON → what the matcher searches: compiled templates, an inverted index from token to templates (to
 * shortlist before aligning), templates by type name, and the shard's vocabulary by word length (for typo
 * tolerance). Also the one-call path for build-time checks: pages → one compiled shard.
 */
import { buildLookupIndex, INDEX_VERSION, type ShardData } from "./build-index.ts";
import { compilePage, type ShardPage } from "./template.ts";
import type { CompiledPage, IndexablePage, Template } from "./types.ts";
import { decodeDf, Weights } from "./weights.ts";

export interface CompiledShard {
  name: string;
  weights: Weights;
  pages: CompiledPage[];
  templates: Template[];
  /** Token key → indexes into `templates`. */
  postings: Map<string, number[]>;
  /** Lowercased type name → indexes into `templates`. */
  byType: Map<string, number[]>;
  /** Words of the shard by length, for one-edit typo lookup. */
  vocabulary: Map<number, string[]>;
}

function isShardPage(value: unknown): value is ShardPage {
  if (typeof value !== "object" || value === null) return false;
  const p = value as Record<string, unknown>;
  return typeof p["i"] === "string" && typeof p["t"] === "string" && typeof p["s"] === "string";
}

/**
 * Checks the shape of fetched shard JSON.
 * @param name Shard name, for the message.
 * @param data Parsed JSON.
 * @returns The data, typed.
 * @throws Error naming the shard and what is wrong (an old cached shard, a 404 page parsed as JSON…).
 */
export function readShardData(name: string, data: unknown): ShardData {
  const d = data as Partial<ShardData> | null;
  if (typeof d !== "object" || d === null) throw new Error(`lookup shard ${name}: expected a JSON object, got ${data === null ? "null" : typeof data}`);
  if (d.v !== INDEX_VERSION) throw new Error(`lookup shard ${name}: index version ${String(d.v)}, this page reads version ${INDEX_VERSION} — reload the page`);
  if (typeof d.n !== "number" || !Array.isArray(d.p) || typeof d.d !== "object" || d.d === null) throw new Error(`lookup shard ${name}: missing n, d or p`);
  const bad = d.p.findIndex((p) => !isShardPage(p));
  if (bad >= 0) throw new Error(`lookup shard ${name}: page ${bad} lacks i, t or s`);
  return d as ShardData;
}

/**
 * Compiles a shard.
 * @param name Its name in the manifest.
 * @param data Parsed JSON as fetched.
 * @returns The compiled shard.
 */
export function loadShard(name: string, data: unknown): CompiledShard {
  const shard = readShardData(name, data);
  const weights = new Weights(shard.n, decodeDf(shard.d));
  const pages: CompiledPage[] = [];
  const templates: Template[] = [];
  shard.p.forEach((entry, i) => {
    const compiled = compilePage(entry, i, weights);
    pages.push(compiled.page);
    templates.push(...compiled.templates);
  });
  // Hints shared by many pages (`anthropic/_base_client.py`) say less about which page it is.
  const hintPages = new Map<string, number>();
  for (const p of pages) for (const h of new Set(p.frames)) hintPages.set(h, (hintPages.get(h) ?? 0) + 1);
  for (const p of pages) p.frameWeights = p.frames.map((h) => Math.log(1 + pages.length / (hintPages.get(h) ?? 1)) / Math.log(1 + pages.length));
  const postings = new Map<string, number[]>();
  const byType = new Map<string, number[]>();
  const words = new Set<string>();
  templates.forEach((t, i) => {
    for (const key of new Set(t.tokens.map((tok) => tok.key))) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push(i);
      if (!key.startsWith("<")) words.add(key);
    }
    if (t.type) {
      const name = t.type.name.toLowerCase();
      let list = byType.get(name);
      if (!list) byType.set(name, (list = []));
      list.push(i);
    }
  });
  const vocabulary = new Map<number, string[]>();
  for (const w of words) {
    let list = vocabulary.get(w.length);
    if (!list) vocabulary.set(w.length, (list = []));
    list.push(w);
  }
  return { name, weights, pages, templates, postings, byType, vocabulary };
}

/**
 * Compiles pages straight into one in-memory shard (build-time checks, tests). Same result as building the
 * index and loading every shard, without the size budget.
 * @param pages Pages.
 * @returns One compiled shard holding every page.
 */
export function compilePages(pages: readonly IndexablePage[]): CompiledShard {
  const index = buildLookupIndex(pages, { maxShardBytes: Number.POSITIVE_INFINITY });
  return loadShard("0", index.shards["0"]);
}
