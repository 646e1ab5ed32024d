/**
 * The signature matcher: compile pages' signatures into templates, build the sharded index the site serves,
 * and rank pages for a pasted error or stack trace with a "matched on" explanation. Pure TypeScript (no DOM,
 * no Node APIs): the browser, the CLI (`npm run lookup`) and the build run the same code.
 */
export { analyzeMessage, analyzeText } from "./analyze.ts";
export { buildLookupIndex, INDEX_VERSION, ROUTER, type BuildOptions, type LookupIndex, type LookupManifest, type RouterData, type ShardData } from "./build-index.ts";
export { candidatesFrom } from "./candidates.ts";
export { HIGH, LOW, MEDIUM, type Confidence } from "./confidence.ts";
export { coreMessage } from "./core-message.ts";
export { templateText, type MatchWhy } from "./explain.ts";
export { compilePages, loadRouter, loadShard, type CompiledShard } from "./load-shard.ts";
export { createLookup, lookupSync, matchTemplate, shardsFor, MAX_SHARDS_PER_LOOKUP, type Lookup, type LookupOptions, type LookupResult, type Parse } from "./lookup.ts";
export { DEFAULT_LIMIT, rankMatches, type Match } from "./match.ts";
export { chooseKeys, KEYS_PER_TEMPLATE, MAX_KEYS, type Router } from "./route.ts";
export { parameterize, renderSegments } from "./parameterize.ts";
export type { IndexablePage, PlaceholderKind, Segment } from "./types.ts";
