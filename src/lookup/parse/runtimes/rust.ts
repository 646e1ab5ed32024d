/**
 * Rust: panics (`thread 'main' panicked at src/main.rs:10:5:` with the message below, Rust ≥ 1.73, or
 * `panicked at 'msg', src/main.rs:10:5` before), `stack backtrace:` frames (`  4: crate::module::fn`
 * then `at ./src/x.rs:10:5`), and anyhow's `Error: …` + `Caused by:` lists.
 * @see https://doc.rust-lang.org/std/panic/struct.PanicHookInfo.html
 */
import type { Frame, ParsedException } from "../../types.ts";
import { makeException, makeFrame } from "../frame.ts";
import { type BlockParser, type CleanLine, indentOf, isBlank, nextNonBlank, textAt } from "../lines.ts";
import { splitLocation } from "../location.ts";

// thread 'main' panicked at src/main.rs:10:5:   |   thread 'tokio-runtime-worker' (12345) panicked at src/lib.rs:3:9:
const PANIC = /^thread '([^']*)'(?: \(\d+\))? panicked at (.*)$/;
// src/main.rs:10:5:   (Rust ≥ 1.73: the message follows on the next lines)
const NEW_LOCATION = /^(\S.*?):(\d+):(\d+):\s*$/;
// 'called `Option::unwrap()` on a `None` value', src/main.rs:10:5   (Rust < 1.73; the location cannot hold `'` or `,`)
const OLD_MESSAGE = /^'(.*)', ([^',]+):(\d+):(\d+)\s*$/;
// note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
const NOTE = /^note: /;
// stack backtrace:   |   Stack backtrace:   (anyhow)
const BACKTRACE = /^\s*stack backtrace:\s*$/i;
//   12: myapp::config::load   |   12: 0x55d4c1a2b3c4 - myapp::config::load::h1a2b3c4d5e6f7a8b   (before Rust 1.47)
// (Greedy `(\S.*)$`, trimmed in code: a lazy group before `\s*$` backtracks quadratically on runs of spaces.)
const FRAME = /^\s*\d+: (?:0x[\da-fA-F]+ - )?(\S.*)$/;
//              at ./src/config.rs:10:5
const FRAME_AT = /^\s+at (\S.*)$/;
// ::h1a2b3c4d5e6f7a8b   (the symbol hash of legacy mangling)
const HASH_SUFFIX = /::h[\da-f]{16}$/;
// myapp::config::load   |   myapp::main::{{closure}}   (a plain path: module and function can be split)
const PATH = /^((?:[A-Za-z_]\w*::)+)([^:<>]+)$/;
// Error: failed to read config   (anyhow / `fn main() -> Result`)
const ERROR_LINE = /^Error: (.*)$/;
// Caused by:
const CAUSED_BY = /^Caused by:\s*$/;
//     0: could not open file   |       No such file or directory (os error 2)
const CAUSE_ITEM = /^\s+(?:\d+: )?(\S.*)$/;

/** Turns a backtrace symbol into a frame with module and function. */
function symbolFrame(symbol: string, location: string | undefined): Frame {
  const name = symbol.replace(HASH_SUFFIX, "");
  const path = PATH.exec(name);
  const { file, line, column } = location ? splitLocation(location) : {};
  return makeFrame({ module: path?.[1]?.slice(0, -2), function: path ? path[2] : name, file, line, column });
}

/** Reads `N: symbol` / `at file:line:col` pairs from `start`. */
function readBacktrace(lines: readonly CleanLine[], start: number): { frames: Frame[]; next: number } {
  const frames: Frame[] = [];
  let index = start;
  while (index < lines.length) {
    const symbol = FRAME.exec(textAt(lines, index));
    if (!symbol) break;
    const at = FRAME_AT.exec(textAt(lines, index + 1));
    frames.push(symbolFrame((symbol[1] ?? "").trim(), at?.[1]?.trim()));
    index += at ? 2 : 1;
  }
  return { frames, next: index };
}

/** Skips `note:` lines and reads a `stack backtrace:` section if one follows. */
function readTrailer(lines: readonly CleanLine[], start: number): { frames: Frame[] | undefined; next: number } {
  let index = start;
  while (NOTE.test(textAt(lines, index))) index += 1;
  if (!BACKTRACE.test(textAt(lines, index))) return { frames: undefined, next: index };
  const read = readBacktrace(lines, index + 1);
  let next = read.next;
  while (NOTE.test(textAt(lines, next))) next += 1;
  return { frames: read.frames, next };
}

/** Reads a panic; its frames are the backtrace when printed, else the panic location alone. */
function parsePanic(lines: readonly CleanLine[], start: number, rest: string): { exception: ParsedException; next: number } {
  const line = lines[start]?.line ?? start + 1;
  const old = OLD_MESSAGE.exec(rest);
  let message = old?.[1] ?? "";
  let location = old ? `${old[2]}:${old[3]}:${old[4]}` : rest.trim().replace(/:$/, "");
  let index = start + 1;
  if (!old) {
    if (!NEW_LOCATION.test(rest.trim())) location = "";
    const body: string[] = [];
    for (; index < lines.length; index += 1) {
      const text = textAt(lines, index);
      if (isBlank(text) || NOTE.test(text) || BACKTRACE.test(text)) break;
      body.push(text.trimEnd());
    }
    message = body.join("\n");
  }
  const trailer = readTrailer(lines, index);
  const frames = trailer.frames ?? (location ? [makeFrame(splitLocation(location))] : []);
  return { exception: makeException({ runtime: "rust", type: "panic", message, frames, line }), next: trailer.next };
}

/**
 * Reads anyhow's `Error: msg` + `Caused by:` list; each cause becomes an exception related by `cause`. With `type`
 * "" the head is any line: anyhow's `{:?}` written by a logger (`[ERROR] failed to stream completion`, then the
 * list), and then at least one cause must follow.
 */
function parseAnyhow(lines: readonly CleanLine[], start: number, first: string, type = "Error"): { exceptions: ParsedException[]; next: number } | undefined {
  const causedBy = nextNonBlank(lines, start + 1);
  if (causedBy > start + 2 || !CAUSED_BY.test(textAt(lines, causedBy))) return undefined;
  const line = lines[start]?.line ?? start + 1;
  const causes: ParsedException[] = [];
  let index = causedBy + 1;
  for (; index < lines.length && indentOf(textAt(lines, index)) > 0; index += 1) {
    const item = CAUSE_ITEM.exec(textAt(lines, index));
    if (!item) break;
    causes.push(makeException({ runtime: "rust", type: "", message: (item[1] ?? "").trim(), frames: [], line: lines[index]?.line ?? index + 1, relation: "cause" }));
  }
  if (type === "" && causes.length === 0) return undefined;
  const trailer = readTrailer(lines, nextNonBlank(lines, index));
  const next = trailer.frames ? trailer.next : index;
  const top = makeException({ runtime: "rust", type, message: first.trim(), frames: trailer.frames ?? [], line });
  return { exceptions: [top, ...causes], next };
}

/** Reads a Rust panic, a bare `stack backtrace:` section, or an anyhow error chain. */
export const parseRustBlock: BlockParser = (lines, start) => {
  const text = textAt(lines, start);
  const panic = PANIC.exec(text);
  if (panic) {
    const { exception, next } = parsePanic(lines, start, panic[2] ?? "");
    return { exceptions: [exception], next };
  }
  if (BACKTRACE.test(text)) {
    const { frames, next } = readBacktrace(lines, start + 1);
    if (frames.length === 0) return undefined;
    return { exceptions: [makeException({ runtime: "rust", type: "", message: "", frames, line: lines[start]?.line ?? start + 1 })], next };
  }
  const error = ERROR_LINE.exec(text);
  if (error) return parseAnyhow(lines, start, error[1] ?? "");
  return isBlank(text) || CAUSED_BY.test(text) ? undefined : parseAnyhow(lines, start, text, "");
};
