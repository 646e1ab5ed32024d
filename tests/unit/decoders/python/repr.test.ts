import { describe, expect, it } from "vitest";
import { fromHex } from "../../../../src/decoders/bytes.ts";
import { isPrintable, pyRepr, pyStr, reprBytes, reprFloat, reprStr } from "../../../../src/decoders/python/repr.ts";
import { pyBytes, pyDict, pyFloat, pyInt } from "../../../../src/decoders/python/values.ts";

// Expected values printed by CPython 3.11.7 (`repr(s)`), pasted as literals. Lone surrogates are
// never adjacent here: a JS string cannot tell a high+low pair from two lone surrogates.
const STRINGS: [string, string][] = [
  ["", "''"],
  ["'", '"\'"'],
  ['"', "'\"'"],
  ["'\"", "'\\'\"'"],
  ["it's", '"it\'s"'],
  ['say "hi"', "'say \"hi\"'"],
  ["both ' and \"", "'both \\' and \"'"],
  ["back\\slash \\' \\\"", "'back\\\\slash \\\\\\' \\\\\"'"],
  ["\t\n\r\u0000\u001f\u007f\u0080\u009f\u00a0\u00ad\u00ff", "'\\t\\n\\r\\x00\\x1f\\x7f\\x80\\x9f\\xa0\\xad\u00ff'"],
  ["caf\u00e9 na\u00efve", "'caf\u00e9 na\u00efve'"],
  ["\u2028\u2029\u3000\u200b\ufeff\ue000\uffff\ufffd", "'\\u2028\\u2029\\u3000\\u200b\\ufeff\\ue000\\uffff\ufffd'"],
  ["emoji \ud83d\ude00 flag \ud83c\uddfa\ud83c\uddf8 zwj \ud83e\uddd1\u200d\ud83d\udcbb", "'emoji \ud83d\ude00 flag \ud83c\uddfa\ud83c\uddf8 zwj \ud83e\uddd1\\u200d\ud83d\udcbb'"],
  ["\ud800", "'\\ud800'"],
  ["lone \udfff low", "'lone \\udfff low'"],
  ["a\ud83dz", "'a\\ud83dz'"],
  ["\udb40\udc01\udbff\udfff\udb80\udc00", "'\\U000e0001\\U0010ffff\\U000f0000'"],
  ["\u0378", "'\\u0378'"],
  ["\u0600\u061c\u00ad", "'\\u0600\\u061c\\xad'"],
  ["\u0085\u009b", "'\\x85\\x9b'"],
  ["\u00a0\u1680\u2000\u202f\u205f", "'\\xa0\\u1680\\u2000\\u202f\\u205f'"],
  ["\u6f22\u5b57 \u0391\u03b2", "'\u6f22\u5b57 \u0391\u03b2'"],
  ["\u001b[31mred\u001b[0m", "'\\x1b[31mred\\x1b[0m'"],
  ['{"message":"x"}', '\'{"message":"x"}\''],
];

const BYTES: [string, string][] = [
  ["", "b''"],
  ["27", 'b"\'"'],
  ["22", "b'\"'"],
  ["2722", "b'\\'\"'"],
  ["5c", "b'\\\\'"],
  ["090a0d001f7f80ff", "b'\\t\\n\\r\\x00\\x1f\\x7f\\x80\\xff'"],
  ["7b226d657373616765223a2269742773227d", 'b\'{"message":"it\\\'s"}\''],
  ["eda08020636166c3a9", "b'\\xed\\xa0\\x80 caf\\xc3\\xa9'"],
];

const FLOATS: [number, string][] = [
  [0, "0.0"],
  [-0, "-0.0"],
  [1, "1.0"],
  [-1.5, "-1.5"],
  [0.1, "0.1"],
  [0.30000000000000004, "0.30000000000000004"],
  [1e16, "1e+16"],
  [1e15, "1000000000000000.0"],
  [9999999999999998, "9999999999999998.0"],
  [1e-4, "0.0001"],
  [1e-5, "1e-05"],
  [1.5e-5, "1.5e-05"],
  [123456789012345680, "1.2345678901234568e+17"],
  [1e22, "1e+22"],
  [1e300, "1e+300"],
  [5e-324, "5e-324"],
  [1.7976931348623157e308, "1.7976931348623157e+308"],
  [Infinity, "inf"],
  [-Infinity, "-inf"],
  [Number.NaN, "nan"],
  [100, "100.0"],
  [1234.5678, "1234.5678"],
  [2.5e-7, "2.5e-07"],
];

describe("reprStr", () => {
  it.each(STRINGS)("prints %j as Python does", (input, expected) => {
    expect(reprStr(input)).toBe(expected);
  });
});

describe("reprBytes", () => {
  it.each(BYTES)("prints bytes.fromhex(%j) as Python does", (hex, expected) => {
    expect(reprBytes(fromHex(hex))).toBe(expected);
  });
});

describe("reprFloat", () => {
  it.each(FLOATS)("prints %d as Python does", (value, expected) => {
    expect(reprFloat(value)).toBe(expected);
  });
});

describe("isPrintable", () => {
  it("treats ASCII space as printable and other separators, format and private-use characters as not", () => {
    expect([0x20, 0x41, 0xe9, 0x1f600].map(isPrintable)).toEqual([true, true, true, true]);
    expect([0x00, 0x7f, 0xa0, 0xad, 0x2028, 0x3000, 0xe000, 0xd800, 0x0378].map(isPrintable)).toEqual(Array(9).fill(false));
  });
});

describe("pyRepr", () => {
  it("prints ints exactly at any size, and the singletons", () => {
    expect(pyRepr(pyInt(123456789012345678901234567890n))).toBe("123456789012345678901234567890");
    expect(pyRepr(pyInt(-5))).toBe("-5");
    expect([true, false, null].map(pyRepr)).toEqual(["True", "False", "None"]);
  });

  it("prints dicts in insertion order and lists", () => {
    const value = pyDict([
      ["a", pyInt(1)],
      ["b", [pyFloat(2), "x", null, pyBytes(Uint8Array.of(0x27))]],
      ["c", pyDict([])],
      ["a", pyInt(3)],
    ]);
    expect(pyRepr(value)).toBe("{'a': 3, 'b': [2.0, 'x', None, b\"'\"], 'c': {}}");
  });

  it("str() keeps text bare and reprs everything else", () => {
    expect(pyStr("it's")).toBe("it's");
    expect(pyStr(pyInt(5))).toBe("5");
    expect(pyStr(pyDict([["k", "v"]]))).toBe("{'k': 'v'}");
  });
});
