import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { concatBytes, decodeUtf8, encodeUtf8, fromBase64, fromHex, toBase64, toHex } from "../../../src/decoders/bytes.ts";
import { crc32 } from "../../../src/decoders/crc32.ts";
import { hex32 } from "../../../src/decoders/errors.ts";
import { catchDecodeError } from "./helpers.ts";

describe("crc32", () => {
  it("matches the IEEE / zlib check values", () => {
    expect(crc32(new Uint8Array())).toBe(0);
    expect(hex32(crc32(encodeUtf8("123456789")))).toBe("0xcbf43926");
    expect(hex32(crc32(encodeUtf8("The quick brown fox jumps over the lazy dog")))).toBe("0x414fa339");
  });

  it("continues from an earlier result, like binascii.crc32(data, crc)", () => {
    fc.assert(
      fc.property(fc.uint8Array(), fc.uint8Array(), (a, b) => {
        expect(crc32(b, crc32(a))).toBe(crc32(concatBytes([a, b])));
      }),
    );
  });
});

describe("hex and base64", () => {
  it("round-trip any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array(), (bytes) => {
        expect(fromHex(toHex(bytes))).toEqual(bytes);
        expect(fromBase64(toBase64(bytes))).toEqual(bytes);
        expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      }),
    );
  });

  it("ignore whitespace and newlines, and accept base64 without padding", () => {
    expect(toHex(fromHex(" 00 0A\nff\r\n"))).toBe("000aff");
    expect(toHex(fromBase64("/w\nA"))).toBe("ff00");
  });

  it("say what was expected and what was found", () => {
    expect(catchDecodeError(() => fromHex("0g")).toJSON()).toEqual({
      code: "invalid-hex",
      offset: 1,
      expected: "a hex digit (0-9, a-f)",
      actual: '"g"',
      message: 'Expected hex digits (0-9, a-f) but found "g" at digit 1 (whitespace ignored).',
    });
    expect(catchDecodeError(() => fromHex("abc")).message).toBe("Expected an even number of hex digits (two per byte) but found 3.");
    expect(catchDecodeError(() => fromBase64("ab-c")).message).toBe('Expected base64 characters (A-Z, a-z, 0-9, +, /) but found "-" at character 2 (whitespace ignored).');
    expect(catchDecodeError(() => fromBase64("abcde")).message).toBe("Expected base64 text whose length fits 4-character groups but found 5 characters (whitespace ignored).");
  });
});

describe("decodeUtf8", () => {
  it("decodes strictly", () => {
    expect(decodeUtf8(encodeUtf8("caf\u00e9"))).toBe("caf\u00e9");
    expect(decodeUtf8(Uint8Array.of(0xc3))).toBeUndefined();
  });
});
