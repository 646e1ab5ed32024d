/**
 * A forgiving reader for the bodies that error messages embed: JSON (`{"type":"error",…}`), Python reprs
 * (`{'type': 'error', 'details': None}`, `b'{"message":"…"}'`) and Node's `util.inspect` (`{ type: 'error' }`).
 * Pastes cut these off (trace 01 ends at `{'statu`), so the reader never throws: it returns what it read and
 * says whether the value closed.
 */

/** A value read from a body. Python `None`/JSON `null` become `null`; tuples become arrays. */
export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

export interface ReadResult {
  value: Literal | undefined;
  /** Offset just past what was read. */
  end: number;
  /** False when the text ended (or broke) before the value closed. */
  complete: boolean;
}

/** Nesting deeper than this is not an error body; stop reading. */
const MAX_DEPTH = 24;

const CLOSERS = { "{": "}", "[": "]", "(": ")" } as const;

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", "0": "\0", "/": "/" };

/**
 * Whether what follows a quote inside a container lets it close a string: the end of the text or of the line, or
 * spaces then `,` `:`, a closer, or an opener (a key whose colon the paste lost: `'error' {'type': …}`).
 * @param text The text.
 * @param at Just past the quote.
 * @returns False when a word follows, as after the first quote of `the "user" role`.
 */
function closesString(text: string, at: number): boolean {
  const next = /^[^\S\r\n]*(.?)/s.exec(text.slice(at, at + 256))?.[1] ?? "";
  return next === "" || ",:}]){[(\r\n".includes(next);
}

class Reader {
  pos: number;
  complete = true;
  readonly text: string;

  constructor(text: string, pos: number) {
    this.text = text;
    this.pos = pos;
  }

  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] ?? "")) this.pos++;
  }

  /**
   * @param depth Nesting depth.
   * @param [inObject] True for an object's value: a bare one may then hold spaces (see `bare`).
   */
  value(depth: number, inObject = false): Literal | undefined {
    this.skipSpace();
    const ch = this.text[this.pos];
    if (ch === undefined) {
      this.complete = false;
      return undefined;
    }
    if (depth > MAX_DEPTH) {
      this.complete = false;
      this.pos = this.text.length;
      return undefined;
    }
    if (ch === "{") return this.object(depth);
    if (ch === "[" || ch === "(") return this.array(ch, depth);
    if (ch === "'" || ch === '"') return this.string(ch, depth > 0);
    // Python string prefixes: b'…', r"…", u'…', f"…", rb'…'.
    const prefixed = /^[bBrRuUfF]{1,2}(?=['"])/.exec(this.text.slice(this.pos, this.pos + 3));
    if (prefixed) {
      this.pos += prefixed[0].length;
      return this.string(this.text[this.pos] as "'" | '"', depth > 0);
    }
    return this.bare(inObject);
  }

  /** A quoted string with JSON or Python escapes; `\xNN` and `\uNNNN` decode, unknown escapes keep the character. */
  /**
   * @param quote The opening quote.
   * @param [nested] True inside an object or array, where a string is always followed by `,` `:` or a closer: a quote
   *   followed by anything else is the message's own, left unescaped by whoever built the body (a relay printing
   *   `"message":"first message must use the "user" role"`), and is read as text.
   */
  string(quote: "'" | '"', nested = false): string {
    let out = "";
    this.pos++;
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos] ?? "";
      if (ch === quote && (!nested || closesString(this.text, this.pos + 1))) {
        this.pos++;
        return out;
      }
      if (ch === "\\") {
        const next = this.text[this.pos + 1] ?? "";
        const hex = next === "x" ? /^[0-9a-fA-F]{2}/.exec(this.text.slice(this.pos + 2, this.pos + 4)) : next === "u" ? /^[0-9a-fA-F]{4}/.exec(this.text.slice(this.pos + 2, this.pos + 6)) : null;
        if (hex) {
          out += String.fromCharCode(parseInt(hex[0], 16));
          this.pos += 2 + hex[0].length;
          continue;
        }
        out += ESCAPES[next] ?? next;
        this.pos += 2;
        continue;
      }
      out += ch;
      this.pos++;
    }
    this.complete = false;
    return out;
  }

  /**
   * Keywords, numbers and unquoted keys (`util.inspect` prints `{ type: 'error' }`). As an object's value, a bare
   * run goes on over spaces to the next `,`, `}` or `]` on its line: a body whose quotes were stripped on the way
   * (a shell's echo, a Markdown paste, Go's `%v`) prints `{type: error, message: invalid x-api-key}`.
   */
  bare(inObject = false): Literal {
    const rest = this.text.slice(this.pos, this.pos + 4096);
    const m = inObject ? /^[^,:}\])\s]+(?:[^\S\n]+[^,:}\])\s]+)*/.exec(rest) : /^[^,:}\])\s]+/.exec(rest);
    const word = m ? m[0] : (this.text[this.pos] ?? "");
    this.pos += Math.max(1, word.length);
    if (word === "None" || word === "null" || word === "undefined") return null;
    if (word === "True" || word === "true") return true;
    if (word === "False" || word === "false") return false;
    if (/^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(word)) return Number(word);
    return word;
  }

  /**
   * Walks the entries of a `{…}`, `[…]` or `(…)` opened at `pos`: skips commas, stops at `close` or at
   * the end of a cut-off paste (marking it incomplete). `entry` reads one entry and says whether to go on.
   */
  entries(close: string, entry: () => boolean): void {
    this.pos++;
    for (;;) {
      this.skipSpace();
      const ch = this.text[this.pos];
      if (ch === undefined) {
        this.complete = false;
        return;
      }
      if (ch === close) {
        this.pos++;
        return;
      }
      if (ch === ",") {
        this.pos++;
        continue;
      }
      const start = this.pos;
      if (!entry()) return;
      // An entry that consumed nothing: step over one character so a broken body cannot loop.
      if (this.pos === start) this.pos++;
    }
  }

  object(depth: number): { [key: string]: Literal } {
    const out: { [key: string]: Literal } = {};
    this.entries("}", () => {
      const key = this.value(depth + 1);
      this.skipSpace();
      const next = this.text[this.pos];
      if (typeof key === "string" && (next === "{" || next === "[")) {
        // A key whose colon the paste lost (`"error" {"type":…}`): a text key right before a dict or list is still
        // `key: value` (a dict or list cannot be a set's member or a key, so it is nothing else).
        const value = this.value(depth + 1, true);
        if (value !== undefined) out[key] = value;
        return this.complete;
      }
      if (next !== ":") {
        // Not `key: value`.
        if (this.pos >= this.text.length) this.complete = false;
        return this.pos < this.text.length;
      }
      this.pos++;
      const value = this.value(depth + 1, true);
      // A key is text, a number, a boolean or null/None; a list or dict cannot be one (unhashable in Python, not JSON).
      if (key !== undefined && value !== undefined && (key === null || typeof key !== "object")) out[String(key)] = value;
      return this.complete;
    });
    return out;
  }

  array(open: "[" | "(", depth: number): Literal[] {
    const out: Literal[] = [];
    this.entries(CLOSERS[open], () => {
      const value = this.value(depth + 1);
      if (value !== undefined) out.push(value);
      return this.complete;
    });
    return out;
  }
}

/**
 * Reads one literal starting at `start`.
 * @param text The whole message.
 * @param start Offset of the opening `{`, `[` or quote.
 * @returns The value read so far, where reading stopped, and whether the value closed.
 */
export function readLiteral(text: string, start: number): ReadResult {
  const reader = new Reader(text, start);
  const value = reader.value(0);
  return { value, end: reader.pos, complete: reader.complete };
}
