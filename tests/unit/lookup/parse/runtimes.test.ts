/**
 * Hand-made traces for the runtimes and shapes the real set lacks (tests/fixtures/traces/hand-made),
 * each in the exact format the runtime prints, checked in full with `toEqual`.
 */
import { describe, expect, it } from "vitest";
import { parseTrace } from "../../../../src/lookup/parse/index.ts";
import { handMadeTrace } from "./fixtures.ts";

describe("Java / Kotlin", () => {
  it("should read the thread header, a Suppressed block and two Caused by levels", () => {
    expect(parseTrace(handMadeTrace("java-caused-by-suppressed.txt")).exceptions).toEqual([
      {
        runtime: "java",
        type: "java.lang.IllegalStateException",
        message: "Failed to start application",
        frames: [
          { module: "com.example.app.Server", file: "Server.java", function: "start", line: 42 },
          { module: "com.example.app.Main", file: "Main.java", function: "main", line: 12 },
        ],
        line: 1,
      },
      {
        runtime: "java",
        type: "java.io.IOException",
        message: "close failed",
        frames: [{ module: "com.example.app.Resource", file: "Resource.java", function: "close", line: 30 }],
        line: 4,
      },
      {
        runtime: "java",
        type: "java.net.ConnectException",
        message: "Connection refused",
        frames: [
          { module: "sun.nio.ch.Net", function: "connect0" },
          { module: "sun.nio.ch.Net", file: "Net.java", function: "connect", line: 579 },
          { module: "com.example.app.Server", file: "Server.java", function: "start", line: 40 },
        ],
        line: 7,
        relation: "cause",
      },
      {
        runtime: "java",
        type: "kotlin.UninitializedPropertyAccessException",
        message: "",
        frames: [{ module: "com.example.app.Dns", file: "Dns.kt", function: "resolve", line: 7 }],
        line: 12,
        relation: "cause",
      },
    ]);
  });

  it("should read a stack without a thread header and a message spanning lines", () => {
    const trace =
      'org.postgresql.util.PSQLException: ERROR: relation "users" does not exist\n  Position: 15\n\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)\n';
    expect(parseTrace(trace).exceptions).toEqual([
      {
        runtime: "java",
        type: "org.postgresql.util.PSQLException",
        message: 'ERROR: relation "users" does not exist\n  Position: 15',
        frames: [{ module: "org.postgresql.core.v3.QueryExecutorImpl", file: "QueryExecutorImpl.java", function: "receiveErrorResponse", line: 2713 }],
        line: 1,
      },
    ]);
  });
});

describe("Go", () => {
  it("should read a panic with the panicking goroutine's frames and skip the other goroutines", () => {
    expect(parseTrace(handMadeTrace("go-panic-goroutines.txt")).exceptions).toEqual([
      {
        runtime: "go",
        type: "panic",
        message: "runtime error: invalid memory address or nil pointer dereference",
        frames: [
          { module: "main", file: "/home/dev/app/server.go", function: "(*Server).handle", line: 42 },
          { module: "github.com/acme/app/internal/api", file: "/home/dev/app/internal/api/run.go", function: "Run", line: 17 },
          { module: "main", file: "/home/dev/app/worker.go", function: "worker", line: 21 },
        ],
        line: 1,
      },
    ]);
  });

  it("should read an aws-sdk-go-v2 chain as its service error and a log.Fatal line", () => {
    expect(parseTrace(handMadeTrace("go-aws-sdk-chain.txt")).exceptions).toEqual([
      { runtime: "go", type: "ValidationException", message: "The provided model identifier is invalid.", frames: [], line: 1 },
      { runtime: "go", type: "", message: "error loading config: open config.yaml: no such file or directory", frames: [], line: 2 },
    ]);
  });

  it("should read `a: b` chains that end in a well-known failure", () => {
    const paste = "2024/05/14 09:21:08 open config.yaml: no such file or directory\ndial tcp 10.0.0.1:443: connect: connection refused\n";
    expect(parseTrace(paste).exceptions).toEqual([
      { runtime: "go", type: "", message: "open config.yaml: no such file or directory", frames: [], line: 1 },
      { runtime: "go", type: "", message: "dial tcp 10.0.0.1:443: connect: connection refused", frames: [], line: 2 },
    ]);
  });

  it("should read a goroutine dump without a panic line", () => {
    expect(parseTrace("goroutine 1 [running]:\nmain.main()\n\t/tmp/x.go:5 +0x1d\n").exceptions).toEqual([
      { runtime: "go", type: "", message: "", frames: [{ module: "main", file: "/tmp/x.go", function: "main", line: 5 }], line: 1 },
    ]);
  });
});

describe("Rust", () => {
  it("should read the Rust ≥ 1.73 panic with its message on the next line", () => {
    expect(parseTrace(handMadeTrace("rust-panic-new.txt")).exceptions).toEqual([
      {
        runtime: "rust",
        type: "panic",
        message: 'called `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: "No such file or directory" }',
        frames: [{ file: "src/config.rs", line: 27, column: 10 }],
        line: 1,
      },
    ]);
  });

  it("should read the older panic form with the message in quotes", () => {
    expect(parseTrace(handMadeTrace("rust-panic-old.txt")).exceptions).toEqual([
      { runtime: "rust", type: "panic", message: "called `Option::unwrap()` on a `None` value", frames: [{ file: "src/main.rs", line: 4, column: 37 }], line: 1 },
    ]);
  });

  it("should take the backtrace as the frames, splitting module paths where they are plain", () => {
    const rustc = "/rustc/90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf/library";
    expect(parseTrace(handMadeTrace("rust-panic-backtrace.txt")).exceptions).toEqual([
      {
        runtime: "rust",
        type: "panic",
        message: "index out of bounds: the len is 0 but the index is 0",
        frames: [
          { file: `${rustc}/std/src/panicking.rs`, function: "rust_begin_unwind", line: 665, column: 5 },
          { module: "core::panicking", file: `${rustc}/core/src/panicking.rs`, function: "panic_fmt", line: 74, column: 14 },
          { module: "sidecar::client::Client::send", file: "./src/client.rs", function: "{{closure}}", line: 88, column: 14 },
          { function: "tokio::runtime::task::core::Core<T,S>::poll" },
        ],
        line: 1,
      },
    ]);
  });

  it("should read anyhow's Caused by list as causes", () => {
    expect(parseTrace(handMadeTrace("rust-anyhow-caused-by.txt")).exceptions).toEqual([
      { runtime: "rust", type: "Error", message: "failed to load workspace settings", frames: [], line: 1 },
      { runtime: "rust", type: "", message: "could not read /home/dev/.config/sidecar/settings.toml", frames: [], line: 4, relation: "cause" },
      { runtime: "rust", type: "", message: "No such file or directory (os error 2)", frames: [], line: 5, relation: "cause" },
    ]);
  });

  it("should read an anyhow chain a logger printed after its own prefix, and not a bare Caused by with no causes", () => {
    // `log::error!("{:?}", err)`: the head is the log record's message, not an `Error:` line.
    const logged = "2024-05-02T10:00:00.000+02:00 [ERROR] failed to sync index\n\nCaused by:\n    0: request failed\n    1: connection reset by peer\n";
    expect(parseTrace(logged).exceptions).toEqual([
      { runtime: "rust", type: "", message: "failed to sync index", frames: [], line: 1 },
      { runtime: "rust", type: "", message: "request failed", frames: [], line: 4, relation: "cause" },
      { runtime: "rust", type: "", message: "connection reset by peer", frames: [], line: 5, relation: "cause" },
    ]);
    expect(parseTrace("failed to sync index\n\nCaused by:\nnothing indented\n").exceptions.every((e) => e.runtime !== "rust")).toBe(true);
  });

  it("should strip legacy symbol hashes from old backtraces", () => {
    const trace = "stack backtrace:\n   4: 0x55d4c1a2b3c4 - myapp::config::load::h1a2b3c4d5e6f7a8b\n                               at src/config.rs:10\n";
    expect(parseTrace(trace).exceptions).toEqual([{ runtime: "rust", type: "", message: "", frames: [{ module: "myapp::config", file: "src/config.rs", function: "load", line: 10 }], line: 1 }]);
  });
});

describe(".NET", () => {
  it("should give each nested exception the frames printed for it", () => {
    expect(parseTrace(handMadeTrace("dotnet-nested-inner.txt")).exceptions).toEqual([
      {
        runtime: "dotnet",
        type: "System.InvalidOperationException",
        message: "Could not load settings",
        frames: [
          { module: "Demo.Settings", file: "C:\\src\\Demo\\Settings.cs", function: "Load", line: 23 },
          { module: "Demo.Program", file: "C:\\src\\Demo\\Program.cs", function: "<Main>$", line: 5 },
        ],
        line: 1,
      },
      {
        runtime: "dotnet",
        type: "System.IO.FileNotFoundException",
        message: "Could not find file 'C:\\app\\settings.json'.\nFile name: 'C:\\app\\settings.json'",
        frames: [
          { module: "Microsoft.Win32.SafeHandles.SafeFileHandle", function: "CreateFile" },
          { module: "System.IO.File", function: "ReadAllText" },
          { module: "Demo.Settings", file: "C:\\src\\Demo\\Settings.cs", function: "Load", line: 18 },
        ],
        line: 2,
        relation: "cause",
      },
    ]);
  });

  it("should split .NET Framework's inner exception printed on the header line", () => {
    const trace = "System.Exception: outer ---> System.ArgumentException: inner\n   at A.B.C()\n   --- End of inner exception stack trace ---\n   at A.B.D()\n";
    expect(parseTrace(trace).exceptions).toEqual([
      { runtime: "dotnet", type: "System.Exception", message: "outer", frames: [{ module: "A.B", function: "D" }], line: 1 },
      { runtime: "dotnet", type: "System.ArgumentException", message: "inner", frames: [{ module: "A.B", function: "C" }], line: 1, relation: "cause" },
    ]);
  });
});

describe("Ruby", () => {
  it("should read a Ruby 3.4 backtrace and the cause printed after it", () => {
    expect(parseTrace(handMadeTrace("ruby-cause.txt")).exceptions).toEqual([
      {
        runtime: "ruby",
        type: "Client::RateLimited",
        message: "HTTP 429 Too Many Requests",
        frames: [
          { file: "/app/lib/client.rb", function: "Client#fetch", line: 14 },
          { module: "faraday", file: "/usr/local/bundle/gems/faraday-2.9.0/lib/faraday/rack_builder.rb", function: "Faraday::RackBuilder#build_response", line: 153 },
          { file: "/app/bin/run.rb", function: "<main>", line: 5 },
        ],
        line: 1,
      },
      {
        runtime: "ruby",
        type: "Faraday::TooManyRequestsError",
        message: "the server responded with status 429",
        frames: [
          { file: "/app/lib/client.rb", function: "Client#request", line: 9 },
          { file: "/app/bin/run.rb", function: "<main>", line: 5 },
        ],
        line: 4,
        relation: "cause",
      },
    ]);
  });

  it("should read the backtick quotes of Ruby before 3.4", () => {
    expect(parseTrace(handMadeTrace("ruby-legacy-backtick.txt")).exceptions).toEqual([
      {
        runtime: "ruby",
        type: "ZeroDivisionError",
        message: "divided by 0",
        frames: [
          { file: "app.rb", function: "divide", line: 3 },
          { file: "app.rb", function: "/", line: 3 },
          { file: "app.rb", function: "<main>", line: 7 },
        ],
        line: 1,
      },
    ]);
  });
});

describe("Node, Bun and Deno", () => {
  it("should read Bun's lower-case `error:` header under its source preview", () => {
    expect(parseTrace(handMadeTrace("bun-uncaught.txt")).exceptions).toEqual([
      {
        runtime: "node",
        type: "error",
        message: "upstream 529",
        frames: [
          { file: "/home/dev/app/src/index.ts", line: 2, column: 20 },
          { file: "native", function: "processTicksAndRejections", line: 7, column: 39 },
        ],
        line: 4,
      },
    ]);
  });

  it("should read util.inspect's `[cause]:` block as the cause, skipping the error's properties", () => {
    expect(parseTrace(handMadeTrace("node-fetch-failed-cause.txt")).exceptions).toEqual([
      {
        runtime: "node",
        type: "TypeError",
        message: "fetch failed",
        frames: [
          { file: "node:internal/deps/undici/undici", line: 13502, column: 13 },
          { file: "node:internal/process/task_queues", function: "process.processTicksAndRejections", line: 95, column: 5 },
          { module: "@anthropic-ai/sdk", file: "/app/node_modules/@anthropic-ai/sdk/src/core.ts", function: "Anthropic.makeRequest", line: 395, column: 17 },
        ],
        line: 1,
      },
      {
        runtime: "node",
        type: "Error",
        message: "getaddrinfo ENOTFOUND api.anthropic.com",
        frames: [{ file: "node:dns", function: "GetAddrInfoReqWrap.onlookupall [as oncomplete]", line: 120, column: 26 }],
        line: 5,
        relation: "cause",
      },
    ]);
  });

  it("should read an unhandled rejection and an uncaught error with Windows paths, skipping the source and caret lines", () => {
    expect(parseTrace(handMadeTrace("node-unhandled.txt")).exceptions).toEqual([
      {
        runtime: "node",
        type: "UnhandledPromiseRejection",
        message:
          'This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "overloaded".',
        frames: [],
        line: 5,
      },
      {
        runtime: "node",
        type: "Error",
        message: "upstream 529",
        frames: [
          { file: "C:\\Users\\dev\\app\\index.js", function: "main", line: 7, column: 11 },
          { file: "C:\\Users\\dev\\app\\index.js", function: "Object.<anonymous>", line: 10, column: 1 },
          { file: "node:internal/modules/cjs/loader", function: "Module._compile", line: 1376, column: 14 },
        ],
        line: 14,
      },
    ]);
  });

  it("should expand a stack JSON-escaped into a structured log line", () => {
    expect(parseTrace(handMadeTrace("node-json-escaped-log.txt")).exceptions).toEqual([
      {
        runtime: "node",
        type: "Error",
        message: "Connection error.",
        frames: [
          { module: "@anthropic-ai/sdk", file: "/app/node_modules/@anthropic-ai/sdk/core.js", function: "Anthropic.makeRequest", line: 332, column: 19 },
          { file: "node:internal/process/task_queues", function: "process.processTicksAndRejections", line: 95, column: 5 },
          { file: "/app/dist/index.js", function: "main", line: 14, column: 5 },
        ],
        line: 1,
      },
    ]);
  });

  it("should read Deno's `error: Uncaught (in promise)` header and keep Node error codes in the type", () => {
    const deno = "error: Uncaught (in promise) TypeError: error sending request for url (https://api.anthropic.com/v1/messages)\n    at async mainFetch (ext:deno_fetch/26_fetch.js:170:12)\n";
    const code = "Error [ERR_MODULE_NOT_FOUND]: Cannot find package '@anthropic-ai/sdk' imported from /app/index.mjs\n    at packageResolve (node:internal/modules/esm/resolve:854:9)\n";
    expect(parseTrace(`${deno}\n${code}`).exceptions).toEqual([
      {
        runtime: "node",
        type: "TypeError",
        message: "error sending request for url (https://api.anthropic.com/v1/messages)",
        frames: [{ file: "ext:deno_fetch/26_fetch.js", function: "mainFetch", line: 170, column: 12 }],
        line: 1,
      },
      {
        runtime: "node",
        type: "Error [ERR_MODULE_NOT_FOUND]",
        message: "Cannot find package '@anthropic-ai/sdk' imported from /app/index.mjs",
        frames: [{ file: "node:internal/modules/esm/resolve", function: "packageResolve", line: 854, column: 9 }],
        line: 4,
      },
    ]);
  });

  it("should read a stack printed without its header line", () => {
    expect(parseTrace("    at new Client (/srv/node_modules/.pnpm/@anthropic-ai+sdk@0.30.0/node_modules/@anthropic-ai/sdk/index.js:5:9)\n").exceptions).toEqual([
      {
        runtime: "node",
        type: "",
        message: "",
        frames: [
          {
            module: "@anthropic-ai/sdk",
            file: "/srv/node_modules/.pnpm/@anthropic-ai+sdk@0.30.0/node_modules/@anthropic-ai/sdk/index.js",
            function: "new Client",
            line: 5,
            column: 9,
          },
        ],
        line: 1,
      },
    ]);
  });
});

describe("a message wrapped at a fixed width", () => {
  const wrapped = [
    "TransientError: shard runtime shard section 1: EventStreamError: An error occurred",
    "(modelStreamErrorException) when calling the ConverseStream operation: Model produced",
    "invalid sequence as part of ToolUse. Please refer to the model tool use troubleshooting guide.",
  ];

  it("should join a long line broken off mid-sentence with the lines that go on in lower case or a parenthesis", () => {
    expect(parseTrace(wrapped.join("\n")).exceptions.map((e) => e.message)).toEqual([wrapped.join(" ").replace(/^TransientError: /, "")]);
  });

  it("should join a long line that stops on a word no sentence ends on, whatever case the next line starts in", () => {
    // The shape of a blog's hard-wrapped botocore error (tests/fixtures/lookup-corpus/fresh-al/028…, training side).
    const lines = [
      "ThrottlingException: An error occurred (ThrottlingException) when calling the",
      "InvokeModel operation (reached max retries: 4): Too many requests, please wait",
      "before trying again.",
    ];
    expect(parseTrace(lines.join("\n")).exceptions.map((e) => e.message)).toEqual([lines.join(" ").replace(/^ThrottlingException: /, "")]);
    // A long line that ends on a word a sentence may end on does not take a capitalised line.
    const ended = "TransientError: shard runtime shard section 1 failed while calling the service again";
    expect(parseTrace(`${ended}\nRetrying in a moment`).exceptions.map((e) => e.message)).toEqual([ended.replace(/^TransientError: /, "")]);
  });

  it("should join the wrapped lines of a line only a logger's level marks as an error", () => {
    // A Lambda log line with no error type, wrapped by a log viewer (the shape of eval:robustness's wrap-80).
    const logged = [
      "[ERROR]\t2024-08-14T20:22:05.431Z\t930587f4-631c-4afc-81dd-840def9cc233\tThe call to the model service was",
      "rejected because the account has no access to the model with the specified model ID.",
      "[INFO]\t2024-08-14T20:22:05.500Z\tdone",
    ];
    const messages = parseTrace(logged.join("\n")).exceptions.map((e) => e.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/model service was rejected because the account has no access to the model with the specified model ID\.$/);
  });

  it("should measure a line's width as pasted, the paste's common indentation included", () => {
    // 56 characters after the 4-column indent every line shares: 60 columns on the screen that wrapped it.
    const lines = ['    Error: API request failed with status 422. Body: "Failed', "    to deserialize the JSON body into the target type"];
    expect(lines[0]).toHaveLength(60);
    expect(parseTrace(lines.join("\n")).exceptions.map((e) => e.message)).toEqual(['API request failed with status 422. Body: "Failed to deserialize the JSON body into the target type']);
  });

  it("should judge the line after a cut-off piece by the whole line the piece ends", () => {
    // A terminal that wraps at 80 columns without looking for a space: `ca` / `lling`, then the poster's own break.
    const lines = [
      "TransientError: An error occurred (ValidationException) when calling the Convers",
      "eStream operation: The model returned the following errors: prompt is too long c",
      "alling",
      "the next part of the same sentence",
    ];
    expect(lines[0]).toHaveLength(80);
    expect(lines[1]).toHaveLength(80);
    const [message] = parseTrace(lines.join("\n")).exceptions.map((e) => e.message);
    expect(message).toMatch(/alling the next part of the same sentence$/);
    // A short line on its own still ends the message.
    expect(parseTrace("TransientError: shard failed\nlling\nthe next part").exceptions.map((e) => e.message)).toEqual(["shard failed"]);
  });

  it("should join a piece that starts with a dot or a hyphen glued to a word (a model id cut at the column)", () => {
    const lines = ["TransientError: AI_APICallError: undefined: Invocation of model ID anthropic", ".claude-3-7-sonnet-20250219-v1:0 with on-demand throughput isn't supported."];
    expect(parseTrace(lines.join("\n")).exceptions.map((e) => e.message)).toEqual([lines.join(" ").replace(/^TransientError: /, "")]);
    // A list item is not glued to its word.
    expect(parseTrace(`${lines[0]}\n- see the docs`).exceptions.map((e) => e.message)).toEqual([lines[0]?.replace(/^TransientError: /, "")]);
  });

  it("should undo a paste cut at a fixed column: short words glued again, every piece joined whatever it starts with", () => {
    // `fold -w 80`, a console copied with hard breaks, eval:robustness's wrap-80: cut at the column, mid-word or not.
    const text =
      "TransientError: The model returned the following errors: messages.3.content.47: `thinking` or `redacted_thinking` blocks in the latest assistant message cannot be modified. These blocks must remain as they were in the original response.";
    const folded = text.match(/.{1,80}/g) ?? [];
    expect(folded.length).toBeGreaterThan(2);
    expect(folded.slice(0, -1).every((l) => l.length === 80)).toBe(true);
    expect(parseTrace(folded.join("\n")).exceptions.map((e) => e.message)).toEqual([text.replace(/^TransientError: /, "")]);
  });

  it("should not take a word-wrapped paste whose lines only sometimes reach its width for one cut at a fixed column", () => {
    // Ragged lines, two of them exactly as wide as the widest: a word-wrap's, joined with spaces as before.
    const lines = [
      "TransientError: the request to the service failed because the model was busy and",
      "the client gave up after three attempts while it was waiting for the answer from",
      "the service, which it reported to the caller as an error with no more detail",
      "than the status code and the first line of the body it had",
      "received",
    ];
    expect([lines[0]?.length, lines[1]?.length]).toEqual([80, 80]);
    expect(parseTrace(lines.join("\n")).exceptions.map((e) => e.message)).toEqual([lines.join(" ").replace(/^TransientError: /, "")]);
  });

  it("should read an aws-sdk-go-v2 chain cut at a fixed column, the first cut just after a space", () => {
    // eval:robustness's wrap-80 of a Go relay's chain: the service's code and message are on the lines below.
    const chain =
      "InvokeModel: operation error Bedrock Runtime: InvokeModel, https response error StatusCode: 400, RequestID: 08209c8a-3a31-4f5a-bc7c-6092897832df, ValidationException: temperature: range: 0..1 (request id: 20251214233457872178857VCN9QOOf) (request id: 2025121423345282611569frMHR5QY) (request id: 2025121423345271259848ihHcSAES)";
    const folded = chain.match(/.{1,80}/g) ?? [];
    expect(folded[0]?.endsWith(" ")).toBe(true);
    expect(parseTrace(folded.join("\n")).exceptions.map((e) => [e.type, e.message])).toEqual([["ValidationException", chain.replace(/^.*ValidationException: /, "")]]);
  });

  it("should glue a carried stub of one or two letters that is no word to the word it ends", () => {
    // One long line cut at 80 columns: no second line at the width, so the paste is not taken as cut at a fixed column.
    const lines = ['API Error: 404 {"type":"error","error":{"type":"not_found_error","message":"mode', 'l: default"}}'];
    expect(lines[0]).toHaveLength(80);
    expect(parseTrace(lines.join("\n")).exceptions.map((e) => e.message)).toEqual(['404 {"type":"error","error":{"type":"not_found_error","message":"model: default"}}']);
    // A short English word carried over keeps its space.
    const word = ["TransientError: the request to the service failed because the model was busy and", "so it stopped"];
    expect(word[0]).toHaveLength(80);
    expect(parseTrace(word.join("\n")).exceptions.map((e) => e.message)).toEqual([word.join(" ").replace(/^TransientError: /, "")]);
  });

  it("should join a piece that starts with a sentence's inner punctuation", () => {
    const lines = ["TransientError: Request failed: Request failed with status: 400 Bad Request", ". Message: messages.45: `tool_use` ids were found without `tool_result` blocks"];
    expect(parseTrace(lines.join("\n")).exceptions.map((e) => e.message)).toEqual([lines.join(" ").replace(/^TransientError: /, "")]);
  });

  it("should not join after a short line or a finished sentence", () => {
    expect(parseTrace("TransientError: shard failed\nretrying in a moment").exceptions.map((e) => e.message)).toEqual(["shard failed"]);
    const finished = "TransientError: shard runtime shard section 1 failed while calling the model service.";
    expect(parseTrace(`${finished}\nretrying in a moment`).exceptions.map((e) => e.message)).toEqual([finished.replace(/^TransientError: /, "")]);
  });
});

describe("a message's closing sentence on a line of its own", () => {
  const first = 'ValidationException: "thinking.type.enabled" is not supported for this model.';
  const second = 'Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.';

  it("should join a sentence that ends the block to a message that ended its own", () => {
    expect(parseTrace(`${first}\n${second}\n`).exceptions.map((e) => e.message)).toEqual([`${first} ${second}`.replace(/^ValidationException: /, "")]);
    expect(parseTrace(`${first}\n${second}\n\nmore notes`).exceptions.map((e) => e.message)).toEqual([`${first} ${second}`.replace(/^ValidationException: /, "")]);
  });

  it("should not join a line with more below it, a message still open, or a line that is no sentence", () => {
    const only = first.replace(/^ValidationException: /, "");
    expect(parseTrace(`${first}\n${second}\nRetrying in 5 seconds.`).exceptions.map((e) => e.message)[0]).toBe(only);
    expect(parseTrace(`${first}\nretry later.`).exceptions.map((e) => e.message)).toEqual([only]);
    expect(parseTrace(`${first}\nSee https://docs.example.com`).exceptions.map((e) => e.message)).toEqual([only]);
    expect(parseTrace(`${first}\nError: something else happened.`).exceptions.map((e) => e.message)[0]).toBe(only);
  });
});

describe("a message that is an HTTP status alone", () => {
  const body = '{"type":"error","error":{"type":"api_error","message":"Internal server error"}}';

  it("should go on in the line under it, where the client printed what the status is about", () => {
    expect(parseTrace(`API Error: 500\n${body}`).exceptions.map((e) => e.message)).toEqual([`500 ${body}`]);
    expect(parseTrace("API Error: 400\nmessages.1.content.0: Invalid signature in thinking block\nrequest_id: req_1").exceptions.map((e) => e.message)).toEqual([
      "400 messages.1.content.0: Invalid signature in thinking block",
    ]);
    expect(parseTrace(`Error: 429 Too Many Requests\n${body}`).exceptions.map((e) => e.message)).toEqual([`429 Too Many Requests ${body}`]);
  });

  it("should not take the next line for a message with words after its status, or a new record under it", () => {
    expect(parseTrace(`API Error: 500 Internal server error\n${body}`).exceptions.map((e) => e.message)[0]).toBe("500 Internal server error");
    expect(parseTrace("API Error: 400\nError: something else").exceptions.map((e) => e.message)).toEqual(["400", "something else"]);
  });
});

describe("a body a terminal cut mid-word at its full width", () => {
  /** Greedy word wrap as a TUI does it (Claude Code's): cut at spaces, and mid-word only a word longer than a line. */
  function wrap(text: string, width: number, lead: string, indent: string): string[] {
    const lines: string[] = [];
    let line = lead;
    for (const word of text.split(" ")) {
      const gap = line.trim() === "" || line === lead ? "" : " ";
      if (line.length + gap.length + word.length <= width) {
        line += gap + word;
        continue;
      }
      if (word.length <= width - indent.length) {
        lines.push(line);
        line = indent + word;
        continue;
      }
      let rest = gap + word;
      while (line.length + rest.length > width) {
        const room = width - line.length;
        lines.push(line + rest.slice(0, room));
        rest = rest.slice(room);
        line = indent;
      }
      line += rest;
    }
    lines.push(line);
    return lines;
  }

  const body =
    '400 {"type":"error","error":{"type":"invalid_request_error","message":"messages.57.content.1.tool_use.input: Input should be a valid dictionary"},"request_id":"req_011CSZDEWgLCnAZgDAECryfA"}';

  it("should join the mid-word cuts with nothing and the cuts at spaces with a space", () => {
    const pasted = wrap(body, 60, "  ⎿ API Error: ", "    ");
    expect(pasted[0]).toHaveLength(60);
    // Cut mid-word: the first line's text goes on without a space in the body.
    expect(body).not.toContain(`${pasted[0]?.slice("  ⎿ API Error: ".length) ?? ""} `);
    expect(parseTrace(pasted.join("\n")).exceptions.map((e) => e.message)).toEqual([body]);
  });

  it("should join with a space a line that reaches the width but ends a word that fits a line", () => {
    const prose = "500 Internal server error while the model was generating its reply; please retry the request in a few seconds";
    const pasted = wrap(prose, 60, "  ⎿ API Error: ", "    ");
    expect(pasted.length).toBeGreaterThan(1);
    expect(parseTrace(pasted.join("\n")).exceptions.map((e) => e.message)).toEqual([prose]);
  });
});
