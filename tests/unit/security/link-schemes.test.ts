/**
 * Finding 1 (stored XSS from content): a `javascript:` (or any non-http(s)/mailto) link is reported
 * by the validator at its position and dropped by the renderer, in the body and in every
 * inline-Markdown field, whatever form the link takes.
 */
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/entries/problem.ts";
import { readPage } from "../../../src/entries/read-page.ts";
import { renderPage } from "../../../src/entries/render.ts";
import { isAllowedUrl } from "../../../src/entries/link-schemes.ts";
import { withChange } from "../entries/page-fixture.ts";
import { attributeValues } from "../html-attributes.ts";

/** Every href/src in the HTML resolves (as a browser would, via WHATWG URL) to http(s) or mailto. */
function liveSchemes(rendered: unknown): string[] {
  // Every string of the rendered page is parsed as HTML, as a browser would read it: attributes quoted or not,
  // entities decoded.
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") strings.push(v);
    else if (v && typeof v === "object") for (const x of Object.values(v)) walk(x);
  };
  walk(rendered);
  return strings.flatMap((html) => attributeValues(html, "href", "src").map((v) => new URL(v, "https://site.example/").protocol));
}

const SAFE = ["http:", "https:", "mailto:"];
const FILE = "content/errors/demo/page.md";
const read = (text: string) => readPage(FILE, text, "demo", "page");

/** Every way of writing a live script link that Markdown accepts. */
const HOSTILE = {
  inline: "[x](javascript:alert(1))",
  upper: "[x](JaVaScRiPt:alert(1))",
  entity: "[x](&#106;avascript:alert(1))",
  hexEntity: "[x](&#x6A;avascript:alert(1))",
  spaced: "[x](<java\tscript:alert(1)>)",
  autolink: "<javascript:alert(1)>",
  data: "[x](data:text/html,<script>alert(1)</script>)",
  vbscript: "[x](vbscript:msgbox)",
  image: "![x](javascript:alert(1))",
  reference: "[x][r]\n\n[r]: javascript:alert(1)\n\nThen",
};

describe("link schemes", () => {
  it("allows http, https, mailto, relative and # URLs only", () => {
    for (const ok of ["https://a.b/c", "HTTP://a.b", "mailto:a@b.c", "/errors/a/b/", "../x", "#frag", "x/y:z", "?q=1"]) expect(isAllowedUrl(ok), ok).toBe(true);
    for (const bad of ["javascript:x", " JAVASCRIPT:x", "\u0001javascript:x", "java\nscript:x", "data:x", "file:///etc/passwd", "vbscript:x"]) {
      expect(isAllowedUrl(bad), bad).toBe(false);
    }
  });

  for (const [name, markdown] of Object.entries(HOSTILE)) {
    it(`validate reports and render drops a ${name} link in the body`, async () => {
      const text = withChange("The API refused the request.", `The API refused ${markdown} the request.`);
      const result = read(text);
      const problems = result.problems.filter((p) => p.code === "bad-url");
      expect(problems.map(formatProblem)).toHaveLength(1);
      const line = text.split("\n").findIndex((l) => /script:|data:/i.test(l)) + 1;
      expect(problems[0]!.line).toBe(line);
      expect(problems[0]!.field).toBe("body");
      const html = (await renderPage(result.value!)).sections.map((s) => s.html).join("\n");
      expect(liveSchemes(html).filter((scheme) => !SAFE.includes(scheme))).toEqual([]);
      expect(html).toContain("The API refused ");
    });
  }

  const FIELDS: Array<[string, string, string]> = [
    ["summary", "summary: Wait for the `retry-after` seconds, then retry.", "summary: 'Wait, then [retry](javascript:alert(1)).'"],
    ["causes[0].detail", "  - title: Too many requests per minute", "  - title: Too many requests per minute\n    detail: 'See [x](JAVASCRIPT:alert(1))'"],
    ["fixes[0].steps[0]", "      - Read the `retry-after` header.", "      - 'Read <javascript:alert(1)>'"],
    ["faq[0].answer", "    answer: Yes, twice.", "    answer: |\n      Yes, [twice][t].\n\n      [t]: javascript:alert(1)"],
    ["title", 'title: "RateLimitError: too many requests"', "title: 'RateLimitError: [too many](javascript:alert(1))'"],
    ["faq[0].question", "  - question: Does the client retry for me?", "  - question: 'Does the [client](javascript:alert(1)) retry?'"],
    ["versions[0].note", "updated: 2026-11-20", "updated: 2026-11-20\nversions:\n  - package: demo\n    affected: '1.0'\n    note: 'see ![i](data:image/svg+xml,x)'"],
  ];
  for (const [field, from, to] of FIELDS) {
    it(`validate reports and render drops a hostile link in ${field}`, async () => {
      const result = read(withChange(from, to));
      const bad = result.problems.filter((p) => p.code === "bad-url");
      expect(bad.map((p) => p.field)).toEqual([field]);
      const line =
        withChange(from, to)
          .split("\n")
          .findIndex((l) => /javascript|data:/i.test(l)) + 1;
      expect(bad[0]!.line).toBe(line);
      const rendered = await renderPage(result.value!);
      expect(liveSchemes(rendered).filter((scheme) => !SAFE.includes(scheme))).toEqual([]);
    });
  }

  // An address the browser cannot parse: GFM autolinks a URL in running text, so an ellipsis in the host becomes a
  // broken link that only the built site's link check saw (stop 38's read-timeout title).
  const BROKEN: Array<[string, string, string]> = [
    ["title", 'title: "RateLimitError: too many requests"', 'title: "Read timeout on https://bedrock-runtime…/model/…/converse"'],
    ["body", "The API refused the request.", "The API refused [the request](https://bedrock-runtime…/model/x)."],
    ["faq[0].answer", "    answer: Yes, twice.", "    answer: See https://bedrock-runtime…/invoke for details."],
  ];
  for (const [field, from, to] of BROKEN) {
    it(`validate reports an address that does not parse in ${field}`, () => {
      const text = withChange(from, to);
      const bad = read(text).problems.filter((p) => p.code === "bad-url");
      expect(bad.map((p) => p.field)).toEqual([field]);
      expect(bad[0]!.message).toMatch(/is not a valid URL/);
      expect(bad[0]!.line).toBe(text.split("\n").findIndex((l) => l.includes("…")) + 1);
    });
  }

  it("does not report a URL in backticks or a valid one", () => {
    const text = withChange('title: "RateLimitError: too many requests"', 'title: "Read timeout on `https://bedrock-runtime…/converse` (see https://example.com/a)"');
    expect(read(text).problems.filter((p) => p.code === "bad-url")).toEqual([]);
  });

  it("keeps safe links and the text of dropped ones", async () => {
    const result = read(withChange("The API refused the request.", "See [docs](https://example.com/x) and [bad](javascript:alert(1))."));
    const html = (await renderPage(result.value!)).sections[0]!.html;
    expect(html).toContain("<a href=https://example.com/x>docs</a>");
    expect(html).toContain("and bad.");
  });
});
