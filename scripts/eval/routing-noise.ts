/**
 * Words that show up in pastes but seldom in the template of the right page — `code` (`Error code:`), `status`,
 * `body`, `seconds`: client and log wording around the API's message. Counted on the training side of the corpus;
 * route.ts ranks them last when it picks a paste's routing key (issue 8 §3), so a rare wrapper word does not
 * send the lookup to the wrong file.
 */
import type { IndexablePage } from "../../src/lookup/match/index.ts";
import { analyzeText, candidatesFrom } from "../../src/lookup/match/index.ts";
import { keyWords } from "../../src/lookup/match/route.ts";
import { parseTrace } from "../../src/lookup/parse/index.ts";
import type { CorpusEntry } from "./corpus.ts";
import { wordingsOf } from "../../src/lookup/match/wordings.ts";

/** Pastes a word must appear in before its rate is trusted. */
const MIN_PASTES = 3;
/** At most this share of those pastes has the word in the right page's templates. */
const MAX_SHARE = 0.35;

/**
 * The noise words of a training set.
 * @param pages The site's pages.
 * @param train Training pastes (positives only are counted).
 * @returns Words, sorted.
 */
export function routingNoise(pages: readonly IndexablePage[], train: readonly CorpusEntry[]): string[] {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const seen = new Map<string, number>();
  const inTemplate = new Map<string, number>();
  for (const entry of train) {
    if (entry.kind !== "positive") continue;
    const templateWords = new Set<string>();
    for (const id of entry.expect) {
      const page = byId.get(id);
      for (const text of page ? wordingsOf(page.data) : []) for (const w of keyWords(analyzeText(text, true).tokens)) templateWords.add(w);
    }
    const words = new Set(candidatesFrom(parseTrace(entry.text), entry.text).flatMap((c) => keyWords(c.tokens)));
    for (const w of words) {
      seen.set(w, (seen.get(w) ?? 0) + 1);
      if (templateWords.has(w)) inTemplate.set(w, (inTemplate.get(w) ?? 0) + 1);
    }
  }
  return [...seen]
    .filter(([w, n]) => n >= MIN_PASTES && (inTemplate.get(w) ?? 0) / n < MAX_SHARE)
    .map(([w]) => w)
    .sort();
}
