/** The highlighting classes (code-classes.ts) a rendered page uses, with their declarations, sorted. */
import type { RenderedPage } from "../entries/render.ts";
import { codeClassTransformer } from "./code-classes.ts";

export function classesUsed(rendered: RenderedPage): Array<[string, string]> {
  const registry = codeClassTransformer().getClassRegistry();
  const names = new Set(JSON.stringify(rendered).match(/\bhl-[0-9a-z]+/g) ?? []);
  return [...names].sort().map((c) => {
    const s = registry.get(c);
    if (s === undefined) throw new Error(`highlighting class ${c} is not registered`);
    return [
      c,
      typeof s === "string"
        ? s
        : Object.entries(s)
            .map(([k, v]) => `${k}:${v}`)
            .join(";"),
    ];
  });
}
