/** Shared test helpers for the decoder tests. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { crc32 } from "../../../src/decoders/crc32.ts";
import { DecodeError } from "../../../src/decoders/errors.ts";

/** One entry of `tests/fixtures/eventstream/frames.json` (a copy of the research fixtures). */
export interface FrameFixture {
  name: string;
  hex: string;
  botocore_response_dict: string;
  sdk_0x_raises?: string;
  sdk_1x_raises_derived_from_source?: string;
}

/** Reads a fixture file under `tests/fixtures/`. */
export function readFixture(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)), "utf8");
}

/** The three real-format frames A, B and C (src/decoders/samples/bedrock-frames.ts). */
export const FRAME_FIXTURES: FrameFixture[] = JSON.parse(readFixture("eventstream/frames.json")) as FrameFixture[];

/** Runs `fn` and returns the DecodeError it throws (fails the test otherwise). */
export function catchDecodeError(fn: () => unknown): DecodeError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DecodeError) return error;
    throw error;
  }
  throw new Error("expected a DecodeError, but nothing was thrown");
}

/** Builds a 12-byte prelude with a correct CRC. */
export function prelude(totalLength: number, headersLength: number): Uint8Array {
  const bytes = new Uint8Array(12);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, totalLength);
  view.setUint32(4, headersLength);
  view.setUint32(8, crc32(bytes.subarray(0, 8)));
  return bytes;
}

/** Wraps a raw header block and payload into a frame with correct lengths and CRCs. */
export function rawFrame(headerBlock: Uint8Array, payload: Uint8Array = new Uint8Array()): Uint8Array {
  const total = 12 + headerBlock.length + payload.length + 4;
  const out = new Uint8Array(total);
  out.set(prelude(total, headerBlock.length), 0);
  out.set(headerBlock, 12);
  out.set(payload, 12 + headerBlock.length);
  new DataView(out.buffer).setUint32(total - 4, crc32(out.subarray(0, total - 4)));
  return out;
}

/** Splits bytes at the given cut points (sorted, within range). */
export function splitAt(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts)].filter((cut) => cut > 0 && cut < bytes.length).sort((a, b) => a - b);
  const parts: Uint8Array[] = [];
  let start = 0;
  for (const cut of [...points, bytes.length]) {
    parts.push(bytes.subarray(start, cut));
    start = cut;
  }
  return parts;
}
