/**
 * A page restored from the render cache brings the highlighting classes it uses (classes-used.ts reads them
 * from its HTML): every class a parser finds on its tokens, whether the attribute is quoted or not.
 */
import { describe, expect, it } from "vitest";
import { classesUsed } from "../../../src/build/classes-used.ts";
import { codeClassRegistry } from "../../../src/build/code-classes.ts";
import { loadContent } from "../../../src/entries/load-content.ts";
import { renderPage } from "../../../src/entries/render.ts";
import { classNames } from "../html-attributes.ts";

describe("classesUsed", () => {
  it("finds every registered class of a rendered page, quoted or unquoted, with its declarations", async () => {
    const page = loadContent("content").pages.find((p) => p.data.fixes.some((f) => (f.code?.length ?? 0) > 0))!;
    const rendered = await renderPage(page);
    const html = rendered.fixes.flatMap((f) => f.code.map((c) => c.html)).join("\n");
    const registry = codeClassRegistry();
    const expected = [...new Set(classNames(html).filter((c) => registry.has(c)))].sort();
    // Both attribute forms occur: one name unquoted (`class=h33`), several quoted (`class="shiki h00g11"`).
    expect(html).toMatch(/ class=h/);
    expect(html).toMatch(/ class="shiki /);
    expect(expected.length).toBeGreaterThan(3);
    expect(classesUsed(rendered)).toEqual(expected.map((c) => [c, registry.get(c)]));
  });
});
