/**
 * The first-party Python `Anthropic` client streaming over httpx when the connection ends before the
 * chunked body does (anthropic-sdk-python `_streaming.py:74-75` and `SSEDecoder._iter_chunks`
 * `:437-447` at v0.121.0; the transport is `http-chunked.ts`; issues #1470, PR #1552).
 *
 * Bug (`before`, 0.x; 1.x raises the same from httpx2): `Stream` reads `response.iter_bytes()` and
 * decodes only complete SSE chunks (ending in a blank line), so the events that fully arrived are
 * yielded, the partial one is lost, and then httpx's error escapes unwrapped:
 * `httpx.RemoteProtocolError: peer closed connection without sending complete message body
 * (incomplete chunked read)`. The SDK's retry loop ended when the response began, so nothing is retried.
 *
 * Fix (`after`): the page's helper catches `httpx.TransportError` / `httpx2.TransportError` (and
 * `anthropic.APIConnectionError`) around the iteration and re-issues the whole request, up to 3
 * attempts. Other errors — an `event: error` (`APIStatusError`), bad JSON — are re-raised.
 */
import { streamErrorEvent } from "./anthropic-errors.ts";
import { readChunked } from "./http-chunked.ts";
import { sdkSseSteps } from "./sdk-sse-decoder.ts";
import { runSdkStream, type DecoderStep } from "./sdk-stream.ts";
import type { AttemptResult, ClientModel, Fix, VersionNote } from "./types.ts";

const SDK = "https://github.com/anthropics/anthropic-sdk-python";
const CHUNK_END = [
  [0x0d, 0x0d],
  [0x0a, 0x0a],
  [0x0d, 0x0a, 0x0d, 0x0a],
] as const;

/** Versions and behaviours. */
export const ANTHROPIC_PYTHON_STREAM_TRANSPORT_VERSIONS: readonly VersionNote[] = [
  {
    versions: "anthropic 0.x (read at 0.121.0); 1.x raises httpx2.RemoteProtocolError",
    fix: "before",
    behaviour:
      "A connection closed before the final chunk raises httpx's RemoteProtocolError from the stream's iteration, after the complete events were yielded; the SDK neither wraps nor retries it.",
    example: "httpx.RemoteProtocolError: peer closed connection without sending complete message body (incomplete chunked read)",
    confirmed: true,
    sources: [`${SDK}/blob/v0.121.0/src/anthropic/_streaming.py#L437-L447`, `${SDK}/issues/1470`, `${SDK}/pull/1552`, "https://github.com/turnstonelabs/turnstone/issues/1050"],
  },
  {
    versions: "any (user-side fix)",
    fix: "after",
    behaviour: "Catch httpx.TransportError / httpx2.TransportError around the iteration and re-issue the whole request with back-off; an event: error is re-raised.",
    confirmed: false,
    sources: ["https://github.com/UKGovernmentBEIS/inspect_ai/pull/1457"],
  },
];

function endsWith(data: Uint8Array, end: number, tail: readonly number[]): boolean {
  return end >= tail.length && tail.every((byte, i) => data[end - tail.length + i] === byte);
}

/** Where `_iter_chunks` last yielded: the end of the last complete SSE chunk in `data`. */
function completeChunksEnd(data: Uint8Array): number {
  let last = 0;
  for (let i = 0; i < data.length; i++) {
    const byte = data[i];
    // `splitlines(keepends=True)`: a line ends after LF, after CRLF, or after a CR not followed by LF.
    const lineEnd = byte === 0x0a || (byte === 0x0d && data[i + 1] !== 0x0a) ? i + 1 : undefined;
    if (lineEnd !== undefined && CHUNK_END.some((tail) => endsWith(data.subarray(last), lineEnd - last, tail))) last = lineEnd;
  }
  return last;
}

function* steps(bytes: Uint8Array): Generator<DecoderStep> {
  const { body, error } = readChunked(bytes);
  if (error === undefined) {
    yield* sdkSseSteps(body);
    return;
  }
  yield* sdkSseSteps(body.subarray(0, completeChunksEnd(body)));
  yield { raise: { type: "httpx.RemoteProtocolError", message: error } };
}

function run(bytes: Uint8Array, fix: Fix): AttemptResult {
  const { events, outcome } = runSdkStream(steps(bytes), {
    onErrorEvent: (data) => {
      const { body: _body, ...raised } = streamErrorEvent(data);
      return raised;
    },
  });
  if (fix === "after" && "error" in outcome && outcome.error.type === "httpx.RemoteProtocolError") {
    return { frames: [], events, outcome: { error: { ...outcome.error, retryable: true } } };
  }
  return { frames: [], events, outcome };
}

/** The model. */
export const anthropicPythonStreamTransport: ClientModel = {
  id: "anthropic-python-stream-transport",
  title: "Anthropic Python SDK, streaming over httpx (connection closed mid-body)",
  description:
    "The bytes are the raw chunked HTTP body as it arrived (curl --raw; open the file, or paste it as hex or base64, since a text box drops the CRs). When it ends before the final zero-size chunk, the stream yields the events that fully arrived and then raises httpx.RemoteProtocolError, unwrapped and not retried. The fix catches transport errors around the iteration and re-sends the request.",
  decoder: "sse",
  versions: ANTHROPIC_PYTHON_STREAM_TRANSPORT_VERSIONS,
  run,
};
