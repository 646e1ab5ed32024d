/**
 * The lookup index for this build, from the same validated pages as the site: shards are served as
 * `/lookup/<tag>/<name>.json`, the manifest is embedded in the pages that look things up.
 */
import { lookupPages } from "./entries/lookup-pages.ts";
import { shared } from "./build/shared.ts";
import { buildLookupIndex, type LookupIndex } from "./lookup/match/index.ts";
import { siteData } from "./site-data.ts";

let cached: LookupIndex | undefined;

export function lookupIndex(): LookupIndex {
  cached ??= shared("lookup-index", () => buildLookupIndex(lookupPages(siteData().pages)));
  return cached;
}
