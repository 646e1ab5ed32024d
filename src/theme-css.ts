/**
 * site.yml `theme: light | dark`: the stylesheet switches colours with `prefers-color-scheme`, so a fixed
 * theme needs the other scheme's rules undone. Rather than keep a second copy of every colour, these rules
 * are derived from global.css itself (parsed with PostCSS): for `dark`, each rule of its dark-scheme media
 * blocks applies unconditionally under `[data-theme="dark"]`; for `light`, the same selectors get their
 * base (light) declarations back inside the dark media query under `[data-theme="light"]`.
 * Pure: CSS text in, CSS text out.
 */
import postcss, { type Rule } from "postcss";

const DARK = /prefers-color-scheme:\s*dark/;

/** `:root` → `:root[data-theme="x"]`; any other selector gets `[data-theme="x"] ` in front. */
function scope(selector: string, theme: string): string {
  return selector
    .split(",")
    .map((s) => s.trim())
    .map((s) => (s.startsWith(":root") ? s.replace(":root", `:root[data-theme="${theme}"]`) : `[data-theme="${theme}"] ${s}`))
    .join(", ");
}

export function fixedThemeCss(globalCss: string, theme: "light" | "dark"): string {
  const root = postcss.parse(globalCss);
  const darkRules: Rule[] = [];
  const baseRules = new Map<string, Rule>();
  root.walkRules((rule) => {
    const media = rule.parent?.type === "atrule" ? (rule.parent as postcss.AtRule) : undefined;
    if (media && media.name === "media" && DARK.test(media.params)) darkRules.push(rule);
    else if (!media) baseRules.set(rule.selector.replace(/\s+/g, " "), rule);
  });
  const out: string[] = [`:root[data-theme="${theme}"] { color-scheme: ${theme}; }`];
  if (theme === "dark") {
    for (const rule of darkRules) out.push(`${scope(rule.selector, "dark")} { ${rule.nodes.map(String).join("; ")}; }`);
    return out.join("\n");
  }
  const restored: string[] = [];
  for (const rule of darkRules) {
    const base = baseRules.get(rule.selector.replace(/\s+/g, " "));
    const props = new Set(rule.nodes.flatMap((n) => (n.type === "decl" ? [n.prop] : [])));
    const decls = base?.nodes.filter((n) => n.type === "decl" && props.has(n.prop)).map(String) ?? [];
    if (decls.length > 0) restored.push(`  ${scope(rule.selector, "light")} { ${decls.join("; ")}; }`);
  }
  out.push(`@media (prefers-color-scheme: dark) {\n${restored.join("\n")}\n}`);
  return out.join("\n");
}
