/**
 * Reads the two hex dumps people paste from a terminal: `xxd` (`00000000: 0000 00d8 …  ascii`) and
 * `hexdump -C` (`00000000  00 00 00 d8 …  |ascii|`, with `*` for repeated lines). Hand-written
 * because no maintained npm package parses these formats back to bytes; it is small, pure and
 * tested (tests/unit/playground/parse-dump.test.ts). Offsets are checked, so a dump with a missing
 * or reordered line is refused with the line number instead of replaying the wrong bytes.
 */

export type DumpFormat = "xxd" | "hexdump-c";

class DumpError extends Error {
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = "DumpError";
  }
}

const XXD_LINE = /^([0-9a-fA-F]{4,16}):\s/;
const HEXDUMP_LINE = /^([0-9a-fA-F]{4,16})(?:\s{1,2}([0-9a-fA-F]{2}(?:\s{1,2}[0-9a-fA-F]{2})*))?\s*(?:\|.*\|)?\s*$/;

function lines(text: string): Array<{ n: number; text: string }> {
  return text
    .split(/\r?\n/)
    .map((t, i) => ({ n: i + 1, text: t.trimEnd() }))
    .filter((l) => l.text.trim() !== "");
}

/** Which dump format the text is in, or undefined when it is not (all of it) one of them. */
export function detectDump(text: string): DumpFormat | undefined {
  const all = lines(text);
  if (all.length === 0) return undefined;
  if (all.every((l) => XXD_LINE.test(l.text.trimStart()))) return "xxd";
  if (all.every((l) => l.text === "*" || HEXDUMP_LINE.test(l.text)) && all.some((l) => /\s[0-9a-fA-F]{2}\s/.test(`${l.text} `))) return "hexdump-c";
  return undefined;
}

function hexPairs(hex: string, n: number): number[] {
  const digits = hex.replace(/\s+/g, "");
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(digits)) throw new DumpError(n, `"${hex.trim()}" is not whole hex bytes`);
  const out: number[] = [];
  for (let i = 0; i < digits.length; i += 2) out.push(parseInt(digits.slice(i, i + 2), 16));
  return out;
}

function parseXxd(text: string): Uint8Array {
  const out: number[] = [];
  for (const { n, text: raw } of lines(text)) {
    const line = raw.trimStart();
    const m = XXD_LINE.exec(line);
    if (!m) throw new DumpError(n, "not an xxd line (it should start with an offset and a colon, e.g. 00000010:)");
    const offset = parseInt(m[1]!, 16);
    if (offset !== out.length) throw new DumpError(n, `offset ${m[1]} does not follow the previous line (expected ${out.length.toString(16).padStart(8, "0")})`);
    // The hex column ends at the two spaces before the text column (xxd pads short last lines to keep it there).
    const rest = line.slice(m[0].length);
    const end = rest.indexOf("  ");
    out.push(...hexPairs(end < 0 ? rest : rest.slice(0, end), n));
  }
  return Uint8Array.from(out);
}

function parseHexdumpC(text: string): Uint8Array {
  const out: number[] = [];
  let previous: number[] = [];
  let repeating = false;
  for (const { n, text: line } of lines(text)) {
    if (line === "*") {
      repeating = true;
      continue;
    }
    const m = HEXDUMP_LINE.exec(line);
    if (!m) throw new DumpError(n, "not a hexdump -C line (an offset, then hex bytes, then |text|)");
    const offset = parseInt(m[1]!, 16);
    if (repeating) {
      // `*` stands for copies of the line before it, up to this line's offset.
      if (previous.length === 0 || (offset - out.length) % previous.length !== 0) throw new DumpError(n, "a '*' line does not fit the offsets around it");
      while (out.length < offset) out.push(...previous);
      repeating = false;
    }
    if (offset !== out.length) throw new DumpError(n, `offset ${m[1]} does not follow the previous line (expected ${out.length.toString(16).padStart(8, "0")})`);
    if (m[2] === undefined) continue; // The closing line: just the total length.
    previous = hexPairs(m[2], n);
    out.push(...previous);
  }
  return Uint8Array.from(out);
}

/** The bytes of an `xxd` or `hexdump -C` dump. Throws DumpError with a line number on a damaged dump. */
export function parseDump(text: string, format: DumpFormat): Uint8Array {
  return format === "xxd" ? parseXxd(text) : parseHexdumpC(text);
}
