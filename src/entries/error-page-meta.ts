/**
 * What an error page says about itself besides its body: the meta description, the FAQ's JSON-LD and the
 * "On this page" table of contents. Pure (no Astro), so the page template only places them and the rules are
 * unit-tested (tests/unit/entries/error-page-meta.test.ts).
 */
import type { Page } from "./read-page.ts";
import type { RenderedPage } from "./render.ts";

/** How much of the signature opens the description, and the description's whole length (search snippets cut near 300). */
const DESCRIPTION_SIGNATURE_CHARS = 110;
const DESCRIPTION_MAX_CHARS = 300;

/** `<signature, cut at 110 with …> — <summary as plain text>` (RenderedPage's `summaryText`), at most 300 characters. */
export function pageDescription(fullSignature: string, summaryText: string): string {
  const signature = fullSignature.length > DESCRIPTION_SIGNATURE_CHARS ? `${fullSignature.slice(0, DESCRIPTION_SIGNATURE_CHARS)}…` : fullSignature;
  return `${signature} — ${summaryText}`.slice(0, DESCRIPTION_MAX_CHARS);
}

/** schema.org FAQPage for the page's FAQ: questions as plain text, answers as their text. */
export function faqJsonLd(faq: RenderedPage["faq"], url: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    url,
    mainEntity: faq.map((q) => ({ "@type": "Question", name: q.questionText, acceptedAnswer: { "@type": "Answer", text: q.answerText } })),
  };
}

/** JSON for a `<script type="application/ld+json">`: every `<` escaped, so a `</script>` in an answer cannot end the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export interface TocEntry {
  /** The anchor on the page, without `#`. */
  id: string;
  label: string;
}

/**
 * The page's sections in reading order: the first fix ("Try first") when there is one, body sections placed
 * before the causes, causes, fixes, the playground, body sections placed after the fixes, FAQ, versions, sources
 * and related errors. Anchor ids are the ones the article renders (src/components/error-article.astro).
 */
export function tableOfContents(page: Pick<Page, "data" | "sections">, rendered: Pick<RenderedPage, "fixes" | "sections">): TocEntry[] {
  const slotOf = (heading: string) => page.sections.find((s) => s.heading === heading)?.slot;
  const bodySections = (slot: string) => rendered.sections.filter((s) => slotOf(s.heading) === slot).map((s) => ({ id: s.id, label: s.heading }));
  return [
    ...(rendered.fixes.length > 0 ? [{ id: "fix-1", label: "Try first" }] : []),
    ...bodySections("before-causes"),
    { id: "causes", label: "Causes" },
    { id: "fixes", label: "Fixes" },
    ...(page.data.playground ? [{ id: "playground", label: "Playground" }] : []),
    ...bodySections("after-fixes"),
    { id: "faq", label: "FAQ" },
    ...(page.data.versions ? [{ id: "versions", label: "Versions" }] : []),
    { id: "sources", label: "Sources" },
    { id: "related", label: "Related errors" },
  ];
}
