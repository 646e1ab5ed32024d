/**
 * Highlighted code carries classes, never `style` attributes (a strict CSP allows no inline styles),
 * every class has a rule with both theme colours, and the compacted markup keeps the code's text.
 */
import { describe, expect, it } from "vitest";
import { codeClassesCss } from "../../../src/build/code-classes.ts";
import { classNames } from "../html-attributes.ts";
import { loadContent } from "../../../src/entries/load-content.ts";
import { renderPage } from "../../../src/entries/render.ts";

const content = loadContent("content");

function unescape(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

describe("highlighted code", async () => {
  const withCode = content.pages.filter((p) => p.data.fixes.some((f) => (f.code ?? []).length > 0)).slice(0, 6);
  const rendered = await Promise.all(withCode.map((p) => renderPage(p)));
  const snippets = rendered.flatMap((r, i) => r.fixes.flatMap((f, j) => f.code.map((c, k) => ({ html: c.html, source: withCode[i]!.data.fixes[j]!.code![k]!.code }))));
  const sections = rendered.flatMap((r) => r.sections.map((s) => s.html)).filter((h) => h.includes("<pre"));

  it("has no style attributes, in snippets or in fenced blocks", () => {
    expect(snippets.length).toBeGreaterThan(3);
    for (const html of [...snippets.map((s) => s.html), ...sections]) expect(html).not.toMatch(/\sstyle=/);
  });

  it("uses classes that the stylesheet defines for both the light and the dark theme", () => {
    const css = codeClassesCss();
    const used = new Set(snippets.flatMap((s) => classNames(s.html)).filter((c) => c !== "shiki"));
    expect(used.size).toBeGreaterThan(3);
    for (const cls of used) {
      const rule = new RegExp(`\\.${cls}\\{([^}]*)\\}`).exec(css);
      expect(rule, cls).not.toBeNull();
      expect(rule![1]).toMatch(/--shiki-light(-bg)?:#[0-9a-fA-F]+/);
      expect(rule![1]).toMatch(/--shiki-dark(-bg)?:#[0-9a-fA-F]+/);
    }
  });

  it("keeps the code's text exactly", () => {
    for (const { html, source } of snippets) {
      const code = /<code>([\s\S]*)<\/code>/.exec(html)![1]!;
      expect(unescape(code)).toBe(source.replace(/\n$/, ""));
    }
  });
});
