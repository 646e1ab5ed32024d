/**
 * Renders a lookup result into the page with DOM APIs and `textContent` only: pasted text is
 * untrusted and never becomes markup. Shows the matches with "matched on", the parsed exceptions
 * with the matched line and deciding frame highlighted, and, when nothing matches, a ready-to-copy
 * scaffold for a new page.
 */
import type { LookupResult, Match } from "../lookup/match/index.ts";
import type { ParsedException } from "../lookup/types.ts";
import { scaffoldPage, slugFromSignature } from "../entries/scaffold.ts";
import { copyText } from "./copy-text.ts";
import { el } from "./dom.ts";
import { matchCard } from "./match-card.ts";

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A match with the lead's optional answer fields (plain text), when the lookup provides them. */
type AnsweredMatch = Match & { summary?: string; fix?: string };

function renderMatch(match: AnsweredMatch, rank: number): HTMLElement {
  const why = match.why;
  const signals = el("ul", { class: "signals" }, ...why.signals.map((s) => el("li", { class: s.agrees ? "agree" : "disagree" }, s.agrees ? "✓ " : "✗ ", s.detail)));
  const detail = el(
    "dl",
    { class: "why" },
    el("dt", {}, "Your line"),
    el("dd", {}, `line ${why.line.number}: `, el("code", {}, clip(why.line.text, 400))),
    el("dt", {}, why.template.source === "signature" ? "Page signature" : `Page variant${why.template.context ? ` (${why.template.context})` : ""}`),
    el("dd", {}, el("code", {}, clip(why.template.text, 400))),
    why.frame ? el("dt", {}, "Deciding frame") : null,
    why.frame ? el("dd", {}, el("code", {}, why.frame.text), why.frame.hint ? ` — page hint ${why.frame.hint}` : why.frame.library ? ` — library ${why.frame.library}` : "") : null,
  );
  return matchCard(match, {
    rank,
    extra: el("span", { class: "muted score" }, ` score ${match.score.toFixed(2)}`),
    details: why.signals.length > 0 ? [detail, signals] : [detail],
  });
}

function renderException(ex: ParsedException, index: number, best: Match | undefined): HTMLElement {
  const matchedLine = best?.why.line.number;
  const frame = best?.why.frame;
  const isMatched = matchedLine !== undefined && (ex.line === matchedLine || (ex.message !== "" && best!.why.line.text.includes(ex.message.slice(0, 40))));
  const head = el("p", {}, el("span", { class: "tag" }, ex.runtime), " ", el("strong", {}, ex.type || "(no type)"), ex.relation ? el("span", { class: "muted" }, ` · ${ex.relation}`) : null);
  const message = ex.message
    ? el("pre", { class: "parsed-message" }, isMatched ? el("mark", {}, clip(ex.message, 2000)) : clip(ex.message, 2000))
    : el("p", { class: "muted" }, "(no message: the paste ends before the exception line)");
  const frames = ex.frames.slice(0, 6).map((f) => {
    const text = `${f.function ?? "?"}  ${f.file ?? f.module ?? ""}${f.line !== undefined ? `:${f.line}` : ""}`;
    const decided = frame && ((frame.file && f.file === frame.file && f.line === frame.line) || (frame.function && f.function === frame.function && f.file === frame.file));
    return el("li", {}, decided ? el("mark", {}, text) : text);
  });
  return el(
    "li",
    { class: "parsed" },
    el("span", { class: "visually-hidden" }, `Exception ${index + 1}: `),
    head,
    message,
    frames.length > 0 ? el("ol", { class: "frames" }, ...frames) : null,
    ex.frames.length > 6 ? el("p", { class: "muted" }, `${ex.frames.length - 6} more frames`) : null,
  );
}

function renderScaffold(parsed: ParsedException[], text: string): HTMLElement {
  const first = parsed.find((p) => p.message !== "" || p.type !== "");
  const signature = first ? (first.type ? `${first.type}: ${first.message}` : first.message) : (text.trim().split("\n")[0] ?? "");
  const today = new Date().toISOString().slice(0, 10);
  const scaffold = scaffoldPage({ signature: clip(signature, 2000), today });
  const slug = slugFromSignature(signature) || "<slug>";
  const pre = el("pre", { class: "scaffold", id: "scaffold-text", tabindex: "0" }, scaffold);
  const copy = el("button", { type: "button" }, "Copy the scaffold");
  copy.addEventListener("click", () => {
    void copyText(scaffold, pre).then((copied) => (copy.textContent = copied ? "Copied" : "Selected: press Ctrl+C"));
  });
  return el(
    "section",
    { class: "no-page", "aria-labelledby": "no-page-h" },
    el("h2", { id: "no-page-h" }, "No page yet for this error"),
    first
      ? el("p", {}, "errata read it as ", el("span", { class: "tag" }, first.runtime), " ", el("code", {}, clip(signature, 300)), ", but no page explains it yet.")
      : el("p", {}, "errata found no error message in what you pasted. Paste the last lines of the traceback, where the exception type and message are."),
    el(
      "p",
      {},
      "Write the page: save this as ",
      el("code", {}, `content/errors/<category>/${slug}.md`),
      " (or run ",
      el("code", {}, `npm run new -- "<the error>"`),
      "), fill in the TODOs and run ",
      el("code", {}, "npm run validate"),
      ".",
    ),
    copy,
    pre,
  );
}

export interface RenderTargets {
  results: HTMLElement;
  parsed: HTMLElement;
  status: HTMLElement;
}

export function renderLookup(targets: RenderTargets, text: string, result: LookupResult, ms: number): void {
  const n = result.parsed.length;
  const runtimes = [...new Set(result.parsed.map((p) => p.runtime))].join(", ");
  const capped = result.capped ? ` Only the first ${result.capped.limit} of your ${result.capped.inputBytes.toLocaleString("en")}-byte paste were analysed.` : "";
  targets.status.textContent = `${n} exception${n === 1 ? "" : "s"} found${n > 0 ? ` (${runtimes})` : ""} · ${result.matches.length} matching page${result.matches.length === 1 ? "" : "s"} · ${ms} ms, in your browser.${capped}`;
  targets.results.replaceChildren();
  if (result.matches.length > 0) {
    targets.results.append(el("h2", {}, "Pages that explain it"), el("ol", { class: "matches" }, ...result.matches.map((m, i) => renderMatch(m, i + 1))));
  } else if (text.trim() !== "") {
    targets.results.append(renderScaffold(result.parsed, text));
  }
  targets.parsed.replaceChildren();
  if (n > 0) {
    targets.parsed.append(el("h2", {}, "What errata read in your paste"), el("ol", { class: "parsed-list" }, ...result.parsed.slice(0, 20).map((ex, i) => renderException(ex, i, result.matches[0]))));
    if (n > 20) targets.parsed.append(el("p", { class: "muted" }, `${n - 20} more exceptions not shown.`));
  }
}
