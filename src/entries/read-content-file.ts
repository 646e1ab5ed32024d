/**
 * Reads one file of the content folder without trusting it: a symbolic link is never followed
 * (it could publish files from outside the repository, or point at /dev/zero), only regular files
 * are read, and a file over its size cap is refused before a byte is read. The file is opened with
 * O_NOFOLLOW and checked through its descriptor, so it cannot be swapped for a link in between.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Dirent } from "node:fs";
import { formatCount } from "./limits.ts";

export type ReadOutcome = { ok: true; text: string } | { ok: false; message: string; code: "not-regular" | "too-large" | "unreadable" | "encoding"; line?: number; column?: number };

/** Strict UTF-8: a byte that is not UTF-8 is reported at its line and column, never turned silently into U+FFFD. */
function decodeUtf8(bytes: Buffer): ReadOutcome {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    // Find the first bad byte: the longest prefix that decodes (binary search over a strict decoder).
    let lo = 0;
    let hi = bytes.length;
    const decodes = (n: number) => {
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, n));
        return true;
      } catch {
        return false;
      }
    };
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (decodes(mid)) lo = mid;
      else hi = mid - 1;
    }
    // A prefix may end inside a valid multi-byte character; step back to the last complete one.
    const before = bytes.subarray(0, lo).toString("utf8");
    const lines = before.split("\n");
    const line = lines.length;
    const column = lines[lines.length - 1]!.length + 1;
    const byte = bytes[lo] ?? 0;
    return { ok: false, code: "encoding", line, column, message: `byte 0x${byte.toString(16).padStart(2, "0")} at offset ${lo} is not UTF-8 — save the file as UTF-8` };
  }
}

/** Why a directory entry cannot be content, or undefined when it is a plain file or folder. */
export function specialEntry(entry: Dirent): string | undefined {
  if (entry.isSymbolicLink()) return "a symbolic link — content is never read through links; copy the file into the folder instead";
  if (entry.isFile() || entry.isDirectory()) return undefined;
  return "not a regular file (a device, socket or pipe) — remove it";
}

export function readContentFile(path: string, maxBytes: number): ReadOutcome {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") return { ok: false, code: "not-regular", message: "a symbolic link — content is never read through links; copy the file into the folder instead" };
    return { ok: false, code: "unreadable", message: `cannot be read (${code ?? "error"}) — check the file's permissions` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, code: "not-regular", message: "not a regular file (a device, socket or pipe) — remove it" };
    if (stat.size > maxBytes) {
      return { ok: false, code: "too-large", message: `the file is ${formatCount(stat.size)} bytes, over the ${formatCount(maxBytes)}-byte limit — split it into several pages or shorten it` };
    }
    // Read at most one byte past the cap, in case the file grew since fstat.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0;) length += n;
    if (length > maxBytes) return { ok: false, code: "too-large", message: `the file is over the ${formatCount(maxBytes)}-byte limit — split it into several pages or shorten it` };
    return decodeUtf8(buffer.subarray(0, length));
  } finally {
    closeSync(fd);
  }
}
