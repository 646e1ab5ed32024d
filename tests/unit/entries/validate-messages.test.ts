/**
 * Every kind of content mistake, as the exact line an author reads (`path:line:column  field
 * message`). Each case breaks the valid fixture in one way; positions must point at the
 * offending key or value.
 */
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/entries/problem.ts";
import { readPage } from "../../../src/entries/read-page.ts";
import { VALID_PAGE, withChange } from "./page-fixture.ts";

function lines(text: string): string[] {
  return readPage("content/errors/demo/page.md", text, "demo", "page").problems.map(formatProblem);
}

describe("readPage problem lines", () => {
  it("accepts the valid fixture", () => {
    const result = readPage("content/errors/demo/page.md", VALID_PAGE, "demo", "page");
    expect(result.problems).toEqual([]);
    expect(result.value?.id).toBe("demo/page");
  });

  it("reports broken YAML at the broken spot", () => {
    expect(lines(withChange("summary: Wait for the `retry-after` seconds, then retry.", 'summary: "unclosed'))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:19:20  yaml  YAML syntax error: missing closing "quote — check for an unclosed quote or bracket",
      ]
    `);
  });

  it("reports a duplicate key", () => {
    expect(lines(withChange("updated: 2026-11-20", "updated: 2026-11-20\ntitle: again"))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:20:1  yaml  YAML syntax error: map keys must be unique — remove or rename one of the two keys",
      ]
    `);
  });

  it("reports tabs used for indentation", () => {
    expect(lines(withChange("  - title: Too many requests per minute", "\t- title: Too many requests per minute"))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:6:1  yaml  YAML syntax error: tabs are not allowed as indentation — indent with spaces, not tabs",
      ]
    `);
  });

  it("reports a bare status that none of the page's wordings shows, at its value", () => {
    expect(lines(withChange("updated: 2026-11-20", "updated: 2026-11-20\nmatch:\n  bareStatus: 429"))).toEqual([]);
    expect(lines(withChange("updated: 2026-11-20", "updated: 2026-11-20\nmatch:\n  bareStatus: 529"))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:21:15  match.bareStatus  529 is not a status of this page's signature or variants (its wordings show 429) — add a variant that prints it as clients do (\`Error code: 529 - {…}\`), or remove bareStatus",
      ]
    `);
    expect(lines(withChange("updated: 2026-11-20", "updated: 2026-11-20\nmatch:\n  bareStatus: 200"))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:21:15  match.bareStatus  expected an HTTP error status (400–599) — a status under 400 is not an error",
      ]
    `);
    expect(lines(withChange("updated: 2026-11-20", "updated: 2026-11-20\nmatch:\n  bareStatus: rate limit"))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:21:15  match.bareStatus  expected a number, got text",
      ]
    `);
  });

  it("reports an unknown key with a suggestion and the valid keys", () => {
    expect(lines(withChange("causes:", "cuases:"))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:5:1  cuases  unknown key "cuases" — did you mean "causes"? Valid keys: title, signature, summary, causes, fixes, faq, sources, updated, tool, platforms, languages, versions, related, variants, match, playground",
      ]
    `);
  });

  it("reports an unknown nested key", () => {
    expect(lines(withChange("    steps:", "    stesp:"))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:9:5  fixes[0].stesp  unknown key "stesp" — did you mean "steps"? Valid keys: title, steps, code",
      ]
    `);
  });

  it("reports a missing top-level field at the closing ---", () => {
    expect(lines(withChange("summary: Wait for the `retry-after` seconds, then retry.\n", ""))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:19:1  summary  required field "summary" is missing — add \`summary:\` with text",
      ]
    `);
  });

  it("reports a missing nested field at its item", () => {
    expect(lines(withChange("    answer: Yes, twice.\n", ""))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:12:5  faq[0].answer  required field "answer" is missing — add \`answer:\` to \`faq[0]\` with text",
      ]
    `);
  });

  it("reports a wrong type at the value", () => {
    expect(lines(withChange("  - Read the `retry-after` header.", "  - Read the `retry-after` header.").replace("    steps:\n      - Read the `retry-after` header.", "    steps: Read the header.")))
      .toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:9:12  fixes[0].steps  expected a list (one \`- \` item per line), got text",
      ]
    `);
  });

  it("reports a number where text is expected", () => {
    expect(lines(withChange('title: "RateLimitError: too many requests"', "title: 429"))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:2:8  title  expected text, got a number",
      ]
    `);
  });

  it("reports an empty list", () => {
    expect(lines(withChange("causes:\n  - title: Too many requests per minute", "causes: []"))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:5:9  causes  list at least one cause",
      ]
    `);
  });

  it("reports a bad URL", () => {
    expect(lines(withChange("url: https://example.com/docs/rate-limits", "url: ftp://example.com/file"))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:16:10  sources[0].url  expected an http(s) URL with a domain name, got "ftp://example.com/file"",
      ]
    `);
  });

  it("reports a URL without a domain", () => {
    expect(lines(withChange("url: https://example.com/docs/rate-limits", "url: docs/rate-limits"))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:16:10  sources[0].url  expected an http(s) URL with a domain name, got "docs/rate-limits"",
      ]
    `);
  });

  it("reports an impossible date", () => {
    expect(lines(withChange("updated: 2026-11-20", "updated: 2026-02-30"))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:19:10  updated  "2026-02-30" is not a real date — use YYYY-MM-DD, e.g. 2026-11-25",
      ]
    `);
  });

  it("reports a date in the wrong format", () => {
    expect(lines(withChange("updated: 2026-11-20", "updated: 20/11/2026"))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:19:10  updated  expected a date in the form YYYY-MM-DD, e.g. 2026-11-25, got "20/11/2026"",
      ]
    `);
  });

  it("reports an unknown code language with a suggestion", () => {
    const text = withChange("      - Read the `retry-after` header.", "      - Read the `retry-after` header.\n    code:\n      - lang: pyhton\n        code: print(1)");
    expect(lines(text)).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:12:15  fixes[0].code[0].lang  expected one of python, typescript, javascript, bash, shell, json, yaml, toml, text, go, rust, java, csharp, ruby, ini, diff, got "pyhton" — did you mean "python"?",
      ]
    `);
  });

  it("reports a malformed related id", () => {
    expect(lines(withChange("  - demo/other", "  - Demo Other"))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:18:5  related[0]  expected a page id like \`category/slug\`, got "Demo Other"",
      ]
    `);
  });

  it("reports a missing required body section and an unknown one", () => {
    expect(lines(withChange("## Prevention", "## Preventoin"))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:30:1  body  unknown section "Preventoin" — did you mean "Prevention"? Sections: What it means, Why it happens, How to diagnose, Platform notes, Prevention",
        "content/errors/demo/page.md:33:1  body  required section "## Prevention" is missing — add it (sections: What it means, Why it happens, How to diagnose, Platform notes, Prevention)",
      ]
    `);
  });

  it("reports sections out of order", () => {
    const text = VALID_PAGE.replace("## Why it happens\n\nRequests arrived too fast.\n\n", "").replace("Queue requests.\n", "Queue requests.\n\n## Why it happens\n\nRequests arrived too fast.\n");
    expect(lines(text)).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:30:1  body  section "Why it happens" comes after "Prevention" — order the sections as What it means, Why it happens, How to diagnose, Platform notes, Prevention",
      ]
    `);
  });

  it("reports text before the first section and a level-1 heading", () => {
    expect(lines(withChange("## What it means", "# Rate limits\n\nIntro.\n\n## What it means"))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:22:1  body  a \`# Rate limits\` heading in the body — the page title comes from \`title\`; use \`## \` section headings: What it means, Why it happens, How to diagnose, Platform notes, Prevention",
      ]
    `);
  });

  it("reports TODO markers left by the scaffold", () => {
    expect(lines(withChange("summary: Wait for the `retry-after` seconds, then retry.", "summary: TODO one sentence"))).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:4:10  todo  unfinished: "TODO one sentence" — replace the TODO with real content",
      ]
    `);
  });

  it("reports a repeated FAQ question", () => {
    const text = withChange("    answer: Yes, twice.", "    answer: Yes, twice.\n  - question: does the client retry for me\n    answer: Still yes.");
    expect(lines(text)).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:14:15  faq[1].question  repeats faq[0].question — merge the two answers",
      ]
    `);
  });

  it("reports a file without frontmatter", () => {
    expect(lines("## What it means\n\nNo frontmatter.\n")).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:1:1  frontmatter  the page has no frontmatter — start the file with a \`---\` line, the YAML fields, then another \`---\` line",
      ]
    `);
  });

  it("reports frontmatter that is never closed", () => {
    expect(lines("---\ntitle: x\n")).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:3:1  frontmatter  the frontmatter is never closed — add a line with \`---\` after the last field, before the Markdown body",
      ]
    `);
  });

  it("reports every problem of a page at once, in file order", () => {
    const text = withChange("causes:", "cuases:", withChange("updated: 2026-11-20", "updated: 2026-13-01", withChange("url: https://example.com/docs/rate-limits", "url: example")));
    expect(lines(text)).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:5:1  cuases  unknown key "cuases" — did you mean "causes"? Valid keys: title, signature, summary, causes, fixes, faq, sources, updated, tool, platforms, languages, versions, related, variants, match, playground",
        "content/errors/demo/page.md:16:10  sources[0].url  expected an http(s) URL with a domain name, got "example"",
        "content/errors/demo/page.md:19:10  updated  "2026-13-01" is not a real date — use YYYY-MM-DD, e.g. 2026-11-25",
      ]
    `);
  });

  it("keeps line numbers right with CRLF line endings and a BOM", () => {
    const text = `\uFEFF${withChange("causes:", "cuases:")}`.replace(/\n/g, "\r\n");
    expect(lines(text)).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:5:1  cuases  unknown key "cuases" — did you mean "causes"? Valid keys: title, signature, summary, causes, fixes, faq, sources, updated, tool, platforms, languages, versions, related, variants, match, playground",
      ]
    `);
  });
});
