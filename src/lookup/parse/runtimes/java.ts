/**
 * JVM stacks (Java, Kotlin, Scala): `Exception in thread "main" pkg.Type: message`, tab-indented
 * `at pkg.Class.method(File.java:123)` frames, `... N more`, `Caused by:` (the next exception is the cause
 * of the one above) and `Suppressed:` blocks.
 * @see https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/Throwable.html#printStackTrace()
 */
import type { Frame, ParsedException } from "../../types.ts";
import { type ExceptionParts, makeException, makeFrame } from "../frame.ts";
import { MAX_EXCEPTIONS, MAX_HEADER_LINES } from "../limits.ts";
import { type BlockParser, type CleanLine, memoByLine, textAt } from "../lines.ts";
import { splitLocation } from "../location.ts";
import { collectMessage, frameAfterHeader } from "../message.ts";

// 	at com.example.App.main(App.java:12)   |   at java.base/java.lang.Thread.run(Thread.java:1583)   |   at app//org.junit.Foo.bar(Foo.kt:3)
const FRAME = /^\s*at (?:[^\s()/]*\/){0,2}([^\s()/]+)\.([^\s().]+)\(([^()]*)\)\s*$/;
// App.java:12   |   Native Method   |   Unknown Source   |   Unknown Source:4 (Android)   |   Main.kt   (what a JVM frame has in parentheses)
const JVM_LOCATION = /^(?:[\w$.-]+\.(?:java|kt|kts|scala|groovy|clj|cljc)(?::\d+)?|Native Method|Unknown Source(?::\d+)?|SourceFile(?::\d+)?|<generated>)$/;
// Exception in thread "main" java.lang.IllegalStateException: boom
const THREAD_HEADER = /^\s*Exception in thread "[^"]*" (.*)$/;
// Caused by: java.io.IOException: disk full
const CAUSED_BY = /^\s*Caused by: (.+)$/;
// 	Suppressed: java.lang.IllegalStateException: close failed
const SUPPRESSED = /^\s*Suppressed: (.+)$/;
// 	... 12 more   |   ... 12 common frames omitted (logback)
const MORE = /^\s*\.\.\. \d+ (?:more|common frames omitted)\s*$/;
// java.lang.IllegalStateException: boom   |   kotlin.NotImplementedError   |   com.example.Outer$Inner: x
const TYPE_AND_MESSAGE = /^((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*)(?:: ?(.*))?$/;

/**
 * Parses a JVM frame line; lines whose parentheses do not hold a JVM location (.NET's argument lists) are not JVM frames.
 * @param text - one cleaned line
 */
export function parseJavaFrame(text: string): Frame | undefined {
  const match = FRAME.exec(text);
  const location = match?.[3]?.trim() ?? "";
  if (!match || !JVM_LOCATION.test(location)) return undefined;
  const { file, line } = splitLocation(location);
  const knownFile = file && file !== "Native Method" && file !== "Unknown Source" && file !== "<generated>" ? file : undefined;
  return makeFrame({ module: match[1], function: match[2], file: knownFile, line });
}

/** True for a JVM frame line (remembered per line). */
const isJavaFrame = memoByLine((text) => parseJavaFrame(text) !== undefined);
/** True for lines that end a JVM header's message. */
const endsJavaMessage = memoByLine((text) => parseJavaFrame(text) !== undefined || MORE.test(text));

/** Splits `pkg.Type: message` (or keeps the whole text as message when it names no type). */
function splitHeader(text: string): { type: string; message: string } {
  const match = TYPE_AND_MESSAGE.exec(text.trim());
  return match?.[1] ? { type: match[1], message: match[2] ?? "" } : { type: "", message: text.trim() };
}

/** An exception being read: its fields, frames still to come. */
type OpenException = ExceptionParts & { frames: Frame[] };

/** Starts an exception at a header line: message (possibly several lines) up to the first frame. */
function openException(lines: readonly CleanLine[], index: number, headerText: string, relation?: ParsedException["relation"]): { parts: OpenException; next: number } {
  const { type, message: first } = splitHeader(headerText);
  const { message, next } = collectMessage(lines, index, first, { multiline: true, stop: endsJavaMessage });
  return { parts: { runtime: "java", type, message, frames: [], line: lines[index]?.line ?? index + 1, relation }, next };
}

/** Reads a JVM stack with its `Caused by:` and `Suppressed:` exceptions. */
export const parseJavaBlock: BlockParser = (lines, start) => {
  const text = textAt(lines, start);
  const thread = THREAD_HEADER.exec(text);
  const causedBy = CAUSED_BY.exec(text);
  let opened: { parts: OpenException; next: number };
  if (thread) opened = openException(lines, start, thread[1] ?? "");
  else if (causedBy) opened = openException(lines, start, causedBy[1] ?? "", "cause");
  else if (parseJavaFrame(text)) opened = { parts: { runtime: "java", type: "", message: "", frames: [], line: lines[start]?.line ?? start + 1 }, next: start };
  else if (frameAfterHeader(lines, start, isJavaFrame, MAX_HEADER_LINES) >= 0) opened = openException(lines, start, text);
  else return undefined;
  const all = [opened.parts];
  let current = opened.parts;
  let index = opened.next;
  for (; index < lines.length && all.length < MAX_EXCEPTIONS; index += 1) {
    const line = textAt(lines, index);
    const frame = parseJavaFrame(line);
    if (frame) current.frames.push(frame);
    else if (MORE.test(line)) continue;
    else {
      const cause = CAUSED_BY.exec(line);
      const suppressed = cause ? undefined : SUPPRESSED.exec(line);
      if (!cause && !suppressed) break;
      const next = openException(lines, index, (cause ?? suppressed)?.[1] ?? "", cause ? "cause" : undefined);
      current = next.parts;
      all.push(current);
      index = next.next - 1;
    }
  }
  return { exceptions: all.map((parts) => makeException(parts)), next: index };
};
