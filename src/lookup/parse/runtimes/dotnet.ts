/**
 * .NET stacks: `Unhandled exception. Ns.Type: message`, inner exceptions as ` ---> Ns.Inner: message`
 * lines, then the frames of the innermost exception first, each outer level after an
 * `--- End of inner exception stack trace ---` line.
 * @see https://learn.microsoft.com/dotnet/api/system.exception.tostring
 */
import type { Frame } from "../../types.ts";
import { makeException, makeFrame } from "../frame.ts";
import { MAX_HEADER_LINES } from "../limits.ts";
import { type BlockParser, memoByLine, textAt } from "../lines.ts";
import { collectMessage, frameAfterHeader } from "../message.ts";
import { parseJavaFrame } from "./java.ts";

//    at Demo.Program.Main(String[] args) in C:\src\Demo\Program.cs:line 12   |   at Demo.Worker.<RunAsync>d__3.MoveNext()
// (no spaces before the parenthesis: that keeps V8's `at fn (file:1:2)` out)
const FRAME = /^\s*at ([^\s()]+)\(([^()]*)\)(?: in (.+):line (\d+))?\s*$/;
// Unhandled exception. System.InvalidOperationException: Sequence contains no elements   |   Unhandled Exception: System.X: y (.NET Framework)
const UNHANDLED = /^\s*Unhandled [Ee]xception[.:] (.*)$/;
//  ---> System.ArgumentNullException: Value cannot be null. (Parameter 'source')   |    ---> (Inner Exception #1) System.X: y
const INNER = /^\s*---> (?:\(Inner Exception #\d+\) )?(.*)$/;
//    --- End of inner exception stack trace ---
const END_INNER = /^\s*--- End of inner exception stack trace ---\s*$/;
//    --- End of stack trace from previous location ---   |   … where exception was thrown ---
const END_STACK = /^\s*--- End of stack trace from previous location(?: where exception was thrown)? ---\s*$/;
// System.InvalidOperationException: boom   |   Microsoft.Data.SqlClient.SqlException (0x80131904): Invalid object name 'x'.
// (`s`: the message may already hold the lines that followed the header.)
const TYPE_AND_MESSAGE = /^((?:[A-Za-z_][\w`]*\.)*[A-Za-z_][\w`]*)(?: \(0x[\da-fA-F]+\))?(?:: ?(.*))?$/s;

/**
 * Parses a .NET frame line (not a JVM one: those have a file in the parentheses).
 * @param text - one cleaned line
 */
function parseDotnetFrame(text: string): Frame | undefined {
  const match = FRAME.exec(text);
  if (!match || parseJavaFrame(text)) return undefined;
  const name = match[1] ?? "";
  const dot = name.lastIndexOf(".");
  return makeFrame({
    module: dot > 0 ? name.slice(0, dot) : undefined,
    function: dot > 0 ? name.slice(dot + 1) : name,
    file: match[3],
    line: match[4] === undefined ? undefined : Number(match[4]),
  });
}

/** True for .NET frames and the structural lines between them (remembered per line). */
const isStackLine = memoByLine((text) => parseDotnetFrame(text) !== undefined || INNER.test(text) || END_INNER.test(text) || END_STACK.test(text));

/** Splits `Ns.Type: message`; .NET Framework prints inner exceptions on the same line after ` ---> `. */
function splitHeaders(text: string): { type: string; message: string }[] {
  return text.split(" ---> ").map((piece) => {
    const match = TYPE_AND_MESSAGE.exec(piece.trim());
    return match?.[1] ? { type: match[1], message: (match[2] ?? "").trim() } : { type: "", message: piece.trim() };
  });
}

/** Reads a .NET exception chain and its frames, giving each level the frames printed for it. */
export const parseDotnetBlock: BlockParser = (lines, start) => {
  const text = textAt(lines, start);
  const unhandled = UNHANDLED.exec(text);
  const headerless = parseDotnetFrame(text) !== undefined;
  if (!unhandled && !headerless && frameAfterHeader(lines, start, isStackLine, MAX_HEADER_LINES) < 0) return undefined;
  type Level = { type: string; message: string; line: number };
  const levels: Level[] = [];
  /** Adds the header(s) on `lines[at]`, with continuation lines, and returns the next index. */
  const addHeaders = (at: number, headerText: string): number => {
    const { message, next } = collectMessage(lines, at, headerText, { multiline: true, stop: isStackLine });
    for (const header of splitHeaders(message)) levels.push({ ...header, line: lines[at]?.line ?? at + 1 });
    return next;
  };
  let index = headerless ? start : addHeaders(start, unhandled ? (unhandled[1] ?? "") : text);
  const segments: Frame[][] = [[]];
  for (; index < lines.length; index += 1) {
    const line = textAt(lines, index);
    const frame = parseDotnetFrame(line);
    const inner = INNER.exec(line);
    if (frame) segments.at(-1)?.push(frame);
    else if (END_INNER.test(line)) segments.push([]);
    else if (END_STACK.test(line)) continue;
    else if (inner) index = addHeaders(index, inner[1] ?? "") - 1;
    else break;
  }
  if (levels.length === 0) levels.push({ type: "", message: "", line: lines[start]?.line ?? start + 1 });
  // Segment k holds the frames of the k-th level from the inside; extra segments belong to the outermost.
  const framesOf = levels.map((): Frame[] => []);
  segments.forEach((segment, k) => framesOf[Math.max(levels.length - 1 - k, 0)]?.push(...segment));
  const exceptions = levels.map((level, k) => makeException({ runtime: "dotnet", ...level, frames: framesOf[k] ?? [], relation: k > 0 ? "cause" : undefined }));
  return { exceptions, next: index };
};
