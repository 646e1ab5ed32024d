/**
 * A page's wordings in the order the index compiles them: the signature first (template `source` 0), then each
 * variant (`source` n for the n-th). Everything that walks a page's wordings takes them from here, so that order
 * is said once.
 */
import type { IndexablePage } from "./types.ts";

/**
 * The wordings of a page.
 * @param data The page's frontmatter (its signature and variants).
 * @returns The signature, then the variants' signatures.
 */
export function wordingsOf(data: Pick<IndexablePage["data"], "signature" | "variants">): string[] {
  return [data.signature, ...(data.variants ?? []).map((v) => v.signature)];
}
