/** The highlighting classes (code-classes.ts) a rendered page uses, with their declarations, sorted. */
import type { RenderedPage } from "../entries/render.ts";
import { codeClassRegistry } from "./code-classes.ts";

/** Shaped like a name code-class-names.ts gives: `h` + two colours + flags, or a hash name `hl-…`. */
const CODE_CLASS = /^(?:h(?:[0-9a-z]{2}|[0-9a-z]{4})i?b?u?s?(?:g(?:[0-9a-z]{2}|[0-9a-z]{4}))?|hl-[0-9a-z]+)$/;

export function classesUsed(rendered: RenderedPage): Array<[string, string]> {
  const registry = codeClassRegistry();
  const names = new Set<string>();
  // The class attributes of the rendered HTML as they appear inside the JSON: quoted (quotes escaped) when the
  // value holds several names, unquoted when it is one (render.ts prints attributes unquoted where HTML allows).
  for (const m of JSON.stringify(rendered).matchAll(/class=(?:\\"([^"\\]*)\\"|([^\s"'=<>`\\]+))/g)) for (const c of (m[1] ?? m[2]!).split(" ")) if (registry.has(c) || CODE_CLASS.test(c)) names.add(c);
  return [...names].sort().map((c) => {
    const s = registry.get(c);
    if (s === undefined) throw new Error(`highlighting class ${c} is not registered`);
    return [c, s];
  });
}
