/**
 * Validated pages → what the lookup index ships for each (issue 8 §4): the matcher's fields plus the page's
 * one-line summary and its first fix's title as plain text, so a result shows the answer without a click.
 */
import type { IndexablePage } from "../lookup/match/types.ts";
import type { PageExtras } from "../lookup/match/build-index.ts";
import type { Page } from "./read-page.ts";
import { plainText, titleText } from "./render.ts";

/** Plain texts the site's renderer already made for a page (render.ts `RenderedPage`). */
export interface RenderedTexts {
  titleText: string;
  summaryText: string;
  fixTitleText?: string;
}

/** The texts alone, from a whole render (a worker sends these to the main thread, not the page's HTML). */
export function textsOf(rendered: RenderedTexts): RenderedTexts {
  const { titleText, summaryText, fixTitleText } = rendered;
  return { titleText, summaryText, ...(fixTitleText === undefined ? {} : { fixTitleText }) };
}

/**
 * The index's view of the site's pages.
 * @param pages Validated pages.
 * @param [rendered] A page's rendered texts, when the build rendered it already: the same plain texts without
 *   parsing the Markdown again (5.3 s of one thread at 10,000 pages, issue 12).
 * @returns Page-like objects with `summary` and `fix`.
 */
export function lookupPages(pages: readonly Page[], rendered: (id: string) => RenderedTexts | undefined = () => undefined): (IndexablePage & { data: PageExtras })[] {
  return pages.map((p) => {
    const texts = rendered(p.id);
    const data: IndexablePage["data"] & PageExtras = { title: texts?.titleText ?? titleText(p.data.title), signature: p.data.signature, summary: texts?.summaryText ?? plainText(p.data.summary) };
    if (p.data.variants?.length) data.variants = p.data.variants;
    if (p.data.match) data.match = p.data.match;
    const fix = p.data.fixes[0]?.title;
    if (fix) data.fix = texts?.fixTitleText ?? plainText(fix);
    return { id: p.id, data };
  });
}
