/**
 * Highlighted code without inline styles: Shiki's own `transformerStyleToClass` (@shikijs/transformers)
 * turns every token's `style="--shiki-light:…;--shiki-dark:…"` into a class, and the classes' rules go
 * into one stylesheet (src/integrations/code-styles.ts serves it as `virtual:errata/code.css`). Pages get
 * smaller (a class name instead of two colours on every token) and a strict CSP needs no 'unsafe-inline'
 * for styles. The registry is per process and shared through src/build/shared.ts; pages restored from
 * the render cache bring their classes with them (see render-cache.ts), so the stylesheet is complete.
 */
import { transformerStyleToClass } from "@shikijs/transformers";
import type { Highlighter, ShikiTransformer } from "shiki";
import { compactCode } from "./compact-code.ts";
import { shared } from "./shared.ts";

type StyleToClass = ReturnType<typeof transformerStyleToClass>;

export function codeClassTransformer(): StyleToClass {
  return shared("code-classes", () => transformerStyleToClass({ classPrefix: "hl-" }));
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
  const fg = (name: string) => hl.getTheme(name).fg.toLowerCase();
  return [plainTokens(fg(themes.light), fg(themes.dark)), codeClassTransformer(), compactCode()];
}

type Style = string | Record<string, string>;

function styleText(style: Style): string {
  return typeof style === "string"
    ? style
    : Object.entries(style)
        .map(([k, v]) => `${k}:${v}`)
        .join(";");
}

/** Every class registered so far with its declarations, sorted by class name so the CSS is deterministic. */
function codeClasses(): Array<[string, string]> {
  return [...(codeClassTransformer().getClassRegistry() as Map<string, Style>)].map(([c, s]) => [c, styleText(s)] as [string, string]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Adds classes a cached page used (its render did not run in this process). */
export function registerCodeClasses(classes: ReadonlyArray<[string, string]>): void {
  const registry = codeClassTransformer().getClassRegistry() as Map<string, Style>;
  for (const [c, s] of classes) if (!registry.has(c)) registry.set(c, s);
}

/** The stylesheet for every registered class. */
export function codeClassesCss(): string {
  return codeClasses()
    .map(([c, s]) => `.${c}{${s}}`)
    .join("\n");
}
