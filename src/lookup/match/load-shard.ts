/**
 * Index files → what the matcher searches. A data file into its pages, each compiled into templates when a lookup
 * first considers it (match.ts `poolOf` builds the postings it searches from those); the router file of a routed
 * site into the key table route.ts reads. Also the one-call path for build-time checks
 * and the evaluation: pages → one compiled, in-memory index that routes exactly as the served one.
 */
import type { Answer } from "./answers.ts";
import { buildLookupIndex, INDEX_VERSION, ROUTER, type BuildOptions, type RouterData, type ShardData } from "./build-index.ts";
import { FRAME, NAMING, type Router } from "./route.ts";
import { decodeSketch, type Sketch } from "./sketch.ts";
import { compilePage, type ShardPage } from "./template.ts";
import type { CompiledPage, IndexablePage, Template } from "./types.ts";
import { words } from "./tokenize.ts";
import { decodeDf, Weights } from "./weights.ts";
import { storedWordings } from "./wordings.ts";

/**
 * A data file, its pages compiled as lookups reach them. A file of a routed site holds every page of each of its keys
 * (build-index.ts), a few hundred at 10,000 pages, and a lookup considers the few whose templates hold its keys
 * (match.ts `poolOf`); which those are is read from the file's routing keys (`k`) without compiling, so a cold lookup
 * compiles only them. Measured at 10,000 generated pages (a 200-line trace, 60 lookups): compiling whole files took
 * 32–35 ms of a 38–48 ms median cold lookup.
 */
export class CompiledShard {
  readonly name: string;
  readonly weights: Weights;
  /** Set on an in-memory index of a routed site (compilePages): lookups route through it. */
  router?: Router;
  readonly #entries: readonly ShardPage[];
  readonly #compiled: ({ page: CompiledPage; templates: Template[] } | undefined)[];
  #all: { pages: CompiledPage[]; templates: Template[] } | undefined;

  constructor(name: string, weights: Weights, entries: readonly ShardPage[]) {
    this.name = name;
    this.weights = weights;
    this.#entries = entries;
    this.#compiled = new Array<undefined>(entries.length);
  }

  /** How many pages the file holds. */
  get size(): number {
    return this.#entries.length;
  }

  /** How many of its pages have been compiled so far. */
  get compiledPages(): number {
    return this.#compiled.filter(Boolean).length;
  }

  /**
   * A page's id, read without compiling it.
   * @param index Its position in the file.
   * @returns The id, or "" past the end.
   */
  idOf(index: number): string {
    return this.#entries[index]?.i ?? "";
  }

  /**
   * A page's routing keys, per template, signature first, read without compiling it.
   * @param index Its position in the file.
   * @returns The keys (none on a file of a site that is not routed).
   */
  keysOf(index: number): readonly (readonly string[])[] {
    return this.#entries[index]?.k ?? [];
  }

  /**
   * The words of each of a page's wordings as written (signature, then variants), read without compiling the page:
   * what match.ts `reachedPages` ranks a large key group by before it compiles any of it.
   * @param index Its position in the file.
   * @returns One set of lowercased words per wording (none past the end).
   */
  wordsOf(index: number): ReadonlySet<string>[] {
    const entry = this.#entries[index];
    if (!entry) return [];
    return storedWordings(entry).map(({ text }) => new Set(words(text)));
  }

  /**
   * A page and its templates, compiled on first use.
   * @param index Its position in the file.
   * @returns The page and its templates (signature first), or undefined past the end.
   */
  at(index: number): { page: CompiledPage; templates: Template[] } | undefined {
    const done = this.#compiled[index];
    if (done) return done;
    const entry = this.#entries[index];
    if (!entry) return undefined;
    return (this.#compiled[index] = compilePage(entry, index, this.weights));
  }

  /** Every page, compiled (build-time checks, tests). */
  get pages(): CompiledPage[] {
    return this.#every().pages;
  }

  /** Every template, page by page (build-time checks, tests). */
  get templates(): Template[] {
    return this.#every().templates;
  }

  #every(): { pages: CompiledPage[]; templates: Template[] } {
    if (!this.#all) {
      const all: { pages: CompiledPage[]; templates: Template[] } = { pages: [], templates: [] };
      for (let i = 0; i < this.size; i++) {
        const compiled = this.at(i);
        if (!compiled) continue;
        all.pages.push(compiled.page);
        all.templates.push(...compiled.templates);
      }
      this.#all = all;
    }
    return this.#all;
  }
}

function isShardPage(value: unknown): value is ShardPage {
  if (typeof value !== "object" || value === null) return false;
  const p = value as Record<string, unknown>;
  return typeof p["i"] === "string" && typeof p["t"] === "string" && typeof p["s"] === "string";
}

function isObject(data: unknown): data is Record<string, unknown> {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}

function checkVersion(name: string, data: unknown): Record<string, unknown> {
  if (!isObject(data)) throw new Error(`lookup file ${name}: expected a JSON object, got ${data === null ? "null" : Array.isArray(data) ? "an array" : typeof data}`);
  if (data["v"] !== INDEX_VERSION) throw new Error(`lookup file ${name}: index version ${String(data["v"])}, this page reads version ${INDEX_VERSION} — reload the page`);
  return data;
}

/**
 * Checks the shape of a fetched data file.
 * @param name File name, for the message.
 * @param data Parsed JSON.
 * @returns The data, typed.
 * @throws Error naming the file and what is wrong (an old cached file, a 404 page parsed as JSON…).
 */
function readShardData(name: string, data: unknown): ShardData {
  const d = checkVersion(name, data);
  if (typeof d["n"] !== "number" || !Array.isArray(d["p"]) || !isObject(d["d"])) throw new Error(`lookup file ${name}: missing n, d or p`);
  const bad = (d["p"] as unknown[]).findIndex((p) => !isShardPage(p));
  if (bad >= 0) throw new Error(`lookup file ${name}: page ${bad} lacks i, t or s`);
  return d as unknown as ShardData;
}

/**
 * Compiles the router file of a routed site.
 * @param data Parsed JSON as fetched.
 * @returns The key table.
 * @throws Error when the file is not a router of this index version.
 */
export function loadRouter(data: unknown): Router {
  const d = checkVersion(ROUTER, data);
  if (!isObject(d["k"]) || !isObject(d["d"])) throw new Error(`lookup file ${ROUTER}: missing k or d`);
  const router = d as unknown as RouterData;
  const file = new Map<string, string>();
  const sketch = new Map<string, Sketch>();
  for (const [name, keys] of Object.entries(router.k)) {
    const sketches = typeof router.s?.[name] === "string" ? router.s[name] : "";
    keys.split(" ").forEach((key, i) => {
      if (!key) return;
      file.set(key, name);
      sketch.set(key, decodeSketch(sketches.slice(16 * i, 16 * i + 16)));
    });
  }
  const words = new Set<string>();
  // Naming keys (`^type`) and frame keys (`@hint`) are not words a paste's word could be a typo of.
  const libraries: string[] = [];
  for (const key of file.keys()) {
    if (key.startsWith(FRAME)) libraries.push(key.slice(FRAME.length));
    else if (!key.startsWith(NAMING)) for (const w of key.split("+")) words.add(w);
  }
  const vocabulary = new Map<number, string[]>();
  for (const word of [...words].sort()) {
    let list = vocabulary.get(word.length);
    if (!list) vocabulary.set(word.length, (list = []));
    list.push(word);
  }
  if (!Array.isArray(router.b) || router.b.some((kb) => typeof kb !== "number")) throw new Error(`lookup file ${ROUTER}: missing b (file sizes)`);
  const size = new Map(router.b.map((kb, f) => [String(f), kb]));
  return { file, df: decodeDf(router.d), words, vocabulary, sketch, libraries: libraries.sort(), size };
}

/**
 * Reads an answer file (answers.ts).
 * @param name Its name, for the message.
 * @param data Parsed JSON as fetched.
 * @returns Page id → its answer; fields that are not strings are dropped (a context that is not one reads as none).
 * @throws Error when the file is not an answer file of this index version.
 */
export function loadAnswers(name: string, data: unknown): Map<string, Answer> {
  const d = checkVersion(name, data);
  const a = d["a"];
  if (!isObject(a)) throw new Error(`lookup file ${name}: missing a (answers)`);
  const out = new Map<string, Answer>();
  for (const [id, value] of Object.entries(a)) {
    if (!isObject(value)) continue;
    const answer: Answer = {};
    if (typeof value["m"] === "string") answer.m = value["m"];
    if (typeof value["x"] === "string") answer.x = value["x"];
    const c = value["c"];
    if (Array.isArray(c)) answer.c = c.map((context) => (typeof context === "string" ? context : ""));
    out.set(id, answer);
  }
  return out;
}

/**
 * Reads a data file; its pages compile as lookups reach them (`CompiledShard`).
 * @param name Its name in the manifest.
 * @param data Parsed JSON as fetched.
 * @returns The shard.
 * @throws Error naming the file when it is not a data file of this index version.
 */
export function loadShard(name: string, data: unknown): CompiledShard {
  const shard = readShardData(name, data);
  return new CompiledShard(name, new Weights(shard.n, decodeDf(shard.d)), shard.p);
}

/**
 * Compiles pages straight into one in-memory index (build-time checks, tests, the evaluation): every page in one
 * data file, routed exactly when the served index of the same pages is, so it finds what the site finds.
 * @param pages Pages.
 * @param [options] `forceRouted`: route as a site too large for one file would (the evaluation's `--routed`).
 * @returns One compiled shard holding every page (with the router when the site is routed).
 */
export function compilePages(pages: readonly IndexablePage[], options: Pick<BuildOptions, "forceRouted"> = {}): CompiledShard {
  const index = buildLookupIndex(pages, { ...options, singleFile: true });
  const shard = loadShard("0", index.shards["0"]);
  if (index.manifest.routed) shard.router = loadRouter(index.shards[ROUTER]);
  return shard;
}
