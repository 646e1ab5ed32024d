/**
 * Python's frame lines and the lines printed between them, one regex each with a sample above it.
 */
import type { Frame } from "../../types.ts";
import { makeFrame } from "../frame.ts";
import { pythonModule } from "./python-module.ts";

//   File "/app/.venv/lib/python3.12/site-packages/anthropic/_streaming.py", line 211, in __aiter__
//   File "<stdin>", line 1          (SyntaxError frames have no function)
const FRAME = /^\s*File "([^"]+)", line (\d+)(?:, in (.+))?$/;
// File ~/venv/lib/python3.11/site-packages/pandas/core/frame.py:3761, in DataFrame.__getitem__(self, key)   (IPython 8)
// Cell In[1], line 2, in f()
// (`[^,]` keeps the lazy path from trying every colon of a long line.)
const IPYTHON_FRAME = /^\s*(?:File ([^\s,][^,]*?):(\d+)|(Cell In\[\d+\]), line (\d+))(?:, in ([^(]+)(?:\(.*\))?)?$/;
// │ /home/u/.venv/lib/python3.11/site-packages/typer/main.py:328 in __call__                        │   (Rich)
// (`[^:│]` keeps the lazy path to one candidate colon per segment; Windows drive colons are rare in Rich output.)
const RICH_FRAME = /^│ ([^\s:│][^:│]*?):(\d+) in (\S+) *│$/;
//   File "/home/computeruse/.pyenv/versi          (a frame line the paste cut off, trace 25)
const CUT_FRAME = /^\s*File "/;
//               ^^^^^^^^^^^^^^^^^^^^^^^   |   ~~~~~~~~~~~^^^^^^   (3.11+ error locations)   |   ----> 4 f()   (IPython arrows)
// │    7 │ def main():   |   ╰────╯   (Rich's source panes and box borders)
const NOISE = /^\s*[~^]+\s*$|^-*> \d+ |^-{20,}$|^\.\.\. \(max_group_depth is \d+\)$|^and \d+ more exceptions?$|^\s*[│╭╰]/;
// Traceback (most recent call last):   |   Traceback:   (Streamlit, trace 25)   |   Exception Group Traceback (most recent call last):
const HEADER = /^\s*(?:Exception Group )?Traceback(?: \(most recent call last\))?:\s*$/;
// ╭───────────────────── Traceback (most recent call last) ──────────────────────╮   (Rich)
const RICH_HEADER = /^\s*╭─+ Traceback \(most recent call last\) ─+╮\s*$/;
// ValueError                                Traceback (most recent call last)   (IPython: the type comes first)
const IPYTHON_HEADER = /^(\S+)\s+Traceback \(most recent call last\)\s*$/;
// During handling of the above exception, another exception occurred:
const CONTEXT_MARKER = /^\s*During handling of the above exception, another exception occurred:\s*$/;
// The above exception was the direct cause of the following exception:
const CAUSE_MARKER = /^\s*The above exception was the direct cause of the following exception:\s*$/;
// botocore.errorfactory.AccessDeniedException: An error occurred (AccessDeniedException) …   |   KeyboardInterrupt   |   socket.gaierror: [Errno -2] …
const EXCEPTION_LINE = /^\s*((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*)(?::(?: (.*))?)?\s*$/;

/**
 * Parses a `File "…", line N, in fn` line (or IPython's `File path:N, in fn` / `Cell In[n], line N`).
 * @param text - one cleaned line
 * @returns the frame, or undefined
 */
export function parsePythonFrame(text: string): Frame | undefined {
  const frame = FRAME.exec(text);
  if (frame) {
    const file = frame[1] ?? "";
    return makeFrame({ module: pythonModule(file), file, function: frame[3]?.trim(), line: Number(frame[2]) });
  }
  const rich = RICH_FRAME.exec(text);
  if (rich) {
    const file = rich[1] ?? "";
    return makeFrame({ module: pythonModule(file), file, function: rich[3], line: Number(rich[2]) });
  }
  const ipython = IPYTHON_FRAME.exec(text);
  if (!ipython) return undefined;
  const file = ipython[1] ?? ipython[3] ?? "";
  return makeFrame({ module: pythonModule(file), file, function: ipython[5]?.trim(), line: Number(ipython[2] ?? ipython[4]) });
}

/** True for a frame line the paste cut off. */
export function isCutPythonFrame(text: string): boolean {
  return CUT_FRAME.test(text);
}

/** True for caret lines, IPython arrows and separators, and group elision lines. */
export function isPythonNoise(text: string): boolean {
  return NOISE.test(text);
}

/**
 * Reads a traceback header.
 * @returns `{}` for a plain header, `{ type }` for IPython's `ValueError   Traceback (…)`, undefined otherwise
 */
export function parsePythonHeader(text: string): { type?: string } | undefined {
  if (HEADER.test(text) || RICH_HEADER.test(text)) return {};
  const ipython = IPYTHON_HEADER.exec(text);
  return ipython?.[1] ? { type: ipython[1] } : undefined;
}

/** The relation a chain marker line announces for the next exception. */
export function pythonChainRelation(text: string): "cause" | "context" | undefined {
  if (CONTEXT_MARKER.test(text)) return "context";
  if (CAUSE_MARKER.test(text)) return "cause";
  return undefined;
}

/**
 * Splits a final exception line `module.Type: message`. Undotted names must start upper case so source
 * lines such as `yield` are not taken for exceptions.
 * @returns type and first message line, or undefined
 */
export function parsePythonExceptionLine(text: string): { type: string; message: string } | undefined {
  const match = EXCEPTION_LINE.exec(text);
  const type = match?.[1];
  if (!type || (!type.includes(".") && !/^[A-Z]/.test(type))) return undefined;
  return { type, message: match[2] ?? "" };
}
