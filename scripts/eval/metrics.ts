/**
 * Scores lookup answers against the corpus labels: top-1 / top-3, per page, runtime and wrapper, confusion
 * pairs, misses, and the calibration of the confidence levels (for each level, how many top answers and how many
 * of them right). A negative's or uncovered paste's answer is always wrong; a positive's is right when its page
 * is one of `expect`.
 */
import type { CorpusEntry } from "./corpus.ts";

export type Level = "high" | "medium" | "low";
export const LEVELS: readonly Level[] = ["high", "medium", "low"];

/** What the lookup answered for one paste: its ranked page ids with confidence. */
export interface Answer {
  entry: CorpusEntry;
  matches: { id: string; confidence: Level; score: number }[];
}

export interface Tally {
  n: number;
  top1: number;
  top3: number;
}

export interface Report {
  positives: Tally;
  /** Negatives and uncovered pastes. */
  others: { n: number; answered: number; high: number; medium: number };
  /** Negatives only (other vendors, generic clients, user code). */
  negativesHigh: number;
  byPage: Map<string, Tally>;
  byRuntime: Map<string, Tally>;
  byWrapper: Map<string, Tally>;
  confusion: Map<string, number>;
  calibration: Map<Level, { answers: number; right: number }>;
  misses: { entry: CorpusEntry; got: string }[];
  /** Wrong answers given with high confidence. */
  highWrong: { entry: CorpusEntry; got: string }[];
}

const tally = (): Tally => ({ n: 0, top1: 0, top3: 0 });

function bump(map: Map<string, Tally>, key: string, top1: boolean, top3: boolean): void {
  const t = map.get(key) ?? tally();
  t.n++;
  if (top1) t.top1++;
  if (top3) t.top3++;
  map.set(key, t);
}

/**
 * Scores a set of answers.
 * @param answers One per paste.
 * @returns The report.
 */
export function score(answers: readonly Answer[]): Report {
  const r: Report = {
    positives: tally(),
    others: { n: 0, answered: 0, high: 0, medium: 0 },
    negativesHigh: 0,
    byPage: new Map(),
    byRuntime: new Map(),
    byWrapper: new Map(),
    confusion: new Map(),
    calibration: new Map(LEVELS.map((l) => [l, { answers: 0, right: 0 }])),
    misses: [],
    highWrong: [],
  };
  for (const { entry, matches } of answers) {
    const first = matches[0];
    const right = (id: string) => entry.expect.includes(id);
    const top1 = first !== undefined && right(first.id);
    if (first) {
      const cal = r.calibration.get(first.confidence);
      if (cal) {
        cal.answers++;
        if (top1) cal.right++;
      }
      if (!top1 && first.confidence === "high") r.highWrong.push({ entry, got: first.id });
    }
    if (entry.kind === "positive") {
      const top3 = matches.slice(0, 3).some((m) => right(m.id));
      r.positives.n++;
      if (top1) r.positives.top1++;
      if (top3) r.positives.top3++;
      for (const page of entry.expect.slice(0, 1)) bump(r.byPage, page, top1, top3);
      bump(r.byRuntime, entry.runtime, top1, top3);
      bump(r.byWrapper, entry.wrapper, top1, top3);
      if (!top1) {
        const got = first ? `${first.id} (${first.confidence})` : "no answer";
        r.misses.push({ entry, got });
        const pair = `${entry.expect[0] ?? "?"} → ${first ? first.id : "no answer"}`;
        r.confusion.set(pair, (r.confusion.get(pair) ?? 0) + 1);
      }
    } else {
      r.others.n++;
      if (first) {
        r.others.answered++;
        if (first.confidence === "high") r.others.high++;
        if (first.confidence === "medium") r.others.medium++;
        if (first.confidence === "high" && entry.kind === "negative") r.negativesHigh++;
        const pair = `NONE (${entry.kind}) → ${first.id}`;
        r.confusion.set(pair, (r.confusion.get(pair) ?? 0) + 1);
      }
    }
  }
  return r;
}

/** The bar for high confidence (issue 8): at least this share of high answers right. */
const HIGH_PRECISION = 0.98;

/**
 * Hand-set: at least this share of positives answered right with high confidence. Without it the two bars are met
 * by giving almost no high answers: a re-fit on 2026-12-04's corpus moved `high` from 0.8 to 0.968, leaving one
 * high answer on 635 training positives, because one negative answered high costs more than every high answer
 * gains. Half is about what the matcher gives when it is sure of the words (58 % of training positives on
 * 2026-12-04); "high" that almost never shows tells the user nothing.
 */
const HIGH_RECALL_FLOOR = 0.5;

/**
 * The one number the fitter maximises: top-1 on positives, a little top-3, and the share of positives answered
 * right with high confidence (a confident right answer is what the user wants), minus a light penalty for medium
 * answers to non-positives and a lighter one for any answer to them: a low answer to another vendor's error is
 * still a wrong page on the screen (without it, a re-fit on 2026-12-03's corpus lowered `low` from 0.32 to 0.205,
 * buying 2 top-1 answers of 222 with 32 more answers to the 136 non-positives). Three bars are constraints, with a penalty far larger than any gain: high answers at
 * least HIGH_PRECISION right, no negative ever answered high, and at least HIGH_RECALL_FLOOR of positives answered
 * right with high confidence. All terms are rates, so the objective does not
 * depend on the corpus size.
 * @param r A report.
 * @returns The objective (higher is better).
 */
export function objective(r: Report): number {
  const top1 = r.positives.n ? r.positives.top1 / r.positives.n : 0;
  const top3 = r.positives.n ? r.positives.top3 / r.positives.n : 0;
  const high = r.calibration.get("high") ?? { answers: 0, right: 0 };
  const highRecall = r.positives.n ? high.right / r.positives.n : 0;
  const otherMedium = r.others.n ? r.others.medium / r.others.n : 0;
  const otherAnswered = r.others.n ? r.others.answered / r.others.n : 0;
  const precisionShortfall = high.answers ? Math.max(0, HIGH_PRECISION - high.right / high.answers) : 0;
  const recallShortfall = Math.max(0, HIGH_RECALL_FLOOR - highRecall);
  return top1 + 0.1 * top3 + 0.5 * highRecall - 0.3 * otherMedium - 0.1 * otherAnswered - 20 * precisionShortfall - 20 * recallShortfall - 1 * r.negativesHigh;
}
