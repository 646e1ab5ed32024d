/**
 * Ranking: for each line of the paste, shortlist templates by shared weighted words (an inverted index, so work
 * does not grow with the site), align the shortlist (align.ts), score it (score.ts), keep each page's best, and
 * return the plausible ones best first.
 */
import type { Frame } from "../types.ts";
import { align, type Alignment, type PreparedInput } from "./align.ts";
import { confidenceOf, type Confidence } from "./confidence.ts";
import { explain, type MatchWhy } from "./explain.ts";
import { correctWord } from "./fuzzy.ts";
import type { CompiledShard } from "./load-shard.ts";
import { hintFrame, pasteContext, scoreMatch, type Scored } from "./score.ts";
import { STOPWORDS } from "./tokenize.ts";
import type { Candidate, CompiledPage, Template } from "./types.ts";

/** Templates aligned per line and shard, at most: bounded work for any site size. */
export const SHORTLIST = 24;
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
}

export interface RankOptions {
  /** Matches to return (default 5). */
  limit?: number;
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

/**
 * Prepares a line for alignment against a shard: typo-corrects words the shard does not know and weighs every token.
 * @param candidate The line.
 * @param shard The shard.
 * @returns The prepared line.
 */
export function prepareInput(candidate: Candidate, shard: CompiledShard): PreparedInput {
  const keys: string[] = [];
  const corrected: boolean[] = [];
  const weights: number[] = [];
  let lookups = 0;
  for (const t of candidate.tokens) {
    let key = t.key;
    let fixed = false;
    if (!t.param && !shard.postings.has(key) && lookups < MAX_CORRECTIONS) {
      lookups++;
      const known = correctWord(key, shard.vocabulary);
      if (known) {
        key = known;
        fixed = true;
      }
    }
    keys.push(key);
    corrected.push(fixed);
    weights.push(shard.weights.of(key));
  }
  return { tokens: candidate.tokens, keys, corrected, weights, total: weights.reduce((a, b) => a + b, 0), leadLength: candidate.leadLength };
}

/** Templates sharing the most weight with the line (plus same-type and frame-hinted ones). */
function shortlist(input: PreparedInput, candidate: Candidate, shard: CompiledShard, hinted: readonly number[]): number[] {
  const acc = new Map<number, number>();
  const seen = new Set<string>();
  input.keys.forEach((key, i) => {
    if (seen.has(key) || STOPWORDS.has(key)) return;
    seen.add(key);
    for (const t of shard.postings.get(key) ?? []) acc.set(t, (acc.get(t) ?? 0) + (input.weights[i] ?? 0));
  });
  if (candidate.type) for (const t of shard.byType.get(candidate.type.name.toLowerCase()) ?? []) acc.set(t, (acc.get(t) ?? 0) + shard.weights.placeholder);
  const ranked = [...acc]
    .map(([t, w]) => [t, w / ((shard.templates[t]?.weight ?? 0) + 1)] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, SHORTLIST)
    .map(([t]) => t);
  return [...new Set([...ranked, ...hinted])];
}

/** Best first: score, then literal evidence, then a signature before a variant, then id for a stable order. */
function compare(a: Best, b: Best): number {
  return b.score - a.score || b.alignment.evidence - a.alignment.evidence || a.template.source - b.template.source || (a.page.id < b.page.id ? -1 : a.page.id > b.page.id ? 1 : 0);
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
 * @param shards Compiled shards to search (one for a small site, at most two per lookup for a large one).
 * @param [options] Limit.
 * @returns Plausible matches, best first; empty when nothing plausibly matches.
 */
export function rankMatches(candidates: readonly Candidate[], frames: readonly Frame[], shards: readonly CompiledShard[], options: RankOptions = {}): Match[] {
  const framesOnly = candidates.every((c) => c.tokens.length === 0 && !c.type);
  // A cut-off traceback with no error line: its frames still point at pages with frame hints.
  const lines = candidates.length > 0 || frames.length === 0 ? candidates : [framesCandidate(frames)];
  const paste = pasteContext(frames, framesOnly);
  const best = new Map<string, Best>();
  for (const shard of shards) {
    const hinted: number[] = [];
    shard.templates.forEach((t, i) => {
      const page = shard.pages[t.page];
      if (page && page.frames.length > 0 && hintFrame(page, paste)) hinted.push(i);
    });
    for (const candidate of lines) {
      const input = prepareInput(candidate, shard);
      for (const ti of shortlist(input, candidate, shard, hinted)) {
        const template = shard.templates[ti];
        const page = template ? shard.pages[template.page] : undefined;
        if (!template || !page) continue;
        const alignment: Alignment = align(template, input, shard.weights);
        const scored = scoreMatch(template, page, candidate, alignment, paste);
        const confidence = confidenceOf(scored, alignment.kind, alignment.evidence);
        if (!confidence) continue;
        const entry: Best = { page, template, candidate, alignment, scored, confidence, score: Math.round(scored.score * 1000) / 1000 };
        const prior = best.get(page.id);
        if (!prior || compare(entry, prior) < 0) best.set(page.id, entry);
      }
    }
  }
  return [...best.values()]
    .sort(compare)
    .slice(0, Math.max(0, options.limit ?? DEFAULT_LIMIT))
    .map((b) => ({ id: b.page.id, title: b.page.title, signature: b.page.signature, score: b.score, confidence: b.confidence, why: explain(b.candidate, b.template, b.alignment, b.scored) }));
}
