/**
 * The build fails when a playground sample stops doing what its page says (issue: Playground,
 * "Verified at build"). Each case declares one expectation on a page whose signature is the
 * seed error's, and checks the exact problem line.
 */
import { describe, expect, it } from "vitest";
import { checkPlaygrounds } from "../../../src/entries/playground-check.ts";
import { formatProblem } from "../../../src/entries/problem.ts";
import { readPage } from "../../../src/entries/read-page.ts";
import { withChange } from "./page-fixture.ts";

const SIGNATURE = `ValueError: Bad response code, expected 200: {'status_code': 400, 'headers': {':exception-type': 'internalServerException', ':content-type': 'application/json', ':message-type': 'exception'}, 'body': b'{"message":"The system encountered an unexpected error during processing. Try your request again."}'}`;

function problems(playground: string): string[] {
  let text = withChange('signature: "demo.RateLimitError: Error code: 429 - too many requests"', `signature: ${JSON.stringify(SIGNATURE)}`);
  text = withChange("updated: 2026-11-20", `updated: 2026-11-20\n${playground}`, text);
  const read = readPage("content/errors/demo/page.md", text, "demo", "page");
  expect(read.problems).toEqual([]);
  return checkPlaygrounds([read.value!]).map(formatProblem);
}

describe("checkPlaygrounds", () => {
  it("accepts samples that do what the page declares", () => {
    expect(
      problems(`playground:
  client: anthropic-python-bedrock
  samples:
    - { sample: bedrock-throttling-exception, before: signature, after: retried }
    - { sample: bedrock-validation-exception, before: signature, after: error }
    - { sample: bedrock-normal, before: ok, after: ok }
    - { sample: bedrock-corrupted-frame, before: other-error, after: error }`),
    ).toEqual([]);
  });

  it("fails when the buggy client's error no longer matches the page", () => {
    expect(
      problems(`playground:
  client: boto3-bedrock
  samples:
    - { sample: bedrock-throttling-exception, before: signature, after: retried }`),
    ).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:23:55  playground.samples[0].before  the client's error no longer matches this page — it raises botocore.exceptions.EventStreamError: An error occurred (throttlingException) when calling the InvokeModelWithRespons…; the lookup's first match is nothing",
      ]
    `);
  });

  it("fails when the fix does not end as declared, or a clean stream raises", () => {
    expect(
      problems(`playground:
  client: anthropic-python-bedrock
  samples:
    - { sample: bedrock-throttling-exception, before: ok, after: ok }
    - { sample: bedrock-normal, before: signature, after: retried }`),
    ).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:23:55  playground.samples[0].before  expected no error, but the client raises ValueError: Bad response code, expected 200: {'status_code': 400, 'headers': {':exception-type': 'throttlingException…",
        "content/errors/demo/page.md:23:66  playground.samples[0].after  expected "ok" with the fix, got success after 2 attempts",
        "content/errors/demo/page.md:24:41  playground.samples[1].before  expected this page's error, but the client raises nothing — the sample or the client model changed",
        "content/errors/demo/page.md:24:59  playground.samples[1].after  expected "retried" with the fix, got success at once",
      ]
    `);
  });

  it("fails when the fixed client still raises the page's error", () => {
    // The "fix" of the first-party SSE client does not retry invalid_request_error; on a page whose
    // signature is that error, the after text would still match.
    let text = withChange(
      'signature: "demo.RateLimitError: Error code: 429 - too many requests"',
      `signature: "anthropic.APIStatusError: {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'messages: text content blocks must be non-empty'}}"`,
    );
    text = withChange(
      "updated: 2026-11-20",
      "updated: 2026-11-20\nplayground:\n  client: anthropic-python-sse\n  samples:\n    - { sample: sse-invalid-request-error, before: signature, after: error }",
      text,
    );
    const read = readPage("content/errors/demo/page.md", text, "demo", "page");
    expect(checkPlaygrounds([read.value!]).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:23:70  playground.samples[0].after  the fixed client still raises this page's error: anthropic.APIStatusError: {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'messages: text con…",
      ]
    `);
  });

  it("reports unknown clients and samples", () => {
    expect(problems("playground:\n  client: anthropic-python-bedrok\n  samples:\n    - { sample: x, before: ok, after: ok }")).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:21:11  playground.client  no client model "anthropic-python-bedrok" — use one of anthropic-python-bedrock, anthropic-python-bedrock-inband, boto3-bedrock, anthropic-python-sse, anthropic-python-stream-transport, anthropic-typescript-sse, anthropic-typescript-message-stream, anthropic-typescript-bedrock",
      ]
    `);
    expect(problems("playground:\n  client: anthropic-python-bedrock\n  samples:\n    - { sample: sse-normal, before: ok, after: ok }")).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:23:17  playground.samples[0].sample  no aws-eventstream sample "sse-normal" — see src/decoders/samples for the ids",
      ]
    `);
  });

  it("checks each client under also, and points at its own lines", () => {
    expect(
      problems(`playground:
  client: anthropic-python-bedrock
  samples:
    - { sample: bedrock-throttling-exception, before: signature, after: retried }
  also:
    - client: anthropic-typescript-bedrock
      samples:
        - { sample: bedrock-normal, before: ok, after: ok }
    - client: no-such-client
      samples:
        - { sample: bedrock-normal, before: ok, after: ok }`),
    ).toMatchInlineSnapshot(`
      [
        "content/errors/demo/page.md:27:45  playground.also[0].samples[0].before  expected no error, but the client raises AnthropicError: request ended without sending any chunks",
        "content/errors/demo/page.md:28:15  playground.also[1].client  no client model "no-such-client" — use one of anthropic-python-bedrock, anthropic-python-bedrock-inband, boto3-bedrock, anthropic-python-sse, anthropic-python-stream-transport, anthropic-typescript-sse, anthropic-typescript-message-stream, anthropic-typescript-bedrock",
      ]
    `);
  });
});
