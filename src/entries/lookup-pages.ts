/**
 * Validated pages → what the lookup index ships for each (issue 8 §4): the matcher's fields plus the page's
 * one-line summary and its first fix's title as plain text, so a result shows the answer without a click.
 */
import type { IndexablePage } from "../lookup/match/types.ts";
import type { PageExtras } from "../lookup/match/build-index.ts";
import type { Page } from "./read-page.ts";
import { plainText, titleText } from "./render.ts";

/**
 * The index's view of the site's pages.
 * @param pages Validated pages.
 * @returns Page-like objects with `summary` and `fix`.
 */
export function lookupPages(pages: readonly Page[]): (IndexablePage & { data: PageExtras })[] {
  return pages.map((p) => {
    const data: IndexablePage["data"] & PageExtras = { title: titleText(p.data.title), signature: p.data.signature, summary: plainText(p.data.summary) };
    if (p.data.variants?.length) data.variants = p.data.variants;
    if (p.data.match) data.match = p.data.match;
    const fix = p.data.fixes[0]?.title;
    if (fix) data.fix = plainText(fix);
    return { id: p.id, data };
  });
}
