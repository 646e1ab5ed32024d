/**
 * Removes the box CPython (3.11+) draws around ExceptionGroup tracebacks and marks the member separators:
 *
 *   + Exception Group Traceback (most recent call last):
 *   |   File "<stdin>", line 1, in <module>
 *   | ExceptionGroup: several errors (2 sub-exceptions)
 *   +-+---------------- 1 ----------------
 *     | ValueError: invalid value
 *     +---------------- 2 ----------------
 *     | TypeError: invalid type
 *     +------------------------------------
 *
 * The box only starts at an `Exception Group Traceback` line, so `| a | b |` tables and loguru's
 * `| ERROR |` columns elsewhere in a paste are left alone.
 */

/** A line with the box removed; `mark` is set on separator lines. */
export interface Unboxed {
  text: string;
  mark?: "group-member" | "group-end";
}

//   + Exception Group Traceback (most recent call last):
const GROUP_START = /^\s*\+ Exception Group Traceback/;
// (spaces) then `|` or `+`: a line inside the box
const BOXED = /^( *)([|+])(.*)$/;
// +-+---------------- 1 ----------------   |   +---------------- 2 ----------------   |   +---------------- ... ----------------
const MEMBER_SEPARATOR = /^\+(?:-\+)?-+ (?:[\d.]+|\.\.\.) -+$/;
// +------------------------------------
const END_SEPARATOR = /^\+-+$/;

/**
 * Creates a stateful stripper: feed it the lines of one paste in order. The box ends at a line without a
 * box character, at one left of the box's first column, or after the outermost group's end separator.
 */
export function createGroupBoxStripper(): (text: string) => Unboxed {
  let boxColumn = -1;
  return (text) => {
    const start = GROUP_START.test(text);
    if (boxColumn < 0 && !start) return { text };
    const boxed = BOXED.exec(text);
    const column = boxed?.[1]?.length ?? -1;
    if (!boxed || (!start && column < boxColumn)) {
      boxColumn = -1;
      return { text };
    }
    if (boxColumn < 0 || column < boxColumn) boxColumn = column;
    const rest = boxed[3] ?? "";
    if (boxed[2] === "|" || rest.startsWith(" ")) return { text: rest.startsWith(" ") ? rest.slice(1) : rest };
    const separator = `+${rest}`.trimEnd();
    if (MEMBER_SEPARATOR.test(separator)) return { text: "", mark: "group-member" };
    if (END_SEPARATOR.test(separator)) {
      // The outermost group's members sit two columns right of its `+`; their end separator closes the box.
      if (column <= boxColumn + 2) boxColumn = -1;
      return { text: "", mark: "group-end" };
    }
    boxColumn = -1;
    return { text };
  };
}
