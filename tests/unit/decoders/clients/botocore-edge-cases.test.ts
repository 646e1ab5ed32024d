import { describe, expect, it } from "vitest";
import { fromHex } from "../../../../src/decoders/bytes.ts";
import { streamErrorEvent } from "../../../../src/decoders/clients/anthropic-errors.ts";
import { bedrockSseSteps, type BedrockDecoderVersion } from "../../../../src/decoders/clients/bedrock-sse-decoder.ts";
import { runSdkStream } from "../../../../src/decoders/clients/sdk-stream.ts";
import { scanEventStream } from "../../../../src/decoders/event-stream/message-decoder.ts";
import { replay } from "../../../../src/decoders/replay.ts";
import { readFixture } from "../helpers.ts";

type Result = [string[], [string, string] | null];
interface EdgeCase {
  hex: string;
  "v0.14": Result;
  "v0.110": Result;
  "v1.13": Result;
  boto3: Result;
}

// Generated with real botocore 1.43.11 by tests/fixtures/eventstream/botocore-oracle.py: odd bodies,
// odd base64, bad UTF-8, unmodeled errors, every header type inside an exception frame.
const CASES = Object.entries((JSON.parse(readFixture("eventstream/botocore-edge-cases.json")) as { cases: Record<string, EdgeCase> }).cases);

function sdkResult(hex: string, version: BedrockDecoderVersion): Result {
  const { frames, error } = scanEventStream(fromHex(hex));
  const { events, outcome } = runSdkStream(bedrockSseSteps(frames, error, version), { onErrorEvent: (data) => streamErrorEvent(data) });
  return [events.map((event) => event.type), "error" in outcome ? [outcome.error.type, outcome.error.message] : null];
}

describe("botocore edge cases, checked against botocore 1.43.11", () => {
  it("has the expected number of cases", () => {
    expect(CASES).toHaveLength(42);
  });

  describe.each(["v0.14", "v0.110", "v1.13"] as const)("Anthropic SDK decoder %s", (version) => {
    it.each(CASES)("%s", (_name, edge) => {
      expect(sdkResult(edge.hex, version)).toEqual(edge[version]);
    });
  });

  describe("boto3 EventStream", () => {
    it.each(CASES)("%s", (_name, edge) => {
      const result = replay("boto3-bedrock", "before", fromHex(edge.hex));
      expect([result.events.map((event) => event.type), "error" in result.outcome ? [result.outcome.error.type, result.outcome.error.message] : null]).toEqual(edge.boto3);
    });
  });
});
