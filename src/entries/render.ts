/**
 * Renders a validated page to HTML strings: body sections, and the inline Markdown inside
 * frontmatter fields (cause details, fix steps, FAQ answers). Code is highlighted at build time
 * with Shiki, in a light and a dark theme switched by CSS variables, so pages ship no highlighter (the two
 * themes are twins, so each snippet is tokenized once: src/build/twin-themes.ts);
 * token colours are classes, not inline styles (src/build/code-classes.ts). Shiki's per-line tokenizing
 * time limit is raised from 0.5 s to 5 s: on a loaded machine the default cut lines short in one theme
 * and not the other, so two builds of the same page differed; 5 s still bounds a pathological grammar.
 * Raw HTML in Markdown is dropped (remark-rehype's default), so content cannot inject markup, and
 * links with a scheme other than http(s)/mailto lose their target (link-schemes.ts).
 */
import rehypeShikiFromHighlighter from "@shikijs/rehype/core";
import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { createHighlighter, type Highlighter } from "shiki";
import { unified } from "unified";
import { codeTransformers } from "../build/code-classes.ts";
import { twinThemeHighlighter } from "../build/twin-themes.ts";
import { peekShared } from "../build/shared.ts";
import { parseMarkdown } from "./body-sections.ts";
import { isPlainInline } from "./plain-inline.ts";
import { remarkInternalLinks } from "./internal-links.ts";
import { rehypeSafeLinks } from "./link-schemes.ts";
import type { Page } from "./read-page.ts";
import { CODE_LANGUAGES, type BodySectionHeading, type CodeSnippet } from "./schema.ts";

export interface RenderedSection {
  heading: BodySectionHeading;
  id: string;
  html: string;
}

export interface RenderedPage {
  /** The title as HTML (inline code) and as plain text (for `<title>`, Open Graph and listings). */
  titleHtml: string;
  titleText: string;
  summaryHtml: string;
  /** The summary as plain text (the meta description). */
  summaryText: string;
  sections: RenderedSection[];
  causes: Array<{ titleHtml: string; detailHtml?: string }>;
  fixes: Array<{ titleHtml: string; stepsHtml: string[]; code: Array<{ label: string; lang: string; html: string }> }>;
  /** The first fix's title as plain text (the lookup index ships it: entries/lookup-pages.ts). */
  fixTitleText?: string;
  faq: Array<{ questionHtml: string; questionText: string; answerHtml: string; answerText: string }>;
  versions: Array<{ package: string; affected: string; fixed?: string; noteHtml?: string }>;
}

const THEMES = { light: "github-light-high-contrast", dark: "github-dark-high-contrast" } as const;
let highlighter: Promise<Highlighter> | undefined;

/** One highlighter per process (loading grammars is the slow part), tokenizing once for both themes. */
function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(THEMES), langs: CODE_LANGUAGES.filter((l) => l !== "text") }).then((hl) => twinThemeHighlighter(hl, THEMES));
  return highlighter;
}

// Shiki already gives each `<pre>` tabindex="0" (scrollable code is reachable by keyboard); setting it again
// here printed the attribute twice. Attribute values are printed without quotes where HTML allows it
// (`class=h33`, `href=https://…/`): most of a page's markup is highlighting spans, and this takes about 1 KB
// off the longest pages (issue 12's HTML budget); anything reading this HTML uses a parser, not a regex.
async function processor() {
  const hl = await getHighlighter();
  return unified()
    .use(remarkInternalLinks)
    .use(remarkRehype)
    .use(rehypeSafeLinks)
    .use(rehypeShikiFromHighlighter, hl, {
      themes: THEMES,
      defaultColor: false,
      fallbackLanguage: "text",
      defaultLanguage: "text",
      mergeSameStyleTokens: true,
      tokenizeTimeLimit: 5_000,
      transformers: codeTransformers(hl, THEMES),
    })
    .use(rehypeStringify, { preferUnquoted: true });
}

type Processor = Awaited<ReturnType<typeof processor>>;

async function toHtml(proc: Processor, nodes: RootContent[]): Promise<string> {
  const tree: Root = { type: "root", children: nodes };
  const hast = await proc.run(tree);
  return proc.stringify(hast);
}

/** Parsed inline Markdown (one paragraph) → HTML without the wrapping `<p>`. */
async function inlineHtml(proc: Processor, tree: Root): Promise<string> {
  const only = tree.children[0];
  // Render the paragraph whole (rendering its children as a root would add block line breaks), then unwrap it.
  if (tree.children.length === 1 && only?.type === "paragraph") return (await toHtml(proc, [only])).replace(/^<p>/, "").replace(/<\/p>$/, "");
  return toHtml(proc, tree.children);
}

/** Inline Markdown → HTML; text with no syntax is its own HTML (plain-inline.ts). */
async function inline(proc: Processor, markdown: string): Promise<string> {
  return isPlainInline(markdown) ? markdown : inlineHtml(proc, parseMarkdown(markdown));
}

/** Inline Markdown → HTML and plain text from one parse; text with no syntax is both as is. */
async function inlineBoth(proc: Processor, markdown: string): Promise<{ html: string; text: string }> {
  if (isPlainInline(markdown)) return { html: markdown, text: markdown };
  const tree = parseMarkdown(markdown);
  return { html: await inlineHtml(proc, tree), text: toString(tree) };
}

async function code(proc: Processor, snippet: CodeSnippet): Promise<string> {
  return toHtml(proc, [{ type: "code", lang: snippet.lang, value: snippet.code.replace(/\n$/, "") }]);
}

const LABELS: Record<string, string> = { python: "Python", typescript: "TypeScript", javascript: "JavaScript", bash: "Shell", shell: "Shell" };

export async function renderPage(page: Page): Promise<RenderedPage> {
  // Rendered once per build by src/build/prerender.ts when the build script ran first.
  const ready = peekShared<{ get(id: string): RenderedPage | undefined }>("rendered")?.get(page.id);
  if (ready) return ready;
  const proc = await processor();
  const data = page.data;
  const title = await inlineBoth(proc, data.title);
  const summary = await inlineBoth(proc, data.summary);
  const firstFix = data.fixes[0] ? await inlineBoth(proc, data.fixes[0].title) : undefined;
  return {
    titleHtml: title.html,
    titleText: title.text,
    summaryHtml: summary.html,
    summaryText: summary.text,
    sections: await Promise.all(page.sections.map(async (s) => ({ heading: s.heading, id: s.id, html: await toHtml(proc, s.nodes) }))),
    causes: await Promise.all(data.causes.map(async (c) => ({ titleHtml: await inline(proc, c.title), ...(c.detail ? { detailHtml: await inline(proc, c.detail) } : {}) }))),
    fixes: await Promise.all(
      data.fixes.map(async (f, i) => ({
        titleHtml: i === 0 && firstFix ? firstFix.html : await inline(proc, f.title),
        stepsHtml: await Promise.all(f.steps.map((s) => inline(proc, s))),
        code: await Promise.all((f.code ?? []).map(async (c) => ({ label: c.label ?? LABELS[c.lang] ?? c.lang, lang: c.lang, html: await code(proc, c) }))),
      })),
    ),
    faq: await Promise.all(
      data.faq.map(async (q) => {
        const [question, answer] = [await inlineBoth(proc, q.question), await inlineBoth(proc, q.answer)];
        return { questionHtml: question.html, questionText: question.text, answerHtml: answer.html, answerText: answer.text };
      }),
    ),
    ...(firstFix ? { fixTitleText: firstFix.text } : {}),
    versions: await Promise.all(
      (data.versions ?? []).map(async (v) => ({
        package: v.package,
        affected: v.affected,
        ...(v.fixed ? { fixed: v.fixed } : {}),
        ...(v.note ? { noteHtml: await inline(proc, v.note) } : {}),
      })),
    ),
  };
}

/** Inline Markdown of a single field, for places outside a page body (e.g. category descriptions). */
export async function renderInline(markdown: string): Promise<string> {
  return inline(await processor(), markdown);
}

/** Plain text of inline Markdown (for JSON and the lookup index). */
export function plainText(markdown: string): string {
  return isPlainInline(markdown) ? markdown : toString(parseMarkdown(markdown));
}

const titleTexts = new Map<string, string>();

/**
 * Plain text of a page title, remembered: a title is printed in every listing and related-errors box that
 * names its page (about ten times a page), and parsing it each time was a measured part of Astro's phase at
 * 10,000 pages (issue 12). One short string per page.
 */
export function titleText(title: string): string {
  let text = titleTexts.get(title);
  if (text === undefined) titleTexts.set(title, (text = plainText(title)));
  return text;
}
