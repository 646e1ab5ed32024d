/**
 * `match.bareStatus` must be a status the page's own wordings show (its signature or a variant, as the lookup
 * parses them: `Error code: 429`, `API Error: 529`, a body's `status`). A page that names a status its error never
 * prints would catch every bare paste of that status for an error it does not describe.
 */
import { analyzeText } from "../lookup/match/analyze.ts";
import type { Problem } from "./problem.ts";
import type { PageFrontmatter } from "./schema.ts";
import { wordingsOf } from "../lookup/match/wordings.ts";

/**
 * The problem with a page's `match.bareStatus`, if any.
 * @param file The page's path.
 * @param data Its validated frontmatter.
 * @param at Line and column of a frontmatter path's value.
 * @returns One problem, or none.
 */
export function bareStatusProblems(file: string, data: PageFrontmatter, at: (path: readonly PropertyKey[]) => { line: number; column: number }): Problem[] {
  const declared = data.match?.bareStatus;
  if (declared === undefined) return [];
  const shown = new Set<number>();
  for (const text of wordingsOf(data)) {
    const status = analyzeText(text, true).parts.status;
    if (status !== undefined) shown.add(status);
  }
  if (shown.has(declared)) return [];
  const list = [...shown].sort((a, b) => a - b);
  const which = list.length > 0 ? `its wordings show ${list.join(", ")}` : "none of its wordings shows a status";
  return [
    {
      file,
      ...at(["match", "bareStatus"]),
      field: "match.bareStatus",
      code: "invalid-value",
      message: `${declared} is not a status of this page's signature or variants (${which}) — add a variant that prints it as clients do (\`Error code: ${declared} - {…}\`), or remove bareStatus`,
    },
  ];
}
