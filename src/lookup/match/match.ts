/**
 * Ranking: for each line of the paste, shortlist templates by shared weighted words (an inverted index, so work
 * does not grow with the site), align the shortlist (align.ts), score it (score.ts), keep each page's best, and
 * return the plausible ones best first.
 */
import type { Frame } from "../types.ts";
import { align, evidenceKeys, type Alignment, type PreparedInput } from "./align.ts";
import { confidenceOf, type Confidence } from "./confidence.ts";
import { explain, type MatchWhy } from "./explain.ts";
import { correctWord } from "./fuzzy.ts";
import type { CompiledShard } from "./load-shard.ts";
import { hintFrame, pasteContext, scoreMatch, TYPE_ONLY_PAGES, type Scored } from "./score.ts";
import { STOP_WORDS } from "../stop-words.ts";
import type { Candidate, CompiledPage, Template, Token } from "./types.ts";
import { Weights } from "./weights.ts";
import { analyzeText } from "./analyze.ts";
import { statusMatches } from "./status-fallback.ts";
import { TUNING } from "./tuning.ts";
import { SPECIFIC_EVIDENCE } from "./template.ts";

/** Templates aligned per line and shard, at most: bounded work for any site size. */
const SHORTLIST = 24;
/**
 * Of those, how many are the templates sharing the most weight with the line whatever their length; the rest share
 * the most for their length (`shortlist`). Length alone lets a large site's short templates that share one common
 * word (`Key parameter was not found`) crowd out a long page wording sharing the line's rarest words. Measured on
 * the training side at 10,000 generated pages: 0 of 24 → 940/958 right, 4, 8 or 12 → 941; no change on the real site.
 */
const SHORTLIST_BY_WEIGHT = 8;
/** Unknown words per line looked up for typos, at most. */
const MAX_CORRECTIONS = 48;
/** Matches returned when the caller does not say. */
export const DEFAULT_LIMIT = 5;

export interface Match {
  id: string;
  title: string;
  signature: string;
  /** 0–1 (score.ts). */
  score: number;
  confidence: Confidence;
  why: MatchWhy;
  /** The page's one-line summary (what to do first), from its answer file (answers.ts). */
  summary?: string;
  /** The title of the page's first fix, from its answer file (answers.ts). */
  fix?: string;
}

export interface RankOptions {
  /** Matches to return (default 5). */
  limit?: number;
  /** The whole paste, for vendor evidence (vendor-evidence.ts); the candidates' lines when absent. */
  text?: string;
}

/** A page's best template so far; the explanation is only built for the pages returned. */
interface Best {
  page: CompiledPage;
  template: Template;
  candidate: Candidate;
  alignment: Alignment;
  scored: Scored;
  confidence: Confidence;
  /** Rounded as reported, so the order always agrees with the scores shown. */
  score: number;
}

/** The templates a lookup considers, across the files it loaded, with what their words weigh. */
export interface Pool {
  entries: { template: Template; page: CompiledPage }[];
  /** Token key → indexes into `entries`. */
  postings: Map<string, number[]>;
  /** Lowercased type name → indexes into `entries`. */
  byType: Map<string, number[]>;
  /** Words of the pool by length, sorted, for typo correction. */
  vocabulary: Map<number, string[]>;
  /** Site-wide weights (every file carries the same page count and frequencies for its words). */
  weights: Weights;
}

/** One weight table over several files: each knows the site-wide frequency of its own words. */
function mergedWeights(shards: readonly CompiledShard[]): Weights {
  const first = shards[0] as CompiledShard;
  if (shards.length === 1) return first.weights;
  const df = new Map<string, number>();
  for (const s of shards) for (const [w, n] of s.weights.df) df.set(w, n);
  return new Weights(first.weights.pages, df);
}

/**
 * The templates to consider: every template of the loaded files, or on a routed site every template of the pages
 * one of whose templates holds one of the paste's keys (route.ts), at most POOL_CAP pages per key (`reachedPages`).
 * A page present in two files counts once.
 * @param shards Loaded files.
 * @param keys The paste's routing keys, or undefined when the site is not routed.
 * @param [pasteWords] The paste's words, which rank the pages of a key held by more than POOL_CAP (none: no cap).
 * @returns The pool, or undefined when there is nothing to search.
 */
export function poolOf(shards: readonly CompiledShard[], keys: readonly string[] | undefined, pasteWords?: ReadonlySet<string>): Pool | undefined {
  const first = shards[0];
  if (!first) return undefined;
  const reached = keys ? reachedPages(shards, new Set(keys), pasteWords) : undefined;
  // A page present in two files is compiled and considered once.
  const taken = new Set<string>();
  const pool: Pool = { entries: [], postings: new Map(), byType: new Map(), vocabulary: new Map(), weights: mergedWeights(shards) };
  const words = new Set<string>();
  for (const shard of shards) {
    for (let i = 0; i < shard.size; i++) {
      // Only the pages considered are compiled (load-shard.ts `CompiledShard`).
      const id = shard.idOf(i);
      if ((reached && !reached.has(id)) || taken.has(id)) continue;
      taken.add(id);
      const compiled = shard.at(i);
      if (!compiled) continue;
      const { page } = compiled;
      for (const template of compiled.templates) {
        const at = pool.entries.push({ template, page }) - 1;
        for (const key of new Set(template.tokens.map((t) => t.key))) {
          let list = pool.postings.get(key);
          if (!list) pool.postings.set(key, (list = []));
          list.push(at);
          if (!key.startsWith("<")) words.add(key);
        }
        if (template.type) {
          const name = template.type.name.toLowerCase();
          let list = pool.byType.get(name);
          if (!list) pool.byType.set(name, (list = []));
          list.push(at);
        }
      }
    }
  }
  for (const w of [...words].sort()) {
    let list = pool.vocabulary.get(w.length);
    if (!list) pool.vocabulary.set(w.length, (list = []));
    list.push(w);
  }
  return pool;
}

/**
 * Pages a routed lookup considers per key, at most. A common word keys a few hundred pages of a large site (at
 * 10,000 generated pages, `exceeds` keys 216), and a cold lookup compiles every page it considers (load-shard.ts),
 * about 55 µs a wording: the bench's cold 200-line lookups compiled 360 wordings on average, 598 at p95. With 48
 * they compile 143 (277 at p95). Training top-1 at 10,000 pages is unchanged on seeds 42, 7 and 1234 (1,664, 1,665
 * and 1,663 of the real site's right answers kept, as without a cap); 32 also kept them on seed 42, 48 leaves room.
 * Ranking by word frequencies instead of counting words lost 7 at 32 and broke the sharding invariant (below).
 */
export const POOL_CAP = 48;

/**
 * The pages a routed paste's keys reach, by id: every page one of whose wordings holds a key, then every wording of it
 * is considered. The file of that key holds the whole page (build-index.ts), so this reads nothing more, and a paste
 * routed by a word of one wording still meets the wording it was printed in (issue 8: at 10,000 pages, 4 training
 * pastes more right).
 *
 * A key that reaches more than POOL_CAP pages keeps those a paste could match best: ranked by the largest share of
 * one wording's words the paste holds, then by how many, then by id. Read from the wordings as written, before
 * compiling anything; a page reached by a key with few pages is kept whatever its rank. Words are counted, not
 * weighted: a served file knows the frequencies of its pages' analysed words only, not of every word as written
 * (`https` of a URL), so weights would differ from the in-memory index's and the two would keep different pages.
 * Depends on the paste and the reached pages alone.
 * @param shards Loaded files.
 * @param keys The paste's routing keys.
 * @param [pasteWords] The paste's words (not placeholders, not stop words); none: no cap.
 * @returns Ids of the pages to consider.
 */
function reachedPages(shards: readonly CompiledShard[], keys: ReadonlySet<string>, pasteWords?: ReadonlySet<string>): Set<string> {
  // Which of the paste's keys reach each page, and where it is (the first file holding it).
  const where = new Map<string, { shard: CompiledShard; index: number }>();
  const groups = new Map<string, Set<string>>();
  for (const shard of shards)
    for (let i = 0; i < shard.size; i++)
      for (const wording of shard.keysOf(i))
        for (const key of wording) {
          if (!keys.has(key)) continue;
          const id = shard.idOf(i);
          if (!where.has(id)) where.set(id, { shard, index: i });
          let group = groups.get(key);
          if (!group) groups.set(key, (group = new Set()));
          group.add(id);
        }
  // Only the pages of a group over the cap are ranked.
  const rank = new Map<string, { cover: number; shared: number }>();
  const rankOf = (id: string, words: ReadonlySet<string>) => {
    let r = rank.get(id);
    if (r) return r;
    r = { cover: 0, shared: 0 };
    const at = where.get(id);
    for (const wording of at ? at.shard.wordsOf(at.index) : []) {
      let all = 0;
      let shared = 0;
      for (const w of wording) {
        if (STOP_WORDS.has(w)) continue;
        all++;
        if (words.has(w)) shared++;
      }
      if (all > 0) r.cover = Math.max(r.cover, shared / all);
      r.shared = Math.max(r.shared, shared);
    }
    rank.set(id, r);
    return r;
  };
  const best = (group: ReadonlySet<string>, words: ReadonlySet<string>) =>
    [...group]
      .sort((a, b) => {
        const ra = rankOf(a, words);
        const rb = rankOf(b, words);
        return rb.cover - ra.cover || rb.shared - ra.shared || (a < b ? -1 : a > b ? 1 : 0);
      })
      .slice(0, POOL_CAP);
  const reached = new Set<string>();
  for (const group of groups.values()) for (const id of pasteWords && group.size > POOL_CAP ? best(group, pasteWords) : group) reached.add(id);
  return reached;
}

/**
 * Prepares a line for alignment against a pool: typo-corrects words the pool does not know and weighs every
 * token. A word no considered template has weighs the most, whatever other pages of the site hold it, so the
 * weights depend only on the pool.
 * @param candidate The line.
 * @param pool The templates considered.
 * @returns The prepared line.
 */
export function prepareInput(candidate: Candidate, pool: Pick<Pool, "postings" | "vocabulary" | "weights">): PreparedInput {
  const keys: string[] = [];
  const corrected: boolean[] = [];
  const weights: number[] = [];
  let lookups = 0;
  const { tokens, leadLength } = rejoinCut(candidate.tokens, candidate.leadLength, pool.postings);
  for (const t of tokens) {
    let key = t.key;
    let fixed = false;
    if (!t.param && !pool.postings.has(key) && lookups < MAX_CORRECTIONS) {
      lookups++;
      const known = correctWord(key, pool.vocabulary);
      if (known) {
        key = known;
        fixed = true;
      }
    }
    keys.push(key);
    corrected.push(fixed);
    weights.push(key.startsWith("<") || STOP_WORDS.has(key) || pool.postings.has(key) ? pool.weights.of(key) : pool.weights.max);
  }
  return { tokens, keys, corrected, weights, total: weights.reduce((a, b) => a + b, 0), leadLength, evidence: evidenceKeys(tokens, keys) };
}

/**
 * Words a hard wrap cut in two, joined back (issue 8 §2): a terminal that wraps at its width without looking for a
 * space, or a text box, leaves `Overl` / `oaded`, which the parser joins with a space. Two neighbouring words of
 * which the pool knows at most one, whose concatenation it knows, were one word. Only the pool's words decide, so
 * the sharded and the in-memory matcher join the same words.
 * @param tokens The line's tokens.
 * @param leadLength Tokens of the lead (outside the body); a pair across that boundary is left alone.
 * @param known The pool's words.
 * @returns The tokens, with such pairs joined, and the lead's new length.
 */
function rejoinCut(tokens: readonly Token[], leadLength: number, known: ReadonlyMap<string, unknown>): { tokens: readonly Token[]; leadLength: number } {
  let out: Token[] | undefined;
  let lead = leadLength;
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a && b && !a.param && !b.param && i + 1 !== leadLength && (!known.has(a.key) || !known.has(b.key)) && known.has(a.key + b.key)) {
      out ??= tokens.slice(0, i);
      out.push({ key: a.key + b.key });
      if (i < leadLength) lead--;
      i++;
      continue;
    }
    if (out && a) out.push(a);
  }
  return { tokens: out ?? tokens, leadLength: lead };
}

/**
 * Templates sharing the most weight with the line, in all and for their length, plus frame-hinted ones and the
 * templates of the line's type when few pages have it: those score at least the type-only floor (score.ts
 * `TYPE_ONLY_PAGES`) whatever words they share, so a line whose message is missing or a stand-in
 * (`ThrottlingException: httpStatusCode: 429` from a `JSON.stringify`d AWS SDK v3 error) must not lose them to
 * templates sharing a common word.
 */
function shortlist(input: PreparedInput, candidate: Candidate, pool: Pool, hinted: readonly number[], sharing: number): number[] {
  const acc = new Map<number, number>();
  const seen = new Set<string>();
  input.keys.forEach((key, i) => {
    if (seen.has(key) || STOP_WORDS.has(key)) return;
    seen.add(key);
    for (const t of pool.postings.get(key) ?? []) acc.set(t, (acc.get(t) ?? 0) + (input.weights[i] ?? 0));
  });
  if (candidate.type) for (const t of pool.byType.get(candidate.type.name.toLowerCase()) ?? []) acc.set(t, (acc.get(t) ?? 0) + pool.weights.placeholder);
  // Ties break by page id and source, not by position in the pool, which depends on the files loaded.
  const order = (t: number) => `${pool.entries[t]?.page.id ?? ""}#${String(pool.entries[t]?.template.source ?? 0).padStart(4, "0")}`;
  const byOrder = (a: readonly [number, number], b: readonly [number, number]) => b[1] - a[1] || (order(a[0]) < order(b[0]) ? -1 : order(a[0]) > order(b[0]) ? 1 : 0);
  const shared = [...acc];
  const heaviest = best(shared, SHORTLIST_BY_WEIGHT, byOrder).map(([t]) => t);
  // The best SHORTLIST for their length hold the best SHORTLIST - heaviest.length that are not among the heaviest.
  const forLength = shared.map(([t, w]) => [t, w / ((pool.entries[t]?.template.weight ?? 0) + 1)] as const);
  const ranked = best(forLength, SHORTLIST, byOrder)
    .map(([t]) => t)
    .filter((t) => !heaviest.includes(t))
    .slice(0, SHORTLIST - heaviest.length);
  const typed = candidate.type && !candidate.type.generic && sharing > 0 && sharing <= TYPE_ONLY_PAGES ? (pool.byType.get(candidate.type.name.toLowerCase()) ?? []) : [];
  return [...new Set([...ranked, ...heaviest, ...hinted, ...typed])];
}

/**
 * The first `k` items in `compare`'s order, as sorting and slicing would give them, in one pass: a line of a large
 * site shares words with thousands of templates, and only a few dozen are wanted.
 * @param items The items.
 * @param k How many.
 * @param compare A total order.
 * @returns At most `k` items, first first.
 */
function best<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  const out: T[] = [];
  if (k <= 0) return out;
  for (const item of items) {
    const last = out[out.length - 1];
    if (out.length === k && last !== undefined && compare(item, last) >= 0) continue;
    const at = out.findIndex((o) => compare(item, o) < 0);
    if (at < 0) out.push(item);
    else out.splice(at, 0, item);
    if (out.length > k) out.pop();
  }
  return out;
}

/** 1 when the wording names an exception type exactly when the pasted line does (a bare body fits a bare wording). */
function typeFit(b: Best): number {
  return (b.template.type === undefined) === (b.candidate.type === undefined) ? 1 : 0;
}

/**
 * Best first: score, then literal evidence, then (for ties only) the wording printed like the paste, a signature
 * before a variant, and the id for a stable order.
 */
function compare(a: Best, b: Best): number {
  return (
    b.score - a.score || b.alignment.evidence - a.alignment.evidence || typeFit(b) - typeFit(a) || a.template.source - b.template.source || (a.page.id < b.page.id ? -1 : a.page.id > b.page.id ? 1 : 0)
  );
}

/** A routed paste's words that rank a large key's pages (`reachedPages`): literal, not stop words. */
function wordsOfPaste(candidates: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) for (const t of c.tokens) if (!t.param && !STOP_WORDS.has(t.key)) out.add(t.key);
  return out;
}

/** The stand-in line for a paste that has frames and nothing else. */
function framesCandidate(frames: readonly Frame[]): Candidate {
  return {
    parts: { lead: "", inner: "", hasBody: false, truncated: false, wrappers: [] },
    tokens: [],
    leadLength: 0,
    display: "",
    line: 1,
    text: `(no error line; ${frames.length} frame${frames.length === 1 ? "" : "s"})`,
    frames: [...frames],
    origin: "frames",
  };
}

/**
 * Ranks pages for the lines of a paste.
 * @param candidates Lines of the paste (candidates.ts).
 * @param frames Every frame of the paste.
 * @param shards Loaded files (one for a small site; for a routed site the files of the paste's keys).
 * @param [options] Limit; `keys`, the paste's routing keys on a routed site.
 * @returns Plausible matches, best first; empty when nothing plausibly matches.
 */
export function rankMatches(candidates: readonly Candidate[], frames: readonly Frame[], shards: readonly CompiledShard[], options: RankOptions & { keys?: readonly string[] } = {}): Match[] {
  // Plain lines read beside the parser's findings (`wholeOnly`) say nothing of what the parser found.
  const found = candidates.filter((c) => !c.wholeOnly);
  const framesOnly = found.every((c) => c.tokens.length === 0 && !c.type);
  // A cut-off traceback with no error line: its frames still point at pages with frame hints.
  const lines = found.length > 0 || frames.length === 0 ? candidates : [framesCandidate(frames), ...candidates];
  const paste = pasteContext(frames, framesOnly, options.text ?? candidates.map((c) => c.text).join("\n"));
  const pool = poolOf(shards, options.keys, options.keys && wordsOfPaste(candidates));
  const best = new Map<string, Best>();
  if (pool) {
    const hinted: number[] = [];
    pool.entries.forEach(({ page }, i) => {
      if (page.frames.length > 0 && hintFrame(page, paste)) hinted.push(i);
    });
    const typePages = new Map<string, number>();
    for (const [name, list] of pool.byType) typePages.set(name, new Set(list.map((i) => pool.entries[i]?.page.id)).size);
    for (const candidate of lines) {
      const input = prepareInput(candidate, pool);
      const sharing = candidate.type ? (typePages.get(candidate.type.name.toLowerCase()) ?? 0) : 0;
      const aligned = shortlist(input, candidate, pool, hinted, sharing).flatMap((ti) => {
        const entry = pool.entries[ti];
        return entry ? [{ ...entry, alignment: align(entry.template, input, pool.weights) }] : [];
      });
      // The line's type tells pages apart only if a page of that type has its message too (score.ts `typeRival`).
      const typeName = candidate.type && !candidate.type.generic ? candidate.type.name.toLowerCase() : undefined;
      const rival = typeName !== undefined && aligned.some((a) => (a.alignment.kind !== "similar" || a.alignment.evidence >= SPECIFIC_EVIDENCE) && a.template.type?.name.toLowerCase() === typeName);
      for (const { template, page, alignment } of aligned) {
        // A plain line beside the parser's findings: only a whole template whose words single an error out (candidates.ts).
        if (candidate.wholeOnly && (alignment.kind !== "template" || alignment.evidence < SPECIFIC_EVIDENCE)) continue;
        const scored = scoreMatch(template, page, candidate, alignment, paste, sharing, rival);
        const confidence = confidenceOf(scored, alignment.kind, alignment.evidence);
        if (!confidence) continue;
        const b: Best = { page, template, candidate, alignment, scored, confidence, score: Math.round(scored.score * 1000) / 1000 };
        const prior = best.get(page.id);
        if (!prior || compare(b, prior) < 0) best.set(page.id, b);
      }
    }
  }
  // The status fallback runs when nothing matched; a status the site's author declared for a page
  // (`match.bareStatus`) also competes with low "similar" matches, which on a large site a header dump's words find
  // somewhere (a page then keeps the better of its two scores). Measured on the training side: letting undeclared
  // statuses compete too cost the real site three right answers (a Bedrock 403 whose weak match was right).
  const weakOnly = [...best.values()].every((b) => b.alignment.kind === "similar" && b.confidence === "low");
  if (pool && weakOnly && options.text) {
    for (const m of statusMatches(options.text, pool.entries, paste.vendors, best.size > 0)) {
      if (m.scored.score < TUNING.low || (best.get(m.page.id)?.score ?? 0) >= m.scored.score) continue;
      const candidate: Candidate = { ...analyzeText(m.text), line: m.line, text: m.text, frames: [], origin: "line" };
      const alignment = align(m.template, prepareInput(candidate, pool), pool.weights);
      best.set(m.page.id, { page: m.page, template: m.template, candidate, alignment, scored: m.scored, confidence: "low", score: Math.round(m.scored.score * 1000) / 1000 });
    }
  }
  const ranked = [...best.values()].sort(compare);
  // Pages tied on score and evidence are in an arbitrary order (template index, then id): the paste does not say
  // which it is, so none of them is a high-confidence answer.
  const [first, second] = ranked;
  const tiedWithFirst = (b: Best) => b.score === first?.score && b.alignment.evidence === first.alignment.evidence;
  if (second && tiedWithFirst(second)) for (const b of ranked) if (tiedWithFirst(b) && b.confidence === "high") b.confidence = "medium";
  return ranked
    .slice(0, Math.max(0, options.limit ?? DEFAULT_LIMIT))
    .map((b): Match => ({ id: b.page.id, title: b.page.title, signature: b.page.signature, score: b.score, confidence: b.confidence, why: explain(b.candidate, b.template, b.alignment, b.scored) }));
}
