/**
 * A cited GitHub issue or pull request must be about what the page says it is. Release notes cite
 * pull request numbers of a private repository, so a number copied from them lands on an unrelated
 * public thread. This check compares the source's `title` with the thread's public title, recorded
 * once in `data/source-titles.json` (offline: the build never asks GitHub), and reports a source
 * whose two titles share no meaningful word. URLs with no recorded title are not checked.
 *
 * Words come from the tokenizer and stop words that related-page matching already uses; the words
 * of the repository's own owner and name are left out on both sides, since every thread of
 * `anthropic-sdk-python` would otherwise "share" `anthropic`.
 */
import type { Problem } from "./problem.ts";
import type { Page } from "./read-page.ts";
import { signatureTokens } from "./related.ts";

/** One recorded public title: what GitHub shows for the thread, and how it was read. */
interface RecordedTitle {
  title: string;
  /** Where the title was read, e.g. "search: issues corpus, 2026-12-03". */
  via: string;
}

export type RecordedTitles = Readonly<Record<string, RecordedTitle>>;

const THREAD_URL = /^https?:\/\/(?:www\.)?github\.com\/([^/\s]+)\/([^/\s]+)\/(?:pull|issues)\/(\d+)(?:[/?#]|$)/i;

/**
 * `owner/repo#number`, lower-case, for a GitHub issue or pull request URL, else undefined. Issues
 * and pull requests share one number space (GitHub redirects between the two paths), so both
 * spellings of a thread get the same key.
 */
export function threadKey(url: string): string | undefined {
  const m = THREAD_URL.exec(url.trim());
  return m ? `${m[1]!.toLowerCase()}/${m[2]!.toLowerCase()}#${m[3]}` : undefined;
}

/** Shorter words of at least this length also match their longer forms (`stream` ~ `streaming`). */
const MIN_PREFIX = 4;

function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_PREFIX && long.startsWith(short);
}

/** The meaningful words of a title, without those of the thread's repository. */
function titleWords(title: string, key: string): Set<string> {
  const repoWords = signatureTokens(key.slice(0, key.indexOf("#")));
  const words = signatureTokens(title);
  for (const w of repoWords) words.delete(w);
  return words;
}

/** The words the two titles share (empty when the citation is probably of the wrong thread). */
export function sharedWords(citedTitle: string, publicTitle: string, key: string): string[] {
  const cited = titleWords(citedTitle, key);
  const shown = [...titleWords(publicTitle, key)];
  return [...cited].filter((w) => shown.some((s) => wordsMatch(w, s)));
}

/** Index the recorded file by thread key, so `/issues/N` and `/pull/N` find the same entry. */
function indexTitles(recorded: RecordedTitles): Map<string, RecordedTitle> {
  const byKey = new Map<string, RecordedTitle>();
  for (const [url, entry] of Object.entries(recorded)) {
    const key = threadKey(url);
    if (key) byKey.set(key, entry);
  }
  return byKey;
}

export function checkSourceTitles(pages: readonly Page[], recorded: RecordedTitles): Problem[] {
  const byKey = indexTitles(recorded);
  const problems: Problem[] = [];
  for (const page of pages) {
    page.data.sources.forEach((source, i) => {
      const key = threadKey(source.url);
      const shown = key ? byKey.get(key) : undefined;
      // A public title with no word the check can compare (`报错400`: CJK and numbers only) cannot say it is wrong.
      if (!key || !shown || titleWords(shown.title, key).size === 0 || sharedWords(source.title, shown.title, key).length > 0) return;
      problems.push({
        file: page.file,
        ...page.source.position(page.offsetOf(["sources", i, "url"])),
        field: `sources[${i}].url`,
        code: "source-title",
        message:
          `${key} is titled "${shown.title}" publicly, which shares no word with this source's title — ` +
          "check the number (release notes cite private pull request numbers) or, if the recorded title is wrong, fix it in src/entries/data/source-titles.json",
      });
    });
  }
  return problems;
}
