/**
 * Runs the lookup over corpus entries, in memory (one compiled index) or through the served, sharded index
 * (the browser's path: manifest, router, shards), and turns the results into answers for metrics.ts.
 */
import type { BuildOptions, IndexablePage } from "../../src/lookup/match/index.ts";
import { buildLookupIndex, compilePages, createLookup, lookupSync } from "../../src/lookup/match/index.ts";
import { isAnswerFile } from "../../src/lookup/match/answers.ts";
import type { CorpusEntry } from "./corpus.ts";
import type { Answer } from "./metrics.ts";

const EVAL_LIMIT = 5;

/**
 * Answers from the in-memory matcher.
 * @param pages The site's pages.
 * @param entries Pastes.
 * @param [options] `forceRouted`: route even a site that fits one file.
 * @returns One answer per paste.
 */
export function answerInMemory(pages: readonly IndexablePage[], entries: readonly CorpusEntry[], options: Pick<BuildOptions, "forceRouted"> = {}): Answer[] {
  const shard = compilePages(pages, options);
  return entries.map((entry) => ({ entry, matches: lookupSync(entry.text, shard, { limit: EVAL_LIMIT }).matches.map(({ id, confidence, score }) => ({ id, confidence, score })) }));
}

/**
 * Answers through the sharded index, as the browser fetches it, with the files each cold lookup fetched.
 * @param pages The site's pages.
 * @param entries Pastes.
 * @param [options] `forceRouted`: route even a site that fits one file.
 * @returns Answers and, per paste, the index files a cold lookup fetched (not the answer files it read after matching).
 */
export async function answerSharded(
  pages: readonly IndexablePage[],
  entries: readonly CorpusEntry[],
  options: Pick<BuildOptions, "forceRouted"> = {},
): Promise<{ answers: Answer[]; fetched: string[][] }> {
  const index = buildLookupIndex(pages, options);
  const answers: Answer[] = [];
  const fetched: string[][] = [];
  for (const entry of entries) {
    const files: string[] = [];
    const lookup = createLookup(index.manifest, (name) => {
      if (!isAnswerFile(name)) files.push(name);
      return Promise.resolve(JSON.parse(JSON.stringify(index.shards[name])) as unknown);
    });
    const result = await lookup.lookup(entry.text, { limit: EVAL_LIMIT });
    answers.push({ entry, matches: result.matches.map(({ id, confidence, score }) => ({ id, confidence, score })) });
    fetched.push(files);
  }
  return { answers, fetched };
}
