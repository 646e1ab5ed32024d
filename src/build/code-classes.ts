/**
 * Highlighted code without inline styles: every token's `style="--shiki-light:…;--shiki-dark:…"` becomes a
 * short class (named by code-class-names.ts), and the classes' rules go into one stylesheet
 * (src/integrations/code-styles.ts serves it as `virtual:errata/code.css`). Pages get smaller (a class
 * name instead of two colours on every token) and a strict CSP needs no 'unsafe-inline' for styles.
 * This is Shiki's `transformerStyleToClass` with stable short names instead of hashes (see
 * code-class-names.ts for why), and the `<pre>` keeps only `shiki` and its own class (the theme-name
 * classes Shiki adds are styled and scripted by nothing). The registry is per process and shared through
 * src/build/shared.ts; pages restored from the render cache bring their classes with them (see
 * render-cache.ts), so the stylesheet is complete.
 */
import type { Highlighter, ShikiTransformer } from "shiki";
import { codeClassName, palette, type Palette } from "./code-class-names.ts";
import { compactCode } from "./compact-code.ts";
import { shared } from "./shared.ts";

/** Class name → its declarations, for every class used so far in this process. */
export function codeClassRegistry(): Map<string, string> {
  return shared("code-classes", () => new Map<string, string>());
}

function styleText(style: Record<string, string>): string {
  return Object.entries(style)
    .map(([k, v]) => `${k}:${v}`)
    .join(";");
}

function styleToClass(light: Palette, dark: Palette, themeClasses: ReadonlySet<string>): ShikiTransformer {
  const registry = codeClassRegistry();
  const register = (style: Record<string, string>) => {
    const name = codeClassName(style, light, dark);
    const text = styleText(style);
    const known = registry.get(name);
    if (known === undefined) registry.set(name, text);
    else if (known !== text) throw new Error(`highlighting class ${name} named two styles: ${known} and ${text}`);
    return name;
  };
  return {
    name: "errata:style-to-class",
    tokens(lines) {
      for (const line of lines)
        for (const token of line) {
          const style = token.htmlStyle;
          if (!style || Object.keys(style).length === 0) continue;
          const name = register(style);
          token.htmlStyle = {};
          token.htmlAttrs ??= {};
          token.htmlAttrs["class"] = token.htmlAttrs["class"] ? `${token.htmlAttrs["class"]} ${name}` : name;
        }
    },
    pre(node) {
      const style = node.properties["style"];
      const classes = String(node.properties["class"] ?? "")
        .split(" ")
        .filter((c) => c && !themeClasses.has(c));
      if (typeof style === "string" && style) {
        classes.push(
          register(
            Object.fromEntries(
              style
                .split(";")
                .filter((d) => d.includes(":"))
                .map((d) => [d.slice(0, d.indexOf(":")), d.slice(d.indexOf(":") + 1)]),
            ),
          ),
        );
        delete node.properties["style"];
      }
      node.properties["class"] = classes.join(" ");
    },
  };
}

/**
 * Tokens in the themes' default colours need no class: they inherit the colours set on `<pre>`.
 * Dropping their style also lets `mergeSameStyleTokens` fold runs of plain text into one span.
 */
function plainTokens(light: string, dark: string): ShikiTransformer {
  return {
    name: "errata:plain-tokens",
    tokens(lines) {
      for (const line of lines)
        for (const token of line) {
          const style = token.htmlStyle;
          if (!style || Object.keys(style).length !== 2) continue;
          if (style["--shiki-light"]?.toLowerCase() !== light || style["--shiki-dark"]?.toLowerCase() !== dark) continue;
          // No style left to turn into a class: Shiki writes a bare <span>.
          delete token.htmlStyle;
          delete token.color;
        }
    },
  };
}

/** The transformers for render.ts, in order: plain tokens lose their style, styles become classes, wrappers go. */
export function codeTransformers(hl: Highlighter, themes: { light: string; dark: string }): ShikiTransformer[] {
  const light = hl.getTheme(themes.light);
  const dark = hl.getTheme(themes.dark);
  const themeClasses = new Set(["shiki-themes", themes.light, themes.dark, light.name, dark.name]);
  return [plainTokens(light.fg.toLowerCase(), dark.fg.toLowerCase()), styleToClass(palette(light), palette(dark), themeClasses), compactCode()];
}

/** Every registered class with its declarations, sorted by class name so the CSS is deterministic. */
function codeClasses(): Array<[string, string]> {
  return [...codeClassRegistry()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Adds classes a cached page used (its render did not run in this process). */
export function registerCodeClasses(classes: ReadonlyArray<[string, string]>): void {
  const registry = codeClassRegistry();
  for (const [c, s] of classes) if (!registry.has(c)) registry.set(c, s);
}

/** The stylesheet for every registered class, scoped to highlighted code (the `<pre>` and its tokens). */
export function codeClassesCss(): string {
  return codeClasses()
    .map(([c, s]) => `.shiki.${c},.shiki .${c}{${s}}`)
    .join("\n");
}
