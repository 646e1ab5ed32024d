/**
 * Pages as the site needs them once they are validated and rendered. A loaded page keeps what the
 * validator needed — its whole source text with line starts, the YAML document (held by `offsetOf`)
 * and the body's Markdown trees — about 160 KB of heap per real page, 1.6 GB at 10,000 pages. After
 * the checks and the render, the site uses only ids, frontmatter data and section headings, so the
 * build keeps those. Problems are reported before this step, so no position is ever asked for later.
 */
import { headingsOnly, type Page } from "../entries/read-page.ts";
import { SourceText } from "../entries/source-text.ts";

const EMPTY = new SourceText("");

function noPositions(): number {
  throw new Error("compacted page: positions are only available while validating");
}

export function compactPage(page: Page): Page {
  return {
    id: page.id,
    category: page.category,
    slug: page.slug,
    file: page.file,
    data: page.data,
    sections: headingsOnly(page.sections),
    source: EMPTY,
    offsetOf: noPositions,
  };
}
