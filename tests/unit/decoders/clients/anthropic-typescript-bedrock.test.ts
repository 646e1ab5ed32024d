/**
 * The TypeScript Bedrock model (anthropic-typescript-bedrock): bedrock-sdk 0.30.1 on a newer core
 * (before) and 0.30.2's event-stream-to-SSE middleware (after). Expectations follow the npm packages
 * @anthropic-ai/bedrock-sdk 0.30.1 / 0.30.2, @anthropic-ai/sdk 0.129.0 and @smithy/eventstream-* 2.2.0.
 */
import { describe, expect, it } from "vitest";
import { concatBytes } from "../../../../src/decoders/bytes.ts";
import type { Outcome } from "../../../../src/decoders/clients/types.ts";
import { encodeFrame } from "../../../../src/decoders/event-stream/encode.ts";
import { replay } from "../../../../src/decoders/replay.ts";
import { BEDROCK_NORMAL } from "../../../../src/decoders/samples/bedrock.ts";
import { buildChunkFrame, buildExceptionFrame, FRAME_A } from "../../../../src/decoders/samples/bedrock-frames.ts";
import { SAMPLES } from "../../../../src/decoders/samples/registry.ts";

const line = (outcome: Outcome): string => ("ok" in outcome ? "ok" : `${outcome.error.type}: ${outcome.error.message}`);
const after = (bytes: Uint8Array): string => line(replay("anthropic-typescript-bedrock", "after", bytes).outcome);

describe("anthropic-typescript-bedrock, before (0.30.1 with core ≥ 0.103.0)", () => {
  it("reads no event from any Bedrock body and always ends with request ended without sending any chunks", () => {
    for (const sample of SAMPLES.filter((item) => item.decoder === "aws-eventstream")) {
      const result = replay("anthropic-typescript-bedrock", "before", sample.bytes);
      expect([sample.id, result.events.filter((event) => event.type !== ""), line(result.outcome)]).toEqual([sample.id, [], "AnthropicError: request ended without sending any chunks"]);
    }
  });
});

describe("anthropic-typescript-bedrock, after (0.30.2)", () => {
  it("transcodes every chunk to a named SSE event and completes the normal stream", () => {
    const result = replay("anthropic-typescript-bedrock", "after", BEDROCK_NORMAL);
    expect(result.outcome).toEqual({ ok: true });
    expect(result.events.map((event) => event.type)).toEqual([
      "message_start",
      "content_block_start",
      "content_block_delta",
      "content_block_delta",
      "content_block_stop",
      "message_delta",
      "message_stop",
    ]);
    expect(result.frames).toHaveLength(7);
  });

  it("ends with AnthropicError carrying the exception's message for the four modelled types, not retried", () => {
    const result = replay("anthropic-typescript-bedrock", "after", concatBytes([FRAME_A, buildExceptionFrame({ exceptionType: "validationException", message: "bad" })]), {
      retry: BEDROCK_NORMAL,
    });
    expect(line(result.outcome)).toBe("AnthropicError: bad");
    expect(result.attempts).toHaveLength(1);
    expect(after(buildExceptionFrame({ exceptionType: "throttlingException", message: "" }))).toBe("AnthropicError: UnknownError");
  });

  it("uses the raw payload as the message for an exception type the AWS model does not know", () => {
    expect(after(buildExceptionFrame({ exceptionType: "serviceUnavailableException", message: "busy" }))).toBe('AnthropicError: {"message":"busy"}');
  });

  it("drops chunks without a type, fails on chunks that are not JSON, and throws APIError for in-band errors", () => {
    expect(after(concatBytes([buildChunkFrame('{"amazon-bedrock-invocationMetrics":{}}'), BEDROCK_NORMAL]))).toBe("ok");
    expect(after(concatBytes([FRAME_A, buildChunkFrame("hello")]))).toBe("AnthropicError: Could not parse a Bedrock chunk into JSON: hello");
    expect(after(buildChunkFrame('{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}'))).toBe(
      'APIError: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
    );
  });

  it("reports an :message-type error frame with its :error-message", () => {
    const frame = encodeFrame({
      headers: [
        { name: ":error-code", type: "string", value: "InternalFailure" },
        { name: ":error-message", type: "string", value: "An internal error occurred." },
        { name: ":message-type", type: "string", value: "error" },
      ],
      payload: new Uint8Array(0),
    });
    expect(after(concatBytes([FRAME_A, frame]))).toBe("AnthropicError: An internal error occurred.");
  });

  it("throws the smithy codec's messages for a truncated body and a bad CRC", () => {
    expect(after(BEDROCK_NORMAL.subarray(0, BEDROCK_NORMAL.length - 3))).toBe("AnthropicError: Truncated event message received.");
    const bad = FRAME_A.slice();
    bad[8] = (bad[8] ?? 0) ^ 0xff;
    expect(after(bad)).toMatch(/^AnthropicError: The prelude checksum specified in the message \(\d+\) does not match the calculated CRC32 checksum \(\d+\)$/);
  });

  it("with no message_start still ends with request ended without sending any chunks", () => {
    expect(after(new Uint8Array(0))).toBe("AnthropicError: request ended without sending any chunks");
  });
});
