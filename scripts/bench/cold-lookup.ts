/**
 * The cold row of `npm run bench:lookup`, run by it in a process of its own: 200-line traces looked up on the
 * 10,000-page site, each by a new lookup that parses the router and its data files from their served text and
 * compiles the pages it reaches, as a browser tab's first lookup does. Reads the site the bench built (`ColdInput`,
 * as JSON on stdin), so the two time the same index and the site is built once; prints each lookup's time in ms as a
 * JSON array; bench-lookup.ts takes the quantiles, as for its other rows.
 *
 * Why a process of its own: the bench's process holds several 10,000-page indexes, every page of one compiled for the
 * warm rows; a tab holds only its lookup's files. Timed in that heap, a cold lookup paid for collecting it: three
 * bench runs of stop 47 gave p95 44, 75 and 49 ms where this script's lookups alone gave 35–47 ms. The code is
 * warmed first (untimed lookups of other traces), as the warm rows are, so the row times the lookup's work on new
 * files, not the engine's first compile of the lookup's code.
 */
import { readFileSync } from "node:fs";
import { createLookup, type LookupIndex } from "../../src/lookup/match/index.ts";
import { longTraces } from "./long-traces.ts";

/** What bench-lookup.ts writes to this script's stdin. */
export interface ColdInput {
  /** The 10,000-page site's index, as `buildLookupIndex` built it. */
  index: LookupIndex;
  /** Its generated pages' signatures, in order: the traces are made from them. */
  signatures: string[];
}

/** Timed lookups: p95 is then about the 10th slowest, not the 3rd of 60. */
const RUNS = 200;
/** Untimed lookups first, on traces the timed ones do not use. */
const WARM_UP = 40;

/**
 * The site's files as served text (a cold lookup parses them as the browser's `response.json()` does; serialising
 * them is the build's work), its manifest, and the traces. The parsed input is not kept: the heap holds what a tab's
 * would.
 */
function readInput(): { manifest: LookupIndex["manifest"]; served: Map<string, string>; texts: string[] } {
  const input = JSON.parse(readFileSync(0, "utf8")) as ColdInput;
  return {
    manifest: input.index.manifest,
    served: new Map(Object.entries(input.index.shards).map(([name, data]) => [name, JSON.stringify(data)])),
    texts: longTraces(input.signatures.slice(0, 400 + WARM_UP)),
  };
}

const { manifest, served, texts } = readInput();
const fresh = () => createLookup(manifest, (name) => Promise.resolve(JSON.parse(served.get(name) ?? "null") as unknown));
for (let i = 0; i < WARM_UP; i++) await fresh().lookup(texts[400 + i] ?? "");
const samples: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const lookup = fresh();
  const t = performance.now();
  await lookup.lookup(texts[i % 400] ?? "");
  samples.push(performance.now() - t);
}
console.log(JSON.stringify(samples));
