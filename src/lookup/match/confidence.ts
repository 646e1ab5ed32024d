/**
 * Confidence levels, from the score (score.ts) and how the message matched.
 *
 * - **high**: score ≥ 0.80, the message matched as a template (whole, cut off, or its lead), no vendor conflict,
 *   and either the words are specific (evidence ≥ 2.5, e.g. `prompt is too long: … tokens > … maximum`) or
 *   something else agrees (type, status, error kind, a frame hint, a page library in the frames, equal values).
 *   So `Connection error.` alone is at most medium; with an `@anthropic-ai/sdk` frame it is high.
 * - **medium**: score ≥ 0.60 and no vendor conflict.
 * - **low**: score ≥ 0.40. A vendor conflict (`openai.APIConnectionError` against an Anthropic page) and a paste
 *   with frames but no message are never more.
 * - below 0.40: not a plausible match; not returned.
 */
import type { AlignmentKind } from "./align.ts";
import type { Scored } from "./score.ts";
import { SPECIFIC_EVIDENCE } from "./template.ts";

export type Confidence = "high" | "medium" | "low";

export const HIGH = 0.8;
export const MEDIUM = 0.6;
export const LOW = 0.4;

/**
 * The confidence of a scored match.
 * @param scored From score.ts.
 * @param kind How the message aligned.
 * @param evidence Literal evidence of the aligned words.
 * @returns A level, or undefined when the match is not plausible.
 */
export function confidenceOf(scored: Scored, kind: AlignmentKind, evidence: number): Confidence | undefined {
  const s = scored.score;
  if (s < LOW) return undefined;
  if (scored.conflict || scored.framesOnly) return "low";
  const templated = kind !== "similar";
  if (s >= HIGH && templated && (evidence >= SPECIFIC_EVIDENCE || scored.corroborated)) return "high";
  if (s >= MEDIUM) return "medium";
  return "low";
}
