/** The error page's description, FAQ JSON-LD and table of contents (src/entries/error-page-meta.ts), on real pages. */
import { describe, expect, it } from "vitest";
import { faqJsonLd, jsonLdText, pageDescription, tableOfContents } from "../../../src/entries/error-page-meta.ts";
import { loadContent } from "../../../src/entries/load-content.ts";
import type { Page } from "../../../src/entries/read-page.ts";
import { renderPage } from "../../../src/entries/render.ts";

const content = loadContent("content");
const withPlayground = content.pages.find((p) => p.data.playground && p.data.versions)!;
const plain = content.pages.find((p) => !p.data.playground && !p.data.versions)!;

describe("pageDescription", () => {
  it("opens with the signature and ends with the summary's plain text", () => {
    expect(pageDescription("ValueError: boom", "Retry the whole request.")).toBe("ValueError: boom — Retry the whole request.");
  });

  it("takes a real summary's text without its Markdown (render.ts's summaryText)", async () => {
    const page = content.pages.find((p) => p.data.summary.includes("`"))!;
    const { summaryText } = await renderPage(page);
    expect(summaryText).not.toContain("`");
    expect(pageDescription(page.data.signature, summaryText)).toContain(summaryText.slice(0, 60));
  });

  it("cuts a long signature at 110 characters with an ellipsis, and the whole at 300", () => {
    const description = pageDescription("x".repeat(200), "y".repeat(400));
    expect(description.startsWith(`${"x".repeat(110)}… — y`)).toBe(true);
    expect(description).toHaveLength(300);
  });
});

describe("faqJsonLd and jsonLdText", () => {
  it("lists every question as plain text with its answer text, at the page's URL", () => {
    const ld = faqJsonLd([{ questionHtml: "Why <code>x</code>?", questionText: "Why x?", answerHtml: "<p>Because.</p>", answerText: "Because." }], "https://example.org/errors/a/b/");
    expect(ld).toEqual({
      "@context": "https://schema.org",
      "@type": "FAQPage",
      url: "https://example.org/errors/a/b/",
      mainEntity: [{ "@type": "Question", name: "Why x?", acceptedAnswer: { "@type": "Answer", text: "Because." } }],
    });
  });

  it("escapes < so an answer cannot close the script element", () => {
    expect(jsonLdText({ text: "</script><script>alert(1)</script>" })).toBe('{"text":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
  });
});

describe("tableOfContents", () => {
  async function toc(page: Page) {
    return tableOfContents(page, await renderPage(page)).map((t) => t.id);
  }

  it("a page with a playground and versions lists them in reading order", async () => {
    const ids = await toc(withPlayground);
    expect(ids[0]).toBe("fix-1");
    expect(ids.slice(-4)).toEqual(["faq", "versions", "sources", "related"]);
    expect(ids.indexOf("playground")).toBe(ids.indexOf("fixes") + 1);
    expect(ids.indexOf("causes")).toBeLessThan(ids.indexOf("fixes"));
  });

  it("places each body section by its slot, and leaves out what the page lacks", async () => {
    const ids = await toc(plain);
    expect(ids).not.toContain("playground");
    expect(ids).not.toContain("versions");
    const before = plain.sections.filter((s) => s.slot === "before-causes").map((s) => s.id);
    const after = plain.sections.filter((s) => s.slot === "after-fixes").map((s) => s.id);
    expect(ids).toEqual(["fix-1", ...before, "causes", "fixes", ...after, "faq", "sources", "related"]);
  });
});
