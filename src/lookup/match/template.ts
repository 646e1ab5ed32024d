/**
 * Compiles a page's `signature` and `variants` into templates (type + lead + inner message as tokens, with
 * typed placeholders) and gathers what the page says about where the error comes from (`match.frames`,
 * `match.packages`, type prefixes). Runs in the browser when a shard loads and at build time, with the same code.
 */
import { analyzeText } from "./analyze.ts";
import { hintLibrary, vendorStem } from "./libraries.ts";
import { STOP_WORDS } from "../stop-words.ts";
import type { CompiledPage, Template, Token } from "./types.ts";
import type { Weights } from "./weights.ts";
import { storedWordings } from "./wordings.ts";

/** A page as a shard stores it: short keys because 10,000 of them ship to the browser. */
export interface ShardPage {
  /** Page id, `category/slug`. */
  i: string;
  /** Title. */
  t: string;
  /** Signature. */
  s: string;
  /** Variants: `[signature]`, or `[signature, context]` in the in-memory index (a served one keeps contexts in the answer files). */
  v?: [string, string?][];
  /** `match.frames`. */
  f?: string[];
  /** `match.packages`. */
  p?: string[];
  /** Site-wide weight (0–1) of each `match.frames` hint: less the more pages share it. */
  w?: number[];
  /** Routing keys of each template, signature first (routed sites only; route.ts). */
  k?: string[][];
  /** `match.generic: true`. */
  g?: 1;
  /** 1-based indexes of the variants marked `generic: true`. */
  gv?: number[];
  /** `match.bareStatus`. */
  st?: number;
}

/**
 * Normalises a frame hint or a frame location for substring comparison.
 * @param text A path, module or hint.
 * @returns Lowercase, forward slashes, no leading `./` or `/`.
 */
export function normalizeLocation(text: string): string {
  return text
    .replace(/\\/g, "/")
    .replace(/^\.?\/+/, "")
    .toLowerCase();
}

/** Literal evidence (see `specificity`) at which the words alone single an error out. */
export const SPECIFIC_EVIDENCE = 2.5;

/**
 * Sum of the normalised weights of literal, non-stopword tokens: how much the words alone single the error out.
 * `Connection error.` scores about 1; `prompt is too long: … tokens > … maximum` about 4.
 * @param tokens A template's tokens, or the part of them that matched.
 * @param weights The index's token weights.
 * @returns The evidence.
 */
export function specificity(tokens: readonly Token[], weights: Weights): number {
  let total = 0;
  for (const t of tokens) if (!t.param && !STOP_WORDS.has(t.key)) total += weights.of(t.key) / weights.max;
  return total;
}

/**
 * Compiles one page.
 * @param entry The page as stored in a shard.
 * @param index Its position in the shard.
 * @param weights The index's token weights.
 * @returns The page and its templates (signature first, then variants in order).
 */
export function compilePage(entry: ShardPage, index: number, weights: Weights): { page: CompiledPage; templates: Template[] } {
  const templates = storedWordings(entry).map(({ text, context }, source): Template => {
    const analysis = analyzeText(text, true);
    const template: Template = { ...analysis, page: index, source, text, weight: weights.sum(analysis.tokens), specificity: 0 };
    if (context !== undefined) template.context = context;
    const keys = entry.k?.[source];
    if (keys) template.keys = keys;
    if (entry.gv?.includes(source)) template.generic = true;
    template.specificity = specificity(template.tokens, weights);
    return template;
  });
  const frames = (entry.f ?? []).map(normalizeLocation);
  const libraries = new Set<string>();
  for (const p of entry.p ?? []) {
    const stem = vendorStem(p);
    if (stem) libraries.add(stem);
  }
  for (const t of templates) if (t.type?.library) libraries.add(t.type.library);
  for (const f of entry.f ?? []) {
    const stem = hintLibrary(f);
    if (stem) libraries.add(stem);
  }
  const page: CompiledPage = { id: entry.i, title: entry.t, signature: entry.s, frames, frameWeights: frames.map((_, h) => entry.w?.[h] ?? 1), libraries: [...libraries] };
  if (entry.g === 1) page.generic = true;
  if (entry.st !== undefined) page.bareStatus = entry.st;
  return { page, templates };
}
