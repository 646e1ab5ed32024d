/**
 * Python tracebacks: `Traceback (most recent call last):` blocks (or their frames alone, when the paste
 * starts mid-trace), chained exceptions, ExceptionGroup members and bare exception lines after a chain
 * marker or group separator. Python prints the throw site last, so frames are reversed.
 * @see https://docs.python.org/3/library/traceback.html
 */
import type { Frame, ParsedException } from "../../types.ts";
import { makeException } from "../frame.ts";
import { MAX_EXCEPTIONS } from "../limits.ts";
import { type Block, type BlockParser, type CleanLine, indentOf, isBlank, memoByLine, nextNonBlank, opensLogRecord, textAt } from "../lines.ts";
import { collectMessage } from "../message.ts";
import { isCutPythonFrame, isPythonNoise, parsePythonExceptionLine, parsePythonFrame, parsePythonHeader, pythonChainRelation } from "./python-frame.ts";

type Relation = ParsedException["relation"];

// After a blank line inside a traceback, only a line that is clearly an exception ends it (`Thanks` is prose).
const STRONG_TYPE = /(?:\.|Error$|Exception$|Interrupt$|Exit$|Warning$|Iteration$|Group$)/;

/** Lines that end a Python message: frames, headers and chain markers. */
const isTracebackLine = memoByLine((text) => parsePythonFrame(text) !== undefined || parsePythonHeader(text) !== undefined || pythonChainRelation(text) !== undefined);

/**
 * Reads one traceback: optional header, frames with their source and caret lines, then the exception line.
 * A traceback the paste cut off before its exception line still yields an exception (type and message `""`).
 */
function parseTraceback(lines: readonly CleanLine[], start: number): { exception: ParsedException; next: number } {
  const headerLine = lines[start]?.line ?? start + 1;
  const header = parsePythonHeader(textAt(lines, start));
  let index = header ? start + 1 : start;
  let frameIndent = header ? indentOf(textAt(lines, start)) : -1;
  let afterBlank = false;
  const frames: Frame[] = [];
  for (; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line || line.mark) break;
    const text = line.text;
    if (isBlank(text)) {
      afterBlank = true;
      continue;
    }
    const frame = parsePythonFrame(text);
    if (frame) {
      frames.push(frame);
      frameIndent = indentOf(text);
      afterBlank = false;
      continue;
    }
    if (isCutPythonFrame(text) || isPythonNoise(text)) continue;
    if (opensLogRecord(lines, index) || parsePythonHeader(text) || pythonChainRelation(text)) break;
    if (frames.length > 0 && indentOf(text) > frameIndent) continue; // the frame's source line
    const nextIsFrame = parsePythonFrame(textAt(lines, nextNonBlank(lines, index + 1))) !== undefined;
    const exceptionLine = nextIsFrame ? undefined : parsePythonExceptionLine(text);
    if (exceptionLine && (!afterBlank || STRONG_TYPE.test(exceptionLine.type) || exceptionLine.message)) {
      const { message, next } = collectMessage(lines, index, exceptionLine.message, { multiline: true, stop: isTracebackLine });
      const exception = makeException({ runtime: "python", type: exceptionLine.type, message, frames, line: headerLine, oldestFirst: true });
      return { exception, next };
    }
    if (nextIsFrame && frames.length > 0) continue; // a source line the paste flattened to column 0
    break;
  }
  const type = header?.type ?? "";
  return { exception: makeException({ runtime: "python", type, message: "", frames, line: headerLine, oldestFirst: true }), next: index };
}

/** True when a Python block may start at this line. */
function opensPython(line: CleanLine): boolean {
  return line.mark === "group-member" || parsePythonHeader(line.text) !== undefined || parsePythonFrame(line.text) !== undefined || pythonChainRelation(line.text) !== undefined;
}

/**
 * Reads Python tracebacks from `lines[start]` on: chains (`context` / `cause`) and ExceptionGroup members
 * (`group-member`) stay in one block so each exception gets its relation.
 */
export const parsePythonBlock: BlockParser = (lines, start): Block | undefined => {
  const first = lines[start];
  if (!first || !opensPython(first)) return undefined;
  const exceptions: ParsedException[] = [];
  let pending: Relation;
  let bareAllowed = false;
  let index = start;
  while (index < lines.length && exceptions.length < MAX_EXCEPTIONS) {
    const line = lines[index];
    if (!line) break;
    const text = line.text;
    if (line.mark === "group-member" || line.mark === "group-end") {
      pending = line.mark === "group-member" ? "group-member" : undefined;
      bareAllowed = line.mark === "group-member";
      index += 1;
      continue;
    }
    if (isBlank(text)) {
      index += 1;
      continue;
    }
    const relation = pythonChainRelation(text);
    if (relation) {
      pending = relation;
      bareAllowed = true;
      index += 1;
      continue;
    }
    let found: { exception: ParsedException; next: number } | undefined;
    if (parsePythonHeader(text) || parsePythonFrame(text)) found = parseTraceback(lines, index);
    else if (bareAllowed && !line.mark) {
      const bare = parsePythonExceptionLine(text);
      if (bare) {
        const { message, next } = collectMessage(lines, index, bare.message, { multiline: true, stop: isTracebackLine });
        found = { exception: makeException({ runtime: "python", type: bare.type, message, frames: [], line: line.line }), next };
      }
    }
    if (!found) break;
    if (pending) found.exception.relation = pending;
    exceptions.push(found.exception);
    pending = undefined;
    bareAllowed = false;
    index = Math.max(found.next, index + 1);
  }
  return exceptions.length > 0 ? { exceptions, next: index } : undefined;
};
