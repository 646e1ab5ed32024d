/**
 * Splits `file:line:column` locations by hand instead of with a regex such as `^(.*?)(?::(\d+))?(?::(\d+))?$`,
 * whose optional groups after a lazy prefix backtrack badly on long lines of colons and digits.
 */

/** A location split into its parts; `file` is absent when only numbers were printed (`(12:16)`). */
export interface Location {
  file?: string;
  line?: number;
  column?: number;
}

/**
 * Reads a run of digits that ends at `end` and is preceded by a colon or starts the text (`12:16`).
 * @returns the number and the index of the colon (-1 at the start), or undefined
 */
function trailingNumber(text: string, end: number): { value: number; colon: number } | undefined {
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) start -= 1;
  if (start === end || end - start > 9 || (start > 0 && text[start - 1] !== ":")) return undefined;
  return { value: Number(text.slice(start, end)), colon: start - 1 };
}

/**
 * Splits `C:\app\x.js:12:5`, `file:///x.mjs:3:1`, `src/main.rs:10:5`, `x.go:42` or `native`.
 * @param location - the location as printed
 * @returns the file and the line and column that end it
 */
export function splitLocation(location: string): Location {
  const text = location.trim();
  const last = trailingNumber(text, text.length);
  if (!last || last.colon < 0) return text ? { file: text } : {};
  const before = trailingNumber(text, last.colon);
  const result: Location = {};
  const fileEnd = before ? before.colon : last.colon;
  if (fileEnd > 0) result.file = text.slice(0, fileEnd);
  if (before) {
    result.line = before.value;
    result.column = last.value;
  } else {
    result.line = last.value;
  }
  return result;
}
