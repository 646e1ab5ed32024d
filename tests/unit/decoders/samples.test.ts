import { describe, expect, it } from "vitest";
import { toHex } from "../../../src/decoders/bytes.ts";
import { decodeEventStream, scanEventStream } from "../../../src/decoders/event-stream/message-decoder.ts";
import { BEDROCK_EXCEPTION_MESSAGES } from "../../../src/decoders/samples/bedrock.ts";
import { buildChunkFrame, buildExceptionFrame, FRAME_A, FRAME_B, FRAME_C } from "../../../src/decoders/samples/bedrock-frames.ts";
import { SAMPLES } from "../../../src/decoders/samples/registry.ts";
import { FRAME_FIXTURES } from "./helpers.ts";

const contains = (haystack: Uint8Array, needle: Uint8Array): boolean => toHex(haystack).includes(toHex(needle));

describe("samples", () => {
  it("are these, with permanent ids", () => {
    expect(SAMPLES.map((sample) => [sample.id, sample.title, sample.decoder, sample.retry !== undefined])).toEqual([
      ["bedrock-normal", "Normal complete stream", "aws-eventstream", false],
      ["bedrock-internal-server-exception", "internalServerException after two chunks", "aws-eventstream", true],
      ["bedrock-model-stream-error-exception", "modelStreamErrorException after two chunks", "aws-eventstream", true],
      ["bedrock-validation-exception", "validationException after two chunks", "aws-eventstream", true],
      ["bedrock-throttling-exception", "throttlingException after two chunks", "aws-eventstream", true],
      ["bedrock-model-timeout-exception", "modelTimeoutException after two chunks", "aws-eventstream", true],
      ["bedrock-service-unavailable-exception", "serviceUnavailableException after two chunks", "aws-eventstream", true],
      ["bedrock-fails-after-three-chunks", "Fails after three good chunks", "aws-eventstream", true],
      ["bedrock-corrupted-frame", "Corrupted frame (message CRC mismatch)", "aws-eventstream", true],
      ["bedrock-inband-error-chunk", "In-band error chunk (P26)", "aws-eventstream", true],
      ["bedrock-metrics-trailer", "Invocation-metrics trailer (P26)", "aws-eventstream", false],
      ["sse-normal", "Normal complete stream", "sse", false],
      ["sse-overloaded-error", "event: error overloaded_error after a delta", "sse", true],
      ["sse-invalid-request-error", "event: error invalid_request_error after a delta", "sse", true],
      ["sse-missing-message-start", "No message_start (translating proxy)", "sse", true],
      ["sse-repeated-message-start", "Two messages in one response", "sse", true],
      ["sse-chunked-normal", "Normal stream with its chunked framing", "sse", false],
      ["sse-chunked-cut-mid-event", "Connection closed in the middle of an event", "sse", true],
      ["sse-chunked-cut-before-message-stop", "Connection closed before message_stop", "sse", true],
      ["sse-chunked-overloaded-error", "event: error overloaded_error, then a proper end", "sse", true],
    ]);
  });

  it("use the three research frames verbatim", () => {
    expect(FRAME_FIXTURES.map((fixture) => fixture.hex)).toEqual([toHex(FRAME_A), toHex(FRAME_B), toHex(FRAME_C)]);
    const bytes = SAMPLES.map((sample) => sample.bytes);
    expect(bytes.filter((sample) => contains(sample, FRAME_A)).length).toBeGreaterThan(8);
    expect(bytes.some((sample) => contains(sample, FRAME_B))).toBe(true);
    expect(bytes.some((sample) => contains(sample, FRAME_C))).toBe(true);
  });

  it("pass every check, except the corrupted one, which fails its message CRC", () => {
    const samples = SAMPLES.filter((item) => item.decoder === "aws-eventstream");
    expect(samples.map((sample) => [sample.id, scanEventStream(sample.bytes).error?.code ?? "valid"])).toEqual(
      samples.map((sample) => [sample.id, sample.id === "bedrock-corrupted-frame" ? "message-crc" : "valid"]),
    );
    expect(samples.map((sample) => sample.id)).toContain("bedrock-corrupted-frame");
    // Every retry body (the second attempt a replay reads) is a whole, valid stream of seven frames.
    const retries = samples.filter((sample) => sample.retry);
    expect(retries.length).toBeGreaterThan(0);
    expect(retries.map((sample) => [sample.id, decodeEventStream(sample.retry!).length])).toEqual(retries.map((sample) => [sample.id, 7]));
  });
});

describe("buildExceptionFrame", () => {
  it("reproduces Frames B and C byte for byte", () => {
    expect(toHex(buildExceptionFrame({ exceptionType: "internalServerException", message: BEDROCK_EXCEPTION_MESSAGES.internalServerException }))).toBe(toHex(FRAME_B));
    expect(toHex(buildExceptionFrame({ exceptionType: "throttlingException", message: BEDROCK_EXCEPTION_MESSAGES.throttlingException }))).toBe(toHex(FRAME_C));
  });

  it("builds a checked frame for any type and message, extra payload members included", () => {
    const [frame] = decodeEventStream(buildExceptionFrame({ exceptionType: "myException", message: 'it\'s "quoted" \u00e9', extra: { originalStatusCode: 529 } }));
    expect(frame?.headers.map((header) => header.value)).toEqual(["myException", "application/json", "exception"]);
    expect(new TextDecoder().decode(frame?.payload)).toBe('{"message":"it\'s \\"quoted\\" \u00e9","originalStatusCode":529}');
  });

  it("has a chunk-frame sibling whose payload is the base64 of the event", () => {
    const [frame] = decodeEventStream(buildChunkFrame('{"type":"message_stop"}'));
    expect(new TextDecoder().decode(frame?.payload)).toBe('{"bytes":"eyJ0eXBlIjoibWVzc2FnZV9zdG9wIn0="}');
  });
});
