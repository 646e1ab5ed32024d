/**
 * Bounded input for the CLIs: a FILE or stdin is read up to a stated cap and refused past it, so no
 * input can make a command hold more than the cap (plus what the command builds from it) in memory.
 * Stdin is read with `readSync` in a loop that waits out EAGAIN, since `readFileSync(0)` fails with
 * EAGAIN when stdin is a non-blocking pipe (as under `spawnSync` with `input`).
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";

export class InputTooLargeError extends Error {}

const MIB = 1024 * 1024;

export function describeBytes(n: number): string {
  return n >= MIB && n % MIB === 0 ? `${n / MIB} MiB` : `${n.toLocaleString("en-US")} bytes`;
}

/** Reads FILE (or stdin for undefined / "-") up to `maxBytes`; throws InputTooLargeError past it, ErrnoException when unreadable. */
export function readInput(path: string | undefined, maxBytes: number): Buffer {
  const stdin = path === undefined || path === "-";
  if (!stdin) {
    const { size } = statSync(path);
    if (size > maxBytes) throw new InputTooLargeError(`${path} is ${describeBytes(size)}, over the ${describeBytes(maxBytes)} input limit`);
  }
  const chunks: Buffer[] = [];
  const total = readChunks(path, maxBytes, (chunk) => {
    chunks.push(Buffer.from(chunk));
    return true;
  });
  return Buffer.concat(chunks, total);
}

/**
 * Streams FILE (or stdin) to `onChunk` in 64 KiB chunks until the end or until `onChunk` returns false.
 * The chunk is reused for the next read: copy what must outlive the call. Throws InputTooLargeError
 * when more than `maxBytes` arrive before `onChunk` stops the read.
 * @returns The bytes read.
 */
export function readChunks(path: string | undefined, maxBytes: number, onChunk: (chunk: Buffer) => boolean): number {
  const stdin = path === undefined || path === "-";
  const fd = stdin ? 0 : openSync(path, "r");
  try {
    let total = 0;
    const chunk = Buffer.alloc(64 * 1024);
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EAGAIN") {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
          continue;
        }
        if ((error as NodeJS.ErrnoException).code === "EOF") break;
        throw error;
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new InputTooLargeError(`${stdin ? "stdin" : path} is over the ${describeBytes(maxBytes)} input limit`);
      if (!onChunk(chunk.subarray(0, n))) break;
    }
    return total;
  } finally {
    if (!stdin) closeSync(fd);
  }
}
