/**
 * One tokenization for two twin themes (src/build/twin-themes.ts) gives exactly Shiki's two-theme output: every code
 * snippet and fenced block of content/, in its language, compared as HTML (styles and all) with Shiki's own
 * `themes: { light, dark }` rendering, and the fast path is what produced them.
 */
import type { Code } from "mdast";
import { createHighlighter, hastToHtml as toHtml, type CodeToHastOptions, type Highlighter } from "shiki";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import { twinThemeHighlighter, twinThemes } from "../../../src/build/twin-themes.ts";
import { loadContent } from "../../../src/entries/load-content.ts";
import { CODE_LANGUAGES } from "../../../src/entries/schema.ts";

const THEMES = { light: "github-light-high-contrast", dark: "github-dark-high-contrast" };
let hl: Highlighter;

beforeAll(async () => {
  hl = await createHighlighter({ themes: Object.values(THEMES), langs: [...CODE_LANGUAGES.filter((l) => l !== "text"), "markdown"] });
});

/** Every snippet of the content: fixes' code and the body's fenced blocks. */
function snippets(): Array<{ code: string; lang: string }> {
  const out: Array<{ code: string; lang: string }> = [];
  const known = new Set<string>(CODE_LANGUAGES);
  for (const page of loadContent("content").pages) {
    for (const fix of page.data.fixes) for (const c of fix.code ?? []) out.push({ code: c.code.replace(/\n$/, ""), lang: c.lang });
    for (const section of page.sections) for (const node of section.nodes) visit(node, "code", (n: Code) => void out.push({ code: n.value, lang: n.lang && known.has(n.lang) ? n.lang : "text" }));
  }
  return out;
}

describe("twin themes", () => {
  it("highlights every content snippet exactly as Shiki's two-theme mode, tokenizing once", () => {
    const modes: string[] = [];
    const counting = { ...hl, codeToHast: ((code, options) => (modes.push("themes" in options ? "two" : "one"), hl.codeToHast(code, options))) as Highlighter["codeToHast"] };
    const fast = twinThemeHighlighter(counting, THEMES);
    const all = snippets();
    expect(all.length).toBeGreaterThan(100);
    expect(new Set(all.map((s) => s.lang)).size).toBeGreaterThan(5);
    const differ: string[] = [];
    for (const { code, lang } of all) {
      const options = { lang, themes: THEMES, defaultColor: false, mergeSameStyleTokens: true } as CodeToHastOptions;
      if (toHtml(fast.codeToHast(code, options)) !== toHtml(hl.codeToHast(code, options))) differ.push(`${lang}: ${code.slice(0, 60)}`);
    }
    expect(differ).toEqual([]);
    // Each snippet went through the one-theme path, none fell back to Shiki's two tokenizations.
    expect(modes.filter((m) => m === "one")).toHaveLength(all.length);
    expect(modes.filter((m) => m === "two")).toHaveLength(0);
  });

  it("falls back to Shiki's own two-theme mode for a struck-through token, and for ANSI, with the same result", () => {
    const modes: string[] = [];
    const counting = { ...hl, codeToHast: ((code, options) => (modes.push("themes" in options ? "two" : "one"), hl.codeToHast(code, options))) as Highlighter["codeToHast"] };
    const fast = twinThemeHighlighter(counting, THEMES);
    // Markdown's ~~…~~ is `markup.strikethrough`, drawn with line-through: tried once, then Shiki's way.
    const markdown = { lang: "markdown", themes: THEMES, defaultColor: false } as CodeToHastOptions;
    expect(toHtml(fast.codeToHast("a ~~struck~~ word", markdown))).toBe(toHtml(hl.codeToHast("a ~~struck~~ word", markdown)));
    expect(modes).toEqual(["one", "two"]);
    // ANSI colours come from the terminal palettes, not the rules: always Shiki's way.
    const ansi = { lang: "ansi", themes: THEMES, defaultColor: false } as CodeToHastOptions;
    const code = "\u001b[31mred\u001b[0m plain";
    expect(toHtml(fast.codeToHast(code, ansi))).toBe(toHtml(hl.codeToHast(code, ansi)));
    expect(modes).toEqual(["one", "two", "two"]);
  });

  it("tells twins from themes that differ in rules or map one colour to two", () => {
    const light = hl.getTheme(THEMES.light);
    const dark = hl.getTheme(THEMES.dark);
    expect(twinThemes(light, dark)).toBeDefined();
    expect(twinThemes(light, { ...dark, settings: dark.settings.slice(1) })).toBeUndefined();
    // Two rules with one light colour: giving the second another dark colour makes that light colour ambiguous.
    const fgOf = (i: number) => light.settings[i]?.settings?.foreground?.toLowerCase();
    const rule = light.settings.findIndex((s, j) => j > 0 && s.settings?.foreground !== undefined && light.settings.some((_, i) => i > 0 && i < j && fgOf(i) === fgOf(j)));
    expect(rule).toBeGreaterThan(0);
    const clash = dark.settings.map((s, i) => (i === rule ? { ...s, settings: { ...s.settings, foreground: "#123456" } } : s));
    expect(twinThemes(light, { ...dark, settings: clash })).toBeUndefined();
    const scoped = dark.settings.map((s, i) => (i === rule ? { ...s, scope: "other.scope" } : s));
    expect(twinThemes(light, { ...dark, settings: scoped })).toBeUndefined();
  });
});
