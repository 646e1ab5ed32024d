/**
 * The entry the browser and the CLI share: a paste plus a way to fetch shards → the parsed exceptions and the
 * ranked matches. A cold lookup fetches at most two shards (the top lines' routing keys, route.ts); the manifest
 * is embedded in the page, so that is the whole request count. Shards are compiled once and cached.
 *
 * Also the synchronous helpers build-time checks use (the corpus test, the playground check): they run the same
 * candidates → ranking path over pages compiled in memory.
 */
import { parseTrace } from "../parse/index.ts";
import type { ParsedException, ParseResult } from "../types.ts";
import { align } from "./align.ts";
import { INDEX_VERSION, type LookupManifest } from "./build-index.ts";
import { candidatesFrom, pasteFrames } from "./candidates.ts";
import { explain, type MatchWhy } from "./explain.ts";
import type { CompiledShard } from "./load-shard.ts";
import { loadShard } from "./load-shard.ts";
import { prepareInput, rankMatches, type Match } from "./match.ts";
import { routeKeys, shardOf } from "./route.ts";
import { pasteContext, scoreMatch } from "./score.ts";
import type { Candidate } from "./types.ts";

/** Shards a cold lookup may fetch. */
export const MAX_SHARDS_PER_LOOKUP = 2;

/** A stack-trace parser; `parseTrace` (src/lookup/parse) unless a test injects hand-built results. */
export type Parse = (text: string) => ParseResult;

export interface LookupResult {
  /** What the parser found. */
  parsed: ParsedException[];
  /** Set when the parser cut a huge paste. */
  capped?: ParseResult["capped"];
  /** Plausible matches, best first; empty when nothing plausibly matches. */
  matches: Match[];
  /** Shards this lookup used. */
  shards: string[];
}

export interface LookupOptions {
  /** Matches to return (default 5). */
  limit?: number;
  /** The parser (default `parseTrace`). */
  parse?: Parse;
}

/**
 * The shards to search for a paste: the routing keys of its lines, most informative line first, until two
 * distinct shards are named. A one-shard index always names its shard.
 * @param candidates Lines of the paste.
 * @param manifest The index manifest.
 * @returns Shard names, at most two.
 */
export function shardsFor(candidates: readonly Candidate[], manifest: LookupManifest): string[] {
  if (manifest.count <= 1) return ["0"];
  const split = new Set(manifest.split);
  const out: string[] = [];
  for (const c of candidates) {
    for (const key of routeKeys(c, split)) {
      const name = String(shardOf(key, manifest.seed, manifest.count));
      if (!out.includes(name)) out.push(name);
      if (out.length >= MAX_SHARDS_PER_LOOKUP) return out;
    }
  }
  return out;
}

function result(parsed: ParseResult, matches: Match[], shards: string[]): LookupResult {
  const out: LookupResult = { parsed: parsed.exceptions, matches, shards };
  if (parsed.capped) out.capped = parsed.capped;
  return out;
}

/** A lookup bound to one index. */
export interface Lookup {
  /**
   * Looks a paste up.
   * @param text The paste.
   * @param [options] Limit.
   * @returns Parsed exceptions and ranked matches.
   */
  lookup(text: string, options?: LookupOptions): Promise<LookupResult>;
}

/**
 * Creates a lookup over a served index.
 * @param manifest The manifest embedded in the page.
 * @param fetchShard Fetches one shard's JSON by name (`fetch(\`/lookup/${tag}/${name}.json\`).then(r => r.json())`).
 * @returns The lookup.
 * @throws Error when the manifest is from another index version.
 */
export function createLookup(manifest: LookupManifest, fetchShard: (name: string) => Promise<unknown>): Lookup {
  if (manifest.v !== INDEX_VERSION) throw new Error(`lookup manifest version ${manifest.v}, this code reads version ${INDEX_VERSION} — rebuild the site`);
  const cache = new Map<string, Promise<CompiledShard>>();
  const shard = (name: string): Promise<CompiledShard> => {
    let loading = cache.get(name);
    if (!loading) {
      loading = fetchShard(name).then((data) => loadShard(name, data));
      // A failed fetch must not stick: the next lookup tries again.
      loading.catch(() => cache.delete(name));
      cache.set(name, loading);
    }
    return loading;
  };
  return {
    async lookup(text, options = {}) {
      const parsed = (options.parse ?? parseTrace)(text);
      const candidates = candidatesFrom(parsed, text);
      // A paste with no error line routes nowhere on a sharded site; a one-shard site still checks its frames.
      const names = shardsFor(candidates, manifest);
      const shards = await Promise.all(names.map(shard));
      const matches = rankMatches(candidates, pasteFrames(parsed), shards, options);
      return result(parsed, matches, names);
    },
  };
}

/**
 * Looks a paste up in shards already compiled (build-time checks, tests).
 * @param text The paste.
 * @param shards Compiled shards (load-shard.ts `compilePages` for a set of pages).
 * @param [options] Limit and parser.
 * @returns Parsed exceptions and ranked matches.
 */
export function lookupSync(text: string, shards: CompiledShard | readonly CompiledShard[], options: LookupOptions = {}): LookupResult {
  const list = Array.isArray(shards) ? (shards as readonly CompiledShard[]) : [shards as CompiledShard];
  const parsed = (options.parse ?? parseTrace)(text);
  const candidates = candidatesFrom(parsed, text);
  return result(parsed, rankMatches(candidates, pasteFrames(parsed), list, options), list.map((s) => s.name));
}

/**
 * Whether a paste matches one page's template as a template (whole, cut off, or by its lead) — not merely
 * similar words. The playground check uses it: a fixed client's "after" text must not match the page's signature.
 * @param text The paste.
 * @param shard Compiled pages holding the page.
 * @param pageId The page.
 * @param [options] `which`: only the page's signature (default) or its variants too; `parse`: the parser.
 * @returns How it matched, or undefined when no line matches a template of the page.
 * @throws Error when the page is not among the compiled pages.
 */
export function matchTemplate(text: string, shard: CompiledShard, pageId: string, options: { which?: "signature" | "all"; parse?: Parse } = {}): MatchWhy | undefined {
  const which = options.which ?? "signature";
  const pageIndex = shard.pages.findIndex((p) => p.id === pageId);
  const page = shard.pages[pageIndex];
  if (!page) throw new Error(`no page ${pageId} in the compiled pages`);
  const parsed = (options.parse ?? parseTrace)(text);
  const frames = pasteFrames(parsed);
  const paste = pasteContext(frames, false);
  const templates = shard.templates.filter((t) => t.page === pageIndex && (which === "all" || t.source === 0));
  for (const candidate of candidatesFrom(parsed, text)) {
    for (const template of templates) {
      const alignment = align(template, prepareInput(candidate, shard), shard.weights);
      if (alignment.kind !== "similar") return explain(candidate, template, alignment, scoreMatch(template, page, candidate, alignment, paste));
    }
  }
  return undefined;
}
