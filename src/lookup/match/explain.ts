/**
 * "Matched on": the pasted line, the template (placeholders shown) and the frame that decided a match, as data
 * for the UI and as one line of text for the CLI — the counterpart of Sentry's "Grouping Info" panel.
 */
import type { Alignment, AlignmentKind } from "./align.ts";
import type { Scored, Signal } from "./score.ts";
import type { Candidate, Template, TypeInfo } from "./types.ts";

export interface MatchWhy {
  /** The line of the paste that matched. */
  line: { number: number; text: string; origin: Candidate["origin"] };
  /** The page text it matched, compiled. */
  template: { text: string; source: "signature" | "variant"; variant?: number; context?: string };
  /** How the message matched (align.ts), or `frames` when the paste had no error line and frames decided. */
  kind: AlignmentKind | "frames";
  /** Share of the template's words found (1 for a whole-template match). */
  coverage: number;
  /** The frame that decided, when a frame hint or a page library in the frames did. */
  frame?: { text: string; file?: string; module?: string; function?: string; line?: number; hint?: string; library?: string };
  /** Every signal that moved the score. */
  signals: Pick<Signal, "name" | "agrees" | "detail">[];
  /** All of the above in one line. */
  text: string;
}

const KIND_TEXT: Record<AlignmentKind, string> = {
  template: "matches the whole template",
  truncated: "is cut off and matches the start of the template",
  lead: "matches the template's text outside the body",
  similar: "resembles the template",
};

/**
 * A template for display: type · status · error kind · message with placeholders.
 * @param type The template's type.
 * @param template The template.
 * @returns `anthropic.BadRequestError · 400 · invalid_request_error · {prompt is too long: <int> tokens > <int> maximum}`.
 */
export function templateText(type: TypeInfo | undefined, template: Pick<Template, "parts" | "display">): string {
  return [type?.full, template.parts.status, template.parts.code, template.display].filter((p) => p !== undefined && p !== "").join(" · ");
}

function frameText(frame: NonNullable<Scored["frame"]>["frame"]): string {
  const where = frame.file ?? frame.module ?? "?";
  return `${where}${frame.line !== undefined ? `:${frame.line}` : ""}${frame.function ? ` in ${frame.function}` : ""}`;
}

/**
 * Explains a match.
 * @param candidate The pasted line.
 * @param template The template it matched.
 * @param alignment How.
 * @param scored The score and signals.
 * @returns Structured reasons plus a one-line text.
 */
export function explain(candidate: Candidate, template: Template, alignment: Alignment, scored: Scored): MatchWhy {
  const shown = templateText(template.type, template);
  const source = template.source === 0 ? "signature" : "variant";
  const why: MatchWhy = {
    line: { number: candidate.line, text: candidate.text, origin: candidate.origin },
    template: { text: shown, source },
    kind: candidate.origin === "frames" ? "frames" : alignment.kind,
    coverage: Math.round(alignment.templateCoverage * 100) / 100,
    signals: scored.signals.map(({ name, agrees, detail }) => ({ name, agrees, detail })),
    text: "",
  };
  if (source === "variant") {
    why.template.variant = template.source;
    if (template.context !== undefined) why.template.context = template.context;
  }
  if (scored.frame) {
    const f = scored.frame.frame;
    const frame: NonNullable<MatchWhy["frame"]> = { text: frameText(f) };
    if (f.file !== undefined) frame.file = f.file;
    if (f.module !== undefined) frame.module = f.module;
    if (f.function !== undefined) frame.function = f.function;
    if (f.line !== undefined) frame.line = f.line;
    if (scored.frame.hint !== undefined) frame.hint = scored.frame.hint;
    if (scored.frame.library !== undefined) frame.library = scored.frame.library;
    why.frame = frame;
  }
  why.text = whyText(why);
  return why;
}

/**
 * The one-line text of a match's reasons, from its structured fields alone, so that a field filled in later (a
 * variant's context, read from the answer file: answers.ts) gives the same text as if the index had carried it.
 * @param why The reasons, `text` aside.
 * @returns `line 3 "…" matches the whole template of the variant 2 (context): … ; agreeing signals; frame; but …`.
 */
function whyText(why: Omit<MatchWhy, "text">): string {
  const { template } = why;
  const label = template.source === "signature" ? "signature" : `variant ${template.variant ?? "?"}${template.context ? ` (${template.context})` : ""}`;
  const coverage = why.kind === "similar" ? ` (${Math.round(why.coverage * 100)}% of its words)` : "";
  const agreeing = why.signals.filter((s) => s.agrees && s.name !== "frame" && s.name !== "library").map((s) => s.detail);
  const against = why.signals.filter((s) => !s.agrees).map((s) => s.detail);
  const frame = why.frame ? `; frame ${why.frame.text}${why.frame.hint ? ` (hint ${why.frame.hint})` : why.frame.library ? ` (library ${why.frame.library})` : ""}` : "";
  const opening =
    why.kind === "frames"
      ? `no error line in the paste; its frames point at the ${label}: ${template.text}`
      : `line ${why.line.number} "${why.line.text}" ${KIND_TEXT[why.kind]}${coverage} of the ${label}: ${template.text}`;
  return opening + (agreeing.length ? `; ${agreeing.join(", ")}` : "") + frame + (against.length ? `; but ${against.join(", ")}` : "");
}

/**
 * A match's reasons with its variant's context, which a served index keeps in the answer files rather than in the
 * data files every lookup reads (answers.ts).
 * @param why The reasons as matched.
 * @param context The matched variant's context.
 * @returns The same reasons, citing the context as the in-memory index does.
 */
export function withContext(why: MatchWhy, context: string): MatchWhy {
  const out: MatchWhy = { ...why, template: { ...why.template, context } };
  out.text = whyText(out);
  return out;
}
