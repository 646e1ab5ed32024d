import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectDump, parseDump } from "../../../src/playground/parse-dump.ts";
import { decodePasted } from "../../../src/playground/parse-paste.ts";

const dir = "tests/fixtures/dumps";
const read = (name: string) => readFileSync(`${dir}/${name}`, "utf8");
const bytes = (name: string) => new Uint8Array(readFileSync(`${dir}/${name}`));

describe("xxd and hexdump -C dumps made by the real tools", () => {
  for (const base of ["sample", "zeros"]) {
    it(`${base}: xxd reads back to the original bytes`, () => {
      expect(detectDump(read(`${base}.xxd`))).toBe("xxd");
      expect(parseDump(read(`${base}.xxd`), "xxd")).toEqual(bytes(`${base}.bin`));
    });
    it(`${base}: hexdump -C reads back to the original bytes, '*' lines included`, () => {
      expect(detectDump(read(`${base}.hexdump-c`))).toBe("hexdump-c");
      expect(parseDump(read(`${base}.hexdump-c`), "hexdump-c")).toEqual(bytes(`${base}.bin`));
    });
  }
  it("accepts a dump pasted with indentation and Windows line ends", () => {
    const pasted = read("sample.xxd")
      .split("\n")
      .map((l) => `  ${l}`)
      .join("\r\n");
    expect(decodePasted(pasted, "auto", false)).toEqual(bytes("sample.bin"));
  });
});

describe("damaged dumps are refused with the line number", () => {
  it("a missing line", () => {
    const lines = read("sample.xxd").split("\n");
    lines.splice(3, 1);
    expect(() => parseDump(lines.join("\n"), "xxd")).toThrow(/^line 4: offset 00000040 does not follow/);
  });
  it("an odd number of hex digits", () => {
    expect(() => parseDump("00000000  00 0  |..|", "hexdump-c")).toThrow(/line 1/);
  });
});

describe("decodePasted", () => {
  it("still takes plain hex, 0x-prefixed hex and base64", () => {
    expect(decodePasted("0x0a0b", "auto", false)).toEqual(Uint8Array.from([10, 11]));
    expect(decodePasted("0a 0b\n0c", "auto", false)).toEqual(Uint8Array.from([10, 11, 12]));
    expect(decodePasted("AAECAw==", "auto", false)).toEqual(Uint8Array.from([0, 1, 2, 3]));
  });
  it("takes stream text only where the client reads text, and says what it accepts otherwise", () => {
    expect(decodePasted("event: x\ndata: {}\n\n", "auto", true)).toEqual(new TextEncoder().encode("event: x\ndata: {}\n\n"));
    expect(() => decodePasted("event: x\ndata: {}", "auto", false)).toThrow(/xxd/);
  });
  it("hex that is not a dump is not mistaken for one", () => {
    expect(detectDump("deadbeef")).toBeUndefined();
    expect(detectDump("0000 0001")).toBeUndefined();
  });
});
