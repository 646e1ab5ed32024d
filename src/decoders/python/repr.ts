/**
 * Python 3's `repr()` for the values in {@link PyValue}, exact to the character, so errata can print the
 * texts Python prints: `str` (`unicode_repr` in CPython `Objects/unicodeobject.c`), `bytes`
 * (`PyBytes_Repr`), `int`, `float` (`float_repr`, shortest round-trip digits), `bool`, `None`, `dict` and
 * `list`.
 */
import type { PyValue } from "./values.ts";

/**
 * Code points `str.isprintable()` rejects: Unicode categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs
 * (CPython `Tools/unicode/makeunicodedata.py`, "printable"), ASCII space excepted. The categories come
 * from the JS engine's Unicode tables, so a code point assigned in a newer Unicode version than the
 * Python being modelled (Python 3.11 uses Unicode 14.0) may print literally here and escaped there.
 */
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/**
 * Python's `str.isprintable()` for one code point.
 * @param codePoint The code point.
 * @returns Whether `repr()` keeps it literally (before quote and backslash escaping).
 */
export function isPrintable(codePoint: number): boolean {
  if (codePoint === 0x20) return true;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
  return !NOT_PRINTABLE.test(String.fromCodePoint(codePoint));
}

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, "0");
}

/** Python picks `'` unless the text holds `'` and no `"`. */
function chooseQuote(hasSingle: boolean, hasDouble: boolean): string {
  return hasSingle && !hasDouble ? '"' : "'";
}

/**
 * `repr()` of a `str`.
 * @param text The string (a lone surrogate counts as one code point, as in Python).
 * @returns For example `'it\'s'` is never produced: `"it's"` is.
 */
export function reprStr(text: string): string {
  const quote = chooseQuote(text.includes("'"), text.includes('"'));
  let out = quote;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    const ch = String.fromCodePoint(cp);
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (cp === 0x09) out += "\\t";
    else if (cp === 0x0a) out += "\\n";
    else if (cp === 0x0d) out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x7f) out += ch;
    else if (isPrintable(cp)) out += ch;
    else if (cp <= 0xff) out += `\\x${hex(cp, 2)}`;
    else if (cp <= 0xffff) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return out + quote;
}

/**
 * `repr()` of a `bytes`.
 * @param bytes The bytes.
 * @returns For example `b'{"message":"x"}'` or `b'\xff\x00'`.
 */
export function reprBytes(bytes: Uint8Array): string {
  const quote = chooseQuote(bytes.includes(0x27), bytes.includes(0x22));
  let out = `b${quote}`;
  for (const byte of bytes) {
    const ch = String.fromCharCode(byte);
    if (ch === quote || byte === 0x5c) out += `\\${ch}`;
    else if (byte === 0x09) out += "\\t";
    else if (byte === 0x0a) out += "\\n";
    else if (byte === 0x0d) out += "\\r";
    else if (byte < 0x20 || byte >= 0x7f) out += `\\x${hex(byte, 2)}`;
    else out += ch;
  }
  return out + quote;
}

/**
 * `repr()` of a `float`: the shortest digits that round-trip (JS and Python agree on them), fixed
 * notation when the decimal exponent is from -4 to 15, exponent notation (`1e+16`, `1.5e-05`)
 * otherwise, and `.0` on integral values in fixed notation (CPython `float_repr` →
 * `PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0)`).
 * @param value The double.
 * @returns For example `0.1`, `1e+16`, `-0.0`, `inf`, `nan`.
 */
export function reprFloat(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (value === Infinity) return "inf";
  if (value === -Infinity) return "-inf";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const sign = value < 0 ? "-" : "";
  const [mantissa = "", exponentText = "0"] = Math.abs(value).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exponent = Number.parseInt(exponentText, 10);
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : "";
    const expSign = exponent < 0 ? "-" : "+";
    return `${sign}${digits[0]}${fraction}e${expSign}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}.${fraction === "" ? "0" : fraction}`;
}

/**
 * Python's `repr()`.
 * @param value Any modelled value.
 * @returns The text Python prints, e.g. `{'status_code': 400, 'body': b'...'}`.
 */
export function pyRepr(value: PyValue): string {
  if (typeof value === "string") return reprStr(value);
  if (value === true) return "True";
  if (value === false) return "False";
  if (value === null) return "None";
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(", ")}]`;
  switch (value.py) {
    case "int":
      return value.value.toString();
    case "float":
      return reprFloat(value.value);
    case "bytes":
      return reprBytes(value.value);
    case "dict":
      return `{${[...value.value].map(([key, item]) => `${reprStr(key)}: ${pyRepr(item)}`).join(", ")}}`;
  }
}

/**
 * Python's `str()`: the text itself for a `str`, `repr()` for everything else modelled here (which is
 * what `f"{value}"` prints).
 * @param value Any modelled value.
 * @returns The text.
 */
export function pyStr(value: PyValue): string {
  return typeof value === "string" ? value : pyRepr(value);
}
