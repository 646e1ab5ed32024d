import { describe, expect, it } from "vitest";
import { fromHex, toHex } from "../../../../src/decoders/bytes.ts";
import { pyB64decode } from "../../../../src/decoders/python/b64decode.ts";
import { pyJsonDumps } from "../../../../src/decoders/python/json-dumps.ts";
import { pyDecodeUtf8 } from "../../../../src/decoders/python/utf8.ts";
import { pyBytes, pyDict, pyFloat, pyInt, type PyValue } from "../../../../src/decoders/python/values.ts";

// Every expected text below was printed by CPython 3.11.7.
const UTF8: [string, string][] = [
  ["ff", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"],
  ["6180", "'utf-8' codec can't decode byte 0x80 in position 1: invalid start byte"],
  ["c0af", "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"],
  ["e282", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"],
  ["e228a1", "'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte"],
  ["e28228", "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"],
  ["eda080", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"],
  ["f09f98", "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"],
  ["f09f9828", "'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte"],
  ["f028", "'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte"],
  ["f4908080", "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"],
  ["f5", "'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte"],
  ["6f6be08080", "'utf-8' codec can't decode byte 0xe0 in position 2: invalid continuation byte"],
  ["f080", "'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte"],
  ["c3", "'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data"],
];

const B64: [PyValue, string | null, string | null][] = [
  ["YWJj", "616263", null],
  ["YWI=", "6162", null],
  ["YWI", null, "binascii.Error: Incorrect padding"],
  ["YQ==", "61", null],
  ["YQ", null, "binascii.Error: Incorrect padding"],
  ["Y", null, "binascii.Error: Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"],
  ["abcde", null, "binascii.Error: Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4"],
  ["YWJjZGVmZ2hp!x", null, "binascii.Error: Invalid base64-encoded string: number of data characters (13) cannot be 1 more than a multiple of 4"],
  ["YQ=x=", "610c", null],
  ["!!", "", null],
  ["YW Jj\n", "616263", null],
  ["YQ===", "61", null],
  ["=YWJj", "616263", null],
  ["a=b=c=d=", "69b7", null],
  ["YWJj-_", "616263", null],
  ["\u00e9", null, "ValueError: string argument should contain only ASCII characters"],
  [pyInt(5), null, "TypeError: argument should be a bytes-like object or ASCII string, not 'int'"],
];

describe("pyDecodeUtf8", () => {
  it.each(UTF8)("reports bytes.fromhex(%j).decode() as Python does", (hex, message) => {
    const result = pyDecodeUtf8(fromHex(hex));
    expect(result.ok ? "decoded" : result.error.message).toBe(message);
  });

  it("decodes valid UTF-8 and keeps a BOM, as bytes.decode does", () => {
    expect(pyDecodeUtf8(fromHex("efbbbf636166c3a9"))).toEqual({ ok: true, text: "\ufeffcaf\u00e9" });
  });
});

describe("pyB64decode", () => {
  it.each(B64)("decodes case %# as base64.b64decode does", (input, hex, error) => {
    const result = pyB64decode(input);
    expect(result.ok ? [toHex(result.bytes), null] : [null, `${result.error.type}: ${result.error.message}`]).toEqual([hex, error]);
  });
});

describe("pyJsonDumps", () => {
  it("writes what json.dumps writes by default", () => {
    const value = pyDict([
      ["type", "error"],
      ["error", pyDict([["message", 'caf\u00e9 \ud83d\ude00 "q" \\ \n\u007f']])],
      ["n", [pyInt(1), pyFloat(2.5), pyFloat(1e16), pyFloat(Number.NaN), true, null]],
    ]);
    // json.dumps({"type": "error", "error": {"message": "café 😀 \"q\" \\ \n\x7f"}, "n": [1, 2.5, 1e16, float("nan"), True, None]})
    expect(pyJsonDumps(value)).toEqual({
      ok: true,
      text: '{"type": "error", "error": {"message": "caf\\u00e9 \\ud83d\\ude00 \\"q\\" \\\\ \\n\\u007f"}, "n": [1, 2.5, 1e+16, NaN, true, null]}',
    });
  });

  it("rejects bytes with Python's TypeError", () => {
    expect(pyJsonDumps([pyBytes(new Uint8Array())])).toEqual({ ok: false, error: { type: "TypeError", message: "Object of type bytes is not JSON serializable" } });
  });
});
