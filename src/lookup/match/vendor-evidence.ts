/**
 * What the whole paste says about where it comes from (issue 8 §2): which of a page's products it names, and which
 * other vendors. Read once per lookup from the first 64 KB, lowercased, against the lists in dialects/vendors.ts.
 */
import { FOREIGN_VENDORS, hasTerm, PLATFORM_LIBRARIES, PLATFORM_MODEL_EVIDENCE, PRODUCT_EVIDENCE, ROUTER_NAMES } from "./dialects/vendors.ts";

/** Characters of the paste read for vendor words: enough for any real header and error line. */
const READ = 65_536;

export interface VendorEvidence {
  /** Library stems (keys of PRODUCT_EVIDENCE) whose product the paste names. */
  products: Set<string>;
  /** Other vendors the paste names, with the word that showed it. */
  foreign: { vendor: string; term: string }[];
  /** Platform stems (keys of PLATFORM_MODEL_EVIDENCE) whose hosted model the paste shows is this site's. */
  models: Set<string>;
}

/**
 * Reads a paste's vendor evidence.
 * @param text The paste.
 * @returns Products and foreign vendors named.
 */
export function vendorEvidence(text: string): VendorEvidence {
  const lower = text.slice(0, READ).toLowerCase();
  const products = new Set<string>();
  const unrouted = ROUTER_NAMES.reduce((t, name) => t.replaceAll(name, " "), lower);
  for (const [library, terms] of Object.entries(PRODUCT_EVIDENCE)) if (terms.some((t) => hasTerm(unrouted, t))) products.add(library);
  const foreign: VendorEvidence["foreign"] = [];
  for (const [vendor, terms] of Object.entries(FOREIGN_VENDORS)) {
    const term = terms.find((t) => hasTerm(lower, t));
    if (term) foreign.push({ vendor, term });
  }
  const models = new Set<string>();
  for (const [platform, terms] of Object.entries(PLATFORM_MODEL_EVIDENCE)) if (terms.some((t) => hasTerm(unrouted, t))) models.add(platform);
  return { products, foreign, models };
}

/**
 * Whether the paste names a product of the page.
 * @param evidence From `vendorEvidence`.
 * @param libraries The page's library stems.
 * @param [generic] The page's words are a shared layer's (`match.generic`).
 * @returns True when one of them is named (a page with no known product always counts as named).
 */
export function namesProduct(evidence: VendorEvidence, libraries: readonly string[], generic = false): boolean {
  const known = libraries.filter((l) => PRODUCT_EVIDENCE[l] !== undefined);
  if (known.length === 0) return true;
  const named = known.filter((l) => evidence.products.has(l));
  const platformOnly = named.length > 0 && named.every((l) => PLATFORM_LIBRARIES.has(l));
  // Only a hosting platform named, and another model vendor too: the model is not this site's product.
  if (platformOnly && evidence.foreign.length > 0) return false;
  // Only a hosting platform named, for words it says whatever model answered (Bedrock's "The provided model
  // identifier is invalid." reaches Titan's users too): the paste must also show the model is this site's.
  if (platformOnly && generic && !named.some((l) => PLATFORM_MODEL_EVIDENCE[l] === undefined || evidence.models.has(l))) return false;
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
