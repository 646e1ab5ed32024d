/**
 * Segments → tokens: lowercased words for the literal text (split on anything but letters, digits and `_`, so
 * `tool_use` and `invalid_request_error` stay whole while `x-api-key` becomes three words), one token per
 * placeholder, and the `…` gaps of page text as a flag on the next token.
 */
import type { Segment, Token } from "./types.ts";

/** Curly quotes and dashes fold to ASCII so `isn’t` and `isn't` give the same words. */
function foldPunctuation(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-");
}

const WORD = /[\p{L}\p{N}_]+/gu;

/**
 * Words of literal text, lowercased; one-letter words are dropped (the `t` of `isn't`).
 * @param text Any text.
 * @returns Words in order.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of foldPunctuation(text).matchAll(WORD)) {
    const w = m[0].toLowerCase().replace(/^_+|_+$/g, "");
    if (w.length > 1 || /\d/.test(w)) out.push(w);
  }
  return out;
}

/**
 * Turns segments into tokens.
 * @param segments From parameterize.ts.
 * @returns Tokens in order; a gap marks the token after it.
 */
export function tokenize(segments: readonly Segment[]): Token[] {
  const out: Token[] = [];
  let gap = false;
  for (const s of segments) {
    if (s.kind === "gap") {
      gap = true;
      continue;
    }
    const batch: Token[] = s.kind === "text" ? words(s.text).map((key) => ({ key })) : [{ key: `<${s.type}>`, param: s.type, value: s.value }];
    for (const t of batch) {
      if (gap) t.gapBefore = true;
      gap = false;
      out.push(t);
    }
  }
  return out;
}
