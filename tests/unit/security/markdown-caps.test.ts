/**
 * Finding 3 (super-linear Markdown parsing): what an author submits is capped — page size, block
 * size, nesting, field size, number of keys, Markdown in total — each breach a positioned problem
 * found before any parser runs, and a page at the caps validates and renders in ≤ 2 s of CPU.
 */
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/entries/limits.ts";
import { formatProblem } from "../../../src/entries/problem.ts";
import { readPage } from "../../../src/entries/read-page.ts";
import { renderPage } from "../../../src/entries/render.ts";
import { VALID_PAGE, withChange } from "../entries/page-fixture.ts";
import { budgetMs } from "../time-budget.ts";

const FILE = "content/errors/demo/page.md";
const read = (text: string) => readPage(FILE, text, "demo", "page");

/** CPU milliseconds of validating and rendering one page (wall time is noisy on a shared machine). */
async function cpuMs(text: string): Promise<{ ms: number; problems: string[] }> {
  const start = process.cpuUsage();
  const result = read(text);
  if (result.value) await renderPage(result.value);
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, problems: result.problems.map(formatProblem) };
}

/** A page whose body is paragraphs of `unit` repeated, each just under the block cap, up to the Markdown budget. */
function bodyOf(unit: string, budget = LIMITS.markdownChars - 400): string {
  const paragraph = unit.repeat(Math.floor((LIMITS.blockChars - 10) / unit.length));
  const count = Math.floor(budget / (paragraph.length + 2));
  return withChange("The API refused the request.", Array.from({ length: count }, () => paragraph).join("\n\n"));
}

describe("Markdown caps", () => {
  it("renders a warm-up page (loads the highlighter once)", async () => {
    expect((await cpuMs(VALID_PAGE)).problems).toEqual([]);
  });

  for (const unit of ["*a", "~a", "~~a", "_a", "[a", "![a", "[a](", "`a", "<a", "a*", "* a", "*_~[`a", "&a;"]) {
    it(`a page at the caps made of ${JSON.stringify(unit)} validates and renders in ≤ 2 s`, async () => {
      const { ms, problems } = await cpuMs(bodyOf(unit));
      expect(problems).toEqual([]);
      if (process.env["CAPS_DEBUG"]) console.log(unit, Math.round(ms));
      expect(ms).toBeLessThan(budgetMs(2000));
    });
  }

  it("a page at the caps whose Markdown is all in inline fields (parsed more than once) validates and renders in ≤ 2 s", async () => {
    const answer = "*a".repeat(1990);
    const faq = Array.from({ length: 4 }, (_, i) => `  - question: Q${i}?\n    answer: "${answer}"`).join("\n");
    const { ms, problems } = await cpuMs(withChange("  - question: Does the client retry for me?\n    answer: Yes, twice.", faq));
    expect(problems).toEqual([]);
    expect(ms).toBeLessThan(budgetMs(2000));
  });

  it("nesting at the caps is fast; deeper nesting is a positioned problem, not a stall or a stack overflow", async () => {
    const quotes = Array.from({ length: 400 }, () => `${"> ".repeat(LIMITS.lineMarkers)}a`).join("\n");
    expect((await cpuMs(withChange("The API refused the request.", quotes))).ms).toBeLessThan(budgetMs(2000));
    const lists = Array.from({ length: 200 }, (_, i) => `${" ".repeat((i % 16) * 2)}- a`).join("\n");
    expect((await cpuMs(withChange("The API refused the request.", lists))).ms).toBeLessThan(budgetMs(2000));

    const deepQuote = await cpuMs(withChange("The API refused the request.", `${">".repeat(50_000)} a`));
    expect(deepQuote.problems).toEqual([
      `${FILE}:24:1  body  50,000 nested quotes or list markers on one line, over the limit of 8 — flatten the nesting`,
      `${FILE}:24:1  body  a paragraph of 50,002 characters, over the 4,000-character limit — split it with blank lines`,
    ]);
    const deepList = Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i * 2)}- a`).join("\n");
    const list = await cpuMs(withChange("The API refused the request.", deepList).slice(0, 60_000));
    expect(list.problems[0]).toBe(`${FILE}:41:1  body  a line indented 34 columns, over the limit of 32 — flatten the nesting, or put code in a fenced block`);
    expect(list.ms).toBeLessThan(budgetMs(2000));
    const inline = await cpuMs(withChange("The API refused the request.", `${"- ".repeat(5000)}a`));
    expect(inline.problems[0]).toContain("5,000 nested quotes or list markers on one line");
  });

  it("deep indentation inside a fenced code block is not nesting", () => {
    const code = "```python\n" + Array.from({ length: 30 }, (_, i) => `${" ".repeat(i * 4)}x = ${i}`).join("\n") + "\n```";
    expect(read(withChange("The API refused the request.", code)).problems).toEqual([]);
  });

  it("reports an over-long paragraph, field, code snippet, page and Markdown total at their positions", () => {
    expect(read(withChange("The API refused the request.", "word ".repeat(1000))).problems.map(formatProblem)).toEqual([
      `${FILE}:24:1  body  a paragraph of 5,000 characters, over the 4,000-character limit — split it with blank lines`,
    ]);
    expect(read(withChange("    answer: Yes, twice.", `    answer: ${"y".repeat(4001)}`)).problems.map(formatProblem)).toEqual([
      `${FILE}:13:13  faq[0].answer  answer is 4,001 characters, over the 4,000-character limit — shorten it`,
    ]);
    const code = `      - Read the \`retry-after\` header.\n    code:\n      - lang: python\n        code: |\n${"          x = 1\n".repeat(3000)}`;
    expect(read(withChange("      - Read the `retry-after` header.\n", code)).problems.map((p) => p.field + " " + p.message)).toEqual([
      "fixes[0].code[0].code code is 17,999 characters, over the 16,000-character limit — shorten it",
    ]);
    expect(read(VALID_PAGE + "x".repeat(70_000)).problems.map(formatProblem)).toEqual([
      `${FILE}:1:1  file  the page is 70,633 bytes, over the 65,536-byte limit — split it into several pages or shorten it`,
    ]);
    const many = Array.from({ length: 8 }, () => "word ".repeat(700)).join("\n\n");
    expect(read(withChange("The API refused the request.", many)).problems.map((p) => `${p.line} ${p.message}`)).toEqual([
      "22 28,247 characters of Markdown (body and inline fields), over the 20,000-character limit — split the page or shorten it",
    ]);
  });

  it("reports more keys than the cap at the first key over it", () => {
    const keys = `updated: 2026-11-20\nlanguages:\n${"  - python\n".repeat(2100)}`;
    const problems = read(withChange("updated: 2026-11-20\n", keys)).problems;
    expect(problems.map((p) => `${p.field} ${p.code} ${p.message}`)).toEqual(["frontmatter too-large more than 2,000 keys and list items in the frontmatter — split the page or shorten it"]);
  });
});
