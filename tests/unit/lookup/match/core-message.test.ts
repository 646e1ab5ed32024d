import { describe, expect, it } from "vitest";
import { coreMessage } from "../../../../src/lookup/match/core-message.ts";
import { readLiteral } from "../../../../src/lookup/match/literal-reader.ts";
import { splitType } from "../../../../src/lookup/match/split-type.ts";

/** The parts that matter for a match, without the wrapper names. */
function core(message: string) {
  const p = coreMessage(message);
  return { lead: p.lead, inner: p.inner, status: p.status, code: p.code };
}

describe("coreMessage: every wrapper form", () => {
  it("Python SDK: Error code: 400 - {dict repr}", () => {
    expect(core("Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'prompt is too long: 215000 tokens > 200000 maximum'}}")).toEqual({
      lead: "",
      inner: "prompt is too long: 215000 tokens > 200000 maximum",
      status: 400,
      code: "invalid_request_error",
    });
  });

  it("Python SDK: a message holding a single quote is repr'd with double quotes", () => {
    const p = core(
      `Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': "This request would exceed your organization's rate limit"}, 'request_id': 'req_011CYz4mQ8vTnRkX2bLpW7aE'}`,
    );
    expect(p).toEqual({ lead: "", inner: "This request would exceed your organization's rate limit", status: 429, code: "rate_limit_error" });
  });

  it("Python mid-stream: a bare dict repr with None", () => {
    expect(core("{'type': 'error', 'error': {'details': None, 'type': 'overloaded_error', 'message': 'Overloaded'}}")).toEqual({
      lead: "",
      inner: "Overloaded",
      status: undefined,
      code: "overloaded_error",
    });
  });

  it("a whole message in quotes is the message; a quoted lower-case word stays a value", () => {
    expect(core("'Overloaded'").lead).toBe("Overloaded");
    expect(core('"Could not resolve authentication method"').lead).toBe("Could not resolve authentication method");
    expect(core("'model'").lead).toBe("'model'");
  });

  it("OAuth 2.0 token endpoint: error is the kind, error_description the words (RFC 6749 §5.2)", () => {
    expect(core('Token refresh failed: 400 — {"error": "invalid_grant", "error_description": "Refresh token not found or invalid"}')).toMatchObject({
      inner: "Refresh token not found or invalid",
      code: "invalid_grant",
    });
    // An `error` string that is a sentence stays the message, description or not.
    expect(core('{"error": "Client closed request", "error_description": "x y"}')).toMatchObject({ inner: "Client closed request" });
  });

  it("TypeScript SDK: status then JSON", () => {
    expect(core('529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}')).toEqual({ lead: "", inner: "Overloaded", status: 529, code: "overloaded_error" });
  });

  it("Claude Code: API Error: 400 {json} and API Error (529 {json}) · Retrying…", () => {
    expect(core('API Error: 500 {"type":"error","error":{"type":"api_error","message":"Internal server error"},"request_id":"req_011CYVBoQo7bsRAeF2moYVcm"}')).toEqual({
      lead: "",
      inner: "Internal server error",
      status: 500,
      code: "api_error",
    });
    expect(core('API Error (529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}) · Retrying in 1 seconds… (attempt 1/10)')).toEqual({
      lead: "",
      inner: "Overloaded",
      status: 529,
      code: "overloaded_error",
    });
    expect(core("API Error (Connection error.) · Retrying in 1 seconds… (attempt 1/10)")).toEqual({ lead: "Connection error.", inner: "", status: undefined, code: undefined });
  });

  it("litellm: AnthropicException - {json}, also wrapping a bytes literal", () => {
    const p = coreMessage('AnthropicException - {"type":"error","error":{"type":"not_found_error","message":"model: claude-3.5-sonnet"}}');
    expect([p.inner, p.code, p.wrappers]).toEqual(["model: claude-3.5-sonnet", "not_found_error", ["AnthropicException -"]]);
    expect(core(`AnthropicException - b'{"type":"error","error":{"type":"invalid_request_error","message":"messages: text content blocks must be non-empty"}}'`).inner).toBe(
      "messages: text content blocks must be non-empty",
    );
  });

  it("Bedrock: a message that is the model's body after the platform's words", () => {
    const p = core(
      'BedrockException - {"message":"The model returned the following errors: {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"invalid_request_error\\",\\"message\\":\\"`temperature` is deprecated for this model.\\"}}"}',
    );
    expect([p.inner, p.code]).toEqual(["`temperature` is deprecated for this model.", "invalid_request_error"]);
    // Words after the platform's, with no body, stay the message.
    expect(core('BedrockException - {"message":"The model returned the following errors: Malformed input request: #: extraneous key [x] is not permitted"}').inner).toBe(
      "The model returned the following errors: Malformed input request: #: extraneous key [x] is not permitted",
    );
  });

  it("OpenRouter: the provider's body in metadata.raw, not the envelope's words", () => {
    const p = core(
      '{"error":{"message":"Provider returned error","code":400,"metadata":{"raw":"{\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"invalid_request_error\\",\\"message\\":\\"messages.3: tool_use ids were found without tool_result blocks\\"}}","provider_name":"Anthropic"}}}',
    );
    expect([p.inner, p.code, p.status]).toEqual(["messages.3: tool_use ids were found without tool_result blocks", "invalid_request_error", 400]);
    // No body in metadata.raw: the envelope's message stays.
    expect(core('{"error":{"message":"Provider returned error","code":429,"metadata":{"raw":"Rate limited upstream"}}}').inner).toBe("Provider returned error");
  });

  it("a Go relay: aws-sdk-go-v2's chain as the body's message gives the service's code and message, not the SDK's words", () => {
    // The shape of tests/fixtures/lookup-corpus/fresh-an/037… (training side): a relay's envelope around the chain.
    const p = core(
      'API Error: 400 {"error":{"message":"InvokeModelWithResponseStream: operation error Bedrock Runtime: InvokeModelWithResponseStream, https response error StatusCode: 400, RequestID: d7b7bec9-be92-4f13-b68e-0c6c234cd3b2, ValidationException: tools.0.custom.defer_loading: Extra inputs are not permitted","type":"<nil>"},"type":"error"}',
    );
    expect([p.inner, p.code, p.status]).toEqual(["tools.0.custom.defer_loading: Extra inputs are not permitted", "ValidationException", 400]);
    // The envelope's own kind stays second to the service's code; a message with no chain is left as it was.
    expect(
      core('{"error":{"type":"aws_invoke_error","message":"operation error Bedrock Runtime: Converse, https response error StatusCode: 400, RequestID: x, ValidationException: invalid beta flag"}}')
        .code,
    ).toBe("ValidationException");
    expect(core('{"error":{"type":"aws_invoke_error","message":"operation timed out"}}')).toMatchObject({ inner: "operation timed out", code: "aws_invoke_error" });
  });

  it("botocore: An error occurred (Code) when calling the Op operation: message", () => {
    const p = coreMessage("An error occurred (throttlingException) when calling the InvokeModelWithResponseStream operation: Too many requests, please wait before trying again.");
    expect([p.lead, p.code, p.operation]).toEqual(["Too many requests, please wait before trying again.", "throttlingException", "InvokeModelWithResponseStream"]);
    expect(coreMessage("An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many tokens").lead).toBe("Too many tokens");
  });

  it("Bedrock decoder ≤ 0.121: keeps the lead, reads the kind from the headers and the message from the bytes body", () => {
    const p = coreMessage(
      `Bad response code, expected 200: {'status_code': 400, 'headers': {':exception-type': 'internalServerException', ':content-type': 'application/json', ':message-type': 'exception'}, 'body': b'{"message":"The system encountered an unexpected error during processing. Try your request again."}'}`,
    );
    expect([p.lead, p.inner, p.status, p.code, p.truncated]).toEqual([
      "Bad response code, expected 200",
      "The system encountered an unexpected error during processing. Try your request again.",
      400,
      "internalServerException",
      false,
    ]);
  });

  it("a body cut off mid-key (trace 01) leaves the lead and says it was truncated", () => {
    const p = coreMessage("Bad response code, expected 200: {'statu");
    expect([p.lead, p.inner, p.hasBody, p.truncated]).toEqual(["Bad response code, expected 200", "", true, true]);
  });

  it("an app's own prefix stays as the lead, with the status it names", () => {
    const p = coreMessage(
      'LLM request failed: status 400 Bad Request (url=http://x/v1/messages, model=claude-opus-4-5-20251101): {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 200251 tokens > 200000 maximum"}}',
    );
    expect([p.lead, p.inner, p.status]).toEqual([
      "LLM request failed: status 400 Bad Request (url=http://x/v1/messages, model=claude-opus-4-5-20251101)",
      "prompt is too long: 200251 tokens > 200000 maximum",
      400,
    ]);
    expect(coreMessage("Reqwest error: HTTP status client error (429 Too Many Requests) for url (https://api.anthropic.com/v1/messages)").status).toBe(429);
  });

  it("a retry loop's line: the error it caught, without the loop's words", () => {
    expect(core("API error (attempt 1/11): Request timed out.")).toMatchObject({ lead: "Request timed out.", inner: "" });
    expect(core('API call failed (attempt 2/3): 400 {"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: 64001 > 64000"}}')).toEqual({
      lead: "",
      inner: "max_tokens: 64001 > 64000",
      status: 400,
      code: "invalid_request_error",
    });
    // A parenthesis in the words before it is not such a line.
    expect(core("fetch(url) failed (attempt 1/3): boom").lead).toBe("fetch(url) failed (attempt 1/3): boom");
  });

  it("an app that prints the error kind in its own words, bracketed or as a label: that kind", () => {
    expect(core("Anthropic Error: [not_found_error] model: claude-3-sonnet")).toMatchObject({ code: "not_found_error" });
    expect(core("Error: HTTP 401 authentication_error: invalid x-api-key")).toMatchObject({ code: "authentication_error", status: 401 });
    // A word that merely ends in `_error` inside prose, or a key, is no kind.
    expect(core("see the field max_error in the settings").code).toBeUndefined();
    expect(core("ignore_error=true failed").code).toBeUndefined();
  });

  it("Google-style list bodies: the message, the numeric code as status and the status name as kind", () => {
    expect(core("Error code: 404 - [{'error': {'code': 404, 'message': 'Publisher Model `projects/p/locations/l/publishers/anthropic/models/m` was not found', 'status': 'NOT_FOUND'}}]")).toEqual({
      lead: "",
      inner: "Publisher Model `projects/p/locations/l/publishers/anthropic/models/m` was not found",
      status: 404,
      code: "NOT_FOUND",
    });
  });

  it("a body with no message key: its longest prose string, however deep, even cut off", () => {
    expect(core("{'statusCode': 200, 'response': 'conversation: Error raised by bedrock service: The provided model identifier is invalid. Please")).toMatchObject({
      inner: "conversation: Error raised by bedrock service: The provided model identifier is invalid. Please",
      status: 200,
    });
    expect(core('PluginInvokeError: {"args":{"description":"[models] Error: ValidationException: bad id."},"error_type":"InvokeError","message_id":"m1"}').inner).toBe(
      "[models] Error: ValidationException: bad id.",
    );
    // A message key still wins over a longer string.
    expect(core('{"message":"short one","detail_text":"a much longer string with many words in it"}').inner).toBe("short one");
  });

  it("a log record whose longest string holds a client's line with its body: that body's message and kind", () => {
    // structlog's JSON record, cut off by the paste: the event text carries the SDK's `Error code: 529 - {…}`.
    const record = `{"event": "Error during chat streaming: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}", "thread_id": "t-1", "sess`;
    expect(core(record)).toMatchObject({ inner: "Overloaded", code: "overloaded_error" });
    // Prose with no body in it stays the message.
    expect(core('{"event": "Error during chat streaming: upstream closed", "thread_id": "t-1"}').inner).toBe("Error during chat streaming: upstream closed");
  });

  it("a whole message in quotes is unquoted, but two quoted values are not one", () => {
    expect(core('"Could not resolve authentication method. Expected one of api_key, auth_token, or credentials to be set."').lead).toBe(
      "Could not resolve authentication method. Expected one of api_key, auth_token, or credentials to be set.",
    );
    expect(core("'NoneType' object has no attribute 'model'").lead).toBe("'NoneType' object has no attribute 'model'");
  });

  it("short forms: a status before plain text", () => {
    expect(core("400 messages: text content blocks must be non-empty")).toEqual({ lead: "messages: text content blocks must be non-empty", inner: "", status: 400, code: undefined });
  });
});

describe("splitType", () => {
  it.each([
    ["anthropic.BadRequestError: Error code: 400 - {}", "anthropic.BadRequestError", "anthropic", "anthropic"],
    ["botocore.errorfactory.AccessDeniedException: An error occurred", "botocore.errorfactory.AccessDeniedException", "botocore.errorfactory", "aws"],
    ["17:11:38 - openhands:ERROR: retry_mixin.py:75 - litellm.RateLimitError: AnthropicException - {}", "litellm.RateLimitError", "litellm", "litellm"],
    ["Unexpected error: litellm.NotFoundError: AnthropicException -", "litellm.NotFoundError", "litellm", "litellm"],
    ["Connection error. (Anthropic::Errors::APIConnectionError)", "Anthropic::Errors::APIConnectionError", "Anthropic::Errors", "anthropic"],
    ['NotFoundError("Error code: 404 - {}")', "NotFoundError", "", ""],
    ["java.lang.NullPointerException: Cannot invoke", "java.lang.NullPointerException", "java.lang", ""],
    ["AccessDeniedException … You don't have access", "AccessDeniedException", "", ""],
  ])("%s → %s", (text, full, prefix, library) => {
    const { type } = splitType(text);
    expect([type?.full, type?.prefix, type?.library]).toEqual([full, prefix, library]);
  });

  it("finds no type in plain sentences, nor Error at the end of one", () => {
    expect(splitType("prompt is too long: 215000 tokens > 200000 maximum").type).toBeUndefined();
    expect(splitType("500 Internal Server Error").type).toBeUndefined();
    expect(splitType("Error processing input: Reqwest error: HTTP status").type).toBeUndefined();
  });

  it("does not take a type named inside a sentence (Go's `for type X:`) for the error's class", () => {
    const text = "error converting content block to JSON: json: error calling MarshalJSON for type json.RawMessage: unexpected end of JSON input";
    expect(splitType(text)).toEqual({ message: text });
    expect(splitType("httpx.ReadTimeout: The read operation timed out").type?.full).toBe("httpx.ReadTimeout");
  });

  it("marks Error and Exception as generic", () => {
    expect(splitType("Error: Connection error.").type?.generic).toBe(true);
    expect(splitType("TypeError: fetch failed").type?.generic).toBe(false);
  });
});

describe("readLiteral", () => {
  it("reads a key whose colon the paste lost as the key of the dict or list after it", () => {
    // tests/fixtures/lookup-corpus/fresh-ak/003… (training side) was posted as `"error" {"type":…}`.
    const text = '{"type":"error","error" {"type":"invalid_request_error","message":"image exceeds 5 MB maximum"},"request_id":"req_1"}';
    expect(readLiteral(text, 0).value).toEqual({ type: "error", error: { type: "invalid_request_error", message: "image exceeds 5 MB maximum" }, request_id: "req_1" });
    expect(coreMessage(`400 ${text}`).inner).toBe("image exceeds 5 MB maximum");
    // A key before a plain value with no colon is still no entry.
    expect(readLiteral('{"a" "b", "c": 1}', 0).value).toEqual({ c: 1 });
  });

  it("reads a quote inside a body's string that nobody escaped as text, not as the string's end", () => {
    // tests/fixtures/lookup-corpus/fresh-eh/021… (training side): a relay printed the API's message unescaped.
    const text = '{"error":{"message":"messages: first message must use the "user" role (request id: 20240811)","type":"invalid_request_error"}}';
    expect(readLiteral(text, 0)).toMatchObject({
      value: { error: { message: 'messages: first message must use the "user" role (request id: 20240811)', type: "invalid_request_error" } },
      complete: true,
    });
    // Python's repr of a hand-typed apostrophe, and a string closed at the end of its line.
    expect(readLiteral("{'message': 'Can't connect', 'code': 1}", 0).value).toEqual({ message: "Can't connect", code: 1 });
    expect(readLiteral('{"message": "Overloaded"\n}', 0).value).toEqual({ message: "Overloaded" });
    // Outside a container a quoted string still ends at its quote.
    expect(readLiteral('"Overloaded" said the API', 0)).toMatchObject({ value: "Overloaded", complete: true });
  });

  it("reads JSON, Python and util.inspect bodies", () => {
    const text = `{'a': None, "b": [1, True], c: 'x', 'd': b'{"m":"y"}'} and after`;
    expect(readLiteral(text, 0)).toEqual({ value: { a: null, b: [1, true], c: "x", d: '{"m":"y"}' }, end: text.indexOf(" and after"), complete: true });
  });

  it("returns what it read from a cut-off body, marked incomplete", () => {
    const text = `{'type': 'error', 'error': {'type': 'overloaded_error', 'mess`;
    expect(readLiteral(text, 0)).toEqual({
      value: { type: "error", error: { type: "overloaded_error" } },
      end: text.length,
      complete: false,
    });
  });

  it("reads a body whose quotes were stripped: a bare value runs over spaces to the next comma or brace", () => {
    const text = "{type: error, error: {type: authentication_error, message: invalid x-api-key}} after";
    expect(readLiteral(text, 0)).toEqual({ value: { type: "error", error: { type: "authentication_error", message: "invalid x-api-key" } }, end: text.indexOf(" after"), complete: true });
    // Keys and list items stay single words; a bare value stops at the end of its line.
    expect(readLiteral("{ a: [one two], b: x\ny: z }", 0).value).toEqual({ a: ["one", "two"], b: "x", y: "z" });
  });

  it("never loops on garbage", () => {
    const result = readLiteral("{…'rate_limit_error'…'This request'", 0);
    expect(result.complete).toBe(false);
  });
});
