/**
 * The lookup index for this build, from the same validated pages as the site: shards are served as
 * `/lookup/<tag>/<name>.json`, the manifest is embedded in the pages that look things up.
 */
import { lookupPages, type RenderedTexts } from "./entries/lookup-pages.ts";
import { peekShared, shared } from "./build/shared.ts";
import { buildLookupIndex, type LookupIndex } from "./lookup/match/index.ts";
import { siteData } from "./site-data.ts";
import { siteConfig } from "./site-config.ts";

let cached: LookupIndex | undefined;

/** The name the index is shared under (src/build/shared.ts). */
export const LOOKUP_INDEX = "lookup-index";

/** What the index reads of the site's pages. */
export function lookupInput(): ReturnType<typeof lookupPages> {
  // The pages' plain texts come from the build's rendering when it ran first (src/build/prerender.ts): held in
  // memory, or else read from the whole renders.
  const texts = peekShared<ReadonlyMap<string, RenderedTexts>>("rendered-texts");
  const rendered = peekShared<{ get(id: string): RenderedTexts | undefined }>("rendered");
  return lookupPages(siteData().pages, (id) => texts?.get(id) ?? rendered?.get(id));
}

/** The name of the index being built (a promise), when the build script started it before Astro (src/build/lookup-build.ts). */
export const LOOKUP_INDEX_PENDING = "lookup-index-pending";

/** The index, once the build has it: what the pages and files that embed or serve it await. */
export async function lookupIndexReady(): Promise<LookupIndex> {
  const pending = peekShared<Promise<LookupIndex>>(LOOKUP_INDEX_PENDING);
  return pending ? await pending : lookupIndex();
}

/** The index, built once per process unless the build script set it already (scripts/build-site.ts keeps it between builds). */
function lookupIndex(): LookupIndex {
  cached ??= shared(LOOKUP_INDEX, () => buildLookupIndex(lookupInput()));
  return cached;
}

/**
 * The manifest as the pages that look things up embed it: the index's, plus how this site reads its answers
 * (site.yml `lookup.answersFirst`), which changes no index file.
 */
export async function embeddedManifest(): Promise<string> {
  const { manifest } = await lookupIndexReady();
  return JSON.stringify(siteConfig().lookup.answersFirst ? { ...manifest, answersFirst: true } : manifest);
}
