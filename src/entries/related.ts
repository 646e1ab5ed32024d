/**
 * Related errors for each page: the explicit `related` ids (both ways: if A lists B, B shows A),
 * then computed neighbours — same category and tool, similar signature — up to `limit` per page.
 *
 * Scales to 10,000+ pages: candidates come from an inverted index over rare signature tokens
 * (plus a bounded sample of the same category and tool), never from comparing every pair.
 */
import { SIGNATURE_STOP_WORDS } from "../lookup/stop-words.ts";
import type { Page } from "./read-page.ts";

type RelatedReason = "linked" | "links-here" | "similar";

export interface RelatedLink {
  id: string;
  title: string;
  category: string;
  reason: RelatedReason;
}

const RELATED_LIMIT = 6;
/** Computed neighbours below this score are not shown: better no link than a random one. */
const MIN_SIMILARITY = 0.3;
/** Tokens shared by more pages than this say nothing about relatedness (e.g. "error"). */
const MAX_POSTINGS = 200;

/** Words of a signature that say what it is about: lower-case, letters, ≥ 3 chars, no stop words. */
export function signatureTokens(signature: string): Set<string> {
  const tokens = new Set<string>();
  for (const word of signature.toLowerCase().split(/[^a-z_]+/)) {
    for (const part of word.split("_")) if (part.length >= 3 && !SIGNATURE_STOP_WORDS.has(part)) tokens.add(part);
  }
  return tokens;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Similarity of two pages: signature overlap plus small bonuses for shared category and tool. */
function similarity(a: Page, b: Page, ta: ReadonlySet<string>, tb: ReadonlySet<string>): number {
  return jaccard(ta, tb) + (a.category === b.category ? 0.15 : 0) + (a.data.tool && a.data.tool === b.data.tool ? 0.15 : 0);
}

export function computeRelated(pages: readonly Page[], limit = RELATED_LIMIT): Map<string, RelatedLink[]> {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const tokens = new Map(pages.map((p) => [p.id, signatureTokens(p.data.signature)]));
  const incoming = new Map<string, string[]>();
  for (const page of pages) {
    for (const target of page.data.related ?? []) {
      if (!byId.has(target) || target === page.id) continue;
      const list = incoming.get(target) ?? [];
      list.push(page.id);
      incoming.set(target, list);
    }
  }
  const postings = new Map<string, string[]>();
  for (const [id, set] of tokens) {
    for (const t of set) {
      const list = postings.get(t) ?? [];
      list.push(id);
      postings.set(t, list);
    }
  }
  const group = new Map<string, string[]>();
  for (const page of pages) {
    const key = `${page.category}\u0000${page.data.tool ?? ""}`;
    const list = group.get(key) ?? [];
    list.push(page.id);
    group.set(key, list);
  }

  const result = new Map<string, RelatedLink[]>();
  for (const page of pages) {
    const links: RelatedLink[] = [];
    const seen = new Set<string>([page.id]);
    const add = (id: string, reason: RelatedReason) => {
      const other = byId.get(id);
      if (!other || seen.has(id) || links.length >= limit) return;
      seen.add(id);
      links.push({ id, title: other.data.title, category: other.category, reason });
    };
    for (const id of page.data.related ?? []) add(id, "linked");
    for (const id of (incoming.get(page.id) ?? []).sort()) add(id, "links-here");
    if (links.length < limit) {
      const mine = tokens.get(page.id)!;
      const candidates = new Set<string>();
      for (const t of mine) {
        const list = postings.get(t)!;
        if (list.length <= MAX_POSTINGS) for (const id of list) candidates.add(id);
      }
      for (const id of (group.get(`${page.category}\u0000${page.data.tool ?? ""}`) ?? []).slice(0, MAX_POSTINGS)) candidates.add(id);
      const scored = [...candidates]
        .filter((id) => !seen.has(id))
        .map((id) => ({ id, score: similarity(page, byId.get(id)!, mine, tokens.get(id)!) }))
        .filter((c) => c.score >= MIN_SIMILARITY)
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
      for (const c of scored) add(c.id, "similar");
    }
    result.set(page.id, links);
  }
  return result;
}
