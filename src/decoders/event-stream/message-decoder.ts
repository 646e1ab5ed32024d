/**
 * The incremental `application/vnd.amazon.eventstream` decoder: feed it bytes split anywhere (one byte
 * at a time included) and it hands back every complete, checked frame. It mirrors botocore's
 * `EventStreamBuffer` (`eventstream.py:437-530`) with one deliberate difference: at the end of the
 * stream a partial frame is an error here, while botocore just stops iterating and drops it.
 */
import { DecodeError } from "../errors.ts";
import { PRELUDE_LENGTH } from "./constants.ts";
import { decodeHeaders } from "./decode-headers.ts";
import { readPrelude, splitMessage, type Prelude } from "./split-message.ts";
import type { DecodedFrame } from "./types.ts";

/** Options for {@link createEventStreamDecoder}. */
export interface EventStreamDecoderOptions {
  /** Called with each frame as soon as its last byte arrives, before `feed` returns. */
  onFrame?: (frame: DecodedFrame) => void;
}

/** An incremental decoder. After it throws, it keeps throwing the same error until `reset()`. */
export interface EventStreamDecoder {
  /**
   * Adds bytes.
   * @returns The frames completed by these bytes (also passed to `onFrame`).
   * @throws {DecodeError} On the first bad prelude, checksum or header.
   */
  feed(chunk: Uint8Array): DecodedFrame[];
  /**
   * Declares the end of the stream.
   * @throws {DecodeError} `incomplete-frame` when bytes of an unfinished frame are still buffered.
   */
  end(): void;
  /** Forgets all buffered bytes, the stream offset and any error. */
  reset(): void;
  /** Bytes received but not yet part of a complete frame. */
  readonly bufferedLength: number;
}

/**
 * Creates an incremental decoder.
 * @param [options] Callbacks.
 * @returns The decoder.
 */
export function createEventStreamDecoder(options: EventStreamDecoderOptions = {}): EventStreamDecoder {
  // Bytes live in buffer[start, end); `streamOffset` is the stream offset of buffer[start].
  let buffer = new Uint8Array(0);
  let start = 0;
  let end = 0;
  let streamOffset = 0;
  // The current frame's prelude, kept once read so each prelude is checked exactly once, like botocore.
  let prelude: Prelude | undefined;
  let failure: DecodeError | undefined;

  function append(chunk: Uint8Array): void {
    if (end + chunk.length > buffer.length) {
      const live = end - start;
      const needed = live + chunk.length;
      if (needed <= buffer.length) {
        // Enough room once the consumed bytes at the front are dropped.
        buffer.copyWithin(0, start, end);
      } else {
        const next = new Uint8Array(Math.max(needed, buffer.length * 2, 1024));
        next.set(buffer.subarray(start, end), 0);
        buffer = next;
      }
      start = 0;
      end = live;
    }
    buffer.set(chunk, end);
    end += chunk.length;
  }

  function fail(error: unknown): never {
    if (error instanceof DecodeError) failure = error;
    throw error;
  }

  function feed(chunk: Uint8Array): DecodedFrame[] {
    if (failure) throw failure;
    append(chunk);
    const frames: DecodedFrame[] = [];
    try {
      for (;;) {
        const available = end - start;
        if (!prelude) {
          if (available < PRELUDE_LENGTH) break;
          prelude = readPrelude(buffer.subarray(start, start + PRELUDE_LENGTH), streamOffset);
        }
        if (available < prelude.totalLength) break;
        const frame = decodeFrame(buffer.subarray(start, start + prelude.totalLength), prelude, streamOffset);
        start += prelude.totalLength;
        streamOffset += prelude.totalLength;
        prelude = undefined;
        frames.push(frame);
        options.onFrame?.(frame);
      }
    } catch (error) {
      fail(error);
    }
    return frames;
  }

  function end_(): void {
    if (failure) throw failure;
    const available = end - start;
    if (available === 0) return;
    const tail = "botocore's EventStreamBuffer silently drops such a tail (it just stops iterating); errata reports it.";
    const expected = prelude ? prelude.totalLength : PRELUDE_LENGTH;
    const wanted = prelude ? `${prelude.totalLength} bytes (its total_length)` : "at least a 12-byte prelude";
    fail(
      new DecodeError({
        code: "incomplete-frame",
        offset: streamOffset + available,
        expected,
        actual: available,
        message: `The stream ended inside the frame at offset ${streamOffset}: expected ${wanted}, found ${available}. ${tail}`,
      }),
    );
  }

  return {
    feed,
    end: end_,
    reset() {
      buffer = new Uint8Array(0);
      start = 0;
      end = 0;
      streamOffset = 0;
      prelude = undefined;
      failure = undefined;
    },
    get bufferedLength() {
      return end - start;
    },
  };
}

/**
 * Decodes one complete frame whose prelude was already checked.
 * @param bytes Exactly `prelude.totalLength` bytes.
 * @param prelude The checked prelude.
 * @param frameOffset Stream offset of the frame.
 * @returns The frame; its payload is a copy, so it outlives the decoder's buffer.
 */
function decodeFrame(bytes: Uint8Array, prelude: Prelude, frameOffset: number): DecodedFrame {
  const parts = splitMessage(bytes, prelude, frameOffset);
  const headers = decodeHeaders(parts.headers, frameOffset + PRELUDE_LENGTH);
  return {
    offset: frameOffset,
    totalLength: prelude.totalLength,
    headersLength: prelude.headersLength,
    payloadLength: prelude.payloadLength,
    preludeCrc: prelude.preludeCrc,
    messageCrc: parts.messageCrc,
    headers,
    payload: parts.payload.slice(),
  };
}

/** The frames of a whole stream, and the error that stopped it, if any. */
export interface EventStreamScan {
  frames: DecodedFrame[];
  error?: DecodeError;
}

/**
 * Decodes a whole stream without throwing: the frames before the first problem, and that problem.
 * This is what a replay needs, since a client acts on every frame that arrives before the bad one.
 * @param bytes The whole stream.
 * @returns The frames and, if the stream is bad, the error.
 */
export function scanEventStream(bytes: Uint8Array): EventStreamScan {
  const frames: DecodedFrame[] = [];
  const decoder = createEventStreamDecoder({ onFrame: (frame) => frames.push(frame) });
  try {
    decoder.feed(bytes);
    decoder.end();
    return { frames };
  } catch (error) {
    if (error instanceof DecodeError) return { frames, error };
    throw error;
  }
}

/**
 * Decodes a whole stream.
 * @param bytes The whole stream.
 * @returns Every frame.
 * @throws {DecodeError} On the first problem, including a stream that ends inside a frame.
 */
export function decodeEventStream(bytes: Uint8Array): DecodedFrame[] {
  const scan = scanEventStream(bytes);
  if (scan.error) throw scan.error;
  return scan.frames;
}
