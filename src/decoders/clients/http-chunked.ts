/**
 * HTTP/1.1 chunked transfer coding as h11 reads a response body (`h11/_readers.py`, `ChunkedReader`,
 * at python-hyper/h11 077b325; `chunk_header` in `h11/_abnf.py`), which is what httpx (through
 * httpcore) uses under the Anthropic Python SDK. The replayed bytes are everything that arrived before
 * the connection ended, as `curl --raw` saves them.
 *
 * - Each chunk is `<hex size>[;ext][ \t]*\r\n<data>\r\n`; the two bytes after the data are discarded
 *   unchecked; a size of 0 starts the trailer, which ends at an empty line.
 * - Data is handed on as it arrives, so a partly received chunk still reaches the SDK.
 * - If the connection ends before the trailer's empty line, `read_eof` raises
 *   `RemoteProtocolError("peer closed connection without sending complete message body (incomplete
 *   chunked read)")`, which httpcore and then httpx re-raise with the same text.
 * - A bad size line raises `illegal chunk header: <repr of the line>` (a `bytearray`).
 * A body whose first line is not a chunk header has no chunk framing (`curl` without `--raw`); it is
 * taken as already decoded and complete, since nothing in it can show a cut.
 */
import { reprBytes } from "../python/repr.ts";

/** What the transport delivered. */
export interface ChunkedRead {
  /** The decoded body bytes received, in order. */
  body: Uint8Array;
  /** h11's error when the body did not end properly. */
  error?: string;
}

export const INCOMPLETE_CHUNKED_READ = "peer closed connection without sending complete message body (incomplete chunked read)";
// `[^\n]` for Python's `.`, which matches `\r`.
const CHUNK_HEADER = /^[0-9A-Fa-f]{1,20}(?:;[^\n]*)?[ \t]*\r\n$/;
const LATIN1 = new TextDecoder("latin1");

function nextLine(bytes: Uint8Array, from: number): Uint8Array | undefined {
  for (let i = from; i + 1 < bytes.length; i++) if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) return bytes.subarray(from, i + 2);
  return undefined;
}

/**
 * Reads a received body.
 * @param bytes The bytes that arrived.
 * @returns The decoded body, and h11's error if the chunked body was cut or malformed.
 */
export function readChunked(bytes: Uint8Array): ChunkedRead {
  const first = nextLine(bytes, 0);
  if (!first || !CHUNK_HEADER.test(LATIN1.decode(first))) return { body: bytes };
  const parts: Uint8Array[] = [];
  const done = (error?: string): ChunkedRead => {
    const body = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
    parts.reduce((at, part) => (body.set(part, at), at + part.length), 0);
    return error === undefined ? { body } : { body, error };
  };
  let pos = 0;
  for (;;) {
    const header = nextLine(bytes, pos);
    if (!header) return done(INCOMPLETE_CHUNKED_READ);
    if (!CHUNK_HEADER.test(LATIN1.decode(header))) return done(`illegal chunk header: bytearray(${reprBytes(header)})`);
    pos += header.length;
    const size = Number.parseInt(LATIN1.decode(header), 16);
    if (size === 0) break;
    parts.push(bytes.subarray(pos, Math.min(pos + size, bytes.length)));
    if (pos + size + 2 > bytes.length) return done(INCOMPLETE_CHUNKED_READ);
    pos += size + 2;
  }
  // The trailer: header lines up to an empty line.
  for (;;) {
    const line = nextLine(bytes, pos);
    if (!line) return done(INCOMPLETE_CHUNKED_READ);
    pos += line.length;
    if (line.length === 2) return done();
  }
}
