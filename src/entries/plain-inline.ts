/**
 * Recognises inline Markdown that is only text: no character Markdown (CommonMark + GFM) could read as
 * syntax, so parsing it gives one paragraph holding exactly this text. Its plain text is then the string
 * itself, and so is its HTML (hast-util-to-html escapes only `&` and `<` in text, both excluded here).
 *
 * Why: titles, FAQ questions, cause and fix titles are mostly plain sentences, and each was parsed with
 * micromark and run through the whole unified pipeline several times per build (render, meta description,
 * JSON-LD, listings, related links, the lookup index) — a measured share of issue 12's build time. The test
 * (tests/unit/entries/plain-inline.test.ts) checks the shortcut against the parser on every field of the
 * real content and on generated strings, so the two can never disagree.
 */

/**
 * Characters that may start syntax anywhere in a line: escapes, code, emphasis, links and images, HTML,
 * entities, strikethrough, and control characters (micromark replaces NUL, tabs change indentation).
 * `:` and `@` and `www.` start GFM's literal autolinks.
 */
const SYNTAX = /[\\`*_[\]<>&~\u0000-\u001f\u007f]|:\/\/|www\.|@/i;
/** Syntax only at the start of a line: headings, block quotes, list items (`-`, `+`, `1.`, `1)`), thematic breaks. */
const BLOCK_START = /^(?:[#>+=-]|\d{1,9}[.)])/;

export function isPlainInline(markdown: string): boolean {
  return markdown.length > 0 && markdown === markdown.trim() && !SYNTAX.test(markdown) && !BLOCK_START.test(markdown);
}
