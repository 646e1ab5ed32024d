import { describe, expect, it } from "vitest";
import { encodeFrame } from "../../../src/decoders/event-stream/encode.ts";
import { decodeEventStream } from "../../../src/decoders/event-stream/message-decoder.ts";
import { replay } from "../../../src/decoders/replay.ts";
import { toJsonFrame, toJsonReport } from "../../../src/decoders/report-json.ts";
import { formatReport } from "../../../src/decoders/report-text.ts";
import { FRAME_C } from "../../../src/decoders/samples/bedrock-frames.ts";
import { getSample } from "../../../src/decoders/samples/registry.ts";

describe("formatReport", () => {
  it("dumps offsets, prelude, headers, payload, CRCs, events, attempts and the outcome", () => {
    const text = formatReport(replay("anthropic-python-bedrock", "after", FRAME_C, { retry: getSample("bedrock-normal")!.bytes }));
    expect(text).toBe(
      [
        "Frame 0 at offset 0, 176 bytes",
        "  prelude      total_length 176, headers_length 97, prelude CRC 0x4f5086b3 (checked)",
        "  headers      3 at offset 12",
        "    offset  name             type    value",
        '    12      :exception-type  string  "throttlingException"',
        '    50      :content-type    string  "application/json"',
        '    83      :message-type    string  "exception"',
        '  payload      63 bytes at offset 109, utf-8: "{\\"message\\":\\"Too many tokens, please wait before trying again.\\"}"',
        "  message CRC  0xf70ae57f at offset 172 (checked)",
        "",
        "Events (1)",
        '  error  {"type": "error", "error": {"type": "rate_limit_error", "message": "Too many tokens, please wait before trying again."}}',
        "",
        "Attempts (2)",
        "  1. original body after 0 ms: anthropic.RateLimitError: {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Too many tokens, please wait before trying again.'}}",
        "  2. retry body after 500 ms: ok",
        "",
        "Outcome: ok",
      ].join("\n"),
    );
  });

  it("adds status, type and the retry decision under an error outcome", () => {
    expect(
      formatReport(replay("anthropic-python-sse", "after", getSample("sse-invalid-request-error")!.bytes))
        .split("\n")
        .slice(-2),
    ).toEqual([
      "Outcome: anthropic.APIStatusError: {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'messages: text content blocks must be non-empty'}}",
      "  (status 200, type invalid_request_error, not retryable)",
    ]);
  });
});

describe("toJsonReport", () => {
  it("gives every header type a JSON-safe value", () => {
    const [frame] = decodeEventStream(
      encodeFrame({
        headers: [
          { name: "b", type: "boolean", value: false },
          { name: "i", type: "integer", value: -7 },
          { name: "l", type: "long", value: 9007199254740993n },
          { name: "t", type: "timestamp", value: 1700000000123n },
          { name: "a", type: "byte_array", value: Uint8Array.of(0xff, 0x00) },
          { name: "u", type: "uuid", value: Uint8Array.from({ length: 16 }, (_, i) => i) },
        ],
        payload: Uint8Array.of(0xc3),
      }),
    );
    expect(toJsonFrame(frame!)).toEqual({
      offset: 0,
      headers: {
        b: { type: "boolean", value: false },
        i: { type: "integer", value: -7 },
        l: { type: "long", value: "9007199254740993" },
        t: { type: "timestamp", value: 1700000000123 },
        a: { type: "byte_array", value: "/wA=" },
        u: { type: "uuid", value: "00010203-0405-0607-0809-0a0b0c0d0e0f" },
      },
      payload: "ww==",
      payloadEncoding: "base64",
    });
  });

  it("keeps attempts only for fixed clients", () => {
    expect(Object.keys(toJsonReport(replay("boto3-bedrock", "before", FRAME_C)))).toEqual(["frames", "events", "outcome"]);
    expect(Object.keys(toJsonReport(replay("boto3-bedrock", "after", FRAME_C)))).toEqual(["frames", "events", "outcome", "attempts"]);
  });
});
