/**
 * Routing for a sharded index, defined so that sharding never changes an answer (issue 8 §3).
 *
 * Every template carries up to `KEYS_PER_TEMPLATE` **keys**: its rarest literal words (document frequency over the
 * whole site, ties by position), plus its **naming keys** (`namingKeys`: type name and error kind); a page's
 * signature also carries **frame keys** (`frameKeys`: the libraries of its frame hints). A paste's lines offer their
 * own key words and naming keys that the site's router knows, its frames the frame keys; all of them are scored
 * together by fitted weights (`keyCandidates`, `locateKeys`, `rankKeys`, routing-weights.ts). The best key is read, then the next
 * best whose file is already read or still fits the lookup's budget (`pickKeys`: at most `MAX_KEYS` keys in
 * `MAX_FILES` files and `LOOKUP_KB` kilobytes, sizes as the router lists them). The matcher then considers exactly
 * the pages one of whose templates holds one of those keys, each with all its templates (match.ts `poolOf`), at most
 * `POOL_CAP` per key (those whose wordings the paste covers best). That definition depends on the paste, the router
 * and the pages those keys reach, and the in-memory index carries the served router (the same file names and sizes),
 * so the in-memory matcher and the served, sharded one consider the same templates; the build
 * puts every page, whole, in the file of each of its templates' keys, so the files a lookup fetches always hold them
 * all.
 *
 * A page that declares a bare status (`match.bareStatus: 429`) is also keyed by it (`#429`, `statusKeys`), and a
 * paste's lines offer the statuses they show (or the one their error kind is documented with), so a log-only paste
 * reaches the page its site names for that status. A status key is read beside the paste's best other key, not
 * first, unless that key's file leaves it no room (`rankKeys`).
 *
 * A word too common to be a key by itself (its pages would not fit one file) can still route as part of a
 * **pair** with another of the template's words (`connection+timeout`): templates whose words are all common get
 * pair keys, and a paste forms the same pairs from its own words.
 *
 * A site small enough for one file is not routed at all: every template is considered.
 */
import { statusOfKind } from "./dialects/status.ts";
import { correctWord } from "./fuzzy.ts";
import { ROUTING_NOISE } from "./routing-noise.ts";
import { ROUTING_WEIGHTS } from "./routing-weights.ts";
import { estimateWords, fill, overlap, type Sketch } from "./sketch.ts";
import { STOP_WORDS } from "../stop-words.ts";
import type { Analysis, Token } from "./types.ts";
import type { Frame } from "../types.ts";
import { frameLocations, hintLibrary, libraryIndex } from "./frame-hint.ts";
import { normalizeLocation } from "./template.ts";
import { words as textWords } from "./tokenize.ts";

/** Keys per template: its three rarest words, so a paste missing or mistyping one still routes by another. */
export const KEYS_PER_TEMPLATE = 3;
/**
 * Keys per lookup, at most. More keys in files already read cost no bytes; three reached every training paste
 * that five or eight did (`npm run eval:lookup -- --side train`, 10,000 generated pages).
 */
export const MAX_KEYS = 3;
/** Data files per lookup, at most: with the router, issue 8's three requests. */
export const MAX_FILES = 2;
/**
 * Kilobytes of JSON a lookup reads in all, its data files' sizes as the router lists them (a first file larger
 * than this is still read: its key's group needs it). Chosen so the worst case stays under issue 8's 60 KB on three
 * generated sites of 10,000 pages beside the real ones: the router and the heaviest files a lookup may read. At 180
 * with the 81 real pages of 2026-12-06 the router had grown to 19.6 KB and the worst case to 60.7 KB (seed 42); at
 * 170, with data files of at most 190,000 bytes (build-index.ts), it is 58.1, 57.8 and 57.7 KB (seeds 42, 7, 1234),
 * and training top-1 at 10,000 pages is 1279, 1279 and 1278 of 1310 against 1279, 1279 and 1277 before. It was 160
 * (54.9 KB) earlier: a paste whose best key is a rare word of one generated page then spent the budget before its
 * second key. At 170 with the 122 real pages of 2026-12-07 (stop 46) and files of 175,000 bytes the worst case was
 * 59.96 KB on seed 42, 42 bytes under; 160 gives 57.5, 57.2 and 56.4 KB (seeds 42, 7, 1234), and with the routing
 * weights refitted for it 1,663 of 1,707 training positives are right at 10,000 pages, against 1,658 at 170 with
 * files of 190,000 bytes. `npm run bench:lookup` and sharding.test.ts check every allowed pair.
 */
export const LOOKUP_KB = 160;
/** Frames of a paste compared with the router's frame hints, at most: bounded work on a huge trace. */
const MAX_FRAMES = 200;
/** Words shorter than this are never keys: too easily part of anything. */
const MIN_KEY_LENGTH = 3;

/** What a routed lookup needs before it can fetch data: every key, its site-wide frequency and its file. */
export interface Router {
  /** Key → data file name. */
  file: ReadonlyMap<string, string>;
  /** Key → pages whose templates hold the word. */
  df: ReadonlyMap<string, number>;
  /** Words of every key (single or in a pair). */
  words: ReadonlySet<string>;
  /** Those words by length, for one-edit typo correction. */
  vocabulary: ReadonlyMap<number, readonly string[]>;
  /** Key → sketch of its templates' words (sketch.ts). */
  sketch: ReadonlyMap<string, Sketch>;
  /** The libraries of the frame keys. */
  libraries: readonly string[];
  /** Data file name → its size in kilobytes of JSON. */
  size: ReadonlyMap<string, number>;
}

/** Literal words of a token run that may serve as keys, in order, once each. */
export function keyWords(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.param || t.key.length < MIN_KEY_LENGTH || STOP_WORDS.has(t.key) || /^\d+$/.test(t.key) || out.includes(t.key)) continue;
    out.push(t.key);
  }
  return out;
}

/**
 * The keys that name an error whatever its message says: the exception type's name (unless generic) and the error
 * kind an embedded body names (`authentication_error`, `ThrottlingException`), lower-cased. A template is also keyed
 * by them, and a paste's lines offer them as keys beside their words, so a paste whose message is cut, elided or
 * reworded by a wrapper (`NoCredentialsError:` alone) still routes to the templates of its type.
 * @param analysis The compiled signature, variant or pasted line.
 * @returns Keys (`^` and the word), once each.
 */
export function namingKeys(analysis: Pick<Analysis, "type" | "parts">): string[] {
  const out: string[] = [];
  for (const raw of [analysis.type && !analysis.type.generic ? analysis.type.name : "", analysis.parts?.code ?? ""]) {
    const word = raw.toLowerCase();
    if (word.length >= MIN_KEY_LENGTH && /^[a-z][a-z0-9_]*$/.test(word) && !STOP_WORDS.has(word) && !out.includes(`${NAMING}${word}`)) out.push(`${NAMING}${word}`);
  }
  return out;
}

/**
 * Marks a frame key (`@httpcore`): the library of one of a page's frame hints (frame-hint.ts), keyed on the
 * page's signature template, so a paste with frames and no routable words (a cut-off traceback, a log) still
 * reaches the pages whose hints could be in its frames. By library, not by hint: a site has few libraries and
 * many hints, and the router lists every key (measured at 10,000 generated pages: 1,628 hint keys doubled the
 * router to 37.6 KB gzipped).
 */
export const FRAME = "@";

/**
 * A page's frame keys.
 * @param hints The page's frame hints.
 * @returns Keys (`@` and a library), once each.
 */
export function frameKeys(hints: readonly string[]): string[] {
  return [...new Set(hints.map((h) => `${FRAME}${hintLibrary(normalizeLocation(h))}`))];
}

/**
 * Marks a naming key (`^nocredentialserror`): its own namespace, so the templates a message word keys and those a
 * type of the same spelling keys are separate groups. A message word that is a naming key the router knows is also
 * offered as that naming key (`embedded`, its weight fitted like the others): a wrapper printing the error it caught.
 */
export const NAMING = "^";

/**
 * Marks a status key (`#429`): the status a page declares in `match.bareStatus`, keyed on its signature's template,
 * so a paste that shows a status and no error message (a log line, a header dump) reaches the page its site says
 * such a paste means, however many other pages print that status. Only declared pages are keyed: at 10,000
 * generated pages about 300 signatures print a 429, a group no lookup could read.
 */
export const STATUS = "#";

/**
 * A page's status key.
 * @param bareStatus Its `match.bareStatus`.
 * @returns The key (`#` and the status), or none.
 */
export function statusKeys(bareStatus: number | undefined): string[] {
  return bareStatus === undefined ? [] : [`${STATUS}${bareStatus}`];
}

/** Words of a line considered for pairs, rarest first: bounded work on a long line. */
const PAIR_WORDS = 12;

/**
 * The key of two words, in a fixed order so a paste forms it whatever order it prints them in.
 * @param a A word.
 * @param b Another word.
 * @returns `a+b` with the words sorted.
 */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}+${b}` : `${b}+${a}`;
}

/** A line's possible keys: its words, rarest first, then their pairs. */
function possibleKeys(words: readonly string[], df: (key: string) => number): { key: string; n: number; order: number }[] {
  const ranked = words.map((word, position) => ({ word, position, n: df(word) })).sort((a, b) => a.n - b.n || a.position - b.position);
  const out = ranked.map((w, order) => ({ key: w.word, n: w.n, order }));
  const top = ranked.slice(0, PAIR_WORDS);
  let order = out.length;
  for (let i = 0; i < top.length; i++) for (let j = i + 1; j < top.length; j++) out.push({ key: pairKey(top[i]?.word ?? "", top[j]?.word ?? ""), n: 0, order: order++ });
  return out;
}

/**
 * A template's keys: up to KEYS_PER_TEMPLATE of its rarest words whose pages fit one file (`fits`); when every
 * word is too common, the one pair of its words that is rarest (and fits), else its rarest word whatever its
 * frequency (a file of its own). Then its naming keys whose pages fit one file.
 * @param analysis The compiled signature or variant.
 * @param df Site-wide pages per word, naming key and pair key.
 * @param fits Whether a key's pages fit one file (default: always).
 * @returns Up to KEYS_PER_TEMPLATE word (or one pair) keys, then up to two naming keys.
 */
export function templateKeys(analysis: Pick<Analysis, "tokens" | "type" | "parts">, df: (key: string) => number, fits: (key: string) => boolean = () => true): string[] {
  return [...wordKeys(analysis, df, fits), ...namingKeys(analysis).filter(fits)];
}

function wordKeys(analysis: Pick<Analysis, "tokens">, df: (key: string) => number, fits: (key: string) => boolean): string[] {
  const all = possibleKeys(keyWords(analysis.tokens), df);
  const singles = all.filter((k) => !k.key.includes("+"));
  const keys = singles
    .filter((k) => fits(k.key))
    .slice(0, KEYS_PER_TEMPLATE)
    .map((k) => k.key);
  if (keys.length > 0) return keys;
  // Every word is common: the rarest pair that fits, else the rarest word in a file of its own.
  const pair = all.filter((k) => k.key.includes("+") && fits(k.key)).sort((a, b) => df(a.key) - df(b.key) || a.order - b.order)[0];
  if (pair) return [pair.key];
  return singles[0] ? [singles[0].key] : [];
}

/**
 * Every pair of a template's rarest words, for counting pair frequencies at build time.
 * @param analysis The compiled signature or variant.
 * @param df Site-wide pages per word.
 * @returns Pair keys.
 */
export function templatePairs(analysis: Pick<Analysis, "tokens">, df: (key: string) => number): string[] {
  return possibleKeys(keyWords(analysis.tokens), df)
    .filter((k) => k.key.includes("+"))
    .map((k) => k.key);
}

/** What decides which of a paste's keys routes it (routing-weights.ts weighs them). */
export interface KeyFeatures {
  /** A fitted noise word (routing-noise.ts) is part of the key. */
  noise: number;
  /** A pair of words rather than one. */
  pair: number;
  /** A type name or error kind (`^…`). */
  naming: number;
  /** A naming key printed as a word of the message, not parsed as the line's type or error kind. */
  embedded: number;
  /** How many of its line's other words the key's templates have (sketch.ts), less what a full sketch gives anyway. */
  shared: number;
  /** The key's words are in the line's inner (API) message, not in a client's wrapper words around it. */
  inner: number;
  /** The key's words are in an API error body's message (the line has a body), not in a line of words alone. */
  body: number;
  /** The line's position among the paste's candidate lines (0 first). */
  line: number;
  /** log2 of the key's site-wide page frequency. */
  rarity: number;
  /** The key's rank among its line's keys, rarest first (0 first). */
  order: number;
  /** A frame key: the paste's frames are in the library of a page's frame hint. */
  frame: number;
  /** A status key: a line's HTTP status is one a page declares as its bare status (`match.bareStatus`). */
  status: number;
  /** A status key of a line with no API message in it (a log line, a client's own words): the status is what it says. */
  bare: number;
  /** The key's file is larger than a lookup's whole byte budget (`LOOKUP_KB`): read first, it is the only file read. */
  oversize: number;
  /**
   * log2 of how many of the paste's lines offer the key: an error repeated down a log or an errors.json dump (`Request
   * was aborted.` four times) is the paste's error, whatever rarer word one other line has.
   */
  repeat: number;
  /**
   * Of the words the key's templates hold (estimated from its sketch's fill), the share its line has: a rare word the
   * paste merely happens to contain keys templates whose other words the line lacks. 0 for a full sketch.
   */
  cover: number;
  /** The share of the key's sketch bits set: a big group's sketch is full and says nothing either way. */
  full: number;
  /**
   * The key is offered by a plain line read beside what the parser found (candidates.ts `wholeOnly`): a wrapper's
   * own message, or an error the parser could not take apart (a body nested in a string escaped by hand), which is
   * not the paste's error unless it holds a page's whole wording. Fitted far below every other key until stop 51 (such
   * a key was read only when the parsed lines offered fewer keys than a lookup reads: training, 1,000 and 10,000
   * generated pages, 3,381 of 3,403 cases routed right against 3,377 of 3,393 with no plain keys). The fit on the
   * 2026-12-07d corpus lets them compete (3,497 of 3,523 against 3,496; training top-1 at 10,000 pages 1,731 against
   * 1,730 of 1,776): a gain of one case, so the weight is the fit's, not a finding.
   */
  plain: number;
}

/** Every feature off: what a key has unless it says otherwise. */
export const NO_FEATURES: Readonly<KeyFeatures> = {
  noise: 0,
  pair: 0,
  naming: 0,
  embedded: 0,
  shared: 0,
  inner: 0,
  line: 0,
  rarity: 0,
  order: 0,
  frame: 0,
  status: 0,
  bare: 0,
  body: 0,
  oversize: 0,
  repeat: 0,
  cover: 0,
  full: 0,
  plain: 0,
};

/**
 * The `noise` feature of a key: 1 when it is a word or a pair of words (not a naming, frame or status key) and one of
 * its words is a noise word.
 * @param key A routing key.
 * @param [noise] The noise words (default: the fitted ones; the routing-noise cross-validation passes its own).
 */
export function noiseOf(key: string, noise: ReadonlySet<string> = ROUTING_NOISE): 0 | 1 {
  if ([NAMING, FRAME, STATUS].some((prefix) => key.startsWith(prefix))) return 0;
  return key.split("+").some((w) => noise.has(w)) ? 1 : 0;
}

/** One possible routing key of a paste and its features. */
export interface KeyCandidate {
  key: string;
  features: KeyFeatures;
}

/**
 * Every key a paste could route by, with its features: the key words of every line (a word the router does not
 * know is read as a key one edit away), their pairs, and the lines' naming keys that the router knows; then the
 * frame keys whose libraries the paste's frames are in.
 * @param candidates The paste's candidate lines (those marked `wholeOnly` offer keys marked `plain`).
 * @param router The site's router.
 * @param [frames] The paste's frames.
 * @returns Candidates in line order, each key once per line, then frame keys.
 */
export function keyCandidates(
  candidates: readonly (Pick<Analysis, "tokens" | "leadLength" | "type" | "parts"> & { wholeOnly?: true })[],
  router: Router,
  frames: readonly Frame[] = [],
): KeyCandidate[] {
  // A plain line read beside the parser's findings counts only where it holds a whole template (candidates.ts): its
  // keys are offered apart (`plain`), after the parsed lines', and their weights say when they route at all.
  const lines = candidates.filter((line) => !line.wholeOnly);
  const plainLines = candidates.filter((line) => line.wholeOnly);
  const df = (key: string) => router.df.get(key) ?? 1;
  const read = (tokens: readonly Token[]) => {
    const words: string[] = [];
    for (const raw of keyWords(tokens)) {
      const word = router.file.has(raw) || router.words.has(raw) ? raw : (correctWord(raw, router.vocabulary) ?? raw);
      if (!words.includes(word)) words.push(word);
    }
    return words;
  };
  // What a key's sketch says of its line's other words, its overlap with them computed once: `shared` (a nearly full
  // sketch, a big group, says little, so the overlap counts in proportion to the bits still clear), `cover` and `full`.
  const sketched = (key: string, own: number, words: readonly string[]): Pick<KeyFeatures, "shared" | "cover" | "full"> => {
    const sketch = router.sketch.get(key);
    if (!sketch) return { shared: 0, cover: 0, full: 0 };
    const hits = overlap(sketch, words);
    const full = fill(sketch);
    const n = estimateWords(sketch);
    return { shared: hits * (1 - full), cover: n === Infinity ? 0 : Math.min(1, Math.max(0, hits + own) / n), full };
  };
  const out: KeyCandidate[] = [];
  const add = (key: string, features: Partial<KeyFeatures>) => out.push({ key, features: { ...NO_FEATURES, rarity: Math.log2(Math.max(1, df(key))), ...features } });
  // A line's word keys (its words and their pairs) that the router knows, with what the line itself says of each.
  const addWordKeys = (all: readonly string[], features: (own: readonly string[]) => Partial<KeyFeatures>) => {
    for (const k of possibleKeys(all, df)) {
      if (!router.file.has(k.key)) continue;
      const own = k.key.split("+");
      add(k.key, {
        noise: noiseOf(k.key),
        pair: own.length > 1 ? 1 : 0,
        ...sketched(
          k.key,
          own.length,
          all.filter((w) => !own.includes(w)),
        ),
        order: k.order,
        ...features(own),
      });
    }
  };
  lines.forEach((line, index) => {
    const all = read(line.tokens);
    // The inner (API) message of a line says which error it is; its lead is often a client's wrapper words.
    const split = line.leadLength > 0 && line.leadLength < line.tokens.length;
    const quoted = split || line.type ? undefined : quotedWords(`${line.parts.lead} ${line.parts.inner}`);
    const inner = new Set(split ? read(line.tokens.slice(line.leadLength)) : quoted ? all.filter((w) => quoted.has(w)) : all);
    addWordKeys(all, (own) => {
      const inInner = own.every((w) => inner.has(w));
      return { inner: inInner ? 1 : 0, body: inInner && split && line.parts.hasBody ? 1 : 0, line: index };
    });
    // A status the line shows (`HTTP/2 429`, `Error code: 404 - …`) that a page declares as its bare status.
    // With no status printed, the one its error kind is always sent with (`not_found_error`: 404).
    const status = line.parts.status ?? statusOfKind(line.parts.code);
    for (const key of statusKeys(status)) if (router.file.has(key)) add(key, { status: 1, bare: line.parts.inner ? 0 : 1, line: index });
    const named = namingKeys(line);
    for (const key of named) if (router.file.has(key)) add(key, { naming: 1, ...sketched(key, 1, all), inner: 1, line: index });
    // A wrapper prints the error it caught inside its own message (`Error invoking Bedrock model: ThrottlingException:
    // Too many tokens…`, `… authentication_error: invalid x-api-key`): a word that is a type name or error kind the
    // router knows names the error as well as a parsed type would.
    for (const word of all) {
      const key = `${NAMING}${word}`;
      if (named.includes(key) || !router.file.has(key)) continue;
      const others = all.filter((w) => w !== word);
      add(key, { naming: 1, embedded: 1, ...sketched(key, 1, others), inner: inner.has(word) ? 1 : 0, line: index });
    }
  });
  const offeredBy = new Map<string, Set<number>>();
  for (const c of out) offeredBy.set(c.key, (offeredBy.get(c.key) ?? new Set()).add(c.features.line));
  for (const c of out) c.features.repeat = Math.log2(offeredBy.get(c.key)?.size ?? 1);
  // A plain line's word keys, after the parsed lines' and not counted in their `repeat`.
  plainLines.forEach((line, index) => addWordKeys(read(line.tokens), () => ({ plain: 1, line: lines.length + index })));
  if (frames.length > 0) {
    const locations = frameLocations(frames.slice(0, MAX_FRAMES));
    for (const library of router.libraries) {
      const at = libraryIndex(locations, library);
      if (at >= 0) add(`${FRAME}${library}`, { line: lines.length, order: at, frame: 1 });
    }
  }
  return out;
}

/** Words a quoted message in prose must have: `with the message "Request exceeds the maximum size"`. */
const MIN_QUOTED_WORDS = 3;

/**
 * The words of a message quoted in a line of prose (`I receive an HTTP 413 error with the message "Request exceeds
 * the maximum size".`): what the writer copied from the error, as opposed to their own words around it.
 * @param text The line's text.
 * @returns The quoted spans' words as the tokenizer splits them (tokenize.ts `words`), or undefined when the line quotes no span of MIN_QUOTED_WORDS words.
 */
function quotedWords(text: string): Set<string> | undefined {
  const quoted = new Set<string>();
  for (const [, span = ""] of text.matchAll(/["“]([^"“”]{8,400})["”]/g)) {
    const found = textWords(span);
    if (found.length >= MIN_QUOTED_WORDS) for (const w of found) quoted.add(w);
  }
  return quoted.size > 0 ? quoted : undefined;
}

/**
 * A candidate key's score: the fitted weights' sum over its features.
 * @param features The key's features.
 * @param weights Weights per feature.
 * @returns The score; the highest routes.
 */
function keyScore(features: KeyFeatures, weights: Readonly<KeyFeatures>): number {
  let sum = 0;
  for (const name of Object.keys(weights) as (keyof KeyFeatures)[]) sum += weights[name] * features[name];
  return sum;
}

/** A possible key with the file that holds it and that file's size, as `pickKeys` weighs it. */
export interface LocatedKey extends KeyCandidate {
  file: string;
  /** The file's size in kilobytes. */
  kb: number;
}

/**
 * Where each of a paste's possible keys lives: its data file and the file's size, as the router lists them.
 * @param candidates From `keyCandidates`.
 * @param router The site's router.
 * @returns The candidates, located, in the same order.
 */
export function locateKeys(candidates: readonly KeyCandidate[], router: Router): LocatedKey[] {
  return candidates.map((c) => {
    const file = router.file.get(c.key) ?? "";
    const kb = router.size.get(file) ?? 0;
    return { ...c, features: { ...c.features, oversize: kb > LOOKUP_KB ? 1 : 0 }, file, kb };
  });
}

/**
 * Located keys scored under `weights` and ranked best first; ties go to the earlier candidate (earlier line, rarer
 * word). The routing fit (scripts/eval/routing-weights.ts) ranks the same way.
 * @param keys From `locateKeys`.
 * @param weights Feature weights.
 * @returns The keys, best first.
 */
export function rankKeys<K extends LocatedKey>(keys: readonly K[], weights: Readonly<KeyFeatures>): K[] {
  const ranked = keys
    .map((k, at) => ({ k, score: keyScore(k.features, weights), at }))
    .sort((a, b) => b.score - a.score || a.at - b.at)
    .map(({ k }) => k);
  // A status key's group is the handful of pages that declare the status: read beside the paste's best other key,
  // never instead of it (first, its file would leave the next one less of the lookup's bytes) — unless that key's
  // file leaves no room for it, when the status key, ranked best, would not be read at all.
  const first = ranked.findIndex((k) => k.features.status === 0);
  const lead = ranked[0];
  const other = ranked[first];
  if (first > 0 && lead && other && (other.file === lead.file || other.kb + lead.kb <= LOOKUP_KB)) ranked.unshift(...ranked.splice(first, 1));
  return ranked;
}

/**
 * The keys a lookup reads, from keys ranked best first: the best one, then each next one whose file is already
 * read, or fits (at most MAX_FILES files and LOOKUP_KB kilobytes in all), up to MAX_KEYS keys.
 * @param ranked Keys, best first (a key may repeat).
 * @returns The chosen keys, distinct, best first.
 */
export function pickKeys(ranked: readonly Pick<LocatedKey, "key" | "file" | "kb">[]): string[] {
  const chosen: string[] = [];
  const files: string[] = [];
  let kb = 0;
  for (const { key, file, kb: size } of ranked) {
    if (chosen.length >= MAX_KEYS) break;
    if (chosen.includes(key)) continue;
    if (!files.includes(file)) {
      if (files.length > 0 && (files.length >= MAX_FILES || kb + size > LOOKUP_KB)) continue;
      files.push(file);
      kb += size;
    }
    chosen.push(key);
  }
  return chosen;
}

/**
 * The keys a paste routes by: of every key its lines offer (`keyCandidates`), the best under the fitted weights
 * (routing-weights.ts), then the next best that fit the lookup's files and bytes (`pickKeys`).
 * @param lines The paste's candidate lines.
 * @param router The site's router.
 * @param [frames] The paste's frames.
 * @param [weights] Feature weights (default: the fitted ones).
 * @returns At most MAX_KEYS distinct keys, in at most MAX_FILES files.
 */
export function chooseKeys(
  lines: readonly Pick<Analysis, "tokens" | "leadLength" | "type" | "parts">[],
  router: Router,
  frames: readonly Frame[] = [],
  weights: Readonly<KeyFeatures> = ROUTING_WEIGHTS,
): string[] {
  return pickKeys(rankKeys(locateKeys(keyCandidates(lines, router, frames), router), weights));
}

export { hash32 } from "./route-hash.ts";
