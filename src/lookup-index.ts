/**
 * The lookup index for this build, from the same validated pages as the site: shards are served as
 * `/lookup/<tag>/<name>.json`, the manifest is embedded in the pages that look things up.
 */
import { lookupPages, type RenderedTexts } from "./entries/lookup-pages.ts";
import { peekShared, shared } from "./build/shared.ts";
import { buildLookupIndex, type LookupIndex } from "./lookup/match/index.ts";
import { siteData } from "./site-data.ts";

let cached: LookupIndex | undefined;

export function lookupIndex(): LookupIndex {
  cached ??= shared("lookup-index", () => {
    // The pages' plain texts come from the build's rendering when it ran first (src/build/prerender.ts).
    const rendered = peekShared<{ get(id: string): RenderedTexts | undefined }>("rendered");
    return buildLookupIndex(lookupPages(siteData().pages, (id) => rendered?.get(id)));
  });
  return cached;
}
