/**
 * Where a site keeps the answer each result shows (issue 8 §4: the page's one-line summary and its first fix's
 * title): in answer files `a0` … `a<count-1>`, never in the data files that routing and matching read.
 *
 * A routed site cannot keep them with the pages. A page sits in the data file of each of its keys (4.6 copies a page
 * at 10,000 generated pages), and a lookup reads every page of its keys' files (a few hundred) to show five. Stop 39
 * measured the answers in the data files at 10,000 pages with summaries as long as this site's (about 300
 * characters; 140 bytes gzipped a page with the fix):
 * - the pages grew by 40 %, so fewer words fit a file as keys and pairs took their place;
 * - the router grew from 20.5 to 64.6 KB gzipped, and a cold lookup to as much as 106 KB, against issue 8's 60.
 *
 * A one-file site kept them in its data file until stop 41, when the 99-page site's file with them (64.5 KB gzipped)
 * passed the one-file limit and the site was routed (build-index.ts `ONE_FILE_BYTES`). Stops 41–43 gave it one answer
 * file, `a0`, read beside the data file before anything was pasted; with the variants' contexts, which "matched on"
 * cites since stop 42 (lookup.ts fills them in after matching; explain.ts `withContext`), it reached 35.9 KB gzipped
 * at 110 pages, more than the data file itself (34.7 KB), all read for five answers. Since stop 44 every site spreads
 * its answers as a routed one does, and a one-file site reads its data file before a paste and a few small answer
 * files after it.
 *
 * A site has `ceil(pages / ANSWERS_PER_FILE)`. A page's answer is in file `hash32(id) mod count`, so any page finds
 * its file from the manifest alone. A lookup matches first (router and data files, within its budget), then
 * reads the answer files of the matches it returns: at most `limit` small files. Routing and matching never read
 * answers, so they cannot change a match.
 */
import { hash32 } from "./route-hash.ts";

/** Pages per answer file, on average: about 2.5 KB gzipped with this site's summaries (`npm run bench:lookup`). */
export const ANSWERS_PER_FILE = 16;

/** Answer files are named `a<k>`: never a data file's number or `router`. */
const PREFIX = "a";

/** Seed of the hash that spreads pages over answer files (any fixed number; the routing's hashes use others). */
const SEED = 0xa45;

/**
 * One page's answer: `m` its summary, `x` its first fix's title, as plain text (template.ts); `c` its variants'
 * contexts, in order, which "matched on" cites. Contexts are shown, never matched, and were a quarter of the
 * 104-page data file's bytes (54.6 of 226.6 KB at stop 42), so they sit here with the other words a result shows.
 */
export interface Answer {
  m?: string;
  x?: string;
  c?: string[];
}

/** One answer file: page id → its answer. */
export interface AnswerData {
  v: number;
  a: Record<string, Answer>;
}

/**
 * Answer files for a site of `pages` pages.
 * @param pages Pages on the site.
 * @returns How many files.
 */
export function answerFileCount(pages: number): number {
  return Math.max(1, Math.ceil(pages / ANSWERS_PER_FILE));
}

/**
 * Every answer file of a site.
 * @param count Answer files on the site (the manifest's `answers`).
 * @returns Their names, `a0` first.
 */
export function answerFiles(count: number): string[] {
  return Array.from({ length: Math.max(1, count) }, (_, k) => PREFIX + String(k));
}

/**
 * The answer file that holds a page's answer.
 * @param id The page id.
 * @param count Answer files on the site (the manifest's `answers`).
 * @returns Its name.
 */
export function answerFile(id: string, count: number): string {
  return PREFIX + String(hash32(id, SEED) % Math.max(1, count));
}

/**
 * True for the name of an answer file (not a data file, not the router).
 * @param name A file name of the index.
 * @returns Whether it is `a<k>`.
 */
export function isAnswerFile(name: string): boolean {
  return name.startsWith(PREFIX) && /^\d+$/.test(name.slice(PREFIX.length));
}

/**
 * Spreads pages' answers over their files.
 * @param pages Each page's id and answer; a page with no summary, fix or context is left out.
 * @param count Answer files.
 * @returns File name → page id → answer; every file is present, even empty.
 */
export function spreadAnswers(pages: readonly { id: string; answer: Answer }[], count: number): Map<string, Record<string, Answer>> {
  const files = new Map<string, Record<string, Answer>>();
  for (const name of answerFiles(count)) files.set(name, {});
  for (const { id, answer } of pages) {
    if (answer.m === undefined && answer.x === undefined && answer.c === undefined) continue;
    const file = files.get(answerFile(id, count));
    if (file) file[id] = answer;
  }
  return files;
}
