/**
 * The indentation every line of a paste shares, removed: a paste indented as a whole (a Markdown code block, an
 * e-mail quote, a log nested in another, a trace copied from an indented console) reads as it was printed, so
 * the parsers' column-0 rules (`Caused by:` at the margin, `Traceback` above indented frames, wrapped lines
 * indented deeper than their header) hold. The same as Python's `textwrap.dedent`: the longest run of spaces and
 * tabs that starts every non-blank line, compared character by character (a tab is not four spaces here).
 */

/**
 * The whitespace every non-blank line starts with.
 * @param lines - the paste's lines
 */
export function commonIndent(lines: readonly string[]): string {
  let common: string | undefined;
  for (const line of lines) {
    if (line.trim() === "") continue;
    const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
    if (common === undefined) common = indent;
    else {
      let shared = 0;
      while (shared < common.length && shared < indent.length && common[shared] === indent[shared]) shared += 1;
      common = common.slice(0, shared);
    }
    if (common === "") return "";
  }
  return common ?? "";
}

/**
 * The lines without their common indentation (blank lines become `""`).
 * @param lines - the paste's lines
 * @param [indent] - their common indentation, when the caller already has it
 */
export function dedent(lines: readonly string[], indent: string = commonIndent(lines)): string[] {
  if (indent === "") return [...lines];
  return lines.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trim() === "" ? "" : line));
}
