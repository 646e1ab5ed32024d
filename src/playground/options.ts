/**
 * The choices a playground offers for a client: its samples, and what "build your own" builds.
 * Pure, shared by the build and the browser.
 */
import {
  BEDROCK_EXCEPTION_TYPES,
  BEDROCK_NORMAL,
  buildChunkFrame,
  buildExceptionFrame,
  concatBytes,
  encodeSse,
  FRAME_A,
  getClient,
  getSample,
  SAMPLES,
  SSE_NORMAL,
  type ClientId,
  type DecoderId,
  type Sample,
} from "../decoders/index.ts";

export interface BuildOwnInput {
  /** Bedrock: an `:exception-type`; SSE: an Anthropic `error.type`. */
  type: string;
  message: string;
}

/** The exception/error types offered in "build your own", per client decoder. */
export function buildOwnTypes(clientId: ClientId): readonly string[] {
  const client = getClient(clientId);
  if (!client) return [];
  if (client.decoder === "sse") return ["overloaded_error", "api_error", "rate_limit_error", "invalid_request_error", "authentication_error"];
  return BEDROCK_EXCEPTION_TYPES;
}

const CONTENT_BLOCK_START = '{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}';

/**
 * A stream that starts normally and then fails with the given type and message, plus the normal
 * stream a retried request receives.
 */
export function buildOwnSample(clientId: ClientId, input: BuildOwnInput): Sample {
  const client = getClient(clientId);
  if (client?.decoder === "sse") {
    const bytes = new TextEncoder().encode(
      encodeSse([
        {
          event: "message_start",
          data: '{"type":"message_start","message":{"id":"msg_01","type":"message","role":"assistant","content":[],"model":"claude","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":10,"output_tokens":1}}}',
        },
        { event: "content_block_start", data: CONTENT_BLOCK_START },
        { event: "error", data: JSON.stringify({ type: "error", error: { details: null, type: input.type, message: input.message } }) },
      ]),
    );
    return { id: "custom", title: `Your ${input.type} event`, description: "Built in your browser.", decoder: "sse", bytes, retry: SSE_NORMAL };
  }
  const frame = buildExceptionFrame({ exceptionType: input.type, message: input.message });
  return {
    id: "custom",
    title: `Your ${input.type} frame`,
    description: "Built in your browser with the event-stream encoder: message_start, content_block_start, then your exception frame.",
    decoder: "aws-eventstream",
    bytes: concatBytes([FRAME_A, buildChunkFrame(CONTENT_BLOCK_START), frame]),
    retry: BEDROCK_NORMAL,
  };
}

/** Samples by id, in the order given; unknown ids are skipped (the validator reports them). */
export function samplesFor(ids: readonly string[]): Sample[] {
  return ids.map((id) => getSample(id)).filter((s): s is Sample => s !== undefined);
}

/**
 * Every sample a decoder's clients can replay, for the playground page's "every client model" section: the failing
 * streams first and the normal (`…-normal`) ones last, so the sample shown at build time is one that fails.
 */
export function allSampleIdsFor(decoder: DecoderId): string[] {
  const normalLast = (s: Sample) => Number(s.id.endsWith("-normal"));
  return SAMPLES.filter((s) => s.decoder === decoder)
    .sort((a, b) => normalLast(a) - normalLast(b))
    .map((s) => s.id);
}
