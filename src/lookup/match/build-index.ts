/**
 * Build-time: pages → the lookup index the site serves as static JSON (issue 8 §3).
 *
 * - The **manifest** is tiny (`{v, tag, files, routed}`) and is embedded in the pages that look things up.
 * - A site whose pages fit one file's budget gets one data file, `"0"`, holding every page: one request, and every
 *   template is considered for every paste.
 * - A larger site is **routed** (route.ts): a `router` file lists every key word with its site-wide frequency and the
 *   data file that holds it; each data file holds whole key groups (every page with a template keyed by one of
 *   its keys), packed up to a share of the byte budget; the router also lists each file's size. A page appears in
 *   the file of each of its keys. A cold lookup fetches the router and at most two data files within its byte
 *   budget (route.ts `pickKeys`), and finds exactly what the in-memory matcher finds.
 *
 * Data files hold the pages as written (signature, variants, hints, title) plus the site-wide frequencies of their
 * words and each template's keys, so compiling a file in the browser gives the same templates and weights as the
 * build. Each page's answer (summary, first fix, variants' contexts) is in answer files of their own (answers.ts), on
 * any site, so they weigh on neither routing nor a lookup's data budget.
 */
import { analyzeText } from "./analyze.ts";
import { answerFileCount, spreadAnswers, type Answer, type AnswerData } from "./answers.ts";
import { frameKeys, hash32, keyWords, LOOKUP_KB, namingKeys, STATUS, statusKeys, templateKeys, templatePairs } from "./route.ts";
import { addWord, encodeSketch, type Sketch } from "./sketch.ts";
import type { ShardPage } from "./template.ts";
import type { IndexablePage } from "./types.ts";
import { encodeDf, type DfBuckets } from "./weights.ts";
import { wordingsOf } from "./wordings.ts";

/** Bump when the file formats or the analysis change: a page holding an old manifest must not read new files. */
export const INDEX_VERSION = 8;

/** What the lookup page embeds. */
export interface LookupManifest {
  v: number;
  /** Hash of every file's content, for cache-busting URLs. */
  tag: string;
  /** Data files, named `"0"` … `String(files - 1)`. */
  files: number;
  /** True when pastes are routed through the `router` file. */
  routed: boolean;
  /** Answer files `a0` … (answers.ts); absent from the in-memory index (`singleFile`), which shows no answer. */
  answers?: number;
  /**
   * Read every answer file with the first lookup, the warm-up before a paste, rather than the matches' files after it:
   * the host's access log then sees the same requests whatever is pasted. Set by the page that embeds the manifest
   * (site.yml `lookup.answersFirst`), not by the index: it changes no file.
   */
  answersFirst?: boolean;
}

/** One data file. */
export interface ShardData {
  v: number;
  /** Pages on the whole site (for weights). */
  n: number;
  /** Site-wide document frequencies of the file's words (weights.ts). */
  d: DfBuckets;
  /** The pages. */
  p: ShardPage[];
}

/** The router file of a routed site. */
export interface RouterData {
  v: number;
  /** Data file name → its keys, space-separated. */
  k: Record<string, string>;
  /** Site-wide document frequencies of the keys. */
  d: DfBuckets;
  /** Data file name → the sketches of its keys (sketch.ts), 16 hex digits each, in the order of `k`. */
  s: Record<string, string>;
  /** Size of each data file (`"0"`, `"1"`…, in order) in kilobytes of JSON, rounded up: which files fit a lookup's budget (route.ts `pickKeys`). */
  b: number[];
}

export interface LookupIndex {
  manifest: LookupManifest;
  /** Every file served under `/lookup/<tag>/`, by name: the data files and, when routed, `router` and the answer files. */
  shards: Record<string, ShardData | RouterData | AnswerData>;
}

export interface BuildOptions {
  /**
   * Byte budget per data file, as measured by `measure`. The default, 175,000 bytes of raw JSON, gzips to about
   * 37 KB for real and synthetic pages, so a cold lookup (router + one file) stays under 60 KB gzipped with the
   * router of a 10,000-page site (23.6 KB beside the 122 real pages of 2026-12-07). It was 190,000 when the router
   * was 19.6 KB: with 23 KB, generated site seed 1234 had a file of 39.6 KB gzipped that a lookup reads alone, 62.1 KB
   * in all.
   */
  maxShardBytes?: number;
  /**
   * Largest site served as one data file, as measured by `measure` (default: `ONE_FILE_BYTES`, or `maxShardBytes`
   * when that is given). A one-file site's cold lookup is that file alone, with no router beside it.
   */
  oneFileBytes?: number;
  /**
   * Bytes a data file is filled to before the next is started (default: `PACK_BYTES`, at most `PACK_SHARE` of `maxShardBytes`). A
   * key's group may still be as large as `maxShardBytes`, in a file of its own; smaller files let a lookup read
   * two of them within its byte budget (route.ts `pickKeys`).
   */
  packBytes?: number;
  /** Size of a file's JSON text; the default counts UTF-8 bytes. */
  measure?: (json: string) => number;
  /** Route even when everything fits one file (tests of the routed path on small sites). */
  forceRouted?: boolean;
  /**
   * Decide routing as usual, but put every page in one data file: the in-memory index build-time checks and the
   * evaluation use, which must route exactly as the served index does.
   */
  singleFile?: boolean;
}

export const ROUTER = "router";
const DEFAULT_BUDGET = 175_000;
/**
 * Largest site served as one file by default: a cold lookup then fetches that data file alone (the answer files of its
 * matches follow it: answers.ts), so it may use the whole of issue 8's 60 KB gzipped for matching rather than share it
 * with a router. The data file holds what matching reads and nothing it only shows: answers left it at
 * stop 41 (with them the 99-page file was 254,616 bytes, 64.5 KB gzipped, and the site was routed, which broke its
 * playground samples: below), variants' contexts at stop 42 (they were 54.6 of the 104-page file's 226.6 KB). The
 * 104-page data file is now 171,382 bytes, 33.3 KB gzipped, and its answer file 99,728 bytes, 34.4 KB gzipped: the
 * same bytes in all, but the one-file site now holds about 145 pages before it is routed. At 200,000 bytes (the data
 * files' budget) the 81-page site was routed into 8 files of about 115 KB, of which a lookup read one: training top-1
 * on the real site fell from 98 % to 1,262/1,297 and its playground samples stopped finding their page. At 230,000
 * the 90-page site (answers then inside) was routed (stop 39's fresh-clone run): a routed lookup fetches one or two
 * data files after the paste, which the site's one-file e2e test rules out.
 */
const ONE_FILE_BYTES = 240_000;
/**
 * Bytes a data file is packed to by default: half a lookup's budget (route.ts `LOOKUP_KB`), so any two packed files
 * fit one lookup together. It was 60 % of the 200 KB file budget (120 KB), which let a lookup read one packed file and
 * a small one: a site just too large for one file was cut into files of about 115 KB of which a lookup read one. The
 * 81 real pages forced routed, training top-1: 1,275 of 1,310 packed to 114,000 bytes, 1,285 to 85,000, 1,286 to
 * 60,000 (1,287 as one file); at 10,000 generated pages see `npm run eval:lookup -- --side train --seed S`.
 */
const PACK_BYTES = (LOOKUP_KB * 1000) / 2;
/** Share of a smaller file budget (`maxShardBytes`) a file is packed to, so that small groups leave room beside them. */
const PACK_SHARE = 0.6;
/** A data file's words' frequencies add about 3–5 % to its pages' bytes (measured by `npm run bench:lookup`). */
const FILE_OVERHEAD = 1.05;

const encoder = new TextEncoder();
const utf8Bytes = (json: string) => encoder.encode(json).length;

/** Optional page fields the index ships so a result can show the answer without a click (issue 8 §4). */
export interface PageExtras {
  summary?: string;
  fix?: string;
}

interface Prepared {
  page: IndexablePage & { data: PageExtras };
  analyses: ReturnType<typeof analyzeText>[];
  words: Set<string>;
  /** Its frame keys (route.ts `frameKeys`). */
  frames: string[];
  /** Its status key (route.ts `statusKeys`). */
  status: string[];
  bytes: number;
  entry?: ShardPage;
}

function answerOf(page: IndexablePage & { data: PageExtras }): Answer {
  const answer: Answer = {};
  if (page.data.summary) answer.m = page.data.summary;
  if (page.data.fix) answer.x = page.data.fix;
  const contexts = (page.data.variants ?? []).map((v) => v.context);
  if (contexts.some((c) => c !== "")) answer.c = contexts;
  return answer;
}

/**
 * The same entry with its variants' contexts, for the in-memory index (`singleFile`): it serves nothing, and the
 * build, the CLI and the evaluation read "matched on" from it as a served lookup gives it once the answers are read.
 */
function withContexts(entry: ShardPage, page: IndexablePage): ShardPage {
  const variants = page.data.variants ?? [];
  // No context, no second element: a served lookup then cites none either (lookup.ts fills in non-empty ones only).
  return entry.v ? { ...entry, v: entry.v.map(([text], n): [string, string?] => (variants[n]?.context ? [text, variants[n].context] : [text])) } : entry;
}

/** A page's data-file entry: what routing and matching read (its answer goes to an answer file: answers.ts). */
function baseEntry(page: IndexablePage & { data: PageExtras }): ShardPage {
  const entry: ShardPage = { i: page.id, t: page.data.title, s: page.data.signature };
  // A variant's context is shown, never matched: it sits in the answer file (answers.ts), not in the bytes a lookup reads.
  if (page.data.variants?.length) entry.v = page.data.variants.map((v) => [v.signature]);
  if (page.data.match?.frames?.length) entry.f = [...page.data.match.frames];
  if (page.data.match?.packages?.length) entry.p = [...page.data.match.packages];
  if (page.data.match?.generic) entry.g = 1;
  if (page.data.match?.bareStatus !== undefined) entry.st = page.data.match.bareStatus;
  const gv = (page.data.variants ?? []).flatMap((v, n) => (v.generic ? [n + 1] : []));
  if (gv.length) entry.gv = gv;
  return entry;
}

function prepare(page: IndexablePage & { data: PageExtras }): Prepared {
  const texts = wordingsOf(page.data);
  const analyses = texts.map((text) => analyzeText(text, true));
  const words = new Set<string>();
  for (const a of analyses) for (const t of a.tokens) if (!t.param) words.add(t.key);
  return { page, analyses, words, frames: frameKeys(page.data.match?.frames ?? []), status: statusKeys(page.data.match?.bareStatus), bytes: 0 };
}

/** Site-wide weight (0–1) of each frame hint: 1 for a hint one page has, less the more pages share it. */
function hintWeights(prepared: readonly Prepared[]): Map<string, number> {
  const pages = new Map<string, number>();
  for (const p of prepared) for (const h of new Set((p.page.data.match?.frames ?? []).map((f) => f.toLowerCase()))) pages.set(h, (pages.get(h) ?? 0) + 1);
  const n = Math.max(1, prepared.length);
  return new Map([...pages].map(([h, k]) => [h, Math.log(1 + n / k) / Math.log(1 + n)]));
}

function finish(p: Prepared, hints: ReadonlyMap<string, number>, measure: (json: string) => number, keys?: { df: (key: string) => number; fits: (key: string) => boolean }): ShardPage {
  const entry = baseEntry(p.page);
  if (keys) {
    entry.k = p.analyses.map((a) => templateKeys(a, keys.df, keys.fits));
    // Frame and status keys on the signature's template: they belong to the page, not to one wording.
    const own = [...p.frames, ...p.status].filter(keys.fits);
    if (entry.k[0] && own.length > 0) entry.k[0].push(...own);
  }
  if (entry.f) entry.w = entry.f.map((f) => Math.round((hints.get(f.toLowerCase()) ?? 1) * 1000) / 1000);
  p.entry = entry;
  p.bytes = measure(JSON.stringify(entry)) + 1;
  return entry;
}

/**
 * A data file of the given pages (their answers are in answer files: answers.ts); `contexts` for the in-memory index
 * only, whose entries carry their variants' contexts (`withContexts`).
 */
function dataFile(prepared: readonly Prepared[], members: readonly number[], df: ReadonlyMap<string, number>, contexts = false): ShardData {
  const words = new Set<string>();
  for (const i of members) for (const w of prepared[i]?.words ?? []) words.add(w);
  const entry = (p: Prepared) => (contexts ? withContexts(p.entry as ShardPage, p.page) : (p.entry as ShardPage));
  return { v: INDEX_VERSION, n: prepared.length, d: encodeDf(df, words), p: members.map((i) => entry(prepared[i] as Prepared)) };
}

/**
 * Packs key groups into data files, each whole group into the current file unless that would pass the budget; a
 * group larger than the budget gets a file of its own; each run of groups starts a new file. Groups come in the
 * order they were filled, page by page (pages sorted by id), so a template's keys mostly share a file: its second
 * and third keys then cost a lookup no extra file, and the file holds its pages once. Against a stable hashed order
 * of keys, on the training side with 10,000 generated pages (`npm run eval:lookup -- --side train`): top-1 306 → 309
 * of 322; 327 → 293 files; the most any lookup can fetch 53.8 → 50.8 KB gzipped (`npm run bench:lookup`).
 */
function pack(runs: readonly ReadonlyMap<string, readonly number[]>[], prepared: readonly Prepared[], budget: number): { files: number[][]; fileOf: Map<string, number> } {
  const files: number[][] = [];
  const fileOf = new Map<string, number>();
  let current = new Set<number>();
  let bytes = 0;
  const close = () => {
    if (current.size > 0) files.push([...current].sort((a, b) => a - b));
    current = new Set();
    bytes = 0;
  };
  for (const groups of runs) {
    // Each run starts a file of its own.
    close();
    for (const [key, members] of groups) {
      const added = members.filter((i) => !current.has(i)).reduce((sum, i) => sum + (prepared[i]?.bytes ?? 0) * FILE_OVERHEAD, 0);
      if (current.size > 0 && bytes + added > budget) close();
      for (const i of members) {
        if (!current.has(i)) {
          current.add(i);
          // The file also ships its words' frequencies (see FILE_OVERHEAD).
          bytes += (prepared[i]?.bytes ?? 0) * FILE_OVERHEAD;
        }
      }
      fileOf.set(key, files.length);
    }
  }
  close();
  return { files, fileOf };
}

/**
 * Builds the lookup index.
 * @param pages The site's pages (`loadContent(dir).pages`, or page-like objects), optionally with `summary` and `fix`.
 * @param [options] Budget, measure, forced routing.
 * @returns The manifest and the files by name.
 */
export function buildLookupIndex(pages: readonly (IndexablePage & { data: PageExtras })[], options: BuildOptions = {}): LookupIndex {
  const budget = options.maxShardBytes ?? DEFAULT_BUDGET;
  const measure = options.measure ?? utf8Bytes;
  const prepared = [...pages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(prepare);
  const df = new Map<string, number>();
  for (const p of prepared) for (const w of p.words) df.set(w, (df.get(w) ?? 0) + 1);
  const hints = hintWeights(prepared);

  // Entries and bytes without answers: a routed site ships those in answer files (answers.ts), so a page's bytes,
  // which decide which words fit a file as keys and how files are packed, are its routing bytes alone.
  for (const p of prepared) finish(p, hints, measure);
  const all = prepared.map((_, i) => i);
  const single = dataFile(prepared, all, df);
  const files: Record<string, ShardData | RouterData | AnswerData> = {};
  let routed = false;
  const oneFile = options.oneFileBytes ?? options.maxShardBytes ?? ONE_FILE_BYTES;
  // The in-memory index keeps the contexts in its one file (`dataFile` with `contexts`); routing and packing are
  // decided without them, as served.
  if (!options.forceRouted && measure(JSON.stringify(single)) <= oneFile) {
    files["0"] = options.singleFile ? dataFile(prepared, all, df, true) : single;
  } else {
    routed = true;
    // A key's group must fit one file: a word qualifies alone when its pages' bytes fit the budget; a template
    // whose words are all too common routes by a pair of them (route.ts).
    const wordBytes = new Map<string, number>();
    // Type names, error kinds, frame hints and bare statuses key templates too (route.ts namingKeys, frameKeys,
    // statusKeys): their frequencies count pages.
    const namingDf = new Map<string, number>();
    for (const p of prepared) {
      const naming = new Set([...p.analyses.flatMap(namingKeys), ...p.frames, ...p.status]);
      for (const w of [...p.words, ...naming]) wordBytes.set(w, (wordBytes.get(w) ?? 0) + p.bytes * FILE_OVERHEAD);
      for (const k of naming) namingDf.set(k, (namingDf.get(k) ?? 0) + 1);
    }
    const wordDf = (key: string) => df.get(key) ?? namingDf.get(key) ?? 1;
    const pairDf = new Map<string, number>();
    const pairBytes = new Map<string, number>();
    for (const p of prepared) {
      for (const pair of new Set(p.analyses.flatMap((a) => templatePairs(a, wordDf)))) {
        pairDf.set(pair, (pairDf.get(pair) ?? 0) + 1);
        pairBytes.set(pair, (pairBytes.get(pair) ?? 0) + p.bytes * FILE_OVERHEAD);
      }
    }
    const keyDf = (key: string) => (key.includes("+") ? (pairDf.get(key) ?? 1) : wordDf(key));
    const limit = Number.isFinite(budget) ? budget : DEFAULT_BUDGET;
    // `templateKeys` compares a key's "frequency" with the cap: here its group's bytes against the budget.
    const keyBytes = (key: string) => (key.includes("+") ? pairBytes.get(key) : wordBytes.get(key)) ?? 0;
    const groups = new Map<string, number[]>();
    prepared.forEach((p, i) => {
      finish(p, hints, measure, { df: keyDf, fits: (key) => keyBytes(key) <= limit });
      for (const key of new Set((p.entry?.k ?? []).flat())) {
        let list = groups.get(key);
        if (!list) groups.set(key, (list = []));
        list.push(i);
      }
    });
    // The in-memory index (singleFile) lays files out as the served one does, for their names and sizes, which
    // decide routing; then holds every page in one file.
    // Status keys (route.ts `statusKeys`) group the few pages that declare a bare status: packed into files of
    // their own, so the one such a log-only paste needs stays small enough to read beside its first key's file.
    const statusGroups = new Map([...groups].filter(([key]) => key.startsWith(STATUS)));
    const wordGroups = new Map([...groups].filter(([key]) => !key.startsWith(STATUS)));
    const layout = pack([wordGroups, statusGroups], prepared, options.packBytes ?? Math.min(PACK_BYTES, budget * PACK_SHARE));
    const sizes: number[] = [];
    layout.files.forEach((members, f) => {
      const file = dataFile(prepared, members, df);
      sizes.push(Math.ceil(measure(JSON.stringify(file)) / 1000));
      if (!options.singleFile) files[String(f)] = file;
    });
    if (options.singleFile) files["0"] = dataFile(prepared, all, df, true);
    const keysOf: Record<string, string[]> = {};
    for (const [key, f] of layout.fileOf) (keysOf[String(f)] ??= []).push(key);
    const sketches = new Map<string, Sketch>();
    for (const p of prepared) {
      p.analyses.forEach((a, t) => {
        const words = keyWords(a.tokens);
        for (const key of p.entry?.k?.[t] ?? []) {
          let sk = sketches.get(key);
          if (!sk) sketches.set(key, (sk = [0, 0]));
          for (const w of words) addWord(sk, w);
        }
      });
    }
    const sorted = Object.entries(keysOf).map(([f, ks]) => [f, ks.sort()] as const);
    const router: RouterData = {
      v: INDEX_VERSION,
      k: Object.fromEntries(sorted.map(([f, ks]) => [f, ks.join(" ")])),
      d: encodeDf(new Map([...layout.fileOf.keys()].map((k) => [k, keyDf(k)])), new Set(layout.fileOf.keys())),
      s: Object.fromEntries(sorted.map(([f, ks]) => [f, ks.map((k) => encodeSketch(sketches.get(k) ?? [0, 0])).join("")])),
      b: sizes,
    };
    files[ROUTER] = router;
  }
  // Answer files, spread the same way on any site and read after matching, for the matches shown (answers.ts). The
  // in-memory index (singleFile) matches and routes; nothing it serves shows an answer.
  const answers = options.singleFile ? undefined : answerFileCount(prepared.length);
  if (answers !== undefined) {
    const spread = spreadAnswers(
      prepared.map((p) => ({ id: p.page.id, answer: answerOf(p.page) })),
      answers,
    );
    for (const [name, a] of spread) files[name] = { v: INDEX_VERSION, a };
  }
  let tagHash = 0x5eed;
  for (const name of Object.keys(files).sort()) tagHash = hash32(JSON.stringify(files[name]), tagHash);
  const count = Object.keys(files).filter((n) => /^\d+$/.test(n)).length;
  const manifest: LookupManifest = { v: INDEX_VERSION, tag: tagHash.toString(16).padStart(8, "0"), files: count, routed };
  if (answers !== undefined) manifest.answers = answers;
  return { manifest, shards: files };
}
