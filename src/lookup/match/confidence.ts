/**
 * Confidence levels, from the score (score.ts) and how the message matched.
 *
 * Thresholds and the evidence level are fitted (tuning.ts); the rules are:
 * - **high**: score ≥ `high`, the message matched as a template (whole, cut off, or its lead), no vendor conflict,
 *   either the words are specific (evidence ≥ `specificEvidence`, e.g. `prompt is too long: … tokens > … maximum`)
 *   or something else agrees (type, status, error kind, a frame hint, a page library in the frames, equal values),
 *   and either the words are specific or the paste names the page's product (vendor-evidence.ts) — always the
 *   latter when the template's type comes from a generic library (`httpx.`, `botocore.`; dialects/vendors.ts), and then on a page about the API or SDK the model's name alone is not enough. So
 *   `Connection error.` alone is at most medium; with an `@anthropic-ai/sdk` frame it is high.
 * - **medium**: score ≥ `medium` and no vendor conflict.
 * - **low**: score ≥ `low`. A vendor conflict (`openai.APIConnectionError` against an Anthropic page, a paste that
 *   names Gemini and not Claude) and a paste with frames but no message are never more.
 * - below `low`: not a plausible match; not returned.
 */
import type { AlignmentKind } from "./align.ts";
import type { Scored } from "./score.ts";
import { TUNING } from "./tuning.ts";

export type Confidence = "high" | "medium" | "low";

/** Score thresholds: fitted, see tuning.ts. */
export const HIGH = TUNING.high;
export const MEDIUM = TUNING.medium;
export const LOW = TUNING.low;

/**
 * The confidence of a scored match.
 * @param scored From score.ts.
 * @param kind How the message aligned.
 * @param evidence Literal evidence of the aligned words.
 * @returns A level, or undefined when the match is not plausible.
 */
export function confidenceOf(scored: Scored, kind: AlignmentKind, evidence: number): Confidence | undefined {
  const s = scored.score;
  if (s < TUNING.low) return undefined;
  if (scored.conflict || scored.framesOnly) return "low";
  const templated = kind !== "similar";
  const specific = evidence >= TUNING.specificEvidence;
  // High needs specific words or corroboration, and — unless the words alone single the error out — the page's
  // product named somewhere in the paste: `Connection error.` from some other client is not this site's answer.
  if (s >= TUNING.high && templated && (specific || scored.corroborated) && (scored.own || (specific && !scored.generic))) return "high";
  if (s >= TUNING.medium) return "medium";
  return "low";
}
