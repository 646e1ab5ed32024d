/**
 * The playground samples' client errors as pastes that must find their page (src/entries/playground-check.ts replays
 * the same ones, and `npm run build` refuses content where one no longer finds its page first). The routing fit
 * (scripts/fit-lookup.ts) adds them to its guard on every routed site it fits on, so no re-fit trades a page's own
 * playground for a few corpus pastes: at stop 41 three Bedrock `ValueError: Bad response code` samples routed past
 * their page on every routed site, which nobody saw because the real site is served as one file.
 */
import { getClient, getSample, replay } from "../../src/decoders/index.ts";
import { declaredPlaygrounds, errorLine } from "../../src/entries/playground-check.ts";
import type { Page } from "../../src/entries/read-page.ts";
import { madePositive, type CorpusEntry } from "./corpus.ts";

/**
 * Every sample a page declares as raising its own error (`before: signature`), replayed as the build's check replays
 * it (playground-check.ts `declaredPlaygrounds`, `errorLine`), as a positive for that page.
 * @param pages The site's pages.
 * @returns One entry per sample and client, shaped like the corpus's positives.
 */
export function playgroundEntries(pages: readonly Page[]): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  for (const page of pages) {
    for (const { playground } of declaredPlaygrounds(page)) {
      const client = getClient(playground.client);
      if (!client) continue;
      for (const declared of playground.samples) {
        const sample = getSample(declared.sample);
        if (declared.before !== "signature" || !sample) continue;
        const text = errorLine(replay(client.id, "before", sample.bytes).outcome);
        if (text !== undefined) out.push(madePositive(`${page.id} (playground ${client.id}, ${declared.sample})`, text, page.id, "playground"));
      }
    }
  }
  return out;
}
