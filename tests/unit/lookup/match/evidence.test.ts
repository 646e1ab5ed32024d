/**
 * Issue 8 §2 rules, on hand-built pages: another vendor's error never gets high confidence, a generic error needs
 * its product named, a log-only paste falls back to its status (low), a specific exception type names its page
 * even when the message is missing, and bodies printed in other shapes are read.
 */
import { describe, expect, it } from "vitest";
import { compilePages, lookupSync } from "../../../../src/lookup/match/index.ts";
import { appFrames } from "../../../../src/lookup/match/libraries.ts";
import { vendorEvidence } from "../../../../src/lookup/match/vendor-evidence.ts";
import { parseTrace } from "../../../../src/lookup/parse/index.ts";
import { page, PAGES } from "./pages.ts";

const site = compilePages([
  ...PAGES,
  page("sdk/peer-closed", "httpx.RemoteProtocolError: peer closed connection without sending complete message body (incomplete chunked read)", {
    match: { packages: ["anthropic", "httpx"], frames: ["anthropic/_streaming.py"] },
  }),
  page("api/rate-limit", "anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'This request would exceed your rate limit.'}}", {
    match: { packages: ["anthropic"] },
  }),
  page("bedrock/no-credentials", "botocore.exceptions.NoCredentialsError: Unable to locate credentials", {
    match: { packages: ["botocore", "anthropic"] },
  }),
  page(
    "bedrock/access-denied",
    "botocore.errorfactory.AccessDeniedException: An error occurred (AccessDeniedException) when calling the InvokeModel operation: You don't have access to the model with the specified model ID.",
    {
      match: { packages: ["boto3"] },
    },
  ),
]);
const top = (text: string) => lookupSync(text, site, { limit: 3 }).matches[0];

describe("vendor evidence", () => {
  it("never answers another vendor's look-alike with high confidence", () => {
    const gemini = lookupSync(
      "litellm.RateLimitError: GeminiException - {'error': {'code': 429, 'message': 'Resource has been exhausted (e.g. check quota).', 'status': 'RESOURCE_EXHAUSTED'}} model=gemini-1.5-pro",
      site,
      { limit: 3 },
    ).matches;
    // At most the Anthropic rate-limit page (the shared 429 and words), at low confidence: litellm's own type is
    // not the page's product (it fronts every vendor), so the paste's `GeminiException` counts against the page.
    expect(gemini.filter((m) => m.id !== "api/rate-limit" || m.confidence !== "low")).toEqual([]);
  });

  it("does not read a gateway's exception type as another vendor", () => {
    // litellm fronts every vendor: its type around Bedrock's own words names no vendor, so it does not count against
    // a page that does not list litellm among its packages.
    const m = top('litellm.exceptions.BadRequestError: litellm.BadRequestError: BedrockException - {"message":"You don\'t have access to the model with the specified model ID."}');
    expect(m?.id).toBe("bedrock/access-denied");
    expect(m?.why.signals.filter((s) => s.name === "vendor")).toEqual([]);
  });

  it("reads another vendor's exception type as a conflict, and an app's own type as none", () => {
    const words = "An error occurred (AccessDeniedException) when calling the InvokeModel operation: You don't have access to the model with the specified model ID.";
    const app = top(`llmgate_core.exceptions.ProviderError: ${words}`);
    expect(app?.id).toBe("bedrock/access-denied");
    expect(app?.why.signals.filter((s) => s.name === "vendor")).toEqual([]);
    const other = lookupSync(`mistralai.exceptions.SDKError: ${words}`, site, { limit: 3 }).matches.find((m) => m.id === "bedrock/access-denied");
    expect(other?.why.signals.find((s) => s.name === "vendor")?.agrees).toBe(false);
  });

  it("does not read a router named after the product as the product", () => {
    const routed = "Error: Error from provider(429)\n    at bt (/usr/local/lib/node_modules/@musistudio/claude-code-router/dist/cli.js:74721:11)";
    expect([...vendorEvidence(routed).products]).toEqual([]);
    const direct = "Error: 429\n    at makeRequest (/usr/local/lib/node_modules/@anthropic-ai/claude-code/cli.js:1317:3784)";
    expect([...vendorEvidence(direct).products]).toContain("anthropic");
  });

  it("reads the API's tool_use ids as the product, behind another vendor's gateway words", () => {
    // A gateway that speaks OpenAI's protocol (`/openai/v1/chat/completions`) passing on the API's own body: its
    // `toolu_` id is minted by the API (Vertex AI and Bedrock add their tag after the prefix), so the paste names the
    // product as well as the word `openai`.
    const body = 'HTTP 500 from https://gateway.example/openai/v1/chat/completions: {"message":"unexpected `tool_use_id` found in `tool_result` blocks: toolu_01NFgHqwavux2Xkqi4T6owNk."}';
    const evidence = vendorEvidence(body);
    expect([...evidence.products]).toContain("anthropic");
    expect(evidence.foreign.map((f) => f.vendor)).toEqual(["openai"]);
    expect([...vendorEvidence(body.replace("toolu_01NFgHqwavux2Xkqi4T6owNk", "call_01NFgHqwavux2Xkqi4T6owNk")).products]).toEqual([]);
  });

  it("reads MiniMax's own wording of its parameter errors as MiniMax, and JSON-RPC's as no vendor", () => {
    const minimax = vendorEvidence("API Error: 400 invalid params, chat content has invalid message role: system (2013)");
    expect(minimax.foreign.map((f) => f.vendor)).toEqual(["minimax"]);
    expect(vendorEvidence("Error: MiniMax-M2.7 returned 500").foreign.map((f) => f.vendor)).toEqual(["minimax"]);
    expect(vendorEvidence("McpError: MCP error -32602: Invalid params: missing field `path`").foreign).toEqual([]);
  });

  it("reads another AWS service whose name holds the platform's word as another service, not the platform", () => {
    // AgentCore's host is `bedrock-agentcore`: the word `bedrock` is in it, but the service runs agents, not models.
    const agentcore = vendorEvidence('Read timeout on endpoint URL: "https://bedrock-agentcore.us-east-1.amazonaws.com/runtimes/x/invocations"');
    expect(agentcore.foreign.map((f) => f.term)).toEqual(["bedrock-agentcore"]);
    const runtime = vendorEvidence('Read timeout on endpoint URL: "https://bedrock-runtime.us-east-1.amazonaws.com/model/x/converse"');
    expect(runtime.foreign).toEqual([]);
    expect([...runtime.products]).toContain("aws");
  });

  it("does not read the app's own frames (paths, function names) as the product", () => {
    const app = ["TypeError: fetch failed", "    at async Claude.getOrganizations (file:///Users/dev/claude-web-client/index.js:178:26)", "  cause: ConnectTimeoutError: Connect Timeout Error"].join(
      "\n",
    );
    expect([...vendorEvidence(app, appFrames(parseTrace(app).exceptions.flatMap((e) => e.frames))).products]).toEqual([]);
    // Without the frames read as the app's, the same words name the product.
    expect([...vendorEvidence(app).products]).toContain("anthropic");
    // An installed library's path is the library's, not the app's: it still names the product.
    const sdk = "Error: 529\n    at makeRequest (/usr/local/lib/node_modules/@anthropic-ai/claude-code/cli.js:1317:3784)";
    expect([...vendorEvidence(sdk, appFrames(parseTrace(sdk).exceptions.flatMap((e) => e.frames))).products]).toContain("anthropic");
    // Only the frame's names: the rest of a one-line errors.json array (its request id) still counts.
    const log = '[{"error":"Error: 500 {\\"request_id\\":\\"req_011CdCL7J51rberVrk9z6e45\\"}\\n    at generate (/$bunfs/root/src/entrypoints/cli.js:40:48992)"}]';
    expect([...vendorEvidence(log, [{ file: "/$bunfs/root/src/entrypoints/cli.js", function: "generate" }]).products]).toContain("anthropic");
  });

  it("reads only paths as the app's frames, not a bare Java file name", () => {
    const frames = [
      { module: "dev.langchain4j.model.anthropic.internal.client", file: "DefaultAnthropicClient.java", function: "onError" },
      { file: "/home/dev/claude-app/main.py", function: "ask_claude" },
      { file: "/app/.venv/lib/python3.12/site-packages/anthropic/_base_client.py", function: "request" },
    ];
    expect(appFrames(frames)).toEqual([{ file: "/home/dev/claude-app/main.py", function: "ask_claude" }]);
  });

  it("gives a generic library's error high confidence only when the paste shows the product", () => {
    const bare = top("httpx.RemoteProtocolError: peer closed connection without sending complete message body (incomplete chunked read)");
    expect([bare?.id, bare?.confidence]).toEqual(["sdk/peer-closed", "medium"]);
    const framed = top(`Traceback (most recent call last):
  File "/app/.venv/lib/python3.12/site-packages/anthropic/_streaming.py", line 72, in __stream__
    for sse in iterator:
httpx.RemoteProtocolError: peer closed connection without sending complete message body (incomplete chunked read)`);
    expect([framed?.id, framed?.confidence]).toEqual(["sdk/peer-closed", "high"]);
  });

  it("does not read the model's name alone as the SDK's connection, for an HTTP client's error", () => {
    // A chat app's bot reaching Claude through its own servers fails with httpx's words too.
    const words = "httpx.RemoteProtocolError: peer closed connection without sending complete message body (incomplete chunked read)";
    const relayed = top(`Bot request to Claude-Sonnet-4 failed on try 0\n${words}`);
    expect([relayed?.id, relayed?.confidence]).toEqual(["sdk/peer-closed", "medium"]);
    const sdk = top(`anthropic SDK streaming Claude-Sonnet-4 failed\n${words}`);
    expect([sdk?.id, sdk?.confidence]).toEqual(["sdk/peer-closed", "high"]);
    const bedrock = top(`bedrock-runtime stream from Claude failed\n${words}`);
    expect([bedrock?.id, bedrock?.confidence]).toEqual(["sdk/peer-closed", "high"]);
  });

  it("needs the model named, not only the platform, for a platform's words about any model", () => {
    // Bedrock says "The provided model identifier is invalid." whatever model was asked for: naming Bedrock shows
    // where the call went, not that the model was Claude (a Qwen or Titan user sees the same line).
    const platformPage = compilePages([
      page("bedrock/model-id", "botocore.errorfactory.ValidationException: An error occurred (ValidationException) when calling the InvokeModel operation: The provided model identifier is invalid.", {
        match: { packages: ["botocore", "anthropic"], generic: true },
      }),
    ]);
    const first = (text: string) => lookupSync(text, platformPage, { limit: 1 }).matches[0];
    const line = "An error occurred (ValidationException) when calling the InvokeModel operation: The provided model identifier is invalid.";
    expect(first(`Bedrock call failed: ${line}`)).toMatchObject({ id: "bedrock/model-id", confidence: "medium" });
    expect(first(`Bedrock call failed for anthropic.claude-sonnet-4-6: ${line}`)).toMatchObject({ id: "bedrock/model-id", confidence: "high" });
    expect(vendorEvidence("modelId=anthropic.claude-3-haiku on bedrock").models).toEqual(new Set(["aws", "google"]));
  });

  it("needs the platform named by its own words for a platform's canonical status, not only the model", () => {
    // Every Google API answers a missing resource with "Requested entity was not found." / NOT_FOUND, and Claude is
    // served by Google outside Vertex AI too: naming Claude does not show the call went to Vertex.
    const notFound = page(
      "vertex/not-found",
      "anthropic.NotFoundError: Error code: 404 - {'error': {'code': 404, 'message': 'Publisher Model `publishers/anthropic/models/claude-x` was not found.', 'status': 'NOT_FOUND'}}",
      {
        match: { packages: ["anthropic", "google-auth"] },
      },
    );
    notFound.data.variants = [{ signature: "404 {'error': {'code': 404, 'message': 'Requested entity was not found.', 'status': 'NOT_FOUND'}}", context: "Google's wording", generic: true }];
    const vertex = compilePages([notFound]);
    const first = (text: string) => lookupSync(text, vertex, { limit: 1 }).matches[0];
    const body = `404 {"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND"}}`;
    expect(first(`claude-proxy: Error at https://cloudcode-pa.googleapis.com: ${body}`)?.confidence).not.toBe("high");
    expect(first(`claude-opus on https://us-east5-aiplatform.googleapis.com: ${body}`)).toMatchObject({ id: "vertex/not-found", confidence: "high" });
    // Vertex's own term for a model in Model Garden names the platform.
    expect(vendorEvidence("404 Publisher Model `publishers/google/models/claude-3-sonnet` is not found.").platforms).toEqual(new Set(["google"]));
  });

  it("treats one wording marked generic as a shared layer's, and the page's other wordings as its own", () => {
    const maxTokens = page(
      "api/max-tokens",
      "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'max_tokens: 64001 > 64000, which is the maximum allowed number of output tokens for claude-sonnet-4-5'}}",
      {
        match: { packages: ["anthropic", "botocore"] },
      },
    );
    maxTokens.data.variants = [
      {
        signature: "ValidationException: The maximum tokens you requested exceeds the model limit of 4096. Try again with a maximum tokens value that is lower than 4096.",
        context: "Bedrock Converse",
        generic: true,
      },
    ];
    const mixed = compilePages([maxTokens]);
    const first = (text: string) => lookupSync(text, mixed, { limit: 1 }).matches[0];
    const converse =
      "An error occurred (ValidationException) when calling the ConverseStream operation: The maximum tokens you requested exceeds the model limit of 2048. Try again with a maximum tokens value that is lower than 2048.";
    expect(first(converse)).toMatchObject({ id: "api/max-tokens", confidence: "medium" });
    expect(first(`modelId=anthropic.claude-3-haiku ${converse}`)).toMatchObject({ id: "api/max-tokens", confidence: "high" });
    expect(first("max_tokens: 64001 > 64000, which is the maximum allowed number of output tokens for claude-sonnet-4-5")?.confidence).toBe("high");
  });

  it("reads google-auth-library's frames as Google's, a library every Google product shares", () => {
    const adc = compilePages([
      page("vertex/adc", "Error: Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information.", {
        match: { packages: ["google-auth-library", "@anthropic-ai/vertex-sdk"], generic: true },
      }),
    ]);
    const frames = "\n    at GoogleAuth.getApplicationDefaultAsync (/srv/node_modules/google-auth-library/build/src/auth/googleauth.js:161:19)";
    const line = "Error: Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information.";
    expect(lookupSync(line + frames, adc, { limit: 1 }).matches[0]?.confidence).toBe("medium");
    const vertex = "\n    at AnthropicVertex.prepareOptions (/app/node_modules/@anthropic-ai/vertex-sdk/client.js:80:25)";
    expect(lookupSync(line + frames + vertex, adc, { limit: 1 }).matches[0]?.confidence).toBe("high");
  });

  it("does not count a frame of a generic library as the product", () => {
    const httpcoreOnly = top(`Traceback (most recent call last):
  File "/venv/lib/python3.10/site-packages/httpcore/_sync/http11.py", line 209, in _receive_event
    raise RemoteProtocolError(msg)
httpx.RemoteProtocolError: peer closed connection without sending complete message body (incomplete chunked read)`);
    expect(httpcoreOnly?.id).toBe("sdk/peer-closed");
    expect(["low", "medium"]).toContain(httpcoreOnly?.confidence);
  });
});

describe("botocore codes", () => {
  const bedrock = compilePages([
    page(
      "bedrock/a-stream",
      "botocore.exceptions.EventStreamError: An error occurred (throttlingException) when calling the InvokeModelWithResponseStream operation: Too many requests, please wait before trying again.",
      {
        match: { packages: ["botocore"] },
      },
    ),
    page(
      "bedrock/b-throttling",
      "botocore.errorfactory.ThrottlingException: An error occurred (ThrottlingException) when calling the InvokeModel operation: Too many requests, please wait before trying again.",
      {
        match: { packages: ["botocore"] },
      },
    ),
  ]);
  it("reads the code of a botocore clause after an app's words, and its case says HTTP error or stream event", () => {
    const logged =
      "ERROR:app.utils.logger:Error processing request:An error occurred (ThrottlingException) when calling the Converse operation (reached max retries: 4): Too many requests, please wait before trying again.";
    expect(lookupSync(logged, bedrock, { limit: 2 }).matches.map((m) => m.id)).toEqual(["bedrock/b-throttling", "bedrock/a-stream"]);
    const streamed = "An error occurred (throttlingException) when calling the ConverseStream operation: Too many requests, please wait before trying again.";
    expect(lookupSync(streamed, bedrock, { limit: 1 }).matches[0]?.id).toBe("bedrock/a-stream");
  });
});

describe("fallbacks", () => {
  it("reads a log-only paste's status, at low confidence, for a page whose product it names", () => {
    const m = top("   HTTP/2 429\n   retry-after: 62291\n   anthropic-ratelimit-unified-status: rejected");
    expect([m?.id, m?.confidence]).toEqual(["api/rate-limit", "low"]);
    expect(m?.why.signals.map((s) => s.name)).toEqual(["status"]);
    expect(top("   HTTP/2 429\n   retry-after: 62291")).toBeUndefined();
  });

  it("names the page of a specific exception type even when the message is missing", () => {
    const m = top(`---------------------------------------------------------------------------
NoCredentialsError                        Traceback (most recent call last)
Cell In[3], line 1
----> 1 client.invoke_model(modelId=model_id, body=body)`);
    expect(m?.id).toBe("bedrock/no-credentials");
  });

  it("reads a pretty-printed JSON body and a hard-wrapped botocore line", () => {
    const pretty = top(`{
  "error": {
    "body": {
      "httpStatusCode": 403
    },
    "message": "You don't have access to the model with the specified model ID.",
    "type": "AccessDeniedException"
  },
  "provider": "bedrock"
}`);
    expect(pretty?.id).toBe("bedrock/access-denied");
    const wrapped = top("Error: An error occurred (AccessDeniedException) when calling the InvokeModel\noperation: You don't have access to the model with the specified model ID.");
    expect(wrapped?.id).toBe("bedrock/access-denied");
  });
});
