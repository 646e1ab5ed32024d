/**
 * The lookup index for this build, from the same validated pages as the site: shards are served as
 * `/lookup/<tag>/<name>.json`, the manifest is embedded in the pages that look things up.
 */
import { buildLookupIndex, type LookupIndex } from "./lookup/match/index.ts";
import { plainText } from "./entries/render.ts";
import { siteData } from "./site-data.ts";

let cached: LookupIndex | undefined;

export function lookupIndex(): LookupIndex {
  // Titles are inline Markdown; results show them as plain text (the page itself renders the code spans).
  cached ??= buildLookupIndex(siteData().pages.map((p) => ({ ...p, data: { ...p.data, title: plainText(p.data.title) } })));
  return cached;
}

/** Where a shard is served; the tag is a content hash, so a host may cache shards forever. */
export function shardUrl(tag: string, name: string): string {
  return `/lookup/${tag}/${name}.json`;
}
