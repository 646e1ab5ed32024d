/**
 * A page's wordings in the order the index compiles them: the signature first (template `source` 0), then each
 * variant (`source` n for the n-th). Everything that walks a page's wordings takes them from here, so that order
 * is said once.
 */
import type { ShardPage } from "./template.ts";
import type { IndexablePage } from "./types.ts";

/**
 * The wordings of a page.
 * @param data The page's frontmatter (its signature and variants).
 * @returns The signature, then the variants' signatures.
 */
export function wordingsOf(data: Pick<IndexablePage["data"], "signature" | "variants">): string[] {
  return [data.signature, ...(data.variants ?? []).map((v) => v.signature)];
}

/**
 * The wordings of a page as a data file stores it (template.ts `ShardPage`), in the same order, each with its context
 * where the file keeps one.
 * @param entry The stored page.
 * @returns The signature, then the variants.
 */
export function storedWordings(entry: Pick<ShardPage, "s" | "v">): { text: string; context?: string | undefined }[] {
  return [{ text: entry.s }, ...(entry.v ?? []).map(([text, context]) => ({ text, context }))];
}
