import { describe, expect, it } from "vitest";
import { luaTableBody, luaToJson, rewriteBody } from "../../../../src/lookup/match/dialects/bodies.ts";
import { statusIn } from "../../../../src/lookup/match/dialects/status.ts";
import { hasTerm } from "../../../../src/lookup/match/dialects/vendors.ts";
import { productCoverage, vendorEvidence } from "../../../../src/lookup/match/vendor-evidence.ts";
import { coreMessage } from "../../../../src/lookup/match/core-message.ts";

describe("status dialects (issue 8 §2)", () => {
  it.each([
    ["anthropic.RateLimitError: Error code: 429 - {...}", 429],
    ["API Error: 529 Overloaded", 529],
    ["API Error (529 {...}) · Retrying in 5 seconds", 529],
    ['HTTP Request: POST https://api.anthropic.com/v1/messages "HTTP/1.1 429 Too Many Requests"', 429],
    ["   HTTP/2 429", 429],
    ["status_code: 404", 404],
    ["LLM request failed: status 400 Bad Request", 400],
    ["(Service: BedrockRuntime, Status Code: 403, Request ID: abc)", 403],
    ["https response error StatusCode: 400, RequestID: x", 400],
    ['"httpStatusCode": 403,', 403],
    ["httpResponse: Status Code: http_status_403", 403],
    ["HTTP status client error (429 Too Many Requests) for url (https://api.anthropic.com/v1/messages)", 429],
    ["Server error: 529", 529],
    ["Server error '529 ' for url 'https://api.anthropic.com/v1/messages'", 529],
    ["[529] upstream overloaded", 529],
  ])("reads %s", (text, status) => {
    expect(statusIn(text)).toBe(status);
  });

  it("finds no status in text without one", () => {
    expect(statusIn("Connection error.")).toBeUndefined();
    expect(statusIn("retrying in 529 ms")).toBeUndefined();
  });
});

describe("body dialects", () => {
  it("reads the AWS SDK for Rust's Debug struct as Type: message", () => {
    const line =
      'Failed: ValidationException(ValidationException { message: Some("The model returned the following errors: prompt is too long: 227255 tokens > 200000 maximum"), meta: ErrorMetadata { code: Some("ValidationException") } })';
    expect(rewriteBody(line)).toEqual({
      dialect: "Rust Debug struct (AWS SDK for Rust, anyhow)",
      text: "ValidationException: The model returned the following errors: prompt is too long: 227255 tokens > 200000 maximum",
    });
  });

  it("reads aws-smithy's ErrorMetadata as Rust's Debug prints it, with or without a code", () => {
    expect(rewriteBody('meta: ErrorMetadata { code: Some("ThrottlingException"), message: Some("Too many tokens, please wait before trying again."), extras: None }')).toEqual({
      dialect: "Rust Debug ErrorMetadata (AWS SDK for Rust)",
      text: "ThrottlingException: Too many tokens, please wait before trying again.",
    });
    expect(rewriteBody('source: ErrorMetadata { code: None, message: Some("The provided model identifier is invalid."), extras: None }')?.text).toBe("The provided model identifier is invalid.");
    expect(rewriteBody("meta: ErrorMetadata { code: None, message: None, extras: None }")).toBeUndefined();
  });

  it("reads a Ruby hash inspect as a body the core-message reader understands", () => {
    const rewritten = rewriteBody('{"type"=>"error", "error"=>{"details"=>nil, "type"=>"overloaded_error", "message"=>"Overloaded"}}');
    expect(rewritten?.dialect).toBe("Ruby hash inspect");
    const parts = coreMessage(rewritten?.text ?? "");
    expect([parts.inner, parts.code]).toEqual(["Overloaded", "overloaded_error"]);
  });

  it("leaves other lines alone", () => {
    expect(rewriteBody("anthropic.APIConnectionError: Connection error.")).toBeUndefined();
  });

  it("reads a Lua table printed by vim.inspect over several lines, from any of its fields, as one body", () => {
    // The shape avante.nvim prints (tests/fixtures/lookup-corpus/fresh-s/016…, training side).
    const lines = ["🚨 Error: {", "  error = {", "    details = vim.NIL,", '    message = "Overloaded",', '    type = "overloaded_error"', "  },", '  type = "error"', "}"];
    const bodies = [3, 4, 6].map((at) => luaTableBody(lines, at));
    expect(new Set(bodies).size).toBe(1);
    const parts = coreMessage(bodies[0] ?? "");
    expect([parts.inner, parts.code]).toEqual(["Overloaded", "overloaded_error"]);
    expect(luaTableBody(lines, 2)).toBeUndefined();
  });

  it("turns Lua notation into JSON outside strings only, and needs an opening brace", () => {
    expect(luaToJson('{ ["x-y"] = 1, message = "a, b = c", error = nil, ok = x == y }')).toBe('{ "x-y": 1, "message": "a, b = c", "error": null, "ok": x == y }');
    expect(luaTableBody(['message = "no table here"'], 0)).toBeUndefined();
    expect(luaTableBody(['APIError(message="kwargs, not Lua")'], 0)).toBeUndefined();
  });

  it("reads an elided body by pattern", () => {
    const parts = coreMessage('{"type":"error",...,"type":"overloaded_error",...}');
    expect(parts.code).toBe("overloaded_error");
  });

  it("reads a body nested in an app's own words inside another body", () => {
    const parts = coreMessage(`{'error': "There was an error accessing the API: {'type': 'error', 'error': {'details': None, 'type': 'overloaded_error', 'message': 'Overloaded'}}"}`);
    expect([parts.inner, parts.code]).toEqual(["Overloaded", "overloaded_error"]);
  });
});

describe("vendor evidence", () => {
  it("matches short terms as whole words only", () => {
    expect(hasTerm("pip install failed", "pip")).toBe(true);
    expect(hasTerm("langchain pipeline failed", "pip")).toBe(false);
    expect(hasTerm("see files.pythonhosted.org", "files.pythonhosted.org")).toBe(true);
  });

  it("lets a version number follow a short name that ends in a letter", () => {
    expect(hasTerm("model id meta.llama3-3-70b-instruct-v1:0", "llama")).toBe(true);
    expect(hasTerm("qwen2.5-coder", "qwen")).toBe(true);
    expect(hasTerm("llamas3", "llama")).toBe(false);
    expect(hasTerm("xs30 bucket", "s3")).toBe(false);
    expect(vendorEvidence("Invocation of model ID meta.llama3-3-70b-instruct-v1:0 with on-demand throughput isn't supported.").foreign.map((f) => f.vendor)).toEqual(["other model families"]);
  });

  it("matches a ^term only at the start of a word", () => {
    expect(hasTerm("connecting to lmstudio-community/qwen", "^lmstudio")).toBe(true);
    expect(hasTerm("from @lmstudio/sdk", "^lmstudio")).toBe(true);
    expect(hasTerm("llmstudio_core.exceptions.providererror", "^lmstudio")).toBe(false);
    // The vendor list says it too: TensorOps' LLMstudio is not LM Studio.
    expect(vendorEvidence("llmstudio_core.exceptions.ProviderError: throttled").foreign).toEqual([]);
    expect(vendorEvidence("Error from LMStudio server at localhost:1234").foreign.map((f) => f.vendor)).toEqual(["other LLM servers"]);
  });

  it("names the products and the other vendors a paste shows", () => {
    const e = vendorEvidence("litellm.RateLimitError: GeminiException - 429 RESOURCE_EXHAUSTED for gemini-1.5-pro");
    expect(e.foreign.map((f) => f.vendor)).toEqual(["gemini"]);
    expect(e.products.has("anthropic")).toBe(false);
    const b = vendorEvidence("botocore.errorfactory.AccessDeniedException: ... when calling the InvokeModel operation");
    expect(b.products.has("aws")).toBe(true);
  });

  it("names a hosting platform only by a word of its own", () => {
    expect([...vendorEvidence("https://us-east5-aiplatform.googleapis.com/v1/projects/p/publishers/anthropic/models/claude-sonnet-4").platforms]).toEqual(["google"]);
    // `claude` is evidence for the Vertex pages too (a Claude paste may come from Vertex), not a sign of the platform.
    expect(vendorEvidence("claude: request failed with status 429").platforms.size).toBe(0);
    expect(vendorEvidence("claude: request failed with status 429").products.has("google")).toBe(true);
  });

  it("measures how much of a page's products a paste names", () => {
    const e = vendorEvidence("anthropic.RateLimitError: Error code: 429");
    expect(productCoverage(e, ["anthropic", "google"])).toBe(0.5);
    expect(productCoverage(e, ["anthropic"])).toBe(1);
    expect(productCoverage(e, ["somelib"])).toBe(1);
  });
});
