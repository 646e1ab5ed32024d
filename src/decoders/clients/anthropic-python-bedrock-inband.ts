/**
 * `AnthropicBedrock` streaming when the error arrives inside a normal chunk (P26; anthropic-sdk-python
 * #1472, #1647, PR #1682).
 *
 * Bug (`before`, 0.14.0 – 0.109.0): the decoder emits every chunk as `event="completion"`
 * (`lib/bedrock/_stream_decoder.py` ≤ 0.109.0), so `Stream.__stream__` casts an in-band
 * `{"type":"error","error":{…}}` chunk, or a type-less `{"amazon-bedrock-invocationMetrics": {…}}`
 * trailer, to the event union. The SDK's non-validating `construct_type` builds a
 * `RawMessageStartEvent` whose `message` is `None` (as reported in #1472 and pydantic-ai #5774), and
 * the first consumer line that reads `event.message.model` raises
 * `AttributeError: 'NoneType' object has no attribute 'model'`. The modelled consumer is that line
 * (#1472's reporter; pydantic-ai's `first_chunk.message.model`). Unconfirmed by execution: the attribute
 * named depends on the consumer (`usage`, `id`; the SDK's own `MessageStream` accumulator reads
 * `event.message.to_dict()` when such an event comes first), and the fallback to `RawMessageStartEvent`
 * is taken from the reports, not from running `construct_type`.
 *
 * Fix (`after`, anthropic 1.13.0 as read from its source, not run): the chunk's `type` names the event
 * (from 0.110.0), so the error chunk reaches the `event: error` handler and raises
 * `anthropic.APIStatusError` with the dict repr as message, `status_code` 200 and `.type` from the body;
 * type-less trailers are dropped (1.13.0 `_stream_decoder.py` 84-88; still broken through 0.121.0).
 * Exception frames follow 1.13.0 too (`APIStatusError` with the AWS type). The user-side wrapper re-issues
 * the request for transient types.
 */
import { scanEventStream } from "../event-stream/message-decoder.ts";
import { isPyDict, type PyValue } from "../python/values.ts";
import { streamErrorEvent } from "./anthropic-errors.ts";
import { bedrockSseSteps } from "./bedrock-sse-decoder.ts";
import { withRetryDecision } from "./retry-policy.ts";
import { runSdkStream } from "./sdk-stream.ts";
import type { AttemptResult, ClientModel, Fix, OutcomeError, StreamEvent, VersionNote } from "./types.ts";

const SDK = "https://github.com/anthropics/anthropic-sdk-python";
/** The six members of the Messages stream-event union; any other `type` falls back to `RawMessageStartEvent`. */
const RAW_EVENT_TYPES = new Set(["message_start", "message_delta", "message_stop", "content_block_start", "content_block_delta", "content_block_stop"]);

/** Versions and behaviours for in-band error chunks and metrics trailers. */
export const ANTHROPIC_PYTHON_BEDROCK_INBAND_VERSIONS: readonly VersionNote[] = [
  {
    versions: "0.14.0 – 0.109.0",
    fix: "before",
    behaviour:
      "Every chunk is event 'completion'; an in-band error chunk or a type-less metrics trailer becomes RawMessageStartEvent(message=None) and the consumer's next .message access raises AttributeError.",
    example: "AttributeError: 'NoneType' object has no attribute 'model'",
    confirmed: false,
    sources: [`${SDK}/issues/1472`, "https://github.com/pydantic/pydantic-ai/issues/5774"],
  },
  {
    versions: "0.110.0 – 0.121.0",
    fix: "other",
    behaviour:
      "In-band error chunks raise anthropic.APIStatusError (status_code 200) through the event: error handler; the type-less metrics trailer is still emitted as 'completion' and still crashes consumers.",
    example: "anthropic.APIStatusError: {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Rate limited', 'details': None}, 'request_id': 'req_bdrk_01'}",
    confirmed: true,
    sources: [`${SDK}/pull/1682`, `${SDK}/issues/1647`, `${SDK}/pull/1702`],
  },
  {
    versions: "1.13.0",
    fix: "after",
    behaviour: "In-band error chunks raise anthropic.APIStatusError with .type from the body; payloads with neither 'type' nor 'completion' are dropped.",
    confirmed: false,
    sources: ["anthropic 1.13.0 wheel: anthropic/lib/bedrock/_stream_decoder.py 84-88"],
  },
];

/** The consumer line #1472's reporter hit: read `event.message.model` on a message-start event. */
function consumeBefore(_event: StreamEvent, body: PyValue): OutcomeError | undefined {
  if (!isPyDict(body)) return undefined;
  const type = body.value.get("type");
  const isStart = typeof type !== "string" || !RAW_EVENT_TYPES.has(type) || type === "message_start";
  const message = body.value.get("message");
  if (isStart && (message === undefined || message === null)) {
    return { type: "AttributeError", message: "'NoneType' object has no attribute 'model'" };
  }
  return undefined;
}

function run(bytes: Uint8Array, fix: Fix): AttemptResult {
  const { frames, error } = scanEventStream(bytes);
  const steps = bedrockSseSteps(frames, error, fix === "before" ? "v0.14" : "v1.13");
  const { events, outcome } = runSdkStream(steps, {
    onErrorEvent: (data) => {
      const { body: _body, ...raised } = streamErrorEvent(data);
      return fix === "before" ? raised : withRetryDecision(raised);
    },
    ...(fix === "before" ? { consume: consumeBefore } : {}),
  });
  return { frames, events, outcome };
}

/** The model. */
export const anthropicPythonBedrockInband: ClientModel = {
  id: "anthropic-python-bedrock-inband",
  title: "Anthropic Python SDK, Bedrock in-band error chunks and metrics trailers (≤ 0.109.0)",
  description:
    "An Anthropic error, or Bedrock's invocation-metrics trailer, arriving inside a normal chunk is cast to a message-start event with no message, and the consumer crashes with AttributeError. The fix names events by their type, so the error chunk raises APIStatusError, and drops type-less trailers.",
  decoder: "aws-eventstream",
  versions: ANTHROPIC_PYTHON_BEDROCK_INBAND_VERSIONS,
  run,
};
