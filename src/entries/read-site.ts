/**
 * Reads `site.yml` with the page machinery: YAML with node positions, zod, and problems as
 * `path:line:column  field  message` (did-you-mean for misspelt keys). Pure: text in, problems out.
 */
import { sortProblems, type Problem } from "./problem.ts";
import { BASE_PATTERN, SiteSettings } from "./site-schema.ts";
import { splitFrontmatter } from "./split-frontmatter.ts";
import { locate } from "./locate.ts";
import { zodIssuesToProblems } from "./zod-problems.ts";

export interface ReadSite {
  value?: SiteSettings;
  problems: Problem[];
}

export function readSite(file: string, text: string): ReadSite {
  // Same trick as categories: a YAML file is a frontmatter block without a body.
  const split = splitFrontmatter(file, `---\n${text.trimEnd()}\n---\n`);
  const shift = (p: Problem): Problem => ({ ...p, line: Math.max(1, p.line - 1) });
  const problems = split.problems.map(shift);
  if (!split.doc || problems.length > 0) return { problems };
  const data: unknown = split.doc.toJS();
  const parsed = SiteSettings.safeParse(data ?? {});
  if (!parsed.success) {
    const ctx = { file, source: split.source, doc: split.doc, yamlOffset: split.yamlOffset, closeOffset: split.closeOffset, schema: SiteSettings, data };
    return { problems: sortProblems(zodIssuesToProblems(parsed.error.issues, ctx).map(shift)) };
  }
  // The one cross-field rule: a url with a path and an explicit base must agree.
  const path = new URL(parsed.data.url).pathname.replace(/\/?$/, "/");
  if (parsed.data.base && path !== "/" && path !== parsed.data.base) {
    const at = split.source.position(split.yamlOffset + locate(split.doc, ["base"]).offset);
    problems.push(shift({ file, ...at, field: "base", code: "invalid-value", message: `base "${parsed.data.base}" disagrees with the path of url (${path}) — drop \`base\`, or give \`url\` without a path` }));
    return { problems };
  }
  if (!parsed.data.base && !BASE_PATTERN.test(path)) {
    const at = split.source.position(split.yamlOffset + locate(split.doc, ["url"]).offset);
    problems.push(shift({ file, ...at, field: "url", code: "invalid-value", message: `the path of url (${path}) cannot be a base path — use letters, digits, . _ ~ - only, or set \`base\`` }));
    return { problems };
  }
  return { value: parsed.data, problems };
}
