/**
 * A page's `tool` is also a search filter (search-filters.ts turns it into one or more filter names): a long or
 * parenthesised name ("Cloudflare (in front of api.anthropic.com), or a proxy of your own") widens the filter row past
 * a phone's 320 px and shows a tool no other page shares. Stop 38's three such pages surfaced only in the end-to-end
 * layout and search-state tests, minutes into `npm test`; this check says it where the value is written.
 */
import { toolNames } from "../search-filters.ts";
import type { Problem } from "./problem.ts";
import type { PageFrontmatter } from "./schema.ts";

/** Characters of one filter name: "Anthropic TypeScript SDK" (24) fits a 320 px filter row with room to spare. */
export const TOOL_NAME_CHARS = 32;

/**
 * The problem with a page's `tool`, if any.
 * @param file The page's path.
 * @param data Its validated frontmatter.
 * @param at Line and column of a frontmatter path's value.
 * @returns One problem, or none.
 */
export function toolNameProblems(file: string, data: PageFrontmatter, at: (path: readonly PropertyKey[]) => { line: number; column: number }): Problem[] {
  if (data.tool === undefined) return [];
  const bad = toolNames(data.tool).find((name) => name.length > TOOL_NAME_CHARS || /[()]/.test(name));
  if (bad === undefined) return [];
  return [
    {
      file,
      ...at(["tool"]),
      field: "tool",
      code: "invalid-value",
      message: `shows as the search filter ${JSON.stringify(bad)} — name the library or product in at most ${TOOL_NAME_CHARS} characters ("Amazon Bedrock", "Anthropic Python SDK"); a remark may follow in parentheses at the very end`,
    },
  ];
}
