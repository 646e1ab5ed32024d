/**
 * Fits the weights route.ts gives the features of a paste's possible routing keys (issue 8 §1 and §3): on sites
 * made of the real pages plus generated ones (routing only exists on sites too big for one file), a key is right
 * when its templates include one of the expected page's, and the weights are chosen so that, for as many training
 * pastes as possible, one of the keys a lookup reads (the highest-scoring ones that fit its files and bytes,
 * route.ts `pickKeys`) is a right one.
 *
 * Method: coordinate ascent over a fixed grid of values (each weight in turn set to every grid value, kept when
 * the count of rightly routed pastes rises), until a round moves nothing. The features of every paste's keys are
 * computed once per site; a trial only re-scores them. A guard keeps the site's own pages findable: a trial that
 * routes fewer generated pages' signatures to their page than the starting weights do is refused (a re-fit on
 * 2026-12-03's corpus otherwise preferred a line's commoner words, gaining 2 pastes of 439 and losing ~4 % of the
 * generated signatures).
 */
import type { IndexablePage } from "../../src/lookup/match/index.ts";
import { candidatesFrom, compilePages } from "../../src/lookup/match/index.ts";
import { pasteFrames } from "../../src/lookup/match/candidates.ts";
import { keyCandidates, locateKeys, pickKeys, rankKeys, type KeyFeatures, type LocatedKey, type Router } from "../../src/lookup/match/route.ts";
import { parseTrace } from "../../src/lookup/parse/index.ts";
import { madePositive, type CorpusEntry } from "./corpus.ts";

const GRID = [-1000, -100, -30, -10, -5, -3, -2, -1, -0.5, -0.25, -0.1, -0.03, 0, 0.03, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30, 100, 1000];
const MAX_ROUNDS = 6;

/** One paste's possible keys on one site, located (route.ts `locateKeys`), and whether each key's templates include an expected page's. */
type Case = (LocatedKey & { right: boolean })[];

/** A routed site compiled once: its router, and the pages each key's templates belong to. */
export interface RoutedSite {
  router: Router;
  pagesOf: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Compiles a site for routing cases (the pastes' and the guard's are read from the same compiled site).
 * @param pages Every page of the site (real and generated).
 * @returns The router and the pages per key.
 * @throws Error when the site is small enough for one file (not routed).
 */
export function routedSite(pages: readonly IndexablePage[]): RoutedSite {
  const shard = compilePages(pages);
  const router = shard.router;
  if (!router) throw new Error("routing-weights: the site is not routed; add generated pages");
  const pagesOf = new Map<string, Set<string>>();
  for (const t of shard.templates) {
    const id = shard.pages[t.page]?.id ?? "";
    for (const key of t.keys ?? []) {
      let set = pagesOf.get(key);
      if (!set) pagesOf.set(key, (set = new Set()));
      set.add(id);
    }
  }
  return { router, pagesOf };
}

/**
 * The routing cases of a site: one per positive whose expected page some key could reach.
 * @param site From `routedSite`.
 * @param entries Pastes (the training side, or `selfEntries`).
 * @returns Cases, and how many positives had no right key at all.
 */
export function routingCases({ router, pagesOf }: RoutedSite, entries: readonly CorpusEntry[]): { cases: Case[]; unreachable: number } {
  const cases: Case[] = [];
  let unreachable = 0;
  for (const entry of entries) {
    if (entry.kind !== "positive") continue;
    const parsed = parseTrace(entry.text);
    const candidates = locateKeys(keyCandidates(candidatesFrom(parsed, entry.text), router, pasteFrames(parsed)), router).map((c) => ({
      ...c,
      right: entry.expect.some((id) => pagesOf.get(c.key)?.has(id) ?? false),
    }));
    if (candidates.some((c) => c.right)) cases.push(candidates);
    else unreachable++;
  }
  return { cases, unreachable };
}

/**
 * The signatures of a sample of a site's generated pages, as pastes that should find their own page: the guard of
 * the fit.
 * @param pages The site's pages.
 * @param isGenerated Which pages are generated.
 * @param step One page in `step`.
 * @returns Entries shaped like the corpus's positives.
 */
export function selfEntries(pages: readonly IndexablePage[], isGenerated: (page: IndexablePage) => boolean, step: number): CorpusEntry[] {
  return pages
    .filter(isGenerated)
    .filter((_, i) => i % step === 0)
    .map((page) => madePositive(`self/${page.id}`, page.data.signature, page.id, "generated"));
}

/** How many cases route rightly under `weights`: a key the lookup reads (route.ts `pickKeys`) is a right one. */
export function routedRight(cases: readonly Case[], weights: Readonly<KeyFeatures>): number {
  let right = 0;
  for (const c of cases) {
    const chosen = new Set(pickKeys(rankKeys(c, weights)));
    if (c.some((k) => k.right && chosen.has(k.key))) right++;
  }
  return right;
}

/**
 * Coordinate ascent from `start`.
 * @param cases Cases of every site fitted on.
 * @param start Starting weights.
 * @param log Progress lines.
 * @param [guard] Cases no trial may route worse than `start` does (selfEntries).
 * @returns The fitted weights and the count they route rightly.
 */
export function fitRoutingWeights(cases: readonly Case[], start: Readonly<KeyFeatures>, log: (line: string) => void = () => {}, guard: readonly Case[] = []): { weights: KeyFeatures; right: number } {
  const weights = { ...start };
  let best = routedRight(cases, weights);
  const floor = routedRight(guard, weights);
  log(`routing: start ${best}/${cases.length} (guard: ${floor}/${guard.length} generated signatures)`);
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    let moved = false;
    for (const name of Object.keys(weights) as (keyof KeyFeatures)[]) {
      const was = weights[name];
      let keep = was;
      for (const value of GRID) {
        weights[name] = value;
        const right = routedRight(cases, weights);
        if (right > best && routedRight(guard, weights) >= floor) {
          best = right;
          keep = value;
        }
      }
      weights[name] = keep;
      if (keep !== was) {
        moved = true;
        log(`routing round ${round}: ${name} ${was} → ${keep} (${best}/${cases.length})`);
      }
    }
    if (!moved) break;
  }
  return { weights, right: best };
}
