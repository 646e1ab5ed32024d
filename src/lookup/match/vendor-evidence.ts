/**
 * What the whole paste says about where it comes from (issue 8 §2): which of a page's products it names, and which
 * other vendors. Read once per lookup from the first 64 KB, lowercased, against the lists in dialects/vendors.ts.
 */
import type { AppFrame } from "./libraries.ts";
import { FOREIGN_VENDORS, hasTerm, MODEL_ONLY_TERMS, PLATFORM_LIBRARIES, PLATFORM_MODEL_EVIDENCE, PRODUCT_EVIDENCE, ROUTER_NAMES } from "./dialects/vendors.ts";

/** Characters of the paste read for vendor words: enough for any real header and error line. */
const READ = 65_536;

export interface VendorEvidence {
  /** Library stems (keys of PRODUCT_EVIDENCE) whose product the paste names. */
  products: Set<string>;
  /** Other vendors the paste names, with the word that showed it. */
  foreign: { vendor: string; term: string }[];
  /** Platform stems (keys of PLATFORM_MODEL_EVIDENCE) whose hosted model the paste shows is this site's. */
  models: Set<string>;
  /**
   * Platform stems (PLATFORM_LIBRARIES) the paste names by a word of the platform's own, not one it shares with
   * another product (`aiplatform`, not `claude`).
   */
  platforms: Set<string>;
  /**
   * Library stems whose product the paste names by a word beyond the model's name (MODEL_ONLY_TERMS): `anthropic`,
   * `@anthropic-ai`, `bedrock`, not only `claude`.
   */
  reached: Set<string>;
}

/**
 * Each hosting platform's evidence words that no other product lists (`aiplatform`, not `claude`): the words that
 * name the platform itself (`VendorEvidence.platforms`). Derived once from the vendor lists.
 */
const PLATFORM_OWN_TERMS: readonly (readonly [string, readonly string[]])[] = [...PLATFORM_LIBRARIES].map((platform) => [
  platform,
  (PRODUCT_EVIDENCE[platform] ?? []).filter((t) => !Object.entries(PRODUCT_EVIDENCE).some(([l, terms]) => !PLATFORM_LIBRARIES.has(l) && terms.includes(t))),
]);

/** Characters either side of an app frame's file (on its line) that are read for its function name. */
const FRAME_REACH = 200;

/**
 * The text with the app's own frames' names blanked: each file path, and its function name on the same line within
 * FRAME_REACH characters of it (Node prints the function before the path, Python after), so a whole errors.json
 * array printed on one line keeps its other words. One pass over the text per frame.
 */
function withoutAppFrames(lower: string, frames: readonly AppFrame[]): string {
  const blank: [number, number][] = [];
  for (const { file, function: fn } of frames) {
    const path = file.toLowerCase();
    const name = fn?.toLowerCase();
    for (let at = lower.indexOf(path); at >= 0; at = lower.indexOf(path, at + path.length)) {
      blank.push([at, at + path.length]);
      if (!name) continue;
      const lineStart = lower.lastIndexOf("\n", at) + 1;
      const newline = lower.indexOf("\n", at);
      const lineEnd = newline < 0 ? lower.length : newline;
      const from = Math.max(lineStart, at - FRAME_REACH);
      const to = Math.min(lineEnd, at + path.length + FRAME_REACH);
      for (let n = lower.indexOf(name, from); n >= 0 && n + name.length <= to; n = lower.indexOf(name, n + name.length)) blank.push([n, n + name.length]);
    }
  }
  if (blank.length === 0) return lower;
  const chars = lower.split(""); // UTF-16 units, as the indices are
  for (const [from, to] of blank) chars.fill(" ", from, to);
  return chars.join("");
}

/**
 * Reads a paste's vendor evidence.
 * @param text The paste.
 * @param [app] The app's own frames (libraries.ts `appFrames`): their paths and function names are the user's
 *   (a class `Claude` in `claude-proxy/index.js`), so they are not read for the page's products; other vendors'
 *   names in them still count.
 * @returns Products and foreign vendors named.
 */
export function vendorEvidence(text: string, app: readonly AppFrame[] = []): VendorEvidence {
  const lower = text.slice(0, READ).toLowerCase();
  const products = new Set<string>();
  const reached = new Set<string>();
  const notApp = app.length === 0 ? lower : withoutAppFrames(lower, app);
  const unrouted = ROUTER_NAMES.reduce((t, name) => t.replaceAll(name, " "), notApp);
  for (const [library, terms] of Object.entries(PRODUCT_EVIDENCE)) {
    const named = terms.filter((t) => hasTerm(unrouted, t));
    if (named.length > 0) products.add(library);
    if (named.some((t) => !MODEL_ONLY_TERMS.has(t))) reached.add(library);
  }
  const foreign: VendorEvidence["foreign"] = [];
  for (const [vendor, terms] of Object.entries(FOREIGN_VENDORS)) {
    const term = terms.find((t) => hasTerm(lower, t));
    if (term) foreign.push({ vendor, term });
  }
  const models = new Set<string>();
  for (const [platform, terms] of Object.entries(PLATFORM_MODEL_EVIDENCE)) if (terms.some((t) => hasTerm(unrouted, t))) models.add(platform);
  const platforms = new Set<string>();
  for (const [platform, own] of PLATFORM_OWN_TERMS) if (own.some((t) => hasTerm(unrouted, t))) platforms.add(platform);
  return { products, foreign, models, platforms, reached };
}

/**
 * Whether the paste names a product of the page.
 * @param evidence From `vendorEvidence`.
 * @param libraries The page's library stems.
 * @param [generic] The page's words are a shared layer's (`match.generic`).
 * @param [platformWords] The template's body kind is one every service of a hosting platform uses
 *   (PLATFORM_ERROR_KINDS).
 * @param [clientType] The template's type is a generic library's (GENERIC_LIBRARIES: `httpx.`, `botocore.`).
 * @returns True when one of them is named (a page with no known product always counts as named).
 */
export function namesProduct(evidence: VendorEvidence, libraries: readonly string[], generic = false, platformWords = false, clientType = false): boolean {
  const known = libraries.filter((l) => PRODUCT_EVIDENCE[l] !== undefined);
  if (known.length === 0) return true;
  const named = known.filter((l) => evidence.products.has(l));
  const platformOnly = named.length > 0 && named.every((l) => PLATFORM_LIBRARIES.has(l));
  // Only a hosting platform named, and another model vendor too: the model is not this site's product.
  if (platformOnly && evidence.foreign.length > 0) return false;
  // Only a hosting platform named, for words it says whatever model answered (Bedrock's "The provided model
  // identifier is invalid." reaches Titan's users too): the paste must also show the model is this site's.
  if (platformOnly && generic && !named.some((l) => PLATFORM_MODEL_EVIDENCE[l] === undefined || evidence.models.has(l))) return false;
  // Words all of a platform's services say (a Google canonical status such as NOT_FOUND on "Requested entity was
  // not found."): Claude is served outside Vertex AI too, so the page's platform must be named by a word of its own.
  const platforms = known.filter((l) => PLATFORM_LIBRARIES.has(l));
  if (platformWords && platforms.length > 0 && !platforms.some((l) => evidence.platforms.has(l))) return false;
  // An HTTP client's error on a page about the API or SDK, in a paste that names only the model (MODEL_ONLY_TERMS):
  // a relay's connection fails with the same words, so "Claude" does not show the page's product; a word of the
  // product itself or of a hosting platform does.
  if (clientType && platforms.length === 0 && ![...known, ...PLATFORM_LIBRARIES].some((l) => evidence.reached.has(l))) return false;
  return named.length > 0;
}

/**
 * How much of the page's products the paste names.
 * @param evidence From `vendorEvidence`.
 * @param libraries The page's library stems.
 * @returns The share (0–1) of the page's known products named; 1 for a page with no known product.
 */
export function productCoverage(evidence: VendorEvidence, libraries: readonly string[]): number {
  const known = [...new Set(libraries.filter((l) => PRODUCT_EVIDENCE[l] !== undefined))];
  return known.length === 0 ? 1 : known.filter((l) => evidence.products.has(l)).length / known.length;
}

/**
 * Whether a page names any product the paste could name (PRODUCT_EVIDENCE): not a page whose libraries are generic
 * clients alone, or none.
 * @param libraries The page's library stems.
 * @returns True when one of them is a product.
 */
export function hasProduct(libraries: readonly string[]): boolean {
  return libraries.some((l) => PRODUCT_EVIDENCE[l] !== undefined);
}

/**
 * How many hosting platforms (PLATFORM_LIBRARIES) of the page the paste names by their own words: of two pages whose products a paste
 * names in full, the one that also accounts for the platform it names (Vertex AI in the URL of a bare 429) is the
 * more specific.
 * @param evidence From `vendorEvidence`.
 * @param libraries The page's library stems.
 * @returns The count.
 */
export function platformsNamed(evidence: VendorEvidence, libraries: readonly string[]): number {
  return new Set(libraries.filter((l) => evidence.platforms.has(l))).size;
}
