/**
 * One analysis for both sides of a match: a page's signature and a line of a paste each become type + core
 * message + tokens through this function, so a signature pasted alone always compiles to its own template.
 */
import { coreMessage } from "./core-message.ts";
import { normalizeText } from "./normalize.ts";
import { parameterize, renderSegments } from "./parameterize.ts";
import { splitType, typeInfo } from "./split-type.ts";
import { tokenize } from "./tokenize.ts";
import type { Analysis, Segment } from "./types.ts";

/** Tokens kept per part: enough for any real message, bounded for pasted walls of text. */
const MAX_PART_TOKENS = 120;
/** Characters of a part parameterized: 120 tokens never need more, and the scanner's cost grows with length. */
const MAX_PART_CHARS = 1_500;

/**
 * Analyses a message whose type is already known (or absent).
 * @param type The exception type as printed, `""` or undefined when none.
 * @param message The message after the type.
 * @param [authored=false] True for page text (honours `<int>` placeholders and `…` gaps).
 * @returns The analysis.
 */
export function analyzeMessage(type: string | undefined, message: string, authored = false): Analysis {
  const parts = coreMessage(normalizeText(message));
  const lead = parameterize(parts.lead.slice(0, MAX_PART_CHARS), authored);
  // A body that names its kind but no message (`{"type":"overloaded_error"}`, an elided paste): the kind's words are
  // the API's own name for the error, so they stand in for the message.
  const innerText = parts.inner || (parts.hasBody && parts.code && /_error$/.test(parts.code) ? parts.code.replace(/_error$/, "").replace(/_/g, " ") : "");
  const inner = parameterize(innerText.slice(0, MAX_PART_CHARS), authored);
  const leadTokens = tokenize(lead).slice(0, MAX_PART_TOKENS);
  const innerTokens = tokenize(inner).slice(0, MAX_PART_TOKENS);
  const analysis: Analysis = {
    parts,
    tokens: [...leadTokens, ...innerTokens],
    leadLength: leadTokens.length,
    display: display(lead, inner, parts.hasBody),
  };
  const cleanType = type?.trim();
  if (cleanType) analysis.type = typeInfo(cleanType);
  return analysis;
}

/**
 * Analyses a whole `Type: message` text (a page signature or variant, or a pasted line without a parsed type).
 * @param text The text.
 * @param [authored=false] True for page text.
 * @returns The analysis.
 */
export function analyzeText(text: string, authored = false): Analysis {
  const split = splitType(normalizeText(text));
  return analyzeMessage(split.type?.full, split.message, authored);
}

/** `lead {inner}`: the body shown as braces so the user sees which part came from the API's JSON. */
function display(lead: readonly Segment[], inner: readonly Segment[], hasBody: boolean): string {
  const l = renderSegments(lead);
  const i = renderSegments(inner);
  if (!hasBody) return l;
  return [l, `{${i || "…"}}`].filter(Boolean).join(" ");
}
