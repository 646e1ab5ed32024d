/**
 * V8 stacks (Node, Deno, Bun, Chrome): a `Name: message` header, then `    at …` frames nearest the throw
 * site first, then `[cause]: …` blocks from `util.inspect`.
 * @see https://v8.dev/docs/stack-trace-api
 */
import { LOOSE_QUALIFIED, SUFFIXES, suffixGroup } from "../../exception-name.ts";
import type { Frame } from "../../types.ts";
import { makeException, makeFrame } from "../frame.ts";
import { MAX_HEADER_LINES } from "../limits.ts";
import { type BlockParser, type CleanLine, memoByLine, textAt } from "../lines.ts";
import { splitLocation } from "../location.ts";
import { collectMessage, frameAfterHeader } from "../message.ts";

//     at Anthropic.makeRequest (/home/u/node_modules/@anthropic-ai/sdk/src/core.ts:479:13)
//     at async vY1.showErrors (file:///Users/u/.claude/local/node_modules/@anthropic-ai/claude-code/cli.js:3225:14312)
//     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {
// (`[^()]*?` cannot pass a parenthesis, so only one split point is ever tried.)
const NAMED_FRAME = /^\s*at (?:async )?([^()]*?) \((.*)\)(?: \{)?\s*$/;
//     at file:///Users/u/app.mjs:3:7   |   at node:internal/main/run_main_module:28:49   |   at B:/~BUN/root/claude.exe:287:28561
const BARE_FRAME = /^\s*at (?:async )?(\S.*?:\d+(?::\d+)?)(?: \{)?\s*$/;
//     at <anonymous>   |   at unknown   (JSC and V8 frames with no location)
const ANONYMOUS_FRAME = /^\s*at (?:async )?(<anonymous>|unknown|native)\s*$/;
//     at async vY1 (file:///Users/yabasha/.claude/local/node_modu   (cut off: still part of the stack, yields no frame)
const ANY_AT = /^\s*at \S/;
//     ... 4 lines matching cause stack trace ...
const ELIDED = /^\s*\.\.\. \d+ lines? matching cause stack trace \.\.\.\s*$/;
// [cause]: Error: getaddrinfo ENOTFOUND api.anthropic.com   (util.inspect of an error with a cause)
const CAUSE_PREFIX = /^\s*\[cause\]: /;
// Uncaught TypeError: x   |   Uncaught (in promise) Error: x   |   error: Uncaught (in promise) TypeError: x   (browsers, REPL, Deno)
const UNCAUGHT_PREFIX = /^(?:error: )?Uncaught (?:\(in promise\) )?/;
// [UnhandledPromiseRejection: This error originated either by …] {   (util.inspect of an error without a stack)
const BRACKETED = /^\[([\w$.]+(?: \[[\w-]+\])?): (.*)\]\s*\{?\s*$/;
// request failed: Error: socket hang up   (a logger's prose before the V8 header; the first error name wins)
const NAMED_INSIDE = new RegExp(String.raw`(?:^|\s)(${LOOSE_QUALIFIED}${suffixGroup(SUFFIXES.core)})( \[[\w-]+\])?: (.*)$`);
// TypeError [ERR_INVALID_ARG_TYPE]: The "path" argument must be of type string   |   InternalServerError: 529 {…}   |   API Error: 400
const NAMED_HEADER = new RegExp(String.raw`^((?:[\w$.]+ )*?[\w$.]*${suffixGroup(SUFFIXES.nodeHeader)}|[A-Za-z_$][\w$.]*)( \[[\w-]+\])?(?::(?: (.*))?)?$`);
const NAMED_END = new RegExp(`${suffixGroup(SUFFIXES.nodeHeader)}$`);

// The npm package a path runs through: the last `node_modules/<pkg>` or `node_modules/@scope/<pkg>`.
const NODE_MODULES = "node_modules/";
// Deno's npm cache: /home/u/.cache/deno/npm/registry.npmjs.org/@anthropic-ai/sdk/0.30.0/core.js
const DENO_NPM = /\/registry\.npmjs\.org\/((?:@[^/]+\/)?[^/]+)\//;

/**
 * The npm package a frame's file belongs to.
 * @param file - the file as printed (URL, POSIX or Windows path)
 */
export function npmPackage(file: string): string | undefined {
  const path = file.replaceAll("\\", "/");
  const at = path.lastIndexOf(NODE_MODULES);
  if (at < 0) return DENO_NPM.exec(path)?.[1];
  const parts = path.slice(at + NODE_MODULES.length).split("/");
  const name = parts[0]?.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  return name && parts.length > (name.startsWith("@") ? 2 : 1) ? name : undefined;
}

/** Builds a frame from a function name and a location string. */
function frameFrom(name: string | undefined, location: string): Frame {
  // `eval at f (x.js:1:2), <anonymous>:1:3`: the code ran in the eval'd source, named after the last comma.
  const where = location.startsWith("eval at ") ? location.slice(location.lastIndexOf(", ") + 2) : location;
  const { file, line, column } = /^index \d+$/.test(where) ? {} : splitLocation(where);
  return makeFrame({ module: file ? npmPackage(file) : undefined, file, function: name?.trim(), line, column });
}

/**
 * Parses one V8 frame line.
 * @param text - one cleaned line
 * @returns the frame, or undefined when the line is not a complete frame
 */
function parseNodeFrame(text: string): Frame | undefined {
  const named = NAMED_FRAME.exec(text);
  if (named) return frameFrom(named[1], named[2] ?? "");
  const bare = BARE_FRAME.exec(text);
  if (bare) return frameFrom(undefined, bare[1] ?? "");
  const anonymous = ANONYMOUS_FRAME.exec(text);
  return anonymous ? makeFrame({ function: anonymous[1] }) : undefined;
}

/** True for a complete V8 frame line (remembered per line). */
const isNodeFrame = memoByLine((text) => parseNodeFrame(text) !== undefined);

/**
 * Splits a V8 header into name and message; a line that names no error keeps all its text as message.
 * @param text - the header with `[cause]:`/`Uncaught` prefixes already removed
 */
function splitNodeHeader(text: string): { type: string; message: string } {
  const trimmed = text.trim();
  const bracketed = BRACKETED.exec(trimmed);
  if (bracketed) return { type: bracketed[1] ?? "", message: (bracketed[2] ?? "").trim() };
  const named = NAMED_HEADER.exec(trimmed);
  if (named?.[1] && (named[3] !== undefined || NAMED_END.test(named[1]))) {
    return { type: `${named[1]}${named[2] ?? ""}`, message: named[3] ?? "" };
  }
  const inside = NAMED_INSIDE.exec(trimmed);
  if (inside?.[1]) return { type: `${inside[1]}${inside[2] ?? ""}`, message: inside[3] ?? "" };
  return { type: "", message: trimmed };
}

/** Reads the frames (and skipped stack lines) from `start`; returns them and the first line after. */
function readFrames(lines: readonly CleanLine[], start: number): { frames: Frame[]; next: number } {
  const frames: Frame[] = [];
  let index = start;
  for (; index < lines.length; index += 1) {
    const text = textAt(lines, index);
    const frame = parseNodeFrame(text);
    if (frame) frames.push(frame);
    else if (!ANY_AT.test(text) && !ELIDED.test(text)) break;
  }
  return { frames, next: index };
}

/** Reads a V8 stack: header (or `[cause]:` header, or none) and frames. */
export const parseNodeBlock: BlockParser = (lines, start) => {
  const line = lines[start];
  if (!line) return undefined;
  if (isNodeFrame(line)) {
    const { frames, next } = readFrames(lines, start);
    return { exceptions: [makeException({ runtime: "node", type: "", message: "", frames, line: line.line })], next };
  }
  const cause = CAUSE_PREFIX.exec(line.text);
  const withoutCause = cause ? line.text.slice(cause[0].length) : line.text.trimStart();
  const uncaught = UNCAUGHT_PREFIX.exec(withoutCause);
  const headerText = uncaught ? withoutCause.slice(uncaught[0].length) : withoutCause;
  const firstFrame = frameAfterHeader(lines, start, isNodeFrame, MAX_HEADER_LINES);
  // Without frames, only forms that are V8's own (`[cause]:`, `Uncaught`, `[Name: msg]`) are taken here.
  if (firstFrame < 0 && !cause && !uncaught && !BRACKETED.test(headerText.trim())) return undefined;
  const { type, message: first } = splitNodeHeader(headerText);
  // A header without frames is a one-line inspection (`[Name: msg] {`): what follows is its properties.
  const { message } = firstFrame < 0 ? { message: first } : collectMessage(lines, start, first, { multiline: true, stop: isNodeFrame });
  const { frames, next } = firstFrame < 0 ? { frames: [], next: start + 1 } : readFrames(lines, firstFrame);
  const exception = makeException({ runtime: "node", type, message, frames, line: line.line, relation: cause ? "cause" : undefined });
  return { exceptions: [exception], next };
};
