/**
 * Python's `json.dumps(value)` with default arguments (`ensure_ascii=True`, separators `", "` and
 * `": "`, `allow_nan=True`), for the JSON texts the SDK builds itself, such as the error envelope its
 * Bedrock decoder emits as an SSE event.
 */
import { reprFloat } from "./repr.ts";
import { type PyException } from "./b64decode.ts";
import { pyTypeName, type PyValue } from "./values.ts";

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

/** `json.encoder.py_encode_basestring_ascii`: every non-ASCII code unit as `\uXXXX` (lowercase hex). */
function dumpString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    const code = text.charCodeAt(i);
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined) out += short;
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

class NotSerializable extends Error {
  readonly error: PyException;
  constructor(error: PyException) {
    super(error.message);
    this.error = error;
  }
}

function dump(value: PyValue): string {
  if (typeof value === "string") return dumpString(value);
  if (value === true) return "true";
  if (value === false) return "false";
  if (value === null) return "null";
  if (Array.isArray(value)) return `[${value.map(dump).join(", ")}]`;
  switch (value.py) {
    case "int":
      return value.value.toString();
    case "float":
      if (Number.isNaN(value.value)) return "NaN";
      if (value.value === Infinity) return "Infinity";
      if (value.value === -Infinity) return "-Infinity";
      return reprFloat(value.value);
    case "dict":
      return `{${[...value.value].map(([key, item]) => `${dumpString(key)}: ${dump(item)}`).join(", ")}}`;
    case "bytes":
      throw new NotSerializable({ type: "TypeError", message: `Object of type ${pyTypeName(value)} is not JSON serializable` });
  }
}

/**
 * Serialises like `json.dumps(value)`.
 * @param value The value.
 * @returns The JSON text, or the `TypeError` Python raises for `bytes`.
 */
export function pyJsonDumps(value: PyValue): { ok: true; text: string } | { ok: false; error: PyException } {
  try {
    return { ok: true, text: dump(value) };
  } catch (error) {
    if (error instanceof NotSerializable) return { ok: false, error: error.error };
    throw error;
  }
}
