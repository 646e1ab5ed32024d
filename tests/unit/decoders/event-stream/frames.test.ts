import { describe, expect, it } from "vitest";
import { fromBase64, fromHex, toHex } from "../../../../src/decoders/bytes.ts";
import { toResponseDict } from "../../../../src/decoders/clients/botocore.ts";
import { encodeFrame } from "../../../../src/decoders/event-stream/encode.ts";
import { decodeEventStream } from "../../../../src/decoders/event-stream/message-decoder.ts";
import { pyRepr } from "../../../../src/decoders/python/repr.ts";
import { replay } from "../../../../src/decoders/replay.ts";
import { FRAME_FIXTURES } from "../helpers.ts";

const [frameA, frameB, frameC] = FRAME_FIXTURES;

function decodeOne(hex: string) {
  const frames = decodeEventStream(fromHex(hex));
  expect(frames).toHaveLength(1);
  return frames[0]!;
}

describe("the three research frames", () => {
  it("are the fixtures errata expects", () => {
    expect(FRAME_FIXTURES.map((fixture) => fixture.name)).toEqual(["chunk-message-start", "exception-internal-server", "exception-throttling"]);
  });

  it("decodes Frame A (message_start chunk) field by field", () => {
    const frame = decodeOne(frameA!.hex);
    expect(frame).toMatchObject({ offset: 0, totalLength: 397, headersLength: 75, payloadLength: 306, preludeCrc: 0x0606e0f7, messageCrc: 0x388341e0 });
    expect(frame.headers).toEqual([
      { name: ":event-type", type: "string", value: "chunk", offset: 12 },
      { name: ":content-type", type: "string", value: "application/json", offset: 32 },
      { name: ":message-type", type: "string", value: "event", offset: 65 },
    ]);
    const payload = JSON.parse(new TextDecoder().decode(frame.payload)) as { bytes: string; p: string };
    expect(payload.p).toBe("abcdefgh");
    expect(new TextDecoder().decode(fromBase64(payload.bytes))).toBe(
      '{"type":"message_start","message":{"id":"msg_bdrk_01","type":"message","role":"assistant","content":[],"model":"claude","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":10,"output_tokens":1}}}',
    );
  });

  it("decodes Frame B (internalServerException) field by field", () => {
    const frame = decodeOne(frameB!.hex);
    expect(frame).toMatchObject({ totalLength: 216, headersLength: 101, payloadLength: 99, preludeCrc: 0xe17f7e26, messageCrc: 0xead41f4e });
    expect(frame.headers.map(({ name, type, value }) => [name, type, value])).toEqual([
      [":exception-type", "string", "internalServerException"],
      [":content-type", "string", "application/json"],
      [":message-type", "string", "exception"],
    ]);
    expect(new TextDecoder().decode(frame.payload)).toBe('{"message":"The system encountered an unexpected error during processing. Try your request again."}');
  });

  it("decodes Frame C (throttlingException) field by field", () => {
    const frame = decodeOne(frameC!.hex);
    expect(frame).toMatchObject({ totalLength: 176, headersLength: 97, payloadLength: 63, preludeCrc: 0x4f5086b3, messageCrc: 0xf70ae57f });
    expect(frame.headers[0]).toMatchObject({ name: ":exception-type", value: "throttlingException" });
    expect(new TextDecoder().decode(frame.payload)).toBe('{"message":"Too many tokens, please wait before trying again."}');
  });

  it.each(FRAME_FIXTURES)("re-encodes $name byte for byte", (fixture) => {
    expect(toHex(encodeFrame(decodeOne(fixture.hex)))).toBe(fixture.hex);
  });

  it.each(FRAME_FIXTURES)("prints botocore's to_response_dict() for $name exactly", (fixture) => {
    expect(pyRepr(toResponseDict(decodeOne(fixture.hex)))).toBe(fixture.botocore_response_dict);
  });

  it.each(FRAME_FIXTURES.filter((fixture) => fixture.sdk_0x_raises))("raises the 0.x SDK's exact ValueError for $name", (fixture) => {
    const result = replay("anthropic-python-bedrock", "before", fromHex(fixture.hex));
    expect("error" in result.outcome && `${result.outcome.error.type}: ${result.outcome.error.message}`).toBe(fixture.sdk_0x_raises);
  });

  it.each(FRAME_FIXTURES.filter((fixture) => fixture.sdk_1x_raises_derived_from_source))("raises the 1.13.0 APIStatusError for $name", (fixture) => {
    const result = replay("anthropic-python-bedrock-inband", "after", fromHex(fixture.hex));
    expect("error" in result.outcome && `${result.outcome.error.type}: ${result.outcome.error.message}`).toBe(fixture.sdk_1x_raises_derived_from_source);
  });
});
