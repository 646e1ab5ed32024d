/**
 * `replay()`: the one call the CLI and the playground make. It runs a client model (or a bare decoder)
 * over a response body and, for a fixed client, re-issues the request with the `retry` body while the
 * error is retryable.
 */
import { botocoreHeaders } from "./clients/botocore.ts";
import { decodeErrorOutcome } from "./clients/botocore-errors.ts";
import { getClient } from "./clients/registry.ts";
import { backoffMs, DEFAULT_MAX_RETRIES } from "./clients/retry-policy.ts";
import type { Attempt, ClientId, DecoderId, Fix, Outcome, StreamEvent } from "./clients/types.ts";
import { DecodeError } from "./errors.ts";
import { createEventStreamDecoder } from "./event-stream/message-decoder.ts";
import type { DecodedFrame } from "./event-stream/types.ts";
import { createSseParser } from "./sse/parser.ts";

/** Options for {@link replay}. */
export interface ReplayOptions {
  /** The body each re-issued request receives (normally a complete stream). Without it, no retry is made. */
  retry?: Uint8Array;
  /** Retries after the first request; the Python SDK's default of 2 unless given. */
  maxRetries?: number;
}

/** What a replay found. */
export interface ReplayResult {
  /** The frames decoded from the replayed body (empty for SSE). */
  frames: DecodedFrame[];
  /** The events the client produced from the replayed body, up to where it stopped. */
  events: StreamEvent[];
  /** How the whole call ended: after retries, for a fixed client. */
  outcome: Outcome;
  /** Every request a fixed (`after`) client made, the first included. */
  attempts?: Attempt[];
}

const LENIENT_UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * Replays a response body through a client model.
 * @param clientId The client to model.
 * @param fix `before` (the shipped bug) or `after` (the fix, with retries).
 * @param bytes The HTTP response body.
 * @param [options] The retry body and retry limit.
 * @returns Frames, events, outcome and, for `after`, the attempts.
 * @throws {TypeError} For an unknown client id.
 */
export function replay(clientId: ClientId, fix: Fix, bytes: Uint8Array, options: ReplayOptions = {}): ReplayResult {
  const client = getClient(clientId);
  if (!client) throw new TypeError(`Unknown client ${JSON.stringify(clientId)}.`);
  const first = client.run(bytes, fix);
  if (fix === "before") return first;
  const attempts: Attempt[] = [];
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  let result = first;
  for (let attempt = 1; ; attempt++) {
    const outcome: Outcome = "error" in result.outcome ? { error: { ...result.outcome.error, retryable: result.outcome.error.retryable ?? false } } : result.outcome;
    attempts.push({ attempt, input: attempt === 1 ? "original" : "retry", delayMs: attempt === 1 ? 0 : backoffMs(attempt - 1), events: result.events, outcome });
    const retryable = "error" in outcome && outcome.error.retryable === true;
    if (!retryable || !options.retry || attempt > maxRetries) {
      return { frames: first.frames, events: first.events, outcome, attempts };
    }
    result = client.run(options.retry, fix);
  }
}

/**
 * Runs a bare decoder, with no client: the outcome is the decoder's own verdict.
 * For `aws-eventstream`, each frame also yields an event named by its `:event-type`, `:exception-type`
 * or `:error-code` header (else `:message-type`, else `""`), with the payload as text. For `sse`, the
 * events are the WHATWG-dispatched events and `frames` is empty.
 * @param decoder The wire format.
 * @param bytes The body.
 * @returns Frames, events and outcome.
 */
export function replayDecoder(decoder: DecoderId, bytes: Uint8Array): ReplayResult {
  const stream = createDecoderReplay(decoder);
  stream.feed(bytes);
  return stream.finish();
}

/** {@link replayDecoder} fed in chunks, so a caller can read a body of any size with bounded memory. */
export interface DecoderReplay {
  /**
   * Adds the next bytes of the body. The chunk is copied or decoded before this returns, so the caller may reuse it.
   * @returns `false` once the decoder has stopped on a wire-format error: later bytes cannot change the result.
   */
  feed(chunk: Uint8Array): boolean;
  /** Frames (aws-eventstream) or events (sse) decoded so far: what the result will hold. */
  readonly decoded: number;
  /** Ends the body and returns what {@link replayDecoder} returns for the concatenated chunks. */
  finish(): ReplayResult;
}

/**
 * Creates an incremental {@link replayDecoder}.
 * @param decoder The wire format.
 * @returns The replay; feed it chunks, then `finish()`.
 */
export function createDecoderReplay(decoder: DecoderId): DecoderReplay {
  const frames: DecodedFrame[] = [];
  const events: StreamEvent[] = [];
  if (decoder === "sse") {
    const parser = createSseParser({
      onEvent: (event) => events.push(event.id === undefined ? { type: event.type, data: event.data } : { type: event.type, data: event.data, id: event.id }),
    });
    return {
      feed(chunk) {
        parser.feedBytes(chunk);
        return true;
      },
      get decoded() {
        return events.length;
      },
      finish() {
        parser.end();
        return { frames, events, outcome: { ok: true } };
      },
    };
  }
  let error: DecodeError | undefined;
  const stream = createEventStreamDecoder({
    onFrame: (frame) => {
      frames.push(frame);
      events.push({ type: frameEventType(frame), data: LENIENT_UTF8.decode(frame.payload) });
    },
  });
  const attempt = (step: () => void): void => {
    if (error) return;
    try {
      step();
    } catch (caught) {
      if (!(caught instanceof DecodeError)) throw caught;
      error = caught;
    }
  };
  return {
    feed(chunk) {
      attempt(() => stream.feed(chunk));
      return error === undefined;
    },
    get decoded() {
      return frames.length;
    },
    finish() {
      attempt(() => stream.end());
      return { frames, events, outcome: error ? { error: decodeErrorOutcome(error) } : { ok: true } };
    },
  };
}

function frameEventType(frame: DecodedFrame): string {
  const headers = botocoreHeaders(frame).value;
  for (const name of [":event-type", ":exception-type", ":error-code", ":message-type"]) {
    const value = headers.get(name);
    if (typeof value === "string") return value;
  }
  return "";
}
