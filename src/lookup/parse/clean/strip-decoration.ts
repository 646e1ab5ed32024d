/**
 * Removes what chat tools, Markdown and test runners wrap around a trace line: fences, quote marks,
 * TUI gutters, loguru's variable annotations and pytest's `>` / `E` columns.
 */

/** A line with its decoration removed; `pytestError` when it was one of pytest's `E   ` lines. */
export interface Undecorated {
  text: string;
  pytestError?: boolean;
}

// ```json   |   ```   |   ~~~   |   ````   (a Markdown code fence: three or more backticks or tildes, then an info string)
export const FENCE = /^\s*(?:`{3,}|~{3,})[\w+-]*\s*$/;
// > quoted text   |   > > nested   (Markdown block quotes)
const QUOTE = /^(?:> ?)+/;
//   ⎿ API Error: 400 …   |   ⏺ Error: …   (Claude Code's TUI gutter and bullet, traces 02 and 04)
const TUI_GUTTER = /^\s*[⎿⏺]\s*/;
//         │        └ <generator object RunnableSequence.stream at 0x7f4386fc2c50>   (loguru `diagnose=True`, trace 07)
// Two patterns, not `^[\s│]*│[\s│]*$`: overlapping quantifiers around a literal backtrack quadratically.
const LOGURU_ANNOTATION = /^[\s│]*└/;
//         │    │               │   (the bars alone)
const LOGURU_BARS = /^[\s│]+$/;
// >           raise EventStreamError(parsed_response, self._operation_name)   (pytest: the failing source line, trace 36)
const PYTEST_SOURCE = /^> {2,}\S/;
// E           botocore.exceptions.EventStreamError: An error occurred …   (pytest: the exception's lines)
const PYTEST_ERROR = /^E {3,}|^E$/;

/**
 * Strips decorations from one line.
 * @param text - one line
 * @param pytest - the paste holds pytest `E   ` lines, so `>   source` lines are pytest's, not quotes
 * @returns the line without decoration; noise lines become `""` so line numbers stay those of the paste
 */
export function stripDecoration(text: string, pytest: boolean): Undecorated {
  if (FENCE.test(text) || LOGURU_ANNOTATION.test(text)) return { text: "" };
  if (text.includes("│") && LOGURU_BARS.test(text)) return { text: "" };
  if (pytest) {
    if (PYTEST_SOURCE.test(text)) return { text: "" };
    if (PYTEST_ERROR.test(text)) return { text: text.slice(1).trimStart(), pytestError: true };
  }
  let out = stripQuote(text);
  const gutter = TUI_GUTTER.exec(out);
  if (gutter) out = out.slice(gutter[0].length);
  return { text: out };
}

/**
 * A line without its Markdown block-quote markers (`> `, `> > `), for readers of the paste's own lines (the body scan)
 * as for the parser. Not for a pytest paste, whose `>   source` lines are no quotes (`looksLikePytest`).
 * @param text - one line
 */
export function stripQuote(text: string): string {
  const quote = QUOTE.exec(text);
  return quote ? text.slice(quote[0].length) : text;
}

/** True when a paste holds pytest's `E   ` lines (then `>   …` lines are pytest source lines). */
export function looksLikePytest(text: string): boolean {
  return /^E {3,}\S/m.test(text);
}
