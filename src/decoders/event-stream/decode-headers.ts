/**
 * Decodes a frame's header block: `name_len:u8 | name:utf8 | type:u8 | value` records, back to back
 * (smithy spec "Headers Format"; botocore `EventStreamHeaderParser`, `eventstream.py:354-435`).
 * Unlike botocore, which slices past the end of short data without noticing, every read here is
 * bounds-checked and reported.
 */
import { toHex } from "../bytes.ts";
import { DecodeError } from "../errors.ts";
import { HEADER_TYPE, HEADER_TYPE_NAMES, UUID_LENGTH } from "./constants.ts";
import type { DecodedHeader } from "./types.ts";

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/** Invalid UTF-8 is shown as hex; a long value is cut to this many bytes. */
const MAX_SHOWN_BYTES = 32;

/** Walks one header block; `pos` is relative to the block. */
class HeaderReader {
  pos = 0;
  recordStart = 0;
  readonly block: Uint8Array;
  readonly blockOffset: number;
  readonly view: DataView;

  constructor(block: Uint8Array, blockOffset: number) {
    this.block = block;
    this.blockOffset = blockOffset;
    this.view = new DataView(block.buffer, block.byteOffset, block.length);
  }

  /** Throws `truncated-header` unless `length` more bytes remain. */
  need(length: number, what: string): void {
    const remaining = this.block.length - this.pos;
    if (remaining < length) {
      throw new DecodeError({
        code: "truncated-header",
        offset: this.blockOffset + this.pos,
        expected: length,
        actual: remaining,
        message: `Header at offset ${this.blockOffset + this.recordStart} runs past the end of its block: expected ${length} more bytes for its ${what}, found ${remaining}.`,
      });
    }
  }

  bytes(length: number, what: string): Uint8Array {
    this.need(length, what);
    const out = this.block.slice(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  utf8(length: number, what: string): string {
    const start = this.pos;
    const raw = this.bytes(length, what);
    try {
      return STRICT_UTF8.decode(raw);
    } catch {
      const shown = toHex(raw.subarray(0, MAX_SHOWN_BYTES)) + (raw.length > MAX_SHOWN_BYTES ? "…" : "");
      throw new DecodeError({
        code: "invalid-utf8",
        offset: this.blockOffset + start,
        expected: "UTF-8 text",
        actual: shown,
        message: `Header ${what} at offset ${this.blockOffset + start} is not valid UTF-8: expected UTF-8 text, found bytes ${shown}.`,
      });
    }
  }
}

/**
 * Decodes a header block.
 * @param block The `headers_length` bytes after the prelude.
 * @param blockOffset Stream offset of the block's first byte.
 * @returns The headers in wire order.
 * @throws {DecodeError} `truncated-header`, `empty-header-name`, `invalid-utf8`, `unknown-header-type`
 *   or `duplicate-header`.
 */
export function decodeHeaders(block: Uint8Array, blockOffset: number): DecodedHeader[] {
  const reader = new HeaderReader(block, blockOffset);
  const headers: DecodedHeader[] = [];
  const seen = new Set<string>();
  while (reader.pos < block.length) {
    reader.recordStart = reader.pos;
    const offset = blockOffset + reader.pos;
    const nameLength = reader.bytes(1, "name length")[0] ?? 0;
    if (nameLength === 0) {
      throw new DecodeError({
        code: "empty-header-name",
        offset,
        expected: "1-255",
        actual: 0,
        message: `Header at offset ${offset} has an empty name: expected a name of 1-255 bytes, found 0.`,
      });
    }
    const name = reader.utf8(nameLength, "name");
    const header = readValue(reader, name, offset);
    // botocore raises DuplicateHeader after parsing the whole record (`_parse_headers`), so do we.
    if (seen.has(name)) {
      throw new DecodeError({
        code: "duplicate-header",
        offset,
        expected: "unique header names",
        actual: name,
        message: `Header ${JSON.stringify(name)} at offset ${offset} is a duplicate: expected each name once per frame, found it a second time.`,
      });
    }
    seen.add(name);
    headers.push(header);
  }
  return headers;
}

function readValue(reader: HeaderReader, name: string, offset: number): DecodedHeader {
  const typeAt = reader.blockOffset + reader.pos;
  const type = reader.bytes(1, "value type")[0] ?? 0;
  const typeName = HEADER_TYPE_NAMES[type];
  const pos = reader.pos;
  switch (type) {
    case HEADER_TYPE.boolean_true:
    case HEADER_TYPE.boolean_false:
      return { name, offset, type: "boolean", value: type === HEADER_TYPE.boolean_true };
    case HEADER_TYPE.byte:
      reader.need(1, "byte value");
      reader.pos += 1;
      return { name, offset, type: "byte", value: reader.view.getInt8(pos) };
    case HEADER_TYPE.short:
      reader.need(2, "short value");
      reader.pos += 2;
      return { name, offset, type: "short", value: reader.view.getInt16(pos) };
    case HEADER_TYPE.integer:
      reader.need(4, "integer value");
      reader.pos += 4;
      return { name, offset, type: "integer", value: reader.view.getInt32(pos) };
    case HEADER_TYPE.long:
    case HEADER_TYPE.timestamp: {
      reader.need(8, `${typeName} value`);
      reader.pos += 8;
      const value = reader.view.getBigInt64(pos);
      return type === HEADER_TYPE.long ? { name, offset, type: "long", value } : { name, offset, type: "timestamp", value };
    }
    case HEADER_TYPE.byte_array:
    case HEADER_TYPE.string: {
      reader.need(2, `${typeName} value length`);
      const length = reader.view.getUint16(pos);
      reader.pos += 2;
      return type === HEADER_TYPE.string
        ? { name, offset, type: "string", value: reader.utf8(length, "string value") }
        : { name, offset, type: "byte_array", value: reader.bytes(length, "byte_array value") };
    }
    case HEADER_TYPE.uuid:
      return { name, offset, type: "uuid", value: reader.bytes(UUID_LENGTH, "uuid value") };
    default:
      throw new DecodeError({
        code: "unknown-header-type",
        offset: typeAt,
        expected: "0-9",
        actual: type,
        message: `Header ${JSON.stringify(name)} at offset ${offset} has an unknown value type: expected 0-9, found ${type}.`,
      });
  }
}
