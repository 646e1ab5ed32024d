/**
 * Issue 8 §3: adding unrelated pages must not break the build's own playground check ("with 10,000 extra pages the
 * build's own playground check fails on the Bedrock page"). The bundled pages' playgrounds are checked as the build
 * checks them (playground-check.ts), beside 1,000 and 10,000 generated pages, where the site is routed.
 */
import { describe, expect, it } from "vitest";
import { generatePages } from "../../../scripts/bench/generate-pages.ts";
import { loadContent } from "../../../src/entries/load-content.ts";
import { checkPlaygrounds } from "../../../src/entries/playground-check.ts";
import { formatProblem } from "../../../src/entries/problem.ts";
import type { Page } from "../../../src/entries/read-page.ts";

const content = loadContent("content");

describe.each([1_000, 10_000])("the bundled playgrounds beside %i generated pages", (extra) => {
  it("still find their pages first", () => {
    const pages = [...content.pages, ...(generatePages({ count: extra }) as unknown as Page[])];
    expect(checkPlaygrounds(pages).map(formatProblem)).toEqual([]);
  });
});
