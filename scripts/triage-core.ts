/**
 * Issue triage: reads a GitHub `issues` event, looks up the issue's title, each fenced code block and the
 * rest of the body with the site's own lookup, and writes a Markdown comment naming the pages that explain
 * the error. Pure apart from the lookup it is given: `scripts/triage.ts` wires it to the content.
 *
 * Only the lookup's public result is used (`id, title, confidence, score, why.text`), as scripts/lookup.ts does.
 * Untrusted text (everything from the issue, including the lookup's "matched on", which quotes it) is only
 * ever written inside code spans (triage-markdown.ts).
 */
import { codeSpan, linkText } from "./triage-markdown.ts";

/** The parts of a GitHub `issues` event payload triage reads. */
export interface IssuesEvent {
  action?: string;
  issue?: { number?: number; title?: string | null; body?: string | null; pull_request?: unknown };
}

export interface LookupMatch {
  id: string;
  title: string;
  confidence: "high" | "medium" | "low";
  score: number;
  why: { text: string };
}

export type LookupFn = (text: string) => Promise<LookupMatch[]>;

export interface PageInfo {
  summary: string;
  url: string;
}

export interface TriageMatch {
  id: string;
  title: string;
  url: string;
  summary: string;
  confidence: "high" | "medium";
  score: number;
  /** Where in the issue it matched: "the title", "code block 2", "the issue text". */
  part: string;
  /** The lookup's "matched on" line (quotes the issue: untrusted). */
  why: string;
}

export interface TriageResult {
  matches: TriageMatch[];
  /** The comment, or undefined when nothing reached medium confidence. */
  comment?: string;
}

/** Actions whose text is new: a comment is worth (re)computing. */
export const TRIAGE_ACTIONS = new Set(["opened", "edited", "reopened"]);
/** Work caps: the lookup caps a paste at 1 MiB; an issue body is at most 65,536 characters on GitHub. */
const MAX_BODY = 65_536;
const MAX_BLOCKS = 10;
const MAX_PAGES = 3;
/** Marks errata's comment, so the workflow edits it instead of adding another. */
export const COMMENT_MARKER = "<!-- errata-triage -->";

export interface IssueParts {
  title: string;
  blocks: string[];
  rest: string;
}

/** Title, fenced code blocks (``` or ~~~, CommonMark rules: the closing fence is at least as long), and the rest. */
export function splitIssue(title: string, body: string): IssueParts {
  const lines = body.slice(0, MAX_BODY).split(/\r?\n/);
  const blocks: string[] = [];
  const rest: string[] = [];
  let open: { char: string; length: number; lines: string[] } | undefined;
  for (const line of lines) {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!open) {
      if (fence && !(fence[1]![0] === "`" && fence[2]!.includes("`"))) open = { char: fence[1]![0]!, length: fence[1]!.length, lines: [] };
      else rest.push(line);
    } else if (fence && fence[1]![0] === open.char && fence[1]!.length >= open.length && fence[2]!.trim() === "") {
      blocks.push(open.lines.join("\n"));
      open = undefined;
    } else open.lines.push(line);
  }
  if (open) blocks.push(open.lines.join("\n")); // an unclosed fence runs to the end of the body
  return { title, blocks: blocks.filter((b) => b.trim() !== "").slice(0, MAX_BLOCKS), rest: rest.join("\n").trim() };
}

export async function triage(event: IssuesEvent, lookup: LookupFn, pages: (id: string) => PageInfo | undefined, site: { title: string; url: string }): Promise<TriageResult> {
  if (!event.issue || event.issue.pull_request || !TRIAGE_ACTIONS.has(event.action ?? "")) return { matches: [] };
  const parts = splitIssue(event.issue.title ?? "", event.issue.body ?? "");
  const inputs: Array<[string, string]> = [
    ["the title", parts.title],
    ...parts.blocks.map((b, i): [string, string] => [parts.blocks.length === 1 ? "the code block" : `code block ${i + 1}`, b]),
    ["the issue text", parts.rest],
  ];
  const best = new Map<string, TriageMatch>();
  for (const [part, text] of inputs) {
    if (text.trim() === "") continue;
    for (const m of await lookup(text)) {
      if (m.confidence === "low") continue;
      const page = pages(m.id);
      if (!page) continue;
      const seen = best.get(m.id);
      const rank = (c: string) => (c === "high" ? 1 : 0);
      if (seen && (rank(seen.confidence) > rank(m.confidence) || (seen.confidence === m.confidence && seen.score >= m.score))) continue;
      best.set(m.id, { id: m.id, title: m.title, url: page.url, summary: page.summary, confidence: m.confidence, score: m.score, part, why: m.why.text });
    }
  }
  const matches = [...best.values()].sort((a, b) => (a.confidence === b.confidence ? b.score - a.score : a.confidence === "high" ? -1 : 1)).slice(0, MAX_PAGES);
  return matches.length === 0 ? { matches } : { matches, comment: renderComment(matches, site) };
}

export function renderComment(matches: readonly TriageMatch[], site: { title: string; url: string }): string {
  const lines = [
    COMMENT_MARKER,
    `**This looks like a known error.** ${matches.length === 1 ? "This page" : "These pages"} on [${linkText(site.title)}](${site.url}) ${matches.length === 1 ? "explains" : "explain"} it:`,
    "",
  ];
  for (const m of matches) {
    lines.push(`### [${linkText(m.title)}](${m.url})`, "");
    lines.push(`**${m.confidence} confidence** (score ${m.score.toFixed(2)}) · found in ${m.part} · matched on: ${codeSpan(m.why, 400)}`, "");
    // The summary is the site's own content (validated inline Markdown), not the issue's.
    lines.push(`> ${m.summary.replace(/\s+/g, " ").trim()}`, "");
  }
  lines.push(
    "<sub>Found automatically by the site's error lookup, run over this issue's title, code blocks and text. " +
      "If none of these pages fits, say so: a maintainer will read the issue as usual.</sub>",
  );
  return `${lines.join("\n")}\n`;
}
