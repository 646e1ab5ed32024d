/**
 * A whole YAML file (a category's `_category.yml`, the site's `site.yml`) read with the frontmatter
 * machinery: it is wrapped as a frontmatter block, so positions, YAML errors and zod problems come out
 * exactly as for pages, then shifted back one line.
 */
import type { Document } from "yaml";
import type { z } from "zod";
import { sortProblems, type Problem } from "./problem.ts";
import type { SourceText } from "./source-text.ts";
import { splitFrontmatter } from "./split-frontmatter.ts";
import { zodIssuesToProblems } from "./zod-problems.ts";
import { toData, yamlDataProblem } from "./read-page.ts";

export interface ReadYaml<T> {
  value?: T;
  problems: Problem[];
  /** For further checks: the parsed document, and a function from a YAML offset to a file position. */
  doc?: Document.Parsed;
  position?: (yamlOffset: number) => { line: number; column: number };
}

export function readYamlFile<S extends z.ZodType>(file: string, text: string, schema: S): ReadYaml<z.infer<S>> {
  const split = splitFrontmatter(file, `---\n${text.trimEnd()}\n---\n`);
  const shift = (p: Problem): Problem => ({ ...p, line: Math.max(1, p.line - 1) });
  const problems = split.problems.map(shift);
  if (!split.doc || problems.length > 0) return { problems };
  const source: SourceText = split.source;
  const position = (offset: number) => {
    const at = source.position(split.yamlOffset + offset);
    return { line: Math.max(1, at.line - 1), column: at.column };
  };
  // Through the pages' reader: alias bombs and unreadable YAML are positioned problems, not exceptions.
  const data = toData(split);
  if (data instanceof Error) return { problems: [shift(yamlDataProblem(file, split, data))] };
  const parsed = schema.safeParse(data ?? {});
  if (!parsed.success) {
    const ctx = { file, source, doc: split.doc, yamlOffset: split.yamlOffset, closeOffset: split.closeOffset, schema, data };
    return { problems: sortProblems(zodIssuesToProblems(parsed.error.issues, ctx).map(shift)), doc: split.doc, position };
  }
  return { value: parsed.data, problems, doc: split.doc, position };
}
