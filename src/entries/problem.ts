/**
 * A content problem is data first, text second (astro `core/errors/README.md`; zod's `$ZodIssue`):
 * checks collect `Problem`s, and `formatProblem` turns one into the single line authors read:
 *
 *   content/errors/amazon-bedrock/x.md:7:3  fixes[0].steps  expected a list of steps — write `steps:` then `- …` lines
 */

/** Where and what: the file, the position of the offending key or value, the field path and the message. */
export interface Problem {
  /** Path as given to the loader (relative to the working directory when possible). */
  file: string;
  /** 1-based line and column of the offending key or value. */
  line: number;
  column: number;
  /** The field path, e.g. `fixes[0].steps`, or a pseudo-field such as `body`, `yaml`, `file`. */
  field: string;
  /** What is wrong and, after " — ", what to do. One line. */
  message: string;
  /** A stable machine name for the kind of problem, for tests and tooling. */
  code: ProblemCode;
}

export type ProblemCode =
  | "file-name"
  | "no-frontmatter"
  | "unclosed-frontmatter"
  | "yaml"
  | "unknown-key"
  | "missing"
  | "wrong-type"
  | "invalid-value"
  | "bad-url"
  | "bad-date"
  | "duplicate-id"
  | "duplicate-signature"
  | "duplicate-bare-status"
  | "dangling-related"
  | "dangling-link"
  | "self-related"
  | "no-related"
  | "missing-category"
  | "missing-section"
  | "unknown-section"
  | "section-order"
  | "todo"
  | "duplicate-question"
  | "playground"
  | "source-title"
  | "too-large"
  | "too-deep"
  | "encoding";

/** Appends every problem of `more` to `target` — a loop, since `push(...more)` overflows the stack past ~125k items. */
export function addProblems(target: Problem[], more: Iterable<Problem>): void {
  for (const problem of more) target.push(problem);
}

/** Renders one problem as `path:line:column  field  message`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${problem.message}`;
}

/** Sorts problems by file, then position, so output is stable and reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
}

/** Formats a field path the way authors write it: `fixes[0].steps`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "frontmatter" : out;
}
