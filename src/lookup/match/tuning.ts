/**
 * The matcher's weights and thresholds, in one place (issue 8 §1). `npm run fit:lookup` fits the values on the
 * training side of the labelled corpus, on the real site and with 10,000 generated pages added (scripts/fit-lookup.ts:
 * coordinate ascent on a fixed grid, maximising top-1 on both with heavy penalties for wrong high-confidence
 * answers) and rewrites the `TUNING` literal below; the comments say what each number does. `npm run eval:lookup`
 * reports the result on the test side.
 */

export interface Tuning {
  /** Base score of a whole-template match (score.ts); each typo correction costs `correctionCost`. */
  templateBase: number;
  correctionCost: number;
  /** Base score of a cut-off paste: `truncatedBase + truncatedSpan × template coverage`. */
  truncatedBase: number;
  truncatedSpan: number;
  /** Base score when only the text outside the body (the lead) matches. */
  leadBase: number;
  /** Ceiling of a mere word-overlap ("similar") match. */
  similarBase: number;
  /**
   * How much the template's coverage counts in a "similar" match, against the paste line's (which counts
   * `1 − similarShape`): the weighted geometric mean of the two (score.ts).
   */
  similarShape: number;
  /** Base at which agreeing signals count in full (the gate). */
  gate: number;
  /** Agreeing signals: noisy-OR strengths. */
  typeAgree: number;
  statusAgree: number;
  codeAgree: number;
  operationAgree: number;
  formAgree: number;
  valuesAgree: number;
  frameAgree: number;
  libraryAgree: number;
  /** Disagreeing signals: multipliers. */
  typeMismatch: number;
  statusMismatch: number;
  codeMismatch: number;
  operationMismatch: number;
  vendorConflict: number;
  framesElsewhere: number;
  /** Confidence thresholds on the score (confidence.ts). */
  high: number;
  medium: number;
  low: number;
  /**
   * Literal evidence (sum of normalised word weights that matched) at which words alone single an error out: high
   * confidence without corroboration, and without the page's product named in the paste.
   */
  specificEvidence: number;
  /** Floor of the score when a specific exception type few pages have matches, whatever the message (score.ts). */
  typeOnlyBase: number;
  /** Score of a status-only match (status-fallback.ts), shared between the pages with that status; always low confidence. */
  statusOnly: number;
}

export const TUNING: Tuning = {
  templateBase: 0.864,
  correctionCost: 0.04,
  truncatedBase: 0.636,
  truncatedSpan: 0.216,
  leadBase: 0.56,
  similarBase: 0.81,
  similarShape: 0.66,
  gate: 0.792,
  typeAgree: 0.216,
  statusAgree: 0.115,
  codeAgree: 0.2,
  operationAgree: 0.165,
  formAgree: 0.046,
  valuesAgree: 0.1,
  frameAgree: 0.4,
  libraryAgree: 0.2,
  typeMismatch: 0.56,
  statusMismatch: 0.75,
  codeMismatch: 0.66,
  operationMismatch: 0.935,
  vendorConflict: 0.396,
  framesElsewhere: 0.369,
  high: 0.8,
  medium: 0.792,
  low: 0.32,
  specificEvidence: 1.6,
  statusOnly: 0.5,
  typeOnlyBase: 0.422,
};
