import { describe, expect, it } from "vitest";
import { JsonDecodeError, jsonToPython } from "../../../../src/decoders/python/json-to-python.ts";
import { pyRepr } from "../../../../src/decoders/python/repr.ts";

/** `repr(json.loads(text))` or `str(JSONDecodeError)`, printed by CPython 3.11.7 (C scanner). */
const CASES: [string, { ok: string } | { err: string }][] = [
  ["", { err: "Expecting value: line 1 column 1 (char 0)" }],
  [" ", { err: "Expecting value: line 1 column 2 (char 1)" }],
  ["{", { err: "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)" }],
  ["[", { err: "Expecting value: line 1 column 2 (char 1)" }],
  ['{"a": }', { err: "Expecting value: line 1 column 7 (char 6)" }],
  ['{"a":1,}', { err: "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)" }],
  ["[1,]", { err: "Expecting value: line 1 column 4 (char 3)" }],
  ["[1 2]", { err: "Expecting ',' delimiter: line 1 column 4 (char 3)" }],
  ['{"a" 1}', { err: "Expecting ':' delimiter: line 1 column 6 (char 5)" }],
  ["{1:2}", { err: "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)" }],
  ['"abc', { err: "Unterminated string starting at: line 1 column 1 (char 0)" }],
  ['"a\\x"', { err: "Invalid \\escape: line 1 column 3 (char 2)" }],
  ['"\\u12"', { err: "Invalid \\uXXXX escape: line 1 column 3 (char 2)" }],
  ['"\\u1234', { err: "Invalid \\uXXXX escape: line 1 column 3 (char 2)" }],
  ['"\\uZZZZ"', { err: "Invalid \\uXXXX escape: line 1 column 3 (char 2)" }],
  ['"\\ud83d\\uZZZZ"', { err: "Invalid \\uXXXX escape: line 1 column 9 (char 8)" }],
  ['"a\u0001b"', { err: "Invalid control character at: line 1 column 3 (char 2)" }],
  ["nul", { err: "Expecting value: line 1 column 1 (char 0)" }],
  ["1.", { err: "Extra data: line 1 column 2 (char 1)" }],
  ["01", { err: "Extra data: line 1 column 2 (char 1)" }],
  ["\ufeff{}", { err: "Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)" }],
  ["{} x", { err: "Extra data: line 1 column 4 (char 3)" }],
  ['"\ud83d\ude00" x', { err: "Extra data: line 1 column 5 (char 4)" }],
  ['["\ud83d\ude00", ', { err: "Expecting value: line 1 column 7 (char 6)" }],
  ["\n\n  [1, ]", { err: "Expecting value: line 3 column 7 (char 8)" }],
  ['"\\u1234"', { ok: "'\u1234'" }],
  ['"\\ud83d\\ude00"', { ok: "'\ud83d\ude00'" }],
  ['"\\ud83d\\u0041"', { ok: "'\\ud83dA'" }],
  ['"\\ud83d"', { ok: "'\\ud83d'" }],
  ["1e", { err: "Extra data: line 1 column 2 (char 1)" }],
  ["1E5", { ok: "100000.0" }],
  ["-0", { ok: "0" }],
  ["-0.0", { ok: "-0.0" }],
  ["1e400", { ok: "inf" }],
  ["[NaN, -Infinity, Infinity]", { ok: "[nan, -inf, inf]" }],
  ["123456789012345678901234567890", { ok: "123456789012345678901234567890" }],
  ["1.0", { ok: "1.0" }],
  ['\n\n  {"a": [1, 2.5, true, false, null, "x"]}', { ok: "{'a': [1, 2.5, True, False, None, 'x']}" }],
  ['{"a":1,"b":2,"a":3}', { ok: "{'a': 3, 'b': 2}" }],
  ['"say \\"hi\\" it\'s"', { ok: "'say \"hi\" it\\'s'" }],
  ['"\\\\"', { ok: "'\\\\'" }],
  ['"\\u0000\\u001f\\u007f\\u0080\\u00a0\\u00ad\\u2028\\u3000\\ue000\\uffff"', { ok: "'\\x00\\x1f\\x7f\\x80\\xa0\\xad\\u2028\\u3000\\ue000\\uffff'" }],
];

describe("jsonToPython", () => {
  it.each(CASES)("loads %j as json.loads does", (text, expected) => {
    let got: { ok: string } | { err: string };
    try {
      got = { ok: pyRepr(jsonToPython(text)) };
    } catch (error) {
      if (!(error instanceof JsonDecodeError)) throw error;
      got = { err: error.message };
    }
    expect(got).toEqual(expected);
  });

  it("exposes the position fields of JSONDecodeError, counting code points", () => {
    const error = (() => {
      try {
        jsonToPython('"\ud83d\ude00" x');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(JsonDecodeError);
    expect(error).toMatchObject({ msg: "Extra data", pos: 4, lineno: 1, colno: 5 });
  });
});
