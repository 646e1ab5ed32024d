/**
 * One matching page, as the lookup and the search show it: the title and confidence, then the
 * answer itself — the page's one-line summary ("First: …") and its first fix's title — so it is
 * visible without a click. How the match was made folds away in a <details> the caller fills.
 * `summary` and `fix` are optional fields of a lookup match (plain text); absent, they are not shown.
 */
import { routes } from "../routes.ts";
import { el, type Child } from "./dom.ts";

export interface CardMatch {
  id: string;
  title: string;
  confidence: "high" | "medium" | "low";
  summary?: string | undefined;
  fix?: string | undefined;
}

export function matchCard(match: CardMatch, options: { tag?: "li" | "div"; rank?: number; extra?: Child; details?: Node[] } = {}): HTMLElement {
  const head = el(
    "div",
    { class: "match-head" },
    options.rank !== undefined ? el("span", { class: "rank" }, `${options.rank}. `) : null,
    el("a", { href: routes.page(match.id) }, match.title),
    el("span", { class: `confidence ${match.confidence}` }, match.confidence),
    options.extra,
  );
  const answer =
    match.summary || match.fix
      ? el(
          "div",
          { class: "match-answer" },
          match.summary ? el("p", {}, el("strong", {}, "First: "), match.summary) : null,
          match.fix ? el("p", {}, el("strong", {}, "Try first: "), el("a", { href: routes.page(match.id, "fix-1") }, match.fix)) : null,
        )
      : null;
  const details = options.details && options.details.length > 0 ? el("details", { class: "match-why" }, el("summary", {}, "Matched on"), ...options.details) : null;
  return el(options.tag ?? "li", { class: "match" }, head, answer, details);
}
