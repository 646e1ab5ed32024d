/**
 * Ways a paste reaches the lookup other than as it was posted: what users' terminals, loggers, issue trackers and
 * mail clients do to error text (issue 8 §2 lists hard wraps, HTML entities, escaping, prefixes). Each is a pure
 * function of the paste. `npm run eval:robustness` re-pastes the training side's rightly answered positives through
 * each and counts how many keep their answer: a robustness check on data the matcher was tuned on, so it finds
 * parsing gaps without reading the test side. The pastes stay as they are on disk. Lines are the lookup's own
 * (`splitLines`: a final line break adds no empty line to prefix).
 */
import { splitLines } from "../../src/lookup/parse/clean-input.ts";

export interface Perturbation {
  name: string;
  /** What it imitates. */
  what: string;
  apply: (paste: string) => string;
}

/** Cuts every line into pieces of `width` characters, as a terminal or a mail client does, mid-word included. */
function hardWrap(text: string, width: number): string {
  return splitLines(text)
    .flatMap((line) => {
      if (line.length <= width) return [line];
      const out: string[] = [];
      for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width));
      return out;
    })
    .join("\n");
}

export const PERTURBATIONS: readonly Perturbation[] = [
  {
    name: "log-prefix",
    what: "a logger's timestamp, level and logger name before every line",
    apply: (t) =>
      splitLines(t)
        .map((l) => `2025-06-01T10:00:00.123Z ERROR [app.worker] ${l}`)
        .join("\n"),
  },
  { name: "json-log", what: "the whole paste as the message of one JSON log record", apply: (t) => JSON.stringify({ level: "error", time: "2025-06-01T10:00:00Z", msg: t }) },
  {
    name: "json-log-twice",
    what: "a JSON log record whose message is another JSON document holding the paste",
    apply: (t) => JSON.stringify({ level: "error", msg: JSON.stringify({ error: t }) }),
  },
  { name: "wrap-80", what: "every line cut at 80 columns, mid-word included", apply: (t) => hardWrap(t, 80) },
  {
    name: "html-escaped",
    what: "HTML-escaped, as copied from a rendered page or a notification's source",
    apply: (t) => t.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/</g, "&lt;").replace(/>/g, "&gt;"),
  },
  {
    name: "quoted",
    what: "a Markdown quote (`> ` before every line)",
    apply: (t) =>
      splitLines(t)
        .map((l) => `> ${l}`)
        .join("\n"),
  },
  {
    name: "indented",
    what: "indented four spaces (a Markdown code block, a nested log)",
    apply: (t) =>
      splitLines(t)
        .map((l) => `    ${l}`)
        .join("\n"),
  },
  { name: "crlf", what: "Windows line endings", apply: (t) => t.replace(/\r?\n/g, "\r\n") },
];
