/**
 * Shapes shared by the stack-trace parsers (src/lookup/parse/) and the matcher (src/lookup/match/).
 * Pure data: no DOM, no Node APIs, so the same values flow through the browser, the CLI and tests.
 */

/** The runtimes errata recognises. `unknown` is the fallback that picks error-looking lines. */
export type Runtime = "python" | "node" | "java" | "go" | "rust" | "dotnet" | "ruby" | "unknown";

/** One stack frame, normalised across runtimes. Absent parts are omitted, never empty strings. */
export interface Frame {
  /** Module, package or namespace (`anthropic.lib.bedrock._stream_decoder`, `com.example.Foo`, `github.com/x/y`). */
  module?: string;
  /** File path as printed, with `\` kept for Windows paths. */
  file?: string;
  /** Function or method name (`_parse_message_from_event`, `CP.makeRequest`). */
  function?: string;
  line?: number;
  column?: number;
}

/** One exception (or error message) found in the pasted text. */
export interface ParsedException {
  runtime: Runtime;
  /** The exception's type as printed (`ValueError`, `anthropic.APIStatusError`, `java.io.IOException`); "" when none. */
  type: string;
  /** The message after the type, joined back when the paste wrapped it; may be cut off. */
  message: string;
  /** Frames nearest the throw site first. */
  frames: Frame[];
  /** 1-based line in the (cleaned) input where the exception's header line starts. */
  line: number;
  /** How this exception relates to the previous one in the list, when the trace says so. */
  relation?: "cause" | "context" | "group-member";
}

/** What the parser returns for a whole paste. */
export interface ParseResult {
  exceptions: ParsedException[];
  /** Set when the input was larger than the work cap: what was cut, so the UI can say so. */
  capped?: { limit: string; inputBytes: number; keptBytes: number };
}
