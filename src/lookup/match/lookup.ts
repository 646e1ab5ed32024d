/**
 * The entry the browser and the CLI share: a paste plus a way to fetch index files → the parsed exceptions and the
 * ranked matches. On a one-file site a cold lookup fetches that file; on a routed site the router and the files of
 * the paste's keys (route.ts) — at most three, and exactly the templates the in-memory matcher would consider. Either
 * then reads the answer files of the matches it returns (answers.ts). Files are compiled once and cached.
 *
 * Also the synchronous helpers build-time checks use (the corpus test, the playground check): they run the same
 * candidates → routing → ranking path over pages compiled in memory.
 */
import { parseTrace } from "../parse/index.ts";
import type { ParsedException, ParseResult } from "../types.ts";
import { align } from "./align.ts";
import { answerFile, answerFiles } from "./answers.ts";
import { INDEX_VERSION, ROUTER, type LookupManifest } from "./build-index.ts";
import { candidatesFrom, pasteFrames } from "./candidates.ts";
import { explain, withContext, type MatchWhy } from "./explain.ts";
import type { CompiledShard } from "./load-shard.ts";
import { loadAnswers, loadRouter, loadShard } from "./load-shard.ts";
import { poolOf, prepareInput, rankMatches, type Match } from "./match.ts";
import { chooseKeys, MAX_FILES, type Router } from "./route.ts";
import { pasteContext, scoreMatch } from "./score.ts";

/** Files a cold lookup may fetch: the router and at most MAX_FILES data files. */
export const MAX_SHARDS_PER_LOOKUP = MAX_FILES + 1;

/** A stack-trace parser; `parseTrace` (src/lookup/parse) unless a test injects hand-built results. */
export type Parse = (text: string) => ParseResult;

export interface LookupResult {
  /** What the parser found. */
  parsed: ParsedException[];
  /** Set when the parser cut a huge paste. */
  capped?: ParseResult["capped"];
  /** Plausible matches, best first; empty when nothing plausibly matches. */
  matches: Match[];
  /** Index files this lookup used (data files; the router is not listed). */
  shards: string[];
  /** Answer files read for the matches' summaries and fixes (answers.ts). */
  answers?: string[];
  /** The routing keys, on a routed site. */
  keys?: string[];
}

export interface LookupOptions {
  /** Matches to return (default 5). */
  limit?: number;
  /** The parser (default `parseTrace`). */
  parse?: Parse;
}

/**
 * The data files that hold a paste's keys.
 * @param keys From `chooseKeys`.
 * @param router The site's router.
 * @returns File names, in key order, once each.
 */
export function shardsFor(keys: readonly string[], router: Router): string[] {
  const out: string[] = [];
  for (const key of keys) {
    const name = router.file.get(key);
    if (name !== undefined && !out.includes(name)) out.push(name);
  }
  return out;
}

function result(parsed: ParseResult, matches: Match[], shards: string[], keys?: string[]): LookupResult {
  const out: LookupResult = { parsed: parsed.exceptions, matches, shards };
  if (parsed.capped) out.capped = parsed.capped;
  if (keys) out.keys = keys;
  return out;
}

/**
 * A file loader that fetches and compiles each file once, and forgets a failed load so that the next lookup tries
 * again.
 * @param load Fetches and compiles one file by name.
 * @returns The same loader, cached.
 */
function loadOnce<T>(load: (name: string) => Promise<T>): (name: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (name) => {
    let loading = cache.get(name);
    if (!loading) {
      loading = load(name);
      loading.catch(() => cache.delete(name));
      cache.set(name, loading);
    }
    return loading;
  };
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
  const router = loadOnce((name) => fetchShard(name).then(loadRouter));
  const shard = loadOnce((name) => fetchShard(name).then((data) => loadShard(name, data)));
  const answerSet = loadOnce((name) => fetchShard(name).then((data) => loadAnswers(name, data)));
  // With `answersFirst`, the loads the warm-up started, kept even when they failed: a failed file is not fetched
  // again after a paste, where the request would tell the host's log which file the paste needed.
  const warmAnswers = new Map<string, ReturnType<typeof answerSet>>();
  // Answers, after matching: an answer file that fails to load leaves its matches without an
  // answer (the card shows the title and the link), never the lookup without its matches.
  const withAnswers = async (matches: Match[], count: number): Promise<string[]> => {
    const names = [...new Set(matches.map((m) => answerFile(m.id, count)))];
    const sets = await Promise.all(names.map((n) => (warmAnswers.get(n) ?? answerSet(n)).catch(() => undefined)));
    for (const m of matches) {
      const answer = sets[names.indexOf(answerFile(m.id, count))]?.get(m.id);
      if (answer?.m !== undefined) m.summary = answer.m;
      if (answer?.x !== undefined) m.fix = answer.x;
      const context = m.why.template.variant !== undefined ? answer?.c?.[m.why.template.variant - 1] : undefined;
      if (context) m.why = withContext(m.why, context);
    }
    return names;
  };
  // The matches of a paste: from the one data file, or from the files its routing keys name.
  const match = async (parsed: ParseResult, text: string, options: LookupOptions): Promise<LookupResult> => {
    const candidates = candidatesFrom(parsed, text);
    const frames = pasteFrames(parsed);
    if (!manifest.routed) return result(parsed, rankMatches(candidates, frames, [await shard("0")], { ...options, text }), ["0"]);
    const r = await router(ROUTER);
    const keys = chooseKeys(candidates, r, frames);
    const names = shardsFor(keys, r);
    const shards = await Promise.all(names.map(shard));
    return result(parsed, rankMatches(candidates, frames, shards, { ...options, keys, text }), names, keys);
  };
  // A site that reads its answers first (site.yml `lookup.answersFirst`) starts every answer file with the first
  // lookup, the warm-up before a paste; a paste's answers then come from those same loads, and no request follows it
  // but the data files of a routed site's keys.
  const readAllAnswers = (count: number) => {
    for (const name of answerFiles(count)) {
      const load = answerSet(name);
      load.catch(() => undefined);
      warmAnswers.set(name, load);
    }
  };
  return {
    async lookup(text, options = {}) {
      const matching = match((options.parse ?? parseTrace)(text), text, options);
      // After the index file the lookup needs, so that one is requested first.
      if (manifest.answersFirst && manifest.answers !== undefined && warmAnswers.size === 0) readAllAnswers(manifest.answers);
      const out = await matching;
      if (manifest.answers !== undefined && out.matches.length > 0) out.answers = await withAnswers(out.matches, manifest.answers);
      return out;
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
  const frames = pasteFrames(parsed);
  const router = list[0]?.router;
  const keys = router ? chooseKeys(candidates, router, frames) : undefined;
  const rank = rankMatches(candidates, frames, list, keys ? { ...options, keys, text } : { ...options, text });
  return result(
    parsed,
    rank,
    list.map((s) => s.name),
    keys,
  );
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
  const paste = pasteContext(frames, false, text);
  const templates = shard.templates.filter((t) => t.page === pageIndex && (which === "all" || t.source === 0));
  const pool = poolOf([shard], undefined);
  if (!pool) return undefined;
  for (const candidate of candidatesFrom(parsed, text)) {
    for (const template of templates) {
      const alignment = align(template, prepareInput(candidate, pool), shard.weights);
      if (alignment.kind !== "similar") return explain(candidate, template, alignment, scoreMatch(template, page, candidate, alignment, paste));
    }
  }
  return undefined;
}
