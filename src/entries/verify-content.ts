/**
 * Loading is not checking. `loadContent` reads and validates the files (schema, sections, cross-links, source titles);
 * the checks here run code on top of that: every playground sample is replayed through its client model and its
 * error looked up in an index compiled from all pages. That costs a compile of the lookup index, so only the
 * commands that promise a fully checked site call it — `npm run validate`, `npm run build`, `npm run init` and the
 * dev server — and the ones that only read pages (`new`, `lookup`, `triage`, the benches) do not pay for it.
 */
import type { Content } from "./load-content.ts";
import { checkPlaygrounds } from "./playground-check.ts";
import { sortProblems } from "./problem.ts";

/** `content` with the problems of the playground replay added, every problem in file-and-position order. */
export function verifyContent(content: Content): Content {
  const more = checkPlaygrounds(content.pages);
  return more.length === 0 ? content : { ...content, problems: sortProblems([...content.problems, ...more]) };
}
