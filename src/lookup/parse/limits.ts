/**
 * The work caps of the stack-trace parser. A paste is untrusted input typed into a browser tab, so every
 * loop and every regex runs on bounded data: a 5 MB paste costs what its first 1 MiB costs.
 *
 * Why these numbers:
 * - 1 MiB / 5,000 lines is far more than any real trace (the 22 real pastes in tests/fixtures/traces are
 *   at most 1.4 kB and 26 lines; a Java trace with 40 `Caused by:` blocks stays under 2,000 lines).
 * - 2,000 characters per line: Sentry truncates frame lines at 1 kB against ReDoS
 *   (getsentry/sentry-javascript#2286); JSON error bodies on one line reach ~700 characters (trace 09), so
 *   2,000 keeps them whole. Escaped stacks are expanded *before* the cut, so long JSON log lines still work.
 * - 100 frames per exception (Sentry keeps 50) and 100 exceptions per paste bound the result size.
 */

/** Bytes (UTF-8) of input examined; the rest is cut and reported in `ParseResult.capped`. */
export const MAX_BYTES = 1_048_576;

/** Lines examined, counted after escaped stacks are expanded; the rest is cut and reported. */
export const MAX_LINES = 5_000;

/** Characters of one line that the line parsers see; longer lines are cut (not reported: no line is lost). */
export const MAX_LINE_CHARS = 2_000;

/** Frames kept per exception, nearest the throw site first. */
export const MAX_FRAMES = 100;

/** Exceptions kept per paste, in text order. */
export const MAX_EXCEPTIONS = 100;

/** Characters of one message after wrapped lines are joined back. */
export const MAX_MESSAGE_CHARS = 4_000;

/** Lines after a header that may continue its message. */
export const MAX_CONTINUATION_LINES = 40;

/** Message lines allowed between a header and its first frame (`Error: a\nb\n    at …`). */
export const MAX_HEADER_LINES = 10;

/** Options of `parseTrace`; both default to the caps above and must be positive integers. */
export interface ParseOptions {
  /** UTF-8 bytes of input examined (default 1,048,576). */
  maxBytes?: number;
  /** Lines examined, after expansion of escaped stacks (default 5,000). */
  maxLines?: number;
}
