import { describe, expect, it } from "vitest";
import { CLIENTS } from "../../../../src/decoders/clients/registry.ts";
import type { Outcome } from "../../../../src/decoders/clients/types.ts";
import { replay } from "../../../../src/decoders/replay.ts";
import { getSample, SAMPLES } from "../../../../src/decoders/samples/registry.ts";
import { EXPECTED_OUTCOMES } from "./expected-outcomes.ts";

const line = (outcome: Outcome): string => ("ok" in outcome ? "ok" : `${outcome.error.type}: ${outcome.error.message}`);

describe("client models on every sample", () => {
  it("cover every sample with every client that reads its format, before and after", () => {
    const expected = SAMPLES.flatMap((sample) =>
      CLIENTS.filter((client) => client.decoder === sample.decoder).flatMap((client) => [`${sample.id} ${client.id} before`, `${sample.id} ${client.id} after`]),
    );
    expect(EXPECTED_OUTCOMES.map(([sample, client, fix]) => `${sample} ${client} ${fix}`)).toEqual(expected);
  });

  it.each(EXPECTED_OUTCOMES)("%s through %s (%s)", (sampleId, clientId, fix, first, details, requests, final) => {
    const sample = getSample(sampleId)!;
    const result = replay(CLIENTS.find((client) => client.id === clientId)!.id, fix, sample.bytes, sample.retry ? { retry: sample.retry } : {});
    const firstOutcome = result.attempts?.[0]?.outcome ?? result.outcome;
    expect(line(firstOutcome)).toBe(first);
    expect("error" in firstOutcome ? [firstOutcome.error.status ?? null, firstOutcome.error.retryable ?? null, firstOutcome.error.errorType ?? null] : null).toEqual(details);
    expect(result.attempts?.length ?? null).toBe(requests);
    expect(line(result.outcome)).toBe(final);
  });
});

describe("version notes", () => {
  it("name the behaviours of each client, with a bug row and a fix row", () => {
    for (const client of CLIENTS) {
      expect(client.versions.some((note) => note.fix === "before")).toBe(true);
      expect(client.versions.some((note) => note.fix === "after")).toBe(true);
      for (const note of client.versions) expect(note.sources.length).toBeGreaterThan(0);
    }
  });

  it("give the exact 0.x and 1.13.0 texts for Frame B", () => {
    const bedrock = CLIENTS.find((client) => client.id === "anthropic-python-bedrock")!;
    expect(bedrock.versions.map((note) => [note.versions, note.confirmed, note.example])).toEqual([
      [
        "0.14.0 – 0.121.0",
        true,
        "ValueError: Bad response code, expected 200: {'status_code': 400, 'headers': {':exception-type': 'internalServerException', ':content-type': 'application/json', ':message-type': 'exception'}, 'body': b'{\"message\":\"The system encountered an unexpected error during processing. Try your request again.\"}'}",
      ],
      [
        "1.13.0 (first 1.x release with the change unknown)",
        false,
        "anthropic.APIStatusError: {'type': 'error', 'error': {'type': 'internalServerException', 'message': 'The system encountered an unexpected error during processing. Try your request again.'}}",
      ],
      [
        "any (user-side fix)",
        false,
        "anthropic.InternalServerError: {'type': 'error', 'error': {'type': 'api_error', 'message': 'The system encountered an unexpected error during processing. Try your request again.'}}",
      ],
    ]);
  });

  it("match what the models raise for the examples they quote", () => {
    const frameB = getSample("bedrock-internal-server-exception")!.bytes;
    const [v0, v1, fixed] = CLIENTS.find((client) => client.id === "anthropic-python-bedrock")!.versions;
    expect(line(replay("anthropic-python-bedrock", "before", frameB).outcome)).toBe(v0?.example);
    expect(line(replay("anthropic-python-bedrock-inband", "after", frameB).outcome)).toBe(v1?.example);
    expect(line(replay("anthropic-python-bedrock", "after", frameB).outcome)).toBe(fixed?.example);
    const sse = getSample("sse-overloaded-error")!.bytes;
    expect(line(replay("anthropic-python-sse", "before", sse).outcome)).toBe(CLIENTS.find((client) => client.id === "anthropic-python-sse")!.versions[0]?.example);
    const inband = getSample("bedrock-inband-error-chunk")!.bytes;
    const [v014, v0110] = CLIENTS.find((client) => client.id === "anthropic-python-bedrock-inband")!.versions;
    expect(line(replay("anthropic-python-bedrock-inband", "before", inband).outcome)).toBe(v014?.example);
    expect(line(replay("anthropic-python-bedrock", "before", inband).outcome)).toBe(v0110?.example);
    const throttled = getSample("bedrock-throttling-exception")!.bytes;
    expect(line(replay("boto3-bedrock", "before", throttled).outcome)).toBe(CLIENTS.find((client) => client.id === "boto3-bedrock")!.versions[0]?.example);
  });
});
