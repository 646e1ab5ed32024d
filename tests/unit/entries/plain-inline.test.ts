/**
 * The plain-text shortcut (src/entries/plain-inline.ts) against the parser it skips: every string it calls
 * plain must parse to one paragraph whose text and HTML are the string itself — on every inline field of the
 * real content and on generated strings built from the characters Markdown cares about.
 */
import { toString } from "mdast-util-to-string";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/entries/body-sections.ts";
import { loadContent } from "../../../src/entries/load-content.ts";
import { isPlainInline } from "../../../src/entries/plain-inline.ts";

const toHtml = unified().use(remarkRehype).use(rehypeStringify);

function parsedAs(markdown: string): { text: string; html: string; paragraphs: number } {
  const tree = parseMarkdown(markdown);
  return { text: toString(tree), html: toHtml.stringify(toHtml.runSync(tree)), paragraphs: tree.children.filter((c) => c.type === "paragraph").length };
}

function expectSameAsParser(markdown: string): void {
  const parsed = parsedAs(markdown);
  expect({ markdown, ...parsed }).toEqual({ markdown, text: markdown, html: `<p>${markdown}</p>`, paragraphs: 1 });
}

/** Every inline Markdown field of a page (what render.ts renders inline). */
function inlineFields(data: ReturnType<typeof loadContent>["pages"][number]["data"]): string[] {
  return [
    data.title,
    data.summary,
    ...data.faq.flatMap((q) => [q.question, q.answer]),
    ...data.causes.flatMap((c) => [c.title, ...(c.detail ? [c.detail] : [])]),
    ...data.fixes.flatMap((f) => [f.title, ...f.steps]),
  ];
}

/** A small deterministic generator (mulberry32), so a failure names a string that can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  "a",
  "Z",
  "9",
  " ",
  "  ",
  ".",
  ",",
  ":",
  "/",
  "//",
  "-",
  "+",
  "=",
  "#",
  "!",
  "?",
  "'",
  '"',
  "(",
  ")",
  "{",
  "}",
  "|",
  "%",
  "$",
  "^",
  "é",
  "—",
  "→",
  "1.",
  "2)",
  "*",
  "_",
  "`",
  "[",
  "]",
  "<",
  ">",
  "&",
  "~",
  "\\",
  "@",
  "www.",
  "http://",
  "\t",
  "\n",
  "\u00a0",
  "&amp;",
  "x_y",
  "a*b",
];

describe("isPlainInline", () => {
  it("holds for the inline fields of the real content it calls plain, and calls many of them plain", () => {
    const fields = loadContent("content").pages.flatMap((p) => inlineFields(p.data));
    const plain = fields.filter(isPlainInline);
    for (const field of plain) expectSameAsParser(field);
    // Most titles and questions are plain sentences: the shortcut must keep working on them.
    expect(plain.length).toBeGreaterThan(fields.length / 3);
  });

  it("holds on 20,000 generated strings made of Markdown's special characters", () => {
    const next = random(12);
    let plain = 0;
    for (let i = 0; i < 20_000; i++) {
      const length = 1 + Math.floor(next() * 8);
      const text = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]!).join("");
      if (!isPlainInline(text)) continue;
      plain++;
      expectSameAsParser(text);
    }
    expect(plain).toBeGreaterThan(1_000);
  });

  it("refuses what the parser reads as syntax", () => {
    for (const text of [
      "`code`",
      "*em*",
      "a_b_",
      "[link](x)",
      "<b>",
      "&amp;",
      "~~gone~~",
      "# Heading",
      "- item",
      "1. item",
      "3) item",
      "> quote",
      "see https://example.org",
      "www.example.org",
      "me@example.org",
      "a\\b",
      " padded",
      "two\nlines",
      "",
    ]) {
      expect(isPlainInline(text), text).toBe(false);
    }
    for (const text of ["Claude 3.5 Sonnet returns 529", "Why does it say 'overloaded'?", "Retry (with back-off) — then wait"]) expect(isPlainInline(text), text).toBe(true);
  });
});
