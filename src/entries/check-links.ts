/**
 * The validator's side of link-scheme filtering (see link-schemes.ts): every link in the body and
 * in every inline-Markdown field is checked, and a refused scheme is reported where it is written.
 * So is an absolute link the browser could not follow (`https://bedrock-runtime…/converse`: GFM
 * autolinks a URL in running text, ellipsis and all), which the built site's link check
 * (scripts/check-links-core.ts) would otherwise be the first to report, minutes later and in the HTML.
 */
import type { RootContent } from "mdast";
import { parseMarkdown } from "./body-sections.ts";
import { badLinks } from "./link-schemes.ts";
import type { Problem } from "./problem.ts";
import { formatPath } from "./problem.ts";
import type { PageFrontmatter } from "./schema.ts";
import type { SourceText } from "./source-text.ts";

/** The frontmatter fields rendered as inline Markdown, as paths into the data. */
export function inlineMarkdownFields(data: PageFrontmatter): Array<{ path: PropertyKey[]; text: string }> {
  const fields: Array<{ path: PropertyKey[]; text: string }> = [{ path: ["summary"], text: data.summary }];
  data.causes.forEach((c, i) => {
    fields.push({ path: ["causes", i, "title"], text: c.title });
    if (c.detail) fields.push({ path: ["causes", i, "detail"], text: c.detail });
  });
  data.fixes.forEach((f, i) => {
    fields.push({ path: ["fixes", i, "title"], text: f.title });
    f.steps.forEach((s, j) => fields.push({ path: ["fixes", i, "steps", j], text: s }));
  });
  data.faq.forEach((q, i) => fields.push({ path: ["faq", i, "answer"], text: q.answer }));
  data.versions?.forEach((v, i) => {
    if (v.note) fields.push({ path: ["versions", i, "note"], text: v.note });
  });
  return fields;
}

export interface LinkCheckInput {
  file: string;
  source: SourceText;
  data: PageFrontmatter;
  /** File offset of a frontmatter path's value. */
  offsetOf: (path: readonly PropertyKey[]) => number;
  /** Body nodes (positions relative to the body) and the body's offset in the file. */
  bodyNodes: readonly RootContent[];
  bodyOffset: number;
}

/** Where the URL is written inside a YAML value (quotes and folding move it), else the value's start. */
function urlOffset(source: SourceText, valueOffset: number, field: string, url: string): number {
  const window = source.text.slice(valueOffset, valueOffset + field.length * 2 + 16).toLowerCase();
  const at = window.indexOf(url.toLowerCase());
  return at >= 0 ? valueOffset + at : valueOffset;
}

/**
 * Text that may hold a link at all: a `[`…`]` link or reference, an `<…>` autolink or HTML, or a GFM literal autolink
 * (`http://`, `www.`, an e-mail's `@`). Most frontmatter fields hold none, and parsing each one as Markdown was a
 * measurable share of loading a large site.
 */
const MAY_LINK = /[[<@]|:\/\/|www\./i;

export function checkLinks(input: LinkCheckInput): Problem[] {
  const problems: Problem[] = [];
  for (const link of badLinks({ type: "root", children: [...input.bodyNodes] })) {
    problems.push({ file: input.file, ...input.source.position(input.bodyOffset + link.offset), field: "body", code: "bad-url", message: link.message });
  }
  // The title and FAQ questions are rendered as inline Markdown too (render.ts), though the Markdown budget
  // (limits.ts) does not count them.
  const questions = input.data.faq.map((q, i) => ({ path: ["faq", i, "question"] as PropertyKey[], text: q.question }));
  for (const { path, text } of [{ path: ["title"] as PropertyKey[], text: input.data.title }, ...inlineMarkdownFields(input.data), ...questions]) {
    if (!MAY_LINK.test(text)) continue;
    for (const link of badLinks(parseMarkdown(text))) {
      const at = input.source.position(urlOffset(input.source, input.offsetOf(path), text, link.url));
      problems.push({ file: input.file, ...at, field: formatPath(path), code: "bad-url", message: link.message });
    }
  }
  return problems;
}
