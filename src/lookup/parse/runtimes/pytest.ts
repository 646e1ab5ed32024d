/**
 * pytest failure reports: the exception is on the `E   ` lines, each section of the traceback ends in a
 * `path.py:N:` location line (`path.py:N: in fn` in short sections, `path.py:N: ErrorType` after the last),
 * and `>` marks the failing source line (removed by cleaning). Sections run oldest first.
 * @see https://docs.pytest.org/en/stable/how-to/output.html
 */
import type { Frame } from "../../types.ts";
import { makeException, makeFrame } from "../frame.ts";
import { type BlockParser, type CleanLine, isBlank } from "../lines.ts";
import { parsePythonExceptionLine } from "./python-frame.ts";
import { pythonModule } from "./python-module.ts";

// ______________________________ test_stream ______________________________
const TEST_HEADER = /^_{3,} (.+?) _{3,}\s*$/;
// _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _
const SECTION_SEPARATOR = /^(?:_ ){3,}_?\s*$/;
// =========================== short test summary info ============================
const SESSION_LINE = /^={3,} .* ={3,}\s*$/;
// .venv/lib/python3.11/site-packages/botocore/eventstream.py:592: in __iter__   |   tests/test_x.py:12:   |   src/x.py:608: EventStreamError
const LOCATION = /^((?:[A-Za-z]:[\\/])?[^\s:][^:]*?\.py):(\d+):(?: in (\S+)| ([A-Za-z_][\w.]*))?\s*$/;
//     def test_stream(client):   |   async def _parse_event(self, event):
const DEF = /^\s*(?:async\s+)?def (\w+)\(/;
// assert 128000 == 64000
const ASSERTION = /^assert\b/;
/** Lines to look through for the `E` lines before deciding a location line is not pytest's. */
const MAX_SECTION_LINES = 400;

/** Per paste: index of the next `E` line at or after each line, so a stray `x.py:1:` line costs O(1), not a scan. */
const nextErrorCache = new WeakMap<readonly CleanLine[], Int32Array>();

/** Index of the first pytest `E` line at or after `start`, or -1. */
function nextErrorLine(lines: readonly CleanLine[], start: number): number {
  let table = nextErrorCache.get(lines);
  if (!table) {
    table = new Int32Array(lines.length + 1).fill(-1);
    for (let index = lines.length - 1; index >= 0; index -= 1) {
      table[index] = lines[index]?.mark === "pytest-error" ? index : (table[index + 1] ?? -1);
    }
    nextErrorCache.set(lines, table);
  }
  return table[start] ?? -1;
}

/** Reads a pytest failure from a test header, location line or `E` line on. */
export const parsePytestBlock: BlockParser = (lines, start) => {
  const first = lines[start];
  if (!first || !(first.mark === "pytest-error" || LOCATION.test(first.text) || TEST_HEADER.test(first.text))) return undefined;
  const errorAt = nextErrorLine(lines, start);
  if (errorAt < 0 || errorAt - start >= MAX_SECTION_LINES) return undefined;
  const frames: Frame[] = [];
  const errorLines: string[] = [];
  let footerType: string | undefined;
  let functionName: string | undefined;
  let index = start;
  for (; index < lines.length && index - start < MAX_SECTION_LINES; index += 1) {
    const line = lines[index];
    if (!line) break;
    const text = line.text;
    if (line.mark === "pytest-error") {
      errorLines.push(text);
      continue;
    }
    if (index > start && (TEST_HEADER.test(text) || SESSION_LINE.test(text))) break;
    if (SECTION_SEPARATOR.test(text)) {
      functionName = undefined;
      continue;
    }
    const location = LOCATION.exec(text);
    if (location) {
      const file = location[1] ?? "";
      frames.push(makeFrame({ module: pythonModule(file), file, function: location[3] ?? functionName, line: Number(location[2]) }));
      if (errorLines.length > 0) {
        footerType = location[4];
        index += 1;
        break;
      }
      continue;
    }
    // After the E lines only blank lines may come before the footer.
    if (errorLines.length > 0 && !isBlank(text)) break;
    functionName = DEF.exec(text)?.[1] ?? functionName;
  }
  if (errorLines.length === 0) return undefined;
  const parsed = parsePythonExceptionLine(errorLines[0] ?? "");
  // `E   assert 128000 == 64000`: pytest's rewritten assertion; short tracebacks print no type for it.
  const asserted = ASSERTION.test(errorLines[0] ?? "") ? "AssertionError" : "";
  const type = parsed?.type ?? footerType ?? asserted;
  const message = parsed ? [parsed.message, ...errorLines.slice(1)].join("\n").trim() : errorLines.join("\n").trim();
  return { exceptions: [makeException({ runtime: "python", type, message, frames, line: first.line, oldestFirst: true })], next: index };
};
