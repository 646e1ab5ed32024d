/**
 * Go: `panic:` / `fatal error:` with the goroutine dump below it (function line, then a tab-indented
 * `file.go:N +0x1d` line, nearest the panic first), a goroutine dump alone, and aws-sdk-go-v2's one-line
 * error chains (`operation error Bedrock Runtime: InvokeModel, https response error StatusCode: 400, …`).
 * @see https://pkg.go.dev/runtime#hdr-Environment_Variables (GOTRACEBACK)
 */
import type { Frame } from "../../types.ts";
import { makeException, makeFrame } from "../frame.ts";
import { type BlockParser, type CleanLine, isBlank, nextNonBlank, textAt } from "../lines.ts";
import { collectMessage } from "../message.ts";

// panic: runtime error: index out of range [5] with length 3   |   fatal error: all goroutines are asleep - deadlock!
const PANIC = /^(panic|fatal error): (.*)$/;
// goroutine 1 [running]:
const GOROUTINE = /^goroutine \d+ \[[^\]]*\]:\s*$/;
// 	/home/u/app/main.go:42 +0x1d   |   	/usr/local/go/src/runtime/panic.go:770
const FILE_LINE = /^\s+(\S.*?):(\d+)(?: \+0x[\da-fA-F]+)?\s*$/;
// github.com/aws/aws-sdk-go-v2/service/bedrockruntime.(*Client).InvokeModel   (what a frame's name looks like once the arguments are gone)
const FUNCTION_NAME = /^[\w./*()~%-]+$/;
// operation error Bedrock Runtime: InvokeModel, https response error StatusCode: 400, RequestID: 0e1d…, ValidationException: …
const AWS_OPERATION = /\boperation error [^:,]{1,80}: \w+, /;
// …, ValidationException: msg   |   api error NoSuchKey: msg   (the service's error code inside the chain)
const AWS_CODE = /(?:, |api error )([A-Z][A-Za-z0-9]*): /g;
const AWS_NOT_CODES = new Set(["StatusCode", "RequestID", "HostID"]);
/** Lines between `panic:` and `goroutine N [...]:` (blank lines, `[signal SIGSEGV …]`, re-panics). */
const MAX_PANIC_GAP = 20;

/**
 * Splits a goroutine dump's function line: `main.(*Server).handle(0xc000123456, {0x1, 0x2})`.
 * @returns module (the import path) and function, or undefined for `created by …` and other lines
 */
export function parseGoFunction(text: string): { module: string; function: string } | undefined {
  const trimmed = text.trim();
  if (!trimmed.endsWith(")") || trimmed.startsWith("created by ")) return undefined;
  // Drop the argument list: the parenthesis that closes the line, matched backwards.
  let depth = 0;
  let open = -1;
  for (let index = trimmed.length - 1; index >= 0; index -= 1) {
    if (trimmed[index] === ")") depth += 1;
    else if (trimmed[index] === "(" && --depth === 0) {
      open = index;
      break;
    }
  }
  const name = trimmed.slice(0, Math.max(open, 0));
  if (!name || !FUNCTION_NAME.test(name)) return undefined;
  const dot = name.indexOf(".", name.lastIndexOf("/") + 1);
  if (dot <= 0) return undefined;
  return { module: name.slice(0, dot), function: name.slice(dot + 1) };
}

/** Reads the first goroutine's frames from the line after `goroutine N [...]:`. */
function readGoroutine(lines: readonly CleanLine[], start: number): { frames: Frame[]; next: number } {
  const frames: Frame[] = [];
  let index = start;
  while (index < lines.length) {
    const text = textAt(lines, index);
    const location = FILE_LINE.exec(textAt(lines, index + 1));
    const created = text.startsWith("created by ");
    const fn = created ? undefined : parseGoFunction(text);
    if ((!fn && !created) || !location) break;
    // `created by main.main in goroutine 1` names who started the goroutine, not a call on its stack.
    if (fn) frames.push(makeFrame({ module: fn.module, function: fn.function, file: location[1], line: Number(location[2]) }));
    index += 2;
  }
  return { frames, next: index };
}

/**
 * Reads the panicking goroutine (the first one printed) and skips the others a `GOTRACEBACK=all` dump
 * adds after it, so they do not read as separate errors.
 */
function readDump(lines: readonly CleanLine[], goroutine: number): { frames: Frame[]; next: number } {
  const first = readGoroutine(lines, goroutine + 1);
  let next = first.next;
  for (let header = nextNonBlank(lines, next); GOROUTINE.test(textAt(lines, header)); header = nextNonBlank(lines, next)) {
    next = readGoroutine(lines, header + 1).next;
  }
  return { frames: first.frames, next };
}

/**
 * Reads aws-sdk-go-v2's chain: the type is the service's error code, the message what follows it. The match
 * layer reads it too, where a Go relay put the chain in its own body's message (core-message.ts).
 * @param text A line, or a body's message.
 * @returns The code (`""` when the chain names none) and the message, or undefined when the text holds no chain.
 */
export function parseAwsChain(text: string): { type: string; message: string } | undefined {
  const operation = AWS_OPERATION.exec(text);
  if (!operation) return undefined;
  let last: RegExpExecArray | undefined;
  for (const match of text.matchAll(AWS_CODE)) if (!AWS_NOT_CODES.has(match[1] ?? "")) last = match;
  if (!last) return { type: "", message: text.slice(operation.index).trim() };
  return { type: last[1] ?? "", message: text.slice(last.index + last[0].length).trim() };
}

/** Reads a Go panic, a goroutine dump, or an aws-sdk-go-v2 error chain. */
export const parseGoBlock: BlockParser = (lines, start) => {
  const line = lines[start];
  if (!line) return undefined;
  const first = parseAwsChain(line.text);
  if (first) {
    // A chain runs long: a terminal or a fixed-width paste may have carried its end (the service's code and
    // message) to the next lines.
    const { message, next } = collectMessage(lines, start, line.text);
    const aws = parseAwsChain(message) ?? first;
    return { exceptions: [makeException({ runtime: "go", ...aws, frames: [], line: line.line })], next };
  }
  const panic = PANIC.exec(line.text);
  if (!panic && !GOROUTINE.test(line.text)) return undefined;
  let goroutine = panic ? -1 : start;
  for (let index = start + 1; panic && index < lines.length && index <= start + MAX_PANIC_GAP; index += 1) {
    const text = textAt(lines, index);
    if (GOROUTINE.test(text)) {
      goroutine = index;
      break;
    }
    if (!isBlank(text) && !/^\s*(?:\[signal |panic: |\[recovered\])/.test(text)) break;
  }
  const { frames, next } = goroutine < 0 ? { frames: [], next: start + 1 } : readDump(lines, goroutine);
  const type = panic?.[1] ?? "";
  const message = (panic?.[2] ?? "").trim();
  return { exceptions: [makeException({ runtime: "go", type, message, frames, line: line.line })], next };
};
