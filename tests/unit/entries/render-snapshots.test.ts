/**
 * The Markdown renderer's HTML, as files a reviewer can read (tests/unit/entries/__snapshots__/render/*.html):
 * raw HTML dropped, link schemes filtered, internal links made canonical, code highlighted with classes,
 * section ids, tables. Each case also asserts the property it shows, so accepting a changed snapshot
 * (`vitest -u`) cannot quietly accept a regression.
 */
import { describe, expect, it } from "vitest";
import { readPage } from "../../../src/entries/read-page.ts";
import { renderInline, renderPage } from "../../../src/entries/render.ts";
import { withChange } from "./page-fixture.ts";
import { attributeValues } from "../html-attributes.ts";

/** Renders `markdown` as the body of "What it means" in the fixture page; every section's id and HTML. */
async function renderBody(markdown: string, page?: string): Promise<string> {
  const text = page ?? withChange("The API refused the request.", markdown);
  const result = readPage("content/errors/demo/page.md", text, "demo", "page");
  expect(result.value, "the fixture page reads").not.toBeUndefined();
  const rendered = await renderPage(result.value!);
  return rendered.sections.map((s) => `<!-- section ${s.heading} #${s.id} -->\n${s.html}`).join("\n");
}

/** The snapshot file: the Markdown input as a comment (with `--` broken so the comment stays a comment), then the HTML. */
function snapshot(markdown: string, html: string): string {
  return `<!-- input:\n${markdown.replace(/--/g, "- -")}\n-->\n${html}\n`;
}

/** The targets of every href and src, decoded as a browser would, resolved against a page URL. */
function targets(html: string): string[] {
  return attributeValues(html, "href", "src").map((v) => new URL(v, "https://site.example/errors/demo/page/").href);
}

const RAW_HTML = [
  "<script>alert(1)</script>",
  "",
  '<div onclick="alert(1)">a block of HTML</div>',
  "",
  'Text with <b>inline</b> HTML, <img src="x" onerror="alert(1)"> an image tag and <a href="https://example.com/">a raw link</a>.',
  "",
  "<!-- a comment -->",
  "",
  "Escaped: &lt;script&gt; stays text.",
].join("\n");

const LINKS = [
  "Kept: [https](https://example.com/a?b=1&c=2), [http](http://example.com/), [mail](mailto:a@example.com),",
  "[relative](../other/), [fragment](#why-it-happens), [page](/errors/demo/other) and <https://example.com/auto>.",
  "",
  "Dropped: [inline](javascript:alert(1)), [upper](JaVaScRiPt:alert(1)), [entity](&#106;avascript:alert(1)),",
  "[hex entity](&#x6A;avascript:alert(1)), [tab](<java\tscript:alert(1)>), [data](data:text/html,<b>x</b>),",
  "[vbscript](vbscript:msgbox), [reference][r], <javascript:alert(1)> and the image ![img](javascript:alert(1)).",
  "",
  "[r]: javascript:alert(1)",
].join("\n");

const CODE = [
  "Inline `client.messages.create()` stays plain code.",
  "",
  "```python",
  "import anthropic",
  "",
  "client = anthropic.Anthropic(max_retries=5)  # retry 429s",
  "```",
  "",
  "```typescript",
  'const client = new Anthropic({ maxRetries: 5 }); // "retry"',
  "```",
  "",
  "```",
  "no language: <b>not markup</b>",
  "```",
].join("\n");

const TABLE = [
  "| Status | Meaning | Retry? |",
  "|:--|:-:|--:|",
  "| `429` | *rate* limited | yes |",
  "| 529 | [overloaded](https://example.com/529) | yes |",
  "| 400 | <b>bad</b> request \\| pipe | no |",
].join("\n");

describe("Markdown renderer snapshots", () => {
  it("drops raw HTML, block and inline, and keeps escaped text", async () => {
    const html = await renderBody(RAW_HTML);
    await expect(snapshot(RAW_HTML, html)).toMatchFileSnapshot("__snapshots__/render/raw-html.html");
    expect(html).not.toMatch(/<script|<div|<b>|<img|<a |onclick|onerror|<!--\s*a comment/i);
    expect(html).toContain("&#x3C;script>");
    expect(html).toContain("a raw link");
  });

  it("keeps http(s), mailto, relative and # links, makes page links canonical, drops every other scheme", async () => {
    const html = await renderBody(LINKS);
    await expect(snapshot(LINKS, html)).toMatchFileSnapshot("__snapshots__/render/link-schemes.html");
    expect(targets(html)).toEqual([
      "https://example.com/a?b=1&c=2",
      "http://example.com/",
      "mailto:a@example.com",
      "https://site.example/errors/demo/other/",
      "https://site.example/errors/demo/page/#why-it-happens",
      "https://site.example/errors/demo/other/",
      "https://example.com/auto",
      // The tab is percent-encoded by the Markdown parser, so no browser reads a scheme: a harmless relative URL.
      "https://site.example/errors/demo/page/java%09script:alert(1)",
    ]);
    // A refused link keeps its text without the <a>; a refused image goes.
    expect(html).toContain("<p>Dropped: inline, upper, entity,\nhex entity, ");
    expect(html).toContain(", data,\nvbscript, reference, javascript:alert(1) and the image .</p>");
    expect(html).not.toContain("<img");
  });

  it("highlights code with classes, never style attributes, and escapes code text", async () => {
    const html = await renderBody(CODE);
    await expect(snapshot(CODE, html)).toMatchFileSnapshot("__snapshots__/render/code.html");
    expect(html).not.toMatch(/\sstyle=/);
    expect(html.match(/<pre class="shiki[^>]*>/g)?.map((pre) => pre.match(/tabindex=/g)?.length)).toEqual([1, 1, 1]);
    // One class name needs no quotes; the renderer leaves them out (smaller pages, issue 12).
    expect(html).toMatch(/<span class=h\w+>import<\/span>/);
    expect(html).toContain("&#x3C;b>not markup&#x3C;/b>");
    expect(html).toContain("<code>client.messages.create()</code>");
  });

  it("gives every body section its id; deeper headings stay inside their section", async () => {
    const body = [
      "## What it means",
      "",
      "The API refused the request.",
      "",
      "### A sub-heading",
      "",
      "Detail.",
      "",
      "## Why it happens",
      "",
      "Too fast.",
      "",
      "## How to diagnose",
      "",
      "Read the headers.",
      "",
      "## Prevention",
      "",
      "Queue requests.",
      "",
    ].join("\n");
    const page = withChange("## What it means\n\nThe API refused the request.\n\n## Why it happens\n\nRequests arrived too fast.\n\n## Prevention\n\nQueue requests.\n", body);
    const html = await renderBody(body, page);
    await expect(snapshot(body, html)).toMatchFileSnapshot("__snapshots__/render/headings.html");
    expect([...html.matchAll(/<!-- section [^#]+#([a-z-]+) -->/g)].map((m) => m[1])).toEqual(["what-it-means", "why-it-happens", "how-to-diagnose", "prevention"]);
    expect(html).toContain("<h3>A sub-heading</h3>");
  });

  it("renders GFM tables with alignment and inline Markdown in cells", async () => {
    const html = await renderBody(TABLE);
    await expect(snapshot(TABLE, html)).toMatchFileSnapshot("__snapshots__/render/table.html");
    expect(html.match(/<tr>/g)).toHaveLength(4);
    expect(html).toContain("<th align=center>Meaning</th>");
    expect(html).toContain("<a href=https://example.com/529>overloaded</a>");
    expect(html).not.toContain("<b>");
  });

  it("renders inline fields without a wrapping paragraph, with the same link filter", async () => {
    const markdown = "Wait for **`retry-after`** seconds, see [docs](https://example.com/) — not [this](javascript:alert(1)) <i>raw</i>.";
    const html = await renderInline(markdown);
    await expect(snapshot(markdown, html)).toMatchFileSnapshot("__snapshots__/render/inline-field.html");
    expect(html).not.toMatch(/^<p>|<\/p>$|javascript|<i>/);
    expect(targets(html)).toEqual(["https://example.com/"]);
  });
});
