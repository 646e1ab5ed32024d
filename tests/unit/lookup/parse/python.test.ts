/**
 * Python shapes beyond the real traces: ExceptionGroups, both chain relations, pytest, logger prefixes,
 * wrapped and multi-line messages, IPython and Rich tracebacks.
 */
import { describe, expect, it } from "vitest";
import { parseTrace } from "../../../../src/lookup/parse/index.ts";
import { handMadeTrace } from "./fixtures.ts";

describe("Python tracebacks", () => {
  it("should read an ExceptionGroup's box, its members and a chain inside a member", () => {
    expect(parseTrace(handMadeTrace("python-exception-group.txt")).exceptions).toEqual([
      {
        runtime: "python",
        type: "ExceptionGroup",
        message: "unhandled errors in a TaskGroup (2 sub-exceptions)",
        frames: [
          { module: "asyncio.taskgroups", file: "/usr/lib/python3.12/asyncio/taskgroups.py", function: "__aexit__", line: 145 },
          { file: "/srv/app/worker.py", function: "main", line: 41 },
        ],
        line: 1,
      },
      { runtime: "python", type: "KeyError", message: "'model'", frames: [{ file: "/srv/app/worker.py", function: "fetch", line: 18 }], line: 8, relation: "group-member" },
      { runtime: "python", type: "LookupError", message: "no model configured", frames: [{ file: "/srv/app/worker.py", function: "fetch", line: 20 }], line: 15, relation: "context" },
      { runtime: "python", type: "TimeoutError", message: "request timed out", frames: [], line: 20, relation: "group-member" },
    ]);
  });

  it("should read nested groups, whose inner end separator does not close the outer box", () => {
    const trace = [
      "  + Exception Group Traceback (most recent call last):",
      '  |   File "x.py", line 1, in <module>',
      "  | ExceptionGroup: outer (2 sub-exceptions)",
      "  +-+---------------- 1 ----------------",
      "    | ExceptionGroup: inner (1 sub-exception)",
      "    +-+---------------- 1 ----------------",
      "      | TypeError: 2",
      "      +------------------------------------",
      "    +---------------- 2 ----------------",
      "    | ValueError: 1",
      "    +------------------------------------",
      "| this | is | a | table |",
    ].join("\n");
    expect(parseTrace(trace).exceptions).toEqual([
      { runtime: "python", type: "ExceptionGroup", message: "outer (2 sub-exceptions)", frames: [{ file: "x.py", function: "<module>", line: 1 }], line: 1 },
      { runtime: "python", type: "ExceptionGroup", message: "inner (1 sub-exception)", frames: [], line: 5, relation: "group-member" },
      { runtime: "python", type: "TypeError", message: "2", frames: [], line: 7, relation: "group-member" },
      { runtime: "python", type: "ValueError", message: "1", frames: [], line: 10, relation: "group-member" },
    ]);
  });

  it("should mark `direct cause` and `during handling` chains, skipping 3.11+ caret lines", () => {
    expect(parseTrace(handMadeTrace("python-chained.txt")).exceptions).toEqual([
      {
        runtime: "python",
        type: "json.decoder.JSONDecodeError",
        message: "Expecting value: line 1 column 1 (char 0)",
        frames: [
          { module: "json", file: "/usr/lib/python3.12/json/__init__.py", function: "loads", line: 346 },
          { file: "/srv/app/config.py", function: "load", line: 12 },
        ],
        line: 1,
      },
      {
        runtime: "python",
        type: "app.errors.ConfigError",
        message: "settings.json is not valid JSON",
        frames: [
          { file: "/srv/app/config.py", function: "load", line: 14 },
          { file: "/srv/app/main.py", function: "<module>", line: 8 },
        ],
        line: 12,
        relation: "cause",
      },
      {
        runtime: "python",
        type: "ZeroDivisionError",
        message: "division by zero",
        frames: [
          { file: "/srv/app/main.py", function: "report", line: 4 },
          { file: "/srv/app/main.py", function: "<module>", line: 10 },
        ],
        line: 21,
        relation: "context",
      },
    ]);
  });

  it("should keep a multi-line message's lines and their indentation", () => {
    expect(parseTrace(handMadeTrace("python-multiline-message.txt")).exceptions).toEqual([
      {
        runtime: "python",
        type: "pydantic_core._pydantic_core.ValidationError",
        message: "1 validation error for Settings\napi_key\n  Field required [type=missing, input_value={}, input_type=dict]",
        frames: [{ file: "/srv/app/models.py", function: "<module>", line: 9 }],
        line: 1,
      },
    ]);
  });

  it("should join a dict-repr message wrapped over three lines", () => {
    expect(parseTrace(handMadeTrace("python-wrapped-dict.txt")).exceptions).toEqual([
      {
        runtime: "python",
        type: "anthropic.BadRequestError",
        message: "Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'prompt is too long: 208656 tokens > 200000 maximum'}}",
        frames: [],
        line: 1,
      },
    ]);
  });

  it("should join a repr whose argument list is still open on the next line, and not a bare parenthesis", () => {
    const wrapped =
      "RuntimeError: ValidationException('An error occurred (ValidationException) when calling the Converse operation: Invocation of model ID m with \non-demand throughput isn't supported.')\n";
    expect(parseTrace(wrapped).exceptions.map((e) => e.message)).toEqual([
      "ValidationException('An error occurred (ValidationException) when calling the Converse operation: Invocation of model ID m with on-demand throughput isn't supported.')",
    ]);
    // A `(` that opens no call does not swallow the next line.
    expect(parseTrace("SyntaxError: '(' was never closed\nsomething else entirely\n").exceptions[0]?.message).toBe("'(' was never closed");
  });

  it("should read a SyntaxError frame, which names no function", () => {
    const trace = '  File "x.py", line 1\n    print("a"\n         ^\nSyntaxError: \'(\' was never closed\n';
    expect(parseTrace(trace).exceptions).toEqual([{ runtime: "python", type: "SyntaxError", message: "'(' was never closed", frames: [{ file: "x.py", line: 1 }], line: 1 }]);
  });

  it("should read IPython's header, `Cell In[n]` frames and arrows", () => {
    const trace =
      "---------------------------------------------------------------------------\nKeyError                                  Traceback (most recent call last)\nCell In[3], line 2\n      1 d = {}\n----> 2 d['model']\n\nKeyError: 'model'\n";
    expect(parseTrace(trace).exceptions).toEqual([{ runtime: "python", type: "KeyError", message: "'model'", frames: [{ file: "Cell In[3]", line: 2 }], line: 2 }]);
  });

  it("should read Rich's boxed traceback frames", () => {
    const trace =
      "╭──── Traceback (most recent call last) ────╮\n│ /srv/venv/lib/python3.11/site-packages/typer/main.py:328 in __call__ │\n│    327 │ try:                         │\n╰───────────────────────────────────────────╯\nValueError: boom\n";
    expect(parseTrace(trace).exceptions).toEqual([
      {
        runtime: "python",
        type: "ValueError",
        message: "boom",
        frames: [{ module: "typer.main", file: "/srv/venv/lib/python3.11/site-packages/typer/main.py", function: "__call__", line: 328 }],
        line: 1,
      },
    ]);
  });

  it("should not take prose after a blank line for the exception line", () => {
    const trace = 'Traceback (most recent call last):\n  File "x.py", line 3, in <module>\n    main()\n\nThanks\n';
    expect(parseTrace(trace).exceptions).toEqual([{ runtime: "python", type: "", message: "", frames: [{ file: "x.py", function: "<module>", line: 3 }], line: 1 }]);
  });
});

describe("pytest", () => {
  it("should read a long-format failure: `E` lines, section locations and function names from `def` lines", () => {
    const message = "An error occurred (throttlingException) when calling the InvokeModelWithResponseStream operation: Too many tokens, please wait before trying again.";
    const eventstream = ".venv/lib/python3.11/site-packages/botocore/eventstream.py";
    expect(parseTrace(handMadeTrace("python-pytest-long.txt")).exceptions).toEqual([
      {
        runtime: "python",
        type: "botocore.exceptions.EventStreamError",
        message,
        frames: [
          { module: "botocore.eventstream", file: eventstream, function: "_parse_event", line: 608 },
          { module: "botocore.eventstream", file: eventstream, function: "__iter__", line: 592 },
          { file: "tests/test_bedrock.py", function: "test_stream_throttled", line: 31 },
        ],
        line: 1,
      },
      // The short test summary repeats the error on a `FAILED …` line.
      { runtime: "python", type: "botocore.exceptions.EventStreamError", message, frames: [], line: 29 },
    ]);
  });

  it("should name a short-format assertion failure AssertionError", () => {
    expect(parseTrace(handMadeTrace("python-pytest-assert.txt")).exceptions).toEqual([
      {
        runtime: "python",
        type: "AssertionError",
        message: "assert 128000 == 64000\n+  where 128000 = clamp(128001)",
        frames: [{ file: "tests/test_limits.py", function: "test_max_tokens", line: 12 }],
        line: 1,
      },
    ]);
  });
});

describe("logger prefixes", () => {
  it("should strip logging, loguru, OpenHands, log4j and basicConfig prefixes", () => {
    expect(parseTrace(handMadeTrace("logger-prefixed.txt")).exceptions).toEqual([
      {
        runtime: "python",
        type: "anthropic.RateLimitError",
        message: "Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of request tokens has exceeded your per-minute rate limit'}}",
        frames: [
          { module: "anthropic._base_client", file: "/srv/venv/lib/python3.12/site-packages/anthropic/_base_client.py", function: "request", line: 1061 },
          { file: "/srv/app/worker.py", function: "run", line: 30 },
        ],
        line: 2,
      },
      { runtime: "python", type: "litellm.RateLimitError", message: "AnthropicException - rate limited", frames: [], line: 8 },
      { runtime: "python", type: "litellm.InternalServerError", message: "AnthropicException - Overloaded", frames: [], line: 9 },
      { runtime: "java", type: "java.lang.IllegalStateException", message: "boom", frames: [], line: 10 },
      { runtime: "python", type: "KeyError", message: "'choices'", frames: [], line: 11 },
    ]);
  });

  it("should read a traceback whose every line carries a timestamp (kubectl logs --timestamps)", () => {
    const stamp = "2024-06-01T12:00:00.000000000Z";
    const trace = `${stamp} Traceback (most recent call last):\n${stamp}   File "/app/x.py", line 3, in <module>\n${stamp}     main()\n${stamp} RuntimeError: boom\n`;
    expect(parseTrace(trace).exceptions).toEqual([{ runtime: "python", type: "RuntimeError", message: "boom", frames: [{ file: "/app/x.py", function: "<module>", line: 3 }], line: 1 }]);
  });

  it("should fall back to ERROR-level log lines when nothing else looks like an error", () => {
    const trace =
      "2024-06-01 12:00:00,123 ERROR app.worker: upstream is unreachable\n2024-06-01 12:00:01,000 INFO app.worker: retrying\n2024-06-01 12:00:00.123 ERROR 12345 --- [           main] o.s.boot.SpringApplication               : Application run failed\n";
    expect(parseTrace(trace).exceptions).toEqual([
      { runtime: "unknown", type: "", message: "upstream is unreachable", frames: [], line: 1 },
      { runtime: "unknown", type: "", message: "Application run failed", frames: [], line: 3 },
    ]);
  });
});
