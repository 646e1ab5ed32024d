/**
 * The one home of the "exception name" rule: what a class name that names an error looks like. The trace parser
 * (a record starts, a typed line, a Node header), the matcher (the type in a page's signature, a body's class)
 * and the page scaffold all build their patterns from these pieces, so a new suffix or a new identifier rule is
 * changed here once. The readers differ on purpose, and the differences are data below, each with its reason.
 */

/** One identifier as JavaScript, Python, Java, C#, Go and Rust write it (`$` for JavaScript). */
export const IDENTIFIER = String.raw`[A-Za-z_$][\w$]*`;

/** Identifier in loose form, as Node prints `error.name` (digits first allowed; empty before the suffix, so a bare `Error`). */
export const LOOSE_QUALIFIED = String.raw`(?:[\w$]+\.)*[\w$]*`;

/** A capitalised class word, as error bodies and wrappers print it (`ThrottlingException`, `AnthropicException`). */
export const CLASS_WORD = String.raw`[A-Z]\w*`;

/** The suffixes that make an identifier an exception class, per reader. */
export const SUFFIXES = {
  /** Every reader: `ValueError`, `java.io.IOException`. */
  core: ["Error", "Exception"],
  /** A typed line in the fallback parser also reads SOAP/.NET `…Fault` and Java `…Failure` classes. */
  typedLine: ["Error", "Exception", "Fault", "Failure"],
  /** A Node header also names `UnhandledPromiseRejection`. */
  nodeHeader: ["Error", "Exception", "Rejection"],
  /** A scaffolded slug keeps a `…Warning` or `…Fault` type as its first words. */
  scaffold: ["Error", "Exception", "Warning", "Fault"],
  /** The last segment of a type in a signature: also Python's `KeyboardInterrupt`/`SystemExit`, `…Timeout`, `…Abort`, `…Throttled`, `…NotFound`. */
  signatureType: ["Error", "Exception", "Fault", "Warning", "Failure", "Interrupt", "Exit", "Timeout", "Abort", "Throttled", "NotFound"],
} as const satisfies Record<string, readonly string[]>;

/** `(?:Error|Exception)` for a list of suffixes. */
export function suffixGroup(suffixes: readonly string[]): string {
  return `(?:${suffixes.join("|")})`;
}

/** A qualified exception name: `anthropic.RateLimitError`, `java.io.IOException`, `Error` is not one (no prefix word). */
export const EXCEPTION_NAME = String.raw`(?:${IDENTIFIER}\.)*${IDENTIFIER}${suffixGroup(SUFFIXES.core)}`;
