/**
 * What pastes do to traces: ANSI colours, CRLF, Markdown fences and quotes, TUI gutters, prose around
 * the trace, JSON-escaped stacks, Windows paths.
 */
import { describe, expect, it } from "vitest";
import { parseTrace } from "../../../../src/lookup/parse/index.ts";
import { realTrace } from "./fixtures.ts";

describe("pasted noise", () => {
  it("should strip ANSI colour codes and terminal hyperlinks", () => {
    const trace =
      "\u001b[31mTypeError\u001b[39m: Cannot read properties of undefined (reading 'content')\n    \u001b[90mat \u001b]8;;file:///app/index.js\u0007Object.<anonymous>\u001b]8;;\u0007 (/app/index.js:3:22)\u001b[39m\n";
    expect(parseTrace(trace).exceptions).toEqual([
      {
        runtime: "node",
        type: "TypeError",
        message: "Cannot read properties of undefined (reading 'content')",
        frames: [{ file: "/app/index.js", function: "Object.<anonymous>", line: 3, column: 22 }],
        line: 1,
      },
    ]);
  });

  it("should read CRLF input exactly like LF input", () => {
    const lf = realTrace("31-boto3-bedrock-accessdenied-model-access.txt");
    const crlf = lf.replaceAll("\n", "\r\n");
    expect(crlf).not.toBe(lf);
    expect(parseTrace(crlf)).toEqual(parseTrace(lf));
    expect(parseTrace(crlf).exceptions[0]?.frames).toHaveLength(3);
  });

  it("should read a trace inside a Markdown fence with a shell prompt above it", () => {
    const trace = "```python\n$ python app.py\nTraceback (most recent call last):\n  File \"app.py\", line 1, in <module>\nModuleNotFoundError: No module named 'anthropic'\n```\n";
    expect(parseTrace(trace).exceptions).toEqual([
      { runtime: "python", type: "ModuleNotFoundError", message: "No module named 'anthropic'", frames: [{ file: "app.py", function: "<module>", line: 1 }], line: 3 },
    ]);
  });

  it("should read a trace quoted with Markdown `>` marks", () => {
    const trace = '> Traceback (most recent call last):\n>   File "x.py", line 1, in <module>\n> ValueError: quoted\n';
    expect(parseTrace(trace).exceptions).toEqual([{ runtime: "python", type: "ValueError", message: "quoted", frames: [{ file: "x.py", function: "<module>", line: 1 }], line: 1 }]);
  });

  it("should ignore prose around the trace", () => {
    const trace =
      "Hi! When I run my script I get this:\n\nTraceback (most recent call last):\n  File \"C:\\Users\\me\\app\\main.py\", line 3, in <module>\n    import anthropic\nModuleNotFoundError: No module named 'anthropic'\n\nI'm on Windows 11 with Python 3.12. Any idea what is going on?\n";
    expect(parseTrace(trace).exceptions).toEqual([
      {
        runtime: "python",
        type: "ModuleNotFoundError",
        message: "No module named 'anthropic'",
        frames: [{ file: "C:\\Users\\me\\app\\main.py", function: "<module>", line: 3 }],
        line: 3,
      },
    ]);
  });

  it("should expand a Python traceback escaped into a JSON log field", () => {
    const line = String.raw`{"level": "error", "exc_info": "Traceback (most recent call last):\n  File \"/srv/app/main.py\", line 4, in <module>\n    run()\nValueError: bad input"}`;
    expect(parseTrace(line).exceptions).toEqual([{ runtime: "python", type: "ValueError", message: "bad input", frames: [{ file: "/srv/app/main.py", function: "<module>", line: 4 }], line: 1 }]);
  });

  it("should expand a stack whose newlines a logger escaped outside any JSON string", () => {
    const line = String.raw`[worker] request failed: Error: socket hang up\n    at connResetException (node:internal/errors:720:14)\n    at TLSSocket.socketOnEnd (node:_http_client:525:23)`;
    expect(parseTrace(line).exceptions).toEqual([
      {
        runtime: "node",
        type: "Error",
        message: "socket hang up",
        frames: [
          { file: "node:internal/errors", function: "connResetException", line: 720, column: 14 },
          { file: "node:_http_client", function: "TLSSocket.socketOnEnd", line: 525, column: 23 },
        ],
        line: 1,
      },
    ]);
  });

  it("should not expand a message that merely holds an escaped newline", () => {
    const line = String.raw`API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"line one\nline two"}}`;
    expect(parseTrace(line).exceptions).toEqual([
      {
        runtime: "unknown",
        type: "API Error",
        message: String.raw`400 {"type":"error","error":{"type":"invalid_request_error","message":"line one\nline two"}}`,
        frames: [],
        line: 1,
      },
    ]);
  });
});

describe("bare error lines", () => {
  it("should give each kind of bare line the runtime its wording reveals", () => {
    const paste = [
      'java.lang.NullPointerException: Cannot invoke "String.length()" because "s" is null',
      "System.InvalidOperationException: Sequence contains no elements",
      "ActiveRecord::RecordNotFound: Couldn't find User with 'id'=42",
      "httpx.ReadTimeout: The read operation timed out",
      "ReferenceError: fetch is not defined",
      "Uncaught (in promise) TypeError: Failed to fetch",
      'error: could not compile `sidecar` (bin "sidecar") due to 2 previous errors',
      "panic: send on closed channel",
    ].join("\n\n");
    expect(parseTrace(paste).exceptions.map(({ runtime, type, line }) => ({ runtime, type, line }))).toEqual([
      { runtime: "java", type: "java.lang.NullPointerException", line: 1 },
      { runtime: "dotnet", type: "System.InvalidOperationException", line: 3 },
      { runtime: "ruby", type: "ActiveRecord::RecordNotFound", line: 5 },
      { runtime: "python", type: "httpx.ReadTimeout", line: 7 },
      { runtime: "node", type: "ReferenceError", line: 9 },
      { runtime: "node", type: "TypeError", line: 11 },
      { runtime: "unknown", type: "error", line: 13 },
      { runtime: "go", type: "panic", line: 15 },
    ]);
  });

  it("should leave an ambiguous TypeError unknown when no stack in the paste says otherwise", () => {
    expect(parseTrace("TypeError: 'NoneType' object is not subscriptable\n").exceptions[0]?.runtime).toBe("python");
    expect(parseTrace("TypeError: x is not a function\n").exceptions[0]?.runtime).toBe("unknown");
  });

  it("should give an ambiguous TypeError the runtime of the paste's stacks only when they agree", () => {
    const python = "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\nKeyError: 'k'\n";
    const node = "Error: boom\n    at f (/a.js:1:2)\n";
    const bare = "TypeError: unsupported operand\n";
    expect(parseTrace(`${bare}\n${python}`).exceptions[0]?.runtime).toBe("python");
    expect(parseTrace(`${bare}\n${node}`).exceptions[0]?.runtime).toBe("node");
    expect(parseTrace(`${bare}\n${python}\n${node}`).exceptions[0]?.runtime).toBe("unknown");
  });

  it("should not read an inspected object's `error:` property as an error line", () => {
    const inspected = "{\n  status: 529,\n  error: {\n    type: 'error',\n    error: { type: 'overloaded_error', message: 'Overloaded' }\n  }\n}\n";
    expect(parseTrace(inspected).exceptions).toEqual([]);
  });
});
