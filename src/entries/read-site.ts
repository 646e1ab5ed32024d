/**
 * Reads `site.yml` with the page machinery: YAML with node positions, zod, and problems as
 * `path:line:column  field  message` (did-you-mean for misspelt keys). Pure: text in, problems out.
 */
import { locate } from "./locate.ts";
import type { Problem } from "./problem.ts";
import { readYamlFile } from "./read-yaml.ts";
import { BASE_PATTERN, SiteSettings } from "./site-schema.ts";

export interface ReadSite {
  value?: SiteSettings;
  problems: Problem[];
}

export function readSite(file: string, text: string): ReadSite {
  const read = readYamlFile(file, text, SiteSettings);
  if (!read.value || !read.doc || !read.position) return { problems: read.problems };
  const { value, doc, position } = read;
  const at = (key: string) => position(locate(doc, [key]).offset);
  // The one cross-field rule: a url with a path and an explicit base must agree.
  const path = new URL(value.url).pathname.replace(/\/?$/, "/");
  if (value.base && path !== "/" && path !== value.base) {
    return {
      problems: [
        { file, ...at("base"), field: "base", code: "invalid-value", message: `base "${value.base}" disagrees with the path of url (${path}) — drop \`base\`, or give \`url\` without a path` },
      ],
    };
  }
  if (!value.base && !BASE_PATTERN.test(path)) {
    return { problems: [{ file, ...at("url"), field: "url", code: "invalid-value", message: `the path of url (${path}) cannot be a base path — use letters, digits, . _ ~ - only, or set \`base\`` }] };
  }
  return { value, problems: [] };
}
