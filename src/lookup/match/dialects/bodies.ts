/**
 * Error bodies printed in other languages' notations (issue 8 §2), as data: each dialect recognises a line and
 * rewrites it into a form the core-message reader already understands (a JSON object or a Python dict repr, or
 * `Type: message`). Only the line is rewritten; the paste shown to the user stays as it was.
 */
import { CLASS_WORD, SUFFIXES, suffixGroup } from "../../exception-name.ts";

/** The error struct's name in Rust's Debug output: `ValidationException`, `ServiceError`. */
const RUST_STRUCT = `${CLASS_WORD}${suffixGroup(SUFFIXES.core)}`;
/** `Type { message: Some("…` with the type (1) and the string so far (2); it matches wherever the dialect does. */
const RUST_STRUCT_MESSAGE = new RegExp(String.raw`\b(${RUST_STRUCT})\s*\{\s*message:\s*Some\("((?:[^"\\]|\\.)*)`);
/** aws-smithy's `ErrorMetadata { code: Some("X")|None, message: Some("…`, with the code (1, when given) and the string so far (2). */
const RUST_ERROR_METADATA = /\bErrorMetadata\s*\{\s*code:\s*(?:Some\("(\w+)"\)|None),\s*message:\s*Some\("((?:[^"\\]|\\.)*)/;

interface BodyDialect {
  /** Who prints it. */
  name: string;
  /** Recognises the dialect on a line. */
  test: RegExp;
  /** The line rewritten. */
  rewrite: (line: string) => string;
}

const BODY_DIALECTS: readonly BodyDialect[] = [
  {
    // The AWS SDK for Rust's Debug output: `ValidationException(ValidationException { message: Some("…"), meta: … })`.
    name: "Rust Debug struct (AWS SDK for Rust, anyhow)",
    test: RUST_STRUCT_MESSAGE,
    rewrite: (line) => {
      const m = RUST_STRUCT_MESSAGE.exec(line);
      return m ? `${m[1] ?? ""}: ${(m[2] ?? "").replace(/\\"/g, '"')}` : line;
    },
  },
  {
    // aws-smithy-types' `ErrorMetadata` as Rust's Debug prints it, the code optional: `ErrorMetadata { code: None,
    // message: Some("The provided model identifier is invalid."), extras: None }` (Zed, goose, any app on the AWS SDK
    // for Rust that prints the error with `{:?}`). With a code, `Code: message`; without, the message alone.
    name: "Rust Debug ErrorMetadata (AWS SDK for Rust)",
    test: RUST_ERROR_METADATA,
    rewrite: (line) => {
      const m = RUST_ERROR_METADATA.exec(line);
      if (!m) return line;
      const message = (m[2] ?? "").replace(/\\"/g, '"');
      return m[1] ? `${m[1]}: ${message}` : message;
    },
  },
  {
    // Ruby's Hash#inspect: `{"type"=>"error", "error"=>{"details"=>nil, …}}` (ruby_llm, the Ruby SDK's logs).
    name: "Ruby hash inspect",
    test: /"\w+"\s*=>\s*["{]/,
    rewrite: (line) => line.replace(/"\s*=>\s*/g, '": ').replace(/:\s*nil\b/g, ": null"),
  },
];

/**
 * Rewrites a line written in one of the dialects above.
 * @param line A line of the paste.
 * @returns The rewritten line and the dialect, or undefined when no dialect applies.
 */
export function rewriteBody(line: string): { text: string; dialect: string } | undefined {
  for (const d of BODY_DIALECTS) if (d.test.test(line)) return { text: d.rewrite(line), dialect: d.name };
  return undefined;
}

/**
 * A Lua table's field that names an API error (`type = "overloaded_error"`, `message = "Overloaded"`): Neovim
 * plugins (avante.nvim and others) print error bodies with `vim.inspect`, one field a line.
 */
const LUA_FIELD = /(?:^|[{,\s])(?:type|message)\s*=\s*"/;
/** Lines above a field that its table may open on, and lines the table may span. */
const LUA_BACK = 16;
const LUA_SPAN = 24;

/** `{` minus `}` outside double-quoted strings. */
function braceDepth(line: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === "\\") i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === "{") depth++;
    else if (ch === "}") depth--;
  }
  return depth;
}

/**
 * Lua table notation as JSON-like text, outside quoted strings only: `key = ` and `["key"] = ` become `"key": `,
 * `nil` and `vim.NIL` become `null` (literal-reader.ts then reads it as it reads JSON).
 */
export function luaToJson(text: string): string {
  let out = "";
  let i = 0;
  let entry = false;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (ch === '"') {
      const end = /^"(?:[^"\\]|\\.)*"?/.exec(text.slice(i))?.[0] ?? ch;
      const key = entry ? /^\s*=(?!=)\s*/.exec(text.slice(i + end.length)) : null;
      out += key ? `${end}: ` : end;
      i += end.length + (key ? key[0].length : 0);
      entry = false;
      continue;
    }
    if (entry) {
      const field = /^(?:([A-Za-z_]\w*)|\[\s*("(?:[^"\\]|\\.)*")\s*\])\s*=(?!=)\s*/.exec(text.slice(i));
      if (field) {
        out += `${field[2] ?? `"${field[1] ?? ""}"`}: `;
        i += field[0].length;
        entry = false;
        continue;
      }
    }
    const word = /^(?:vim\.NIL|nil)\b/.exec(text.slice(i));
    if (word && !/\w/.test(text[i - 1] ?? "")) {
      out += "null";
      i += word[0].length;
      entry = false;
      continue;
    }
    out += ch;
    if (ch === "{" || ch === ",") entry = true;
    else if (!/\s/.test(ch)) entry = false;
    i++;
  }
  return out;
}

/**
 * The Lua table holding line `at` (a field of an API error), from the line that opens its outermost table to the
 * line that closes it, as JSON-like text after the words before it (`🚨 Error: {"error": {…}, "type": "error"}`).
 * @returns Undefined when the line is no such field or no table opens near it.
 */
export function luaTableBody(lines: readonly string[], at: number): string | undefined {
  const line = lines[at] ?? "";
  if (!LUA_FIELD.test(line)) return undefined;
  // Up to the outermost table still open at this line.
  let start = line.includes("{") ? at : -1;
  let depth = 0;
  let deepest = 0;
  for (let i = at - 1; i >= Math.max(0, at - LUA_BACK); i--) {
    depth += braceDepth(lines[i] ?? "");
    if (depth > deepest) {
      deepest = depth;
      start = i;
    }
  }
  if (start < 0) return undefined;
  const open = (lines[start] ?? "").indexOf("{");
  let text = (lines[start] ?? "").slice(open);
  depth = braceDepth(text);
  for (let i = start + 1; depth > 0 && i < lines.length && i <= start + LUA_SPAN; i++) {
    text += ` ${(lines[i] ?? "").trim()}`;
    depth += braceDepth(lines[i] ?? "");
  }
  return `${(lines[start] ?? "").slice(0, open)}${luaToJson(text)}`;
}
