/**
 * A small model of the Python values that appear in the error texts errata reproduces: botocore's
 * response dict, parsed JSON bodies, exception messages. JS has one number type and no bytes literal,
 * so `int`, `float`, `bytes` and `dict` are tagged; `str` is a JS string (code units, so a lone
 * surrogate is a lone surrogate, as in Python), `bool` a boolean, `None` null and `list` an array.
 */

/** Python `int`, exact at any size. */
export interface PyInt {
  readonly py: "int";
  readonly value: bigint;
}

/** Python `float` (an IEEE double, like a JS number). */
export interface PyFloat {
  readonly py: "float";
  readonly value: number;
}

/** Python `bytes`. */
export interface PyBytes {
  readonly py: "bytes";
  readonly value: Uint8Array;
}

/** Python `dict` with `str` keys; a `Map` keeps insertion order and, like `dict`, keeps a key's first position when it is set again. */
export interface PyDict {
  readonly py: "dict";
  readonly value: Map<string, PyValue>;
}

/** Any modelled Python value. */
export type PyValue = string | boolean | null | PyInt | PyFloat | PyBytes | PyDict | PyValue[];

/**
 * Makes a Python `int`.
 * @param value A bigint, or a safe integer number.
 * @returns The int.
 */
export function pyInt(value: bigint | number): PyInt {
  return { py: "int", value: BigInt(value) };
}

/**
 * Makes a Python `float`.
 * @param value The double.
 * @returns The float.
 */
export function pyFloat(value: number): PyFloat {
  return { py: "float", value };
}

/**
 * Makes a Python `bytes`.
 * @param value The bytes.
 * @returns The bytes value.
 */
export function pyBytes(value: Uint8Array): PyBytes {
  return { py: "bytes", value };
}

/**
 * Makes a Python `dict` from entries in insertion order (a repeated key keeps its first position and
 * its last value, as `dict(pairs)` does).
 * @param entries Key/value pairs.
 * @returns The dict.
 */
export function pyDict(entries: Iterable<readonly [string, PyValue]>): PyDict {
  const map = new Map<string, PyValue>();
  for (const [key, value] of entries) map.set(key, value);
  return { py: "dict", value: map };
}

/**
 * Tells whether a value is a Python `dict`.
 * @param value Any modelled value.
 * @returns True for a dict.
 */
export function isPyDict(value: PyValue | undefined): value is PyDict {
  return typeof value === "object" && value !== null && !Array.isArray(value) && value.py === "dict";
}

/**
 * The name Python prints for a value's type (`type(x).__name__`), as used in messages such as
 * `'list' object has no attribute 'get'`.
 * @param value Any modelled value.
 * @returns `str`, `bool`, `NoneType`, `int`, `float`, `bytes`, `dict` or `list`.
 */
export function pyTypeName(value: PyValue): string {
  if (typeof value === "string") return "str";
  if (typeof value === "boolean") return "bool";
  if (value === null) return "NoneType";
  if (Array.isArray(value)) return "list";
  return value.py;
}

/**
 * Python truthiness (`bool(x)`).
 * @param value Any modelled value.
 * @returns False for `''`, `False`, `None`, `0`, `0.0`, `b''`, `{}` and `[]`.
 */
export function pyTruthy(value: PyValue): boolean {
  if (typeof value === "string") return value !== "";
  if (typeof value === "boolean") return value;
  if (value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  switch (value.py) {
    case "int":
      return value.value !== 0n;
    case "float":
      return value.value !== 0;
    case "bytes":
      return value.value.length > 0;
    case "dict":
      return value.value.size > 0;
  }
}
