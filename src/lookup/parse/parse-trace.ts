/**
 * The one entry point: paste in, exceptions out. Runs the work caps, cleans the lines, then walks them
 * with prioritised block parsers (the Sentry `createStackParser` habit, applied to whole blocks): at each
 * line the first parser that recognises its runtime's block takes it; lines nobody takes are skipped.
 */
import type { ParsedException, ParseResult } from "../types.ts";
import { cutToBytes, utf8Length } from "./cap-input.ts";
import { cleanInput, splitLines } from "./clean-input.ts";
import { inheritRuntime } from "./detect-runtime.ts";
import { MAX_BYTES, MAX_EXCEPTIONS, MAX_LINES, type ParseOptions } from "./limits.ts";
import type { BlockParser } from "./lines.ts";
import { parseDotnetBlock } from "./runtimes/dotnet.ts";
import { parseErrorLine, parseLoggedErrors } from "./runtimes/fallback.ts";
import { parseGoBlock } from "./runtimes/go.ts";
import { parseJavaBlock } from "./runtimes/java.ts";
import { parseNodeBlock } from "./runtimes/node.ts";
import { parsePytestBlock } from "./runtimes/pytest.ts";
import { parsePythonBlock } from "./runtimes/python.ts";
import { parseRubyBlock } from "./runtimes/ruby.ts";
import { parseRustBlock } from "./runtimes/rust.ts";

/**
 * Order matters where formats overlap: Rust's `at ./src/x.rs:1:2` lines would read as V8 frames and its
 * `Error:` + `Caused by:` as a bare error line, so Rust goes before Node and the fallback; JVM and .NET
 * frames are told apart by their parentheses, V8's by the space before them. The fallback comes last.
 */
const BLOCK_PARSERS: readonly BlockParser[] = [parsePythonBlock, parsePytestBlock, parseRustBlock, parseGoBlock, parseJavaBlock, parseDotnetBlock, parseNodeBlock, parseRubyBlock, parseErrorLine];

/** Checks a cap option: a positive integer, or the default when absent. */
function capOption(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value <= 0) {
    throw new RangeError(`parseTrace: options.${name} must be a positive integer, got ${String(value)}; omit it for ${fallback}.`);
  }
  return value;
}

/**
 * Finds the exceptions in a pasted error message or stack trace.
 * @param text - the paste: a bare message, one or more stack traces, log output, prose around them
 * @param [options] - work caps (defaults: 1 MiB, 5,000 lines)
 * @returns exceptions in text order, and `capped` when part of the paste was not examined
 * @example
 * parseTrace("ValueError: bad\n").exceptions[0]
 * // → { runtime: "python", type: "ValueError", message: "bad", frames: [], line: 1 }
 */
export function parseTrace(text: string, options: ParseOptions = {}): ParseResult {
  const maxBytes = capOption("maxBytes", options.maxBytes, MAX_BYTES);
  const maxLines = capOption("maxLines", options.maxLines, MAX_LINES);
  const byBytes = cutToBytes(text, maxBytes);
  const cleaned = cleanInput(byBytes, maxLines);
  const { lines } = cleaned;

  const exceptions: ParsedException[] = [];
  let index = 0;
  while (index < lines.length && exceptions.length < MAX_EXCEPTIONS) {
    let block;
    for (const parser of BLOCK_PARSERS) {
      block = parser(lines, index);
      if (block) break;
    }
    if (block) for (const exception of block.exceptions) exceptions.push(exception);
    index = block ? Math.max(block.next, index + 1) : index + 1;
  }
  if (exceptions.length === 0) for (const exception of parseLoggedErrors(lines)) exceptions.push(exception);
  exceptions.splice(MAX_EXCEPTIONS);
  inheritRuntime(exceptions);

  const cutLines = !cleaned.complete;
  if (byBytes.length === text.length && !cutLines) return { exceptions };
  const limits = [];
  if (byBytes.length < text.length) limits.push(`${maxBytes} bytes`);
  if (cutLines) limits.push(`${maxLines} lines`);
  const kept = cutLines ? splitLines(byBytes).slice(0, cleaned.rawLinesUsed).join("\n") : byBytes;
  return { exceptions, capped: { limit: limits.join(" and "), inputBytes: utf8Length(text), keptBytes: utf8Length(kept) } };
}
