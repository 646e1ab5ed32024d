/**
 * The 22 real pastes, each checked in full with `toEqual`. Every expectation was written from reading the
 * paste: what the user's runtime printed, where a header sits, which frame is nearest the throw site.
 */
import { describe, expect, it } from "vitest";
import { parseTrace } from "../../../../src/lookup/parse/index.ts";
import { labels, realTrace, realTraceNames } from "./fixtures.ts";

const CLAUDE_CODE_HOMEBREW = "file:///opt/homebrew/lib/node_modules/@anthropic-ai/claude-code/cli.js";
const CLAUDE_CODE_LOCAL = "file:///Users/yabasha/.claude/local/node_modules/@anthropic-ai/claude-code/cli.js";
const BEDROCK_VENV = "/app/.venv/lib/python3.12/site-packages/anthropic";
const COMPUTER_USE_SITE = "/home/computeruse/.pyenv/versions/3.11.6/lib/python3.11/site-packages";
const TASK_QUEUES_105 = { file: "node:internal/process/task_queues", function: "process.processTicksAndRejections", line: 105, column: 5 };

describe("the real traces fixture set", () => {
  it("should hold the 22 pastes, each labelled with a page id", () => {
    const names = realTraceNames();
    expect(names).toHaveLength(22);
    expect(Object.keys(labels()).sort()).toEqual(names);
    for (const id of Object.values(labels())) expect(id).toMatch(/^[a-z0-9-]+\/[a-z0-9.-]+$/);
  });

  it("should find at least one exception in every paste", () => {
    for (const name of realTraceNames()) expect(parseTrace(realTrace(name)).exceptions.length, name).toBeGreaterThan(0);
  });
});

describe("real traces", () => {
  it("01: should read a headerless Bedrock traceback cut off inside the dict", () => {
    expect(parseTrace(realTrace("01-bedrock-valueerror-bad-response-code.txt"))).toEqual({
      exceptions: [
        {
          runtime: "python",
          type: "ValueError",
          message: "Bad response code, expected 200: {'statu",
          frames: [
            { module: "anthropic.lib.bedrock._stream_decoder", file: `${BEDROCK_VENV}/lib/bedrock/_stream_decoder.py`, function: "_parse_message_from_event", line: 58 },
            { module: "anthropic.lib.bedrock._stream_decoder", file: `${BEDROCK_VENV}/lib/bedrock/_stream_decoder.py`, function: "aiter_bytes", line: 50 },
            { module: "anthropic._streaming", file: `${BEDROCK_VENV}/_streaming.py`, function: "_iter_events", line: 215 },
            { module: "anthropic._streaming", file: `${BEDROCK_VENV}/_streaming.py`, function: "__stream__", line: 225 },
            { module: "anthropic._streaming", file: `${BEDROCK_VENV}/_streaming.py`, function: "__aiter__", line: 211 },
          ],
          line: 1,
        },
      ],
    });
  });

  it("02: should join the TUI-wrapped API error and expand the JSON-escaped Node stack", () => {
    const body =
      '400 {"type":"error","error":{"type":"invalid_request_error","message":"messages.2: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_01EgkyMSUE7kWq9aPLHycqgz. Each `tool_use` block must have a corresponding `tool_result` block in the next message."},"request_id":"req_011CSVr7aBmVBX3fycHTLhQf"}';
    expect(parseTrace(realTrace("02-claude-code-tool-use-without-tool-result-node.txt"))).toEqual({
      exceptions: [
        { runtime: "unknown", type: "API Error", message: body, frames: [], line: 1 },
        {
          runtime: "node",
          type: "Error",
          message: body,
          frames: [
            { module: "@anthropic-ai/claude-code", file: CLAUDE_CODE_HOMEBREW, function: "b4.generate", line: 926, column: 2412 },
            { module: "@anthropic-ai/claude-code", file: CLAUDE_CODE_HOMEBREW, function: "CP.makeStatusError", line: 943, column: 2101 },
            { module: "@anthropic-ai/claude-code", file: CLAUDE_CODE_HOMEBREW, function: "CP.makeRequest", line: 943, column: 5314 },
            TASK_QUEUES_105,
          ],
          line: 8,
        },
      ],
    });
  });

  it("04: should read each retry line and the escaped stack, dropping the frame cut off mid-path", () => {
    const retry = (seconds: number, attempt: number) => `(529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}) · Retrying in ${seconds} seconds… (attempt ${attempt}/10)`;
    expect(parseTrace(realTrace("04-claude-code-529-overloaded-node.txt"))).toEqual({
      exceptions: [
        { runtime: "unknown", type: "API Error", message: retry(1, 1), frames: [], line: 1 },
        { runtime: "unknown", type: "API Error", message: retry(1, 2), frames: [], line: 2 },
        { runtime: "unknown", type: "API Error", message: retry(2, 3), frames: [], line: 3 },
        {
          runtime: "node",
          type: "Error",
          message: '529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
          frames: [
            { module: "@anthropic-ai/claude-code", file: CLAUDE_CODE_LOCAL, function: "B6.generate", line: 1262, column: 2547 },
            { module: "@anthropic-ai/claude-code", file: CLAUDE_CODE_LOCAL, function: "BS.makeStatusError", line: 1279, column: 2101 },
            { module: "@anthropic-ai/claude-code", file: CLAUDE_CODE_LOCAL, function: "BS.makeRequest", line: 1279, column: 5315 },
            TASK_QUEUES_105,
            { module: "@anthropic-ai/claude-code", file: CLAUDE_CODE_LOCAL, function: "vY1.showErrors", line: 3225, column: 14312 },
          ],
          line: 7,
        },
      ],
    });
  });

  it("06: should skip the inspected headers object and read the webpack-path stack", () => {
    const sdk = "webpack-internal:///(rsc)/./node_modules/@anthropic-ai/sdk";
    expect(parseTrace(realTrace("06-ts-sdk-529-overloaded-internalservererror.txt"))).toEqual({
      exceptions: [
        {
          runtime: "node",
          type: "InternalServerError",
          message: '529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
          frames: [
            { module: "@anthropic-ai/sdk", file: `${sdk}/error.mjs`, function: "APIError.generate", line: 75, column: 20 },
            { module: "@anthropic-ai/sdk", file: `${sdk}/core.mjs`, function: "Anthropic.makeStatusError", line: 304, column: 65 },
            { module: "@anthropic-ai/sdk", file: `${sdk}/core.mjs`, function: "Anthropic.makeRequest", line: 347, column: 30 },
            { file: "node:internal/process/task_queues", function: "process.processTicksAndRejections", line: 95, column: 5 },
          ],
          line: 22,
        },
      ],
    });
  });

  it("07: should read the bare exception line and the loguru frames around their variable annotations", () => {
    expect(parseTrace(realTrace("07-python-midstream-overloaded-apistatuserror-langchain.txt"))).toEqual({
      exceptions: [
        {
          runtime: "python",
          type: "anthropic.APIStatusError",
          message: "{'type': 'error', 'error': {'details': None, 'type': 'overloaded_error', 'message': 'Overloaded'}}",
          frames: [],
          line: 1,
        },
        {
          runtime: "python",
          type: "",
          message: "",
          frames: [
            {
              module: "langchain_core.runnables.base",
              file: "/home/kmcisaac/Projects/policy_pal/.venv/lib/python3.11/site-packages/langchain_core/runnables/base.py",
              function: "stream",
              line: 3407,
            },
            { file: "/home/kmcisaac/Projects/policy_pal/chat/chat_app.py", function: "generate_answer", line: 146 },
          ],
          line: 4,
        },
      ],
    });
  });

  it("09: should strip the OpenHands logger prefix and keep the log suffix in the message", () => {
    expect(parseTrace(realTrace("09-litellm-ratelimit-anthropic-20k-itpm.txt"))).toEqual({
      exceptions: [
        {
          runtime: "python",
          type: "litellm.RateLimitError",
          message:
            'AnthropicException - {"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed the rate limit for your organization (0dccdde6-f924-4f1b-bb3b-92ef846e0a5b) of 20,000 input tokens per minute. For details, refer to: https://docs.anthropic.com/en/api/rate-limits. You can see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, or try again later. You may also contact sales at https://www.anthropic.com/contact-sales to discuss your options for a rate limit increase."}}. Attempt #3 | You can customize retry values in the configuration.',
          frames: [],
          line: 1,
        },
      ],
    });
  });

  it("12: should read the Rust log line with the error body and the reqwest error chain", () => {
    expect(parseTrace(realTrace("12-rust-reqwest-429-rate-limit.txt"))).toEqual({
      exceptions: [
        {
          runtime: "rust",
          type: "",
          message:
            'anthropic::err({"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed your organization’s rate limit of 200,000 input tokens per minute. For details, refer to: https://docs.anthropic.com/en/api/rate-limits; see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, or try again later. You may also contact sales at https://www.anthropic.com/contact-sales to discuss your options for a rate limit increase."}})',
          frames: [],
          line: 3,
        },
        {
          runtime: "rust",
          type: "",
          message: "Error processing input: Reqwest error: HTTP status client error (429 Too Many Requests) for url (https://api.anthropic.com/v1/messages)",
          frames: [],
          line: 8,
        },
      ],
    });
  });

  it("13: should split a bare Python SDK error line with a dict-repr body", () => {
    expect(parseTrace(realTrace("13-python-prompt-too-long-200k.txt"))).toEqual({
      exceptions: [
        {
          runtime: "python",
          type: "anthropic.BadRequestError",
          message: "Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'prompt is too long: 208656 tokens > 200000 maximum'}}",
          frames: [],
          line: 1,
        },
      ],
    });
  });

  it("16: should keep a `… failed:` line with no type whole", () => {
    expect(parseTrace(realTrace("16-go-gateway-prompt-too-long.txt"))).toEqual({
      exceptions: [
        {
          runtime: "unknown",
          type: "",
          message:
            'LLM request failed: status 400 Bad Request (url=http://169.254.169.254/gateway/llm/_/gateway/anthropic/v1/messages, model=claude-opus-4-5-20251101): {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 200251 tokens > 200000 maximum"},"request_id":"req_011CWdepJvA2D819tdYYq4h7"}',
          frames: [],
          line: 1,
        },
      ],
    });
  });

  it("18: should tell the UI's error line from the Node error with its frame", () => {
    expect(parseTrace(realTrace("18-ts-sdk-connection-error-magenta.txt"))).toEqual({
      exceptions: [
        { runtime: "unknown", type: "Stream Error", message: "Connection error.", frames: [], line: 2 },
        {
          runtime: "node",
          type: "Error",
          message: "Connection error.",
          frames: [
            {
              module: "@anthropic-ai/sdk",
              file: "/home/jeanluc/.local/share/nvim/lazy/magenta.nvim/node_modules/@anthropic-ai/sdk/src/core.ts",
              function: "Anthropic.makeRequest",
              line: 479,
              column: 13,
            },
          ],
          line: 3,
        },
      ],
    });
  });

  it("20: should keep the frames of a traceback whose exception line is missing", () => {
    const httpcore = `${COMPUTER_USE_SITE}/httpcore/_sync`;
    const httpx = `${COMPUTER_USE_SITE}/httpx/_transports/default.py`;
    expect(parseTrace(realTrace("20-python-httpcore-connecterror-ssl-self-signed.txt"))).toEqual({
      exceptions: [
        {
          runtime: "python",
          type: "",
          message: "",
          frames: [
            { module: "httpcore._sync.connection", file: `${httpcore}/connection.py`, function: "handle_request", line: 78 },
            { module: "httpcore._sync.connection", file: `${httpcore}/connection.py`, function: "handle_request", line: 101 },
            { module: "httpcore._sync.connection_pool", file: `${httpcore}/connection_pool.py`, function: "handle_request", line: 236 },
            { module: "httpcore._sync.connection_pool", file: `${httpcore}/connection_pool.py`, function: "handle_request", line: 256 },
            { module: "httpx._transports.default", file: httpx, function: "handle_request", line: 250 },
            { module: "httpx._transports.default", file: httpx, function: "map_httpcore_exceptions", line: 101 },
          ],
          line: 1,
        },
      ],
    });
  });

  it("23: should drop the bracketed logger name and keep `Error` as the type", () => {
    expect(parseTrace(realTrace("23-python-streaming-strongly-recommended-fast-agent.txt"))).toEqual({
      exceptions: [
        {
          runtime: "unknown",
          type: "Error",
          message: "Streaming is strongly recommended for operations that may take longer than 10 minutes. See https://github.com/anthropics/anthropic-sdk-python#long-requests for more details",
          frames: [],
          line: 1,
        },
      ],
    });
  });

  it("25: should read the Streamlit message line and the `Traceback:` block cut off inside a path", () => {
    expect(parseTrace(realTrace("25-python-authenticationerror-invalid-x-api-key-computer-use.txt"))).toEqual({
      exceptions: [
        {
          runtime: "python",
          type: "",
          message: "Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}",
          frames: [],
          line: 1,
        },
        {
          runtime: "python",
          type: "",
          message: "",
          frames: [
            { module: "anthropic._base_client", file: `${COMPUTER_USE_SITE}/anthropic/_base_client.py`, function: "post", line: 1277 },
            {
              module: "anthropic.resources.beta.messages.messages",
              file: `${COMPUTER_USE_SITE}/anthropic/resources/beta/messages/messages.py`,
              function: "create",
              line: 898,
            },
            { module: "anthropic._utils._utils", file: `${COMPUTER_USE_SITE}/anthropic/_utils/_utils.py`, function: "wrapper", line: 275 },
            { module: "anthropic._legacy_response", file: `${COMPUTER_USE_SITE}/anthropic/_legacy_response.py`, function: "wrapped", line: 377 },
            { file: "/home/computeruse/computer_use_demo/loop.py", function: "sampling_loop", line: 133 },
          ],
          line: 3,
        },
      ],
    });
  });

  it("28: should prefer the class name over the prose label and join the unindented body after ` -`", () => {
    expect(parseTrace(realTrace("28-litellm-notfound-model-claude-3.5-sonnet.txt"))).toEqual({
      exceptions: [
        {
          runtime: "python",
          type: "litellm.NotFoundError",
          message: 'AnthropicException - {"type":"error","error":{"type":"not_found_error","message":"model: claude-3.5-sonnet"}}',
          frames: [],
          line: 1,
        },
      ],
    });
  });

  it("29: should take a paste that starts mid-dict as an error body", () => {
    expect(parseTrace(realTrace("29-python-credit-balance-too-low.txt"))).toEqual({
      exceptions: [
        {
          runtime: "python",
          type: "",
          message: "{'type': 'invalid_request_error', 'message': 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.'}}",
          frames: [],
          line: 1,
        },
      ],
    });
  });

  it("31: should read a full boto3 traceback with dist-packages modules", () => {
    expect(parseTrace(realTrace("31-boto3-bedrock-accessdenied-model-access.txt"))).toEqual({
      exceptions: [
        {
          runtime: "python",
          type: "botocore.errorfactory.AccessDeniedException",
          message: "An error occurred (AccessDeniedException) when calling the InvokeModel operation: You don't have access to the model with the specified model ID.",
          frames: [
            { module: "botocore.client", file: "/usr/lib/python3/dist-packages/botocore/client.py", function: "_make_api_call", line: 1009 },
            { module: "botocore.client", file: "/usr/lib/python3/dist-packages/botocore/client.py", function: "_api_call", line: 553 },
            { file: "/home/ochat/our-chat/tests/bedrock-test.py", function: "<module>", line: 77 },
          ],
          line: 1,
        },
      ],
    });
  });

  it("33: should keep mojibake as printed", () => {
    expect(parseTrace(realTrace("33-python-anthropicbedrock-on-demand-throughput-mojibake.txt"))).toEqual({
      exceptions: [
        {
          runtime: "python",
          type: "anthropic.BadRequestError",
          message:
            "Error code: 400 - {'message': 'Invocation of model ID anthropic.claude-sonnet-4-6 with on-demand throughput isnâ€™t supported. Retry your request with the ID or ARN of an inference profile that contains this model.'}",
          frames: [],
          line: 1,
        },
      ],
    });
  });

  it("36: should read pytest's `E` line and ignore its `>` source line", () => {
    expect(parseTrace(realTrace("36-botocore-eventstreamerror-throttling-pytest.txt"))).toEqual({
      exceptions: [
        {
          runtime: "python",
          type: "botocore.exceptions.EventStreamError",
          message:
            "An error occurred (throttlingException) when calling the InvokeModelWithResponseStream operation: Too many requests, please wait before trying again. You have sent too many requests.  Wait before trying again.",
          frames: [],
          line: 2,
        },
      ],
    });
  });

  it("48: should read the orphan TypeError as Python and the Windows traceback cut off in a caret line", () => {
    const uv = "C:\\Users\\raffaele\\AppData\\Roaming\\uv\\python\\cpython-3.14-windows-x86_64-none\\Lib\\asyncio";
    expect(parseTrace(realTrace("48-python-typeerror-could-not-resolve-auth-windows-py314.txt"))).toEqual({
      exceptions: [
        {
          runtime: "python",
          type: "TypeError",
          message:
            '"Could not resolve authentication method. Expected one of api_key, auth_token, or credentials to be set. Or for one of the `X-Api-Key` or `Authorization` headers to be explicitly omitted"',
          frames: [],
          line: 3,
        },
        {
          runtime: "python",
          type: "",
          message: "",
          frames: [
            { module: "asyncio.base_events", file: `${uv}\\base_events.py`, function: "run_until_complete", line: 719 },
            { module: "asyncio.runners", file: `${uv}\\runners.py`, function: "run", line: 127 },
            { module: "asyncio.runners", file: `${uv}\\runners.py`, function: "run", line: 204 },
            {
              module: "notebook_intelligence.extension",
              file: "C:\\data\\progetti_miei\\my-jupyterlab\\.venv\\Lib\\site-packages\\notebook_intelligence\\extension.py",
              function: "_run_request_thread",
              line: 3022,
            },
          ],
          line: 5,
        },
      ],
    });
  });

  it("50: should join a wrapped API error body with a space", () => {
    expect(parseTrace(realTrace("50-claude-code-max-tokens-exceeds-model-limit.txt"))).toEqual({
      exceptions: [
        {
          runtime: "unknown",
          type: "API Error",
          message:
            '400 {"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: 128001 > 64000, which is the maximum allowed number of output tokens for claude-opus-4-5-20251101"},"request_id":"req_011CXxg3eqF8ZMvqtkKHNjKQ"}',
          frames: [],
          line: 1,
        },
      ],
    });
  });

  it("52: should read Bun's virtual paths in the escaped stack", () => {
    const body = '500 {"type":"error","error":{"type":"api_error","message":"Internal server error"},"request_id":"req_011CYVBoQo7bsRAeF2moYVcm"}';
    expect(parseTrace(realTrace("52-claude-code-500-api-error-windows-exe.txt"))).toEqual({
      exceptions: [
        { runtime: "unknown", type: "API Error", message: body, frames: [], line: 1 },
        {
          runtime: "node",
          type: "Error",
          message: body,
          frames: [
            { file: "B:/~BUN/root/claude.exe", function: "generate", line: 287, column: 28561 },
            { file: "B:/~BUN/root/claude.exe", function: "makeRequest", line: 326, column: 5435 },
            { file: "native", function: "processTicksAndRejections", line: 7, column: 39 },
          ],
          line: 6,
        },
      ],
    });
  });

  it("55: should read two consecutive bare lines as two exceptions", () => {
    expect(parseTrace(realTrace("55-python-bedrock-inband-error-attributeerror-nonetype.txt"))).toEqual({
      exceptions: [
        { runtime: "python", type: "AttributeError", message: "'NoneType' object has no attribute 'model'", frames: [], line: 1 },
        { runtime: "python", type: "AttributeError", message: "'NoneType' object has no attribute 'usage'", frames: [], line: 2 },
      ],
    });
  });
});
