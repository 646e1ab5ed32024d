import { describe, expect, it } from "vitest";
import { align } from "../../../../src/lookup/match/align.ts";
import { analyzeText } from "../../../../src/lookup/match/analyze.ts";
import { compilePages } from "../../../../src/lookup/match/index.ts";
import { poolOf, prepareInput } from "../../../../src/lookup/match/match.ts";
import type { Candidate } from "../../../../src/lookup/match/types.ts";
import { page, PAGES } from "./pages.ts";

const shard = compilePages([
  ...PAGES,
  page("api/model-not-found", "anthropic.NotFoundError: Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'model: claude-3-opus-20240229'}}"),
]);
const pool = poolOf([shard], undefined)!;
const signature = (id: string) => shard.templates.find((t) => t.source === 0 && shard.pages[t.page]?.id === id)!;
const line = (text: string): Candidate => ({ ...analyzeText(text), line: 1, text, frames: [], origin: "line" });
const similarity = (id: string, text: string) => {
  const a = align(signature(id), prepareInput(line(text), pool), shard.weights);
  return a.kind === "similar" ? a.templateCoverage : undefined;
};

describe("a template found whole (align.ts)", () => {
  const kind = (signatureText: string, text: string) => {
    const [template] = compilePages([page("x/phrase", signatureText)]).templates;
    // Words every page of a large site shares: no specificity of their own.
    return align({ ...template!, specificity: 0 }, prepareInput(line(text), pool), shard.weights).kind;
  };
  const long = (inner: string) => `com.example.ProviderException: ${inner} (Service: BedrockRuntime, Status Code: 400, Request ID: 0d4f8a2e-1b3c-4d5e-8f9a-0b1c2d3e4f5a, Extended Request ID: null)`;

  it("counts as the template when four or more of its words are found in order, however common each word is", () => {
    expect(kind("The provided model identifier is invalid.", long("The provided model identifier is invalid."))).toBe("template");
  });

  it("needs the line to be mostly that message when fewer words are common ones", () => {
    expect(kind("The model is invalid.", long("The model is invalid."))).not.toBe("template");
    expect(kind("The model is invalid.", "The model is invalid.")).toBe("template");
  });
});

describe("a similar line (align.ts)", () => {
  it("shares a word with the template, not only generic values: quoted strings alike are no resemblance", () => {
    // `<quoted> object has no attribute <quoted>` against a header line: two quoted values, no word in common.
    expect(similarity("bedrock/attributeerror-nonetype", "'x-should-retry': 'true',")).toBe(0);
    expect(similarity("bedrock/attributeerror-nonetype", "'NoneType' object has no attribute")).toBeUndefined();
    expect(similarity("bedrock/attributeerror-nonetype", "object has no len()")).toBeGreaterThan(0);
  });

  it("counts a value only this site's errors print (a model id) as resemblance", () => {
    expect(similarity("api/model-not-found", "claude-3-5-sonnet-20240620")).toBeGreaterThan(0);
    expect(similarity("api/model-not-found", "'2024-06-20'")).toBe(0);
  });
});

describe("a lead (align.ts)", () => {
  const kind = (signatureText: string, text: string) => {
    const site = compilePages([page("x/lead", signatureText), page("y/other", "TypeError: something else entirely")]);
    const [template] = site.templates;
    return align(template!, prepareInput(line(text), poolOf([site], undefined)!), site.weights).kind;
  };

  it("is the text outside the body found whole while the body differs", () => {
    const valueError = (message: string) => `ValueError: Bad response code, expected 200: {'status_code': 400, 'body': b'{"message":"${message}"}'}`;
    expect(kind(valueError("one thing"), valueError("another"))).toBe("lead");
  });

  it("does not count exception class names printed in it, however rare on the site", () => {
    const litellm = (message: string) => `litellm.exceptions.BadRequestError: litellm.BadRequestError: BedrockException - {"message":"${message}"}`;
    expect(kind(litellm("The model returned the following errors: extraneous key [retryTimes] is not permitted"), litellm("aws_access_key_id: Extra inputs are not permitted"))).not.toBe("lead");
  });
});
