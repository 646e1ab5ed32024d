import { readFileSync } from "node:fs";
import postcss from "postcss";
import { describe, expect, it } from "vitest";
import { fixedThemeCss } from "../../../src/theme-css.ts";

const globalCss = readFileSync("src/styles/global.css", "utf8");

describe("fixed theme CSS, derived from global.css", () => {
  it("dark: every dark-scheme rule applies without the media query, under [data-theme=dark]", () => {
    const css = fixedThemeCss(globalCss, "dark");
    expect(() => postcss.parse(css)).not.toThrow();
    expect(css).not.toContain("@media");
    expect(css).toMatch(/:root\[data-theme="dark"\] \{ color-scheme: dark; \}/);
    expect(css).toMatch(/:root\[data-theme="dark"\] \{[^}]*--bg: #14161a/);
    expect(css).toContain('[data-theme="dark"] pre.shiki span');
  });

  it("light: inside the dark media query, the same selectors get their light declarations back", () => {
    const css = fixedThemeCss(globalCss, "light");
    const parsed = postcss.parse(css);
    const media = parsed.nodes.find((n) => n.type === "atrule") as postcss.AtRule;
    expect(media.params).toBe("(prefers-color-scheme: dark)");
    const root = media.nodes!.find((n) => n.type === "rule" && n.selector === ':root[data-theme="light"]') as postcss.Rule;
    expect(root.toString()).toContain("--bg: #ffffff");
    expect(root.toString()).not.toContain("#14161a");
  });

  it("follows the stylesheet it is given: a new dark rule is carried over", () => {
    const css = `.x { color: red; }\n@media (prefers-color-scheme: dark) { .x { color: pink; } }`;
    expect(fixedThemeCss(css, "dark")).toContain('[data-theme="dark"] .x { color: pink; }');
    expect(fixedThemeCss(css, "light")).toContain('[data-theme="light"] .x { color: red; }');
  });
});
