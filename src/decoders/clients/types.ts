/**
 * Shapes shared by the client models, `replay()`, the CLI and the playground.
 */
import type { DecodeErrorCode } from "../errors.ts";
import type { DecodedFrame } from "../event-stream/types.ts";

/** `before` is the client as shipped with the bug; `after` is the client with the fix applied. */
export type Fix = "before" | "after";

/** The wire decoder a client reads with. */
export type DecoderId = "aws-eventstream" | "sse";

/** The modelled clients. */
export type ClientId =
  | "anthropic-python-bedrock"
  | "anthropic-python-bedrock-inband"
  | "boto3-bedrock"
  | "anthropic-python-sse"
  | "anthropic-python-stream-transport"
  | "anthropic-typescript-sse"
  | "anthropic-typescript-message-stream"
  | "anthropic-typescript-bedrock";

/** The error a client raises (or the decoder reports). */
export interface OutcomeError {
  /**
   * The exception class as a traceback's last line prints it (`ValueError`, `anthropic.APIStatusError`,
   * `botocore.exceptions.EventStreamError`, `botocore.eventstream.ChecksumMismatch`), so that
   * `${type}: ${message}` is that line. Decoder-only errors use `DecodeError`.
   */
  type: string;
  message: string;
  /** `status_code` of an `APIStatusError`, or the HTTP status the fixed client maps the error to. */
  status?: number;
  /** Whether the (fixed) client re-issues the request for this error. */
  retryable?: boolean;
  /** The machine-readable kind: `APIStatusError.type`, botocore's error `Code`, or a DecodeError code. */
  errorType?: string;
  /** The Bedrock frame's `:exception-type`, when the error came from an exception frame. */
  exceptionType?: string;
  /** Set when the error is a decoder error. */
  code?: DecodeErrorCode;
}

/** How a stream ended: cleanly, or with the error the client raised. */
export type Outcome = { ok: true } | { error: OutcomeError };

/** One event a client produced from the stream, in order. */
export interface StreamEvent {
  /** The SSE event name (`message_start`, `completion`, `error`, `chunk`, `message`, …). */
  type: string;
  /** The event's data as text (a Bedrock chunk's decoded bytes; an SSE event's data). */
  data: string;
  /** The SSE `id`, when the event had one. */
  id?: string;
}

/** One pass of a client over one response body. */
export interface AttemptResult {
  frames: DecodedFrame[];
  events: StreamEvent[];
  outcome: Outcome;
}

/** One request the `after` client made. */
export interface Attempt {
  /** 1 for the first request. */
  attempt: number;
  /** Which bytes answered it: the replayed stream, or the `retry` stream. */
  input: "original" | "retry";
  /** Back-off before this request, modelled on the Python SDK's 0.5 s doubling to 8 s (not slept). */
  delayMs: number;
  events: StreamEvent[];
  outcome: Outcome;
}

/** Which versions of a real client behave which way. */
export interface VersionNote {
  /** For example `0.14.0 – 0.121.0`. */
  versions: string;
  /** Which side of the model this row is: the shipped bug, the fix, or neither (context only). */
  fix: Fix | "other";
  /** What the client does, in one or two sentences. */
  behaviour: string;
  /** A traceback's last line for Frame B (src/decoders/samples/bedrock-frames.ts), where it applies. */
  example?: string;
  /** False when the behaviour comes from reading source, not from running it. */
  confirmed: boolean;
  /** Source files, issues and pull requests. */
  sources: string[];
}

/** A faithful model of one real client, with its bug and its fix. */
export interface ClientModel {
  id: ClientId;
  title: string;
  /** What goes wrong and what the fix does. */
  description: string;
  decoder: DecoderId;
  versions: readonly VersionNote[];
  /**
   * Runs the client once over one response body.
   * @param bytes The HTTP response body.
   * @param fix Which behaviour to model.
   */
  run(bytes: Uint8Array, fix: Fix): AttemptResult;
}
