/**
 * Index files → what the matcher searches. A data file compiles into templates, an inverted index from token to
 * templates (to shortlist before aligning), templates by type name, and its words by length (typo tolerance); the
 * router file of a routed site into the key table route.ts reads. Also the one-call path for build-time checks
 * and the evaluation: pages → one compiled, in-memory index that routes exactly as the served one.
 */
import type { Answer } from "./answers.ts";
import { buildLookupIndex, INDEX_VERSION, ROUTER, type BuildOptions, type RouterData, type ShardData } from "./build-index.ts";
import { FRAME, NAMING, type Router } from "./route.ts";
import { decodeSketch, type Sketch } from "./sketch.ts";
import { compilePage, type ShardPage } from "./template.ts";
import type { CompiledPage, IndexablePage, Template } from "./types.ts";
import { decodeDf, Weights } from "./weights.ts";

export interface CompiledShard {
  name: string;
  weights: Weights;
  pages: CompiledPage[];
  templates: Template[];
  /** Token key → indexes into `templates`. */
  postings: Map<string, number[]>;
  /** Lowercased type name → indexes into `templates`. */
  byType: Map<string, number[]>;
  /** Words of the shard by length, for one-edit typo lookup. */
  vocabulary: Map<number, string[]>;
  /** Set on an in-memory index of a routed site (compilePages): lookups route through it. */
  router?: Router;
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

function push(map: Map<string, number[]>, key: string, value: number): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  list.push(value);
}

/**
 * Compiles a data file.
 * @param name Its name in the manifest.
 * @param data Parsed JSON as fetched.
 * @returns The compiled shard.
 */
export function loadShard(name: string, data: unknown): CompiledShard {
  const shard = readShardData(name, data);
  const weights = new Weights(shard.n, decodeDf(shard.d));
  const pages: CompiledPage[] = [];
  const templates: Template[] = [];
  shard.p.forEach((entry, i) => {
    const compiled = compilePage(entry, i, weights);
    pages.push(compiled.page);
    templates.push(...compiled.templates);
  });
  const postings = new Map<string, number[]>();
  const byType = new Map<string, number[]>();
  const words = new Set<string>();
  templates.forEach((t, i) => {
    for (const key of new Set(t.tokens.map((tok) => tok.key))) {
      push(postings, key, i);
      if (!key.startsWith("<")) words.add(key);
    }
    if (t.type) push(byType, t.type.name.toLowerCase(), i);
  });
  const vocabulary = new Map<number, string[]>();
  for (const w of [...words].sort()) {
    let list = vocabulary.get(w.length);
    if (!list) vocabulary.set(w.length, (list = []));
    list.push(w);
  }
  return { name, weights, pages, templates, postings, byType, vocabulary };
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
