/**
 * Highlighting class names (src/build/code-class-names.ts): the same style always gets the same name,
 * different styles never share one (over every colour pair and flag the two real themes allow), and a
 * style outside the scheme falls back to a hash name instead of colliding.
 */
import { createHighlighter } from "shiki";
import { describe, expect, it } from "vitest";
import { codeClassName, palette } from "../../../src/build/code-class-names.ts";

const hl = await createHighlighter({ themes: ["github-light-high-contrast", "github-dark-high-contrast"], langs: [] });
const light = palette(hl.getTheme("github-light-high-contrast"));
const dark = palette(hl.getTheme("github-dark-high-contrast"));

describe("code class names", () => {
  it("are short and stable for a token's two colours", () => {
    const style = { "--shiki-light": "#A0111F", "--shiki-dark": "#ff9492" };
    expect(codeClassName(style, light, dark)).toMatch(/^h[0-9a-z]{2}$/);
    expect(codeClassName({ ...style }, light, dark)).toBe(codeClassName(style, light, dark));
    expect(codeClassName({ "--shiki-light": "#fff", "--shiki-dark": "#0a0c10" }, light, dark)).toBe(codeClassName({ "--shiki-light": "#FFFFFF", "--shiki-dark": "#0a0c10" }, light, dark));
  });

  it("never give two different styles one name", () => {
    const names = new Map<string, string>();
    const flags: Array<Record<string, string>> = [
      {},
      { "--shiki-light-font-style": "italic", "--shiki-dark-font-style": "italic" },
      { "--shiki-light-font-weight": "bold", "--shiki-dark-font-weight": "bold" },
      { "--shiki-light-text-decoration": "underline", "--shiki-dark-text-decoration": "underline" },
      { "--shiki-light-text-decoration": "line-through", "--shiki-dark-text-decoration": "line-through" },
      { "--shiki-light-font-style": "italic", "--shiki-dark-font-style": "normal" },
      { "--shiki-light-text-decoration": "underline line-through", "--shiki-dark-text-decoration": "underline line-through" },
      { "--shiki-light-bg": "#ffffff", "--shiki-dark-bg": "#0a0c10" },
      { "--shiki-light-opacity": "0.5", "--shiki-dark-opacity": "0.5" },
    ];
    for (const l of light.index.keys())
      for (const d of dark.index.keys())
        for (const extra of flags) {
          const style = { "--shiki-light": l, "--shiki-dark": d, ...extra };
          const text = JSON.stringify(style);
          const name = codeClassName(style, light, dark);
          expect(names.get(name) ?? text, name).toBe(text);
          names.set(name, text);
        }
    expect(names.size).toBe(light.index.size * dark.index.size * flags.length);
  });

  it("fall back to a hash name for a colour or property outside the scheme", () => {
    expect(codeClassName({ "--shiki-light": "#123456", "--shiki-dark": "#ff9492" }, light, dark)).toMatch(/^hl-[0-9a-z]+$/);
    expect(codeClassName({ "--shiki-light": "#a0111f", "--shiki-dark": "#ff9492", "--shiki-light-opacity": "0.5" }, light, dark)).toMatch(/^hl-/);
  });
});
