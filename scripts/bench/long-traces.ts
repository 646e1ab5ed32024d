/**
 * The 200-line traces `npm run bench:lookup` times: a page's signature at the end of a Python traceback or at the head
 * of a Node stack, so a lookup parses a whole trace's frames before it reaches the error line.
 */

/**
 * A 200-line Python traceback ending in `type: message` (99 frames of two lines each, header, error line).
 * @param signature The error line.
 * @param n Varies the frames' packages between traces.
 * @returns The trace.
 */
function pythonTrace(signature: string, n: number): string {
  const lines = ["Traceback (most recent call last):"];
  for (let i = 0; lines.length < 199; i++) {
    const pkg = ["app", "anthropic", "httpx", "httpcore", "langchain_core"][(i + n) % 5];
    lines.push(`  File "/srv/app/.venv/lib/python3.12/site-packages/${pkg}/module_${i % 17}.py", line ${100 + i}, in handler_${i}`);
    lines.push(`    return self._call_${i}(request, timeout=timeout)`);
  }
  lines.push(signature.replace(/\s*\n\s*/g, " "));
  return lines.join("\n");
}

/**
 * A 200-line Node stack after `Type: message`.
 * @param signature The error line.
 * @param n Varies the frames' names between traces.
 * @returns The trace.
 */
function nodeTrace(signature: string, n: number): string {
  const lines = [signature.replace(/\s*\n\s*/g, " ")];
  for (let i = 0; lines.length < 200; i++) lines.push(`    at fn${i}${n} (/srv/app/node_modules/@anthropic-ai/sdk/core.js:${100 + i}:${(i * 7) % 80})`);
  return lines.join("\n");
}

/**
 * Each signature as a 200-line trace, Python and Node in turn.
 * @param signatures Error lines.
 * @returns The traces.
 */
export function longTraces(signatures: readonly string[]): string[] {
  return signatures.map((s, i) => (i % 2 ? nodeTrace(s, i) : pythonTrace(s, i)));
}
