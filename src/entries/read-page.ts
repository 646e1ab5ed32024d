/**
 * Reads one error page from its text: frontmatter → zod, body → sections, plus the per-page
 * lints (TODO markers, repeated FAQ questions). Returns the page when it is valid enough to
 * render and every problem found, never throwing for a content mistake. A declared `match.bareStatus` must be one
 * its wordings show (bare-status.ts).
 */
import type { BodySection } from "./body-sections.ts";
import { splitBody } from "./body-sections.ts";
import { bareStatusProblems } from "./bare-status.ts";
import { toolNameProblems } from "./tool-name.ts";
import { checkLinks, inlineMarkdownFields } from "./check-links.ts";
import { bodyProblems, markdownBudgetProblem, pageSizeProblem, utf8Length, yamlNodeProblem } from "./limits.ts";
import { locate } from "./locate.ts";
import { addProblems, sortProblems, type Problem } from "./problem.ts";
import { PageFrontmatter, CategoryMeta } from "./schema.ts";
import { parseYaml, splitFrontmatter, type SplitSource } from "./split-frontmatter.ts";
import { zodIssuesToProblems } from "./zod-problems.ts";
import type { Document } from "yaml";
import { readYamlFile } from "./read-yaml.ts";
import { SourceText } from "./source-text.ts";

export interface Page {
  /** `<category>/<slug>`, permanent. */
  id: string;
  category: string;
  slug: string;
  /** The file path as given. */
  file: string;
  data: PageFrontmatter;
  sections: BodySection[];
  /** Where things are in the file, for cross-page problems. */
  source: SourceText;
  /** File offset of a frontmatter path's value (for cross-page problems). */
  offsetOf: (path: readonly PropertyKey[]) => number;
}

export interface ReadResult<T> {
  value?: T;
  problems: Problem[];
}

/** `TODO` markers left by `npm run new`, anywhere in the file. */
function todoProblems(file: string, source: SourceText): Problem[] {
  const problems: Problem[] = [];
  for (const match of source.text.matchAll(/\bTODO\b[^\n]*/g)) {
    const at = source.position(match.index);
    const text = match[0].slice(0, 80).trim();
    problems.push({ file, ...at, field: "todo", code: "todo", message: `unfinished: "${text}" — replace the TODO with real content` });
  }
  return problems;
}

/** The YAML as plain data; the `yaml` package throws past 100 alias expansions (a "billion laughs" guard). */
export function toData(split: SplitSource): unknown {
  try {
    return split.doc!.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

export function yamlDataProblem(file: string, split: SplitSource, error: Error): Problem {
  const alias = /alias/i.test(error.message);
  return {
    file,
    ...split.source.position(split.yamlOffset + (/^\r?\n/.exec(split.source.text.slice(split.yamlOffset, split.yamlOffset + 2))?.[0].length ?? 0)),
    field: "yaml",
    code: "yaml",
    message: alias ? "YAML aliases (`*name`) expand too many times — write the values out instead of repeating aliases" : `YAML could not be read: ${error.message.split("\n")[0]}`,
  };
}

/** Classic Mac line ends (CR alone) become LF; one character for one, so every offset stays put. */
export function normalizeLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
}

/** Where a page's frontmatter is: its YAML text and the offset where it starts in the file. */
export interface YamlPlace {
  text: string;
  offset: number;
}

/** Reads and validates a page. `id` is derived from the path by the caller. */
export function readPage(file: string, original: string, category: string, slug: string): ReadResult<Page> {
  const { value, problems } = readPageWithYaml(file, original, category, slug);
  return value ? { value, problems } : { problems };
}

/**
 * A page as a worker thread sends it back (src/build/page-worker.ts): plain data that survives a structured clone.
 * The body's Markdown trees stay in the worker (the site needs only the sections' headings once the page is rendered)
 * and `offsetOf`, a closure, is rebuilt from the YAML text by `pageFromRecord`.
 */
export interface PageRecord extends Pick<Page, "id" | "category" | "slug" | "file" | "data" | "sections"> {
  text: string;
  yaml: YamlPlace;
}

export function pageRecord(page: Page, yaml: YamlPlace): PageRecord {
  return { id: page.id, category: page.category, slug: page.slug, file: page.file, data: page.data, sections: headingsOnly(page.sections), text: page.source.text, yaml };
}

/** A page's sections without their Markdown trees: what the site needs of them once the page is rendered. */
export function headingsOnly(sections: readonly BodySection[]): BodySection[] {
  return sections.map((s) => ({ heading: s.heading, id: s.id, slot: s.slot, nodes: [] }));
}

/** The page a record stands for, its positions located by parsing the YAML text again when a problem asks. */
export function pageFromRecord(record: PageRecord): Page {
  const { text, yaml, ...rest } = record;
  return { ...rest, source: new SourceText(text), offsetOf: yamlPositions(yaml.text, yaml.offset).offsetOf };
}

/** `readPage`, also giving where the frontmatter is (for `pageRecord`). */
export function readPageWithYaml(file: string, original: string, category: string, slug: string): ReadResult<Page> & { yaml?: YamlPlace } {
  const text = normalizeLineEnds(original);
  const tooLarge = pageSizeProblem(file, utf8Length(text));
  if (tooLarge) return { problems: [tooLarge] };
  const split = splitFrontmatter(file, text);
  const problems = [...split.problems];
  addProblems(problems, todoProblems(file, split.source));
  if (!split.doc || split.problems.length > 0) return { problems: sortProblems(problems) };
  const tooManyNodes = yamlNodeProblem(file, split.doc, split.source, split.yamlOffset);
  if (tooManyNodes) return { problems: sortProblems([...problems, tooManyNodes]) };
  const data = toData(split);
  if (data instanceof Error) return { problems: sortProblems([...problems, yamlDataProblem(file, split, data)]) };
  const doc = split.doc;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    const at = split.source.position(split.yamlOffset);
    problems.push({ file, ...at, field: "frontmatter", code: "wrong-type", message: "the frontmatter must be `key: value` lines" });
    return { problems: sortProblems(problems) };
  }
  const parsed = PageFrontmatter.safeParse(data);
  // Markdown is parsed only once the linear pre-scan says it is within the caps (limits.ts).
  const scan = bodyProblems(file, split.body, split.bodyOffset, split.source);
  addProblems(problems, scan);
  if (scan.length > 0 && !parsed.success) {
    const ctx = { file, source: split.source, doc, yamlOffset: split.yamlOffset, closeOffset: split.closeOffset, schema: PageFrontmatter, data };
    addProblems(problems, zodIssuesToProblems(parsed.error.issues, ctx));
  }
  if (scan.length > 0) return { problems: sortProblems(problems) };
  const body = splitBody(file, split.body, split.bodyOffset, split.source);
  addProblems(problems, body.problems);
  if (!parsed.success) {
    const ctx = { file, source: split.source, doc, yamlOffset: split.yamlOffset, closeOffset: split.closeOffset, schema: PageFrontmatter, data };
    addProblems(problems, zodIssuesToProblems(parsed.error.issues, ctx));
    return { problems: sortProblems(problems) };
  }
  const positions = yamlPositions(split.yamlText ?? "", split.yamlOffset, doc);
  const offsetOf = positions.offsetOf;
  const markdownChars = split.body.length + inlineMarkdownFields(parsed.data).reduce((n, f) => n + f.text.length, 0);
  const overBudget = markdownBudgetProblem(file, markdownChars, split.source.position(split.bodyOffset + split.body.length - split.body.trimStart().length));
  if (overBudget) return { problems: sortProblems([...problems, overBudget]) };
  const seen = new Map<string, number>();
  parsed.data.faq.forEach((item, i) => {
    const key = item.question
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
    const first = seen.get(key);
    if (first !== undefined) {
      const at = split.source.position(offsetOf(["faq", i, "question"]));
      problems.push({ file, ...at, field: `faq[${i}].question`, code: "duplicate-question", message: `repeats faq[${first}].question — merge the two answers` });
    } else seen.set(key, i);
  });
  addProblems(
    problems,
    bareStatusProblems(file, parsed.data, (path) => split.source.position(offsetOf(path))),
  );
  addProblems(
    problems,
    toolNameProblems(file, parsed.data, (path) => split.source.position(offsetOf(path))),
  );
  addProblems(problems, checkLinks({ file, source: split.source, data: parsed.data, offsetOf, bodyNodes: body.nodes, bodyOffset: split.bodyOffset }));
  const page: Page = { id: `${category}/${slug}`, category, slug, file, data: parsed.data, sections: body.sections, source: split.source, offsetOf };
  positions.release();
  return { value: page, problems: sortProblems(problems), yaml: { text: split.yamlText ?? "", offset: split.yamlOffset } };
}

/**
 * A page's `offsetOf`. Positions are asked for only to report a problem, so the page keeps its YAML text, not its
 * document (about 50 KB of heap a page, held through loading and rendering): once `release` is called, a position
 * parses the text again. A function of its own so that the closure holds only these variables, not readPage's.
 * @param yamlText The frontmatter's YAML.
 * @param yamlOffset Where it starts in the file.
 * @param doc Its document, used until `release` (none: parsed at the first position asked for).
 * @returns `offsetOf` and `release`.
 */
function yamlPositions(yamlText: string, yamlOffset: number, doc?: Document.Parsed): { offsetOf: (path: readonly PropertyKey[]) => number; release: () => void } {
  let located: Document.Parsed | undefined = doc;
  return {
    offsetOf: (path) => yamlOffset + locate((located ??= parseYaml(yamlText)), path).offset,
    release: () => (located = undefined),
  };
}

/** Reads and validates a category's `_category.yml`. */
export function readCategory(file: string, text: string): ReadResult<CategoryMeta> {
  // The YAML file is read as a frontmatter block (src/entries/read-yaml.ts).
  const read = readYamlFile(file, normalizeLineEnds(text), CategoryMeta);
  return read.value ? { value: read.value, problems: read.problems } : { problems: read.problems };
}
