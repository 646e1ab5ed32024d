/**
 * A JSON parser that yields what Python's `json.loads(text)` yields (CPython 3.11, C scanner
 * `Modules/_json.c`): `int` for numbers without fraction or exponent (exact at any size), `float`
 * otherwise (`1e400` → `inf`), the constants `NaN`, `Infinity` and `-Infinity`, `dict` with the last
 * value of a repeated key at its first position, and `\uD83D\uDE00` pairs joined into one code point.
 * Failures carry `json.decoder.JSONDecodeError`'s exact message and position, so a replay can print
 * the error a client raises on a bad body.
 * Deep nesting raises Python's `RecursionError`: CPython 3.11's scanner enters a recursive call for
 * every `[` and `{` (`Py_EnterRecursiveCall`, `Modules/_json.c`), counted against the interpreter's
 * recursion limit of 1,000. A real process has some frames on the stack already, so its threshold is a
 * little lower than the 1,000 containers modelled here (how much lower depends on the caller: unconfirmed).
 * The limit also keeps this recursive parser far from the JavaScript stack's own limit.
 * Not modelled: Python's 4300-digit limit on int conversion (a `ValueError`).
 */
import { pyDict, pyFloat, pyInt, type PyValue } from "./values.ts";

/** Python's `json.decoder.JSONDecodeError`. */
export class JsonDecodeError extends Error {
  override readonly name = "JSONDecodeError";
  /** The bare message, e.g. `Expecting value`. */
  readonly msg: string;
  /** Position in code points, as Python counts. */
  readonly pos: number;
  readonly lineno: number;
  readonly colno: number;

  /**
   * @param msg The bare message.
   * @param text The document.
   * @param index The JS (UTF-16) index of the problem.
   */
  constructor(msg: string, text: string, index: number) {
    const before = text.slice(0, index);
    const pos = [...before].length;
    const lineno = before.split("\n").length;
    const lastNewline = before.lastIndexOf("\n");
    const colno = lastNewline === -1 ? pos + 1 : [...before.slice(lastNewline + 1)].length + 1;
    super(`${msg}: line ${lineno} column ${colno} (char ${pos})`);
    this.msg = msg;
    this.pos = pos;
    this.lineno = lineno;
    this.colno = colno;
  }
}

/** Python's default recursion limit (`sys.getrecursionlimit()`). */
export const PY_RECURSION_LIMIT = 1000;

/** Python's `RecursionError`, with CPython's message for where it was raised. */
export class PyRecursionError extends Error {
  override readonly name = "RecursionError";
  constructor(where: "object" | "array") {
    super(`maximum recursion depth exceeded while decoding a JSON ${where} from a unicode string`);
  }
}

/** "Expecting value" is raised as StopIteration(index) in CPython and turned into the error at the top. */
class NoValue extends Error {
  readonly index: number;
  constructor(index: number) {
    super("Expecting value");
    this.index = index;
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * Parses JSON text as Python's `json.loads` does.
 * @param text The document.
 * @returns The Python value.
 * @throws {JsonDecodeError} With Python's message, e.g. `Expecting value: line 1 column 1 (char 0)`.
 */
export function jsonToPython(text: string): PyValue {
  if (text.startsWith("\ufeff")) throw new JsonDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0);
  const parser = new Parser(text);
  let index = parser.skip(0);
  let value: PyValue;
  try {
    [value, index] = parser.value(index);
  } catch (error) {
    if (error instanceof NoValue) throw new JsonDecodeError("Expecting value", text, error.index);
    throw error;
  }
  index = parser.skip(index);
  if (index !== text.length) throw new JsonDecodeError("Extra data", text, index);
  return value;
}

class Parser {
  readonly text: string;
  /** Containers open around the current position. */
  depth = 0;
  constructor(text: string) {
    this.text = text;
  }

  skip(index: number): number {
    while (index < this.text.length && isWhitespace(this.text.charCodeAt(index))) index++;
    return index;
  }

  fail(msg: string, index: number): never {
    throw new JsonDecodeError(msg, this.text, index);
  }

  /** CPython `scan_once_unicode`: a value starting exactly at `index` (no whitespace skipping). */
  value(index: number): [PyValue, number] {
    const text = this.text;
    if (index >= text.length) throw new NoValue(index);
    const ch = text[index];
    if (ch === '"') return this.string(index + 1);
    if (ch === "{" || ch === "[") {
      if (this.depth >= PY_RECURSION_LIMIT) throw new PyRecursionError(ch === "{" ? "object" : "array");
      this.depth++;
      try {
        return ch === "{" ? this.object(index + 1) : this.array(index + 1);
      } finally {
        this.depth--;
      }
    }
    if (text.startsWith("null", index)) return [null, index + 4];
    if (text.startsWith("true", index)) return [true, index + 4];
    if (text.startsWith("false", index)) return [false, index + 5];
    if (text.startsWith("NaN", index)) return [pyFloat(Number.NaN), index + 3];
    if (text.startsWith("Infinity", index)) return [pyFloat(Infinity), index + 8];
    if (text.startsWith("-Infinity", index)) return [pyFloat(-Infinity), index + 9];
    NUMBER.lastIndex = index;
    const match = NUMBER.exec(text);
    if (!match) throw new NoValue(index);
    const end = index + match[0].length;
    const isFloat = match[1] !== undefined || match[2] !== undefined;
    return [isFloat ? pyFloat(Number(match[0])) : pyInt(BigInt(match[0])), end];
  }

  /** CPython `scanstring_unicode`; `begin` is just after the opening quote. */
  string(begin: number): [string, number] {
    const text = this.text;
    let out = "";
    let end = begin;
    for (;;) {
      let next = end;
      let code = -1;
      for (; next < text.length; next++) {
        code = text.charCodeAt(next);
        if (code === 0x22 || code === 0x5c) break;
        if (code <= 0x1f) this.fail("Invalid control character at", next);
      }
      if (next >= text.length) this.fail("Unterminated string starting at", begin - 1);
      out += text.slice(end, next);
      next++;
      if (code === 0x22) return [out, next];
      if (next === text.length) this.fail("Unterminated string starting at", begin - 1);
      const escape = text[next] ?? "";
      if (escape !== "u") {
        const replacement = ESCAPES[escape];
        if (replacement === undefined) this.fail("Invalid \\escape", next - 1);
        out += replacement;
        end = next + 1;
        continue;
      }
      // `\uXXXX`: CPython requires a character after the four digits (so the error below also fires
      // for a string cut right after them), and joins a high surrogate with a following `\uDC00`-`\uDFFF`.
      next++;
      end = next + 4;
      if (end >= text.length) this.fail("Invalid \\uXXXX escape", next - 1);
      const first = text.slice(next, end);
      if (!HEX4.test(first)) this.fail("Invalid \\uXXXX escape", end - 5);
      const unit = Number.parseInt(first, 16);
      if (unit >= 0xd800 && unit <= 0xdbff && end + 6 < text.length && text[end] === "\\" && text[end + 1] === "u") {
        const second = text.slice(end + 2, end + 6);
        if (!HEX4.test(second)) this.fail("Invalid \\uXXXX escape", end + 1);
        const low = Number.parseInt(second, 16);
        if (low >= 0xdc00 && low <= 0xdfff) {
          out += String.fromCharCode(unit, low);
          end += 6;
          continue;
        }
      }
      out += String.fromCharCode(unit);
    }
  }

  /** CPython `_parse_object_unicode`; `index` is just after `{`. */
  object(index: number): [PyValue, number] {
    const text = this.text;
    const entries: [string, PyValue][] = [];
    index = this.skip(index);
    if (text[index] !== "}") {
      for (;;) {
        if (text[index] !== '"') this.fail("Expecting property name enclosed in double quotes", index);
        let key: string;
        [key, index] = this.string(index + 1);
        index = this.skip(index);
        if (text[index] !== ":") this.fail("Expecting ':' delimiter", index);
        index = this.skip(index + 1);
        let item: PyValue;
        [item, index] = this.value(index);
        entries.push([key, item]);
        index = this.skip(index);
        if (text[index] === "}") break;
        if (text[index] !== ",") this.fail("Expecting ',' delimiter", index);
        index = this.skip(index + 1);
      }
    }
    return [pyDict(entries), index + 1];
  }

  /** CPython `_parse_array_unicode`; `index` is just after `[`. */
  array(index: number): [PyValue, number] {
    const text = this.text;
    const items: PyValue[] = [];
    index = this.skip(index);
    if (text[index] !== "]") {
      for (;;) {
        let item: PyValue;
        [item, index] = this.value(index);
        items.push(item);
        index = this.skip(index);
        if (text[index] === "]") break;
        if (text[index] !== ",") this.fail("Expecting ',' delimiter", index);
        index = this.skip(index + 1);
      }
    }
    return [items, index + 1];
  }
}
