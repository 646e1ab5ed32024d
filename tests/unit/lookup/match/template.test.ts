import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../../src/lookup/match/analyze.ts";
import { templateText } from "../../../../src/lookup/match/explain.ts";
import { compilePages, loadRouter } from "../../../../src/lookup/match/load-shard.ts";
import { buildLookupIndex, ROUTER } from "../../../../src/lookup/match/build-index.ts";
import { candidatesFrom, pasteFrames } from "../../../../src/lookup/match/candidates.ts";
import { createLookup } from "../../../../src/lookup/match/lookup.ts";
import { parseTrace } from "../../../../src/lookup/parse/index.ts";
import { chooseKeys, keyCandidates, locateKeys, LOOKUP_KB, rankKeys, templateKeys } from "../../../../src/lookup/match/route.ts";
import { addWord } from "../../../../src/lookup/match/sketch.ts";
import { ROUTING_WEIGHTS } from "../../../../src/lookup/match/routing-weights.ts";
import { page } from "./pages.ts";

/** A signature compiled as page text, shown the way "matched on" shows it. */
const shown = (signature: string) => {
  const a = analyzeText(signature, true);
  return templateText(a.type, a);
};

describe("templates: type + status + kind + message with placeholders", () => {
  it.each([
    [
      "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'prompt is too long: 215000 tokens > 200000 maximum'}}",
      "anthropic.BadRequestError · 400 · invalid_request_error · {prompt is too long: <int> tokens > <int> maximum}",
    ],
    ['InternalServerError: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}', "InternalServerError · 529 · overloaded_error · {Overloaded}"],
    [
      'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"messages.2: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_01EgkyMSUE7kWq9aPLHycqgz."},"request_id":"req_011CSVr7aBmVBX3fycHTLhQf"}',
      "Error · 400 · invalid_request_error · {messages.<int>: `tool_use` ids were found without `tool_result` blocks immediately after: <toolu-id>.}",
    ],
    [
      'litellm.RateLimitError: AnthropicException - {"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed the rate limit for your organization (0dccdde6-f924-4f1b-bb3b-92ef846e0a5b) of 20,000 input tokens per minute."}}',
      "litellm.RateLimitError · rate_limit_error · {This request would exceed the rate limit for your organization (<org-id>) of <int> input tokens per minute.}",
    ],
    [
      "botocore.errorfactory.AccessDeniedException: An error occurred (AccessDeniedException) when calling the InvokeModel operation: You don't have access to the model with the specified model ID.",
      "botocore.errorfactory.AccessDeniedException · AccessDeniedException · You don't have access to the model with the specified model ID.",
    ],
    [
      "anthropic.BadRequestError: Error code: 400 - {'message': 'Invocation of model ID us.anthropic.claude-3-7-sonnet-20250219-v1:0 with on-demand throughput isnâ€™t supported.'}",
      "anthropic.BadRequestError · 400 · {Invocation of model ID <model> with on-demand throughput isn’t supported.}",
    ],
    ["AttributeError: 'NoneType' object has no attribute 'model'", "AttributeError · <quoted> object has no attribute <quoted>"],
  ])("%s", (signature, expected) => {
    expect(shown(signature)).toBe(expected);
  });

  it("compiles a signature and a variant that differ only in values to the same template", () => {
    const a = analyzeText("anthropic.NotFoundError: Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'model: claude-3-5-sonnet-20241022'}}", true);
    const b = analyzeText('NotFoundError: 404 {"type":"error","error":{"type":"not_found_error","message":"model: claude-3-opus-latest"}}', true);
    expect(a.tokens.map((t) => t.key)).toEqual(b.tokens.map((t) => t.key));
    expect(a.tokens.map((t) => t.key)).toEqual(["model", "<model>"]);
  });

  it("keeps a non-boilerplate lead apart from the body's message", () => {
    const a = analyzeText(
      `ValueError: Bad response code, expected 200: {'status_code': 400, 'headers': {':exception-type': 'throttlingException'}, 'body': b'{"message":"Too many tokens, please wait before trying again."}'}`,
      true,
    );
    expect(a.tokens.slice(0, a.leadLength).map((t) => t.key)).toEqual(["bad", "response", "code", "expected", "<int>"]);
    expect(a.tokens.slice(a.leadLength).map((t) => t.key)).toEqual(["too", "many", "tokens", "please", "wait", "before", "trying", "again"]);
  });

  it("keys a template by its rarest words, and a paste by its inner message's rarest key first", () => {
    const a = analyzeText(`ValueError: Bad response code, expected 200: {'body': b'{"message":"Too many tokens, please wait before trying again."}'}`, true);
    const df = new Map([
      ["bad", 5],
      ["response", 9],
      ["code", 30],
      ["expected", 40],
      ["too", 60],
      ["many", 2],
      ["tokens", 50],
      ["please", 70],
      ["wait", 3],
      ["before", 80],
      ["trying", 4],
      ["again", 8],
    ]);
    const n = (k: string) => df.get(k) ?? 1;
    // Its three rarest words, then its type's name as a naming key (`ValueError` is not generic).
    expect(templateKeys(a, n)).toEqual(["many", "wait", "trying", "^valueerror"]);
    expect(templateKeys(a, n, (k) => k !== "many" && k !== "^valueerror")).toEqual(["wait", "trying", "bad"]);
    // Every word too common to fit one file: the rarest pair (and the naming key when it fits).
    expect(
      templateKeys(
        a,
        (k) => (k.includes("+") ? 1 : 100),
        (k) => k.includes("+"),
      ),
    ).toEqual([expect.stringContaining("+")]);
    expect(
      templateKeys(
        a,
        (k) => (k.includes("+") ? 1 : 100),
        (k) => k.includes("+") || k.startsWith("^"),
      ),
    ).toEqual([expect.stringContaining("+"), "^valueerror"]);
    const router = {
      file: new Map([
        ["many", "0"],
        ["bad", "1"],
        ["trying", "2"],
      ]),
      df: new Map([
        ["many", 2],
        ["bad", 5],
        ["trying", 4],
      ]),
      words: new Set(["many", "bad", "trying"]),
      vocabulary: new Map([
        [4, ["many"]],
        [3, ["bad"]],
        [6, ["trying"]],
      ]),
      sketch: new Map(),
      libraries: [],
      // Files too large to read two: one key per lookup.
      size: new Map([
        ["0", LOOKUP_KB],
        ["1", LOOKUP_KB],
        ["2", LOOKUP_KB],
      ]),
    };
    // The fitted noise words change with every fit (`many` is one today): held at no weight, so the words' other
    // features decide.
    const plain = { ...ROUTING_WEIGHTS, noise: 0 };
    expect(chooseKeys([a], router, [], plain)).toEqual(["many"]);
    // A typo still routes: "tyring" is one swap from "trying".
    expect(chooseKeys([analyzeText("tyring tokens", true)], router)).toEqual(["trying"]);
    // Keys of every line compete: the second line's key wins when its templates share more of its line.
    const lines = [analyzeText("SyntaxError: Unexpected bad token", true), analyzeText("Too many tokens, please wait", true)];
    const sketch = new Map([
      ["bad", [0, 0] as [number, number]],
      [
        "many",
        (() => {
          const s: [number, number] = [0, 0];
          for (const w of ["tokens", "please", "wait"]) addWord(s, w);
          return s;
        })(),
      ],
    ]);
    expect(chooseKeys(lines, { ...router, sketch }, [], plain)).toEqual(["many"]);
    // What share of a key's templates' words the line has (estimated from its sketch's fill), and how full the sketch
    // is: a big group's full sketch says nothing either way, so it has no share and a fill of 1.
    const withFull = { ...router, sketch: new Map([...sketch, ["bad", [0xffffffff, 0xffffffff] as [number, number]]]) };
    const features = new Map(keyCandidates(lines, withFull).map((c) => [c.key, c.features]));
    expect(features.get("many")?.cover).toBeGreaterThan(0.9);
    expect(features.get("many")?.full).toBeLessThan(0.2);
    expect(features.get("bad")).toMatchObject({ cover: 0, full: 1 });
    // Without sketches the lines' keys tie on what their templates share, and the fitted line weight decides.
    // The key's rank within its line is held at no weight, so only the line weight differs.
    const earlyFirst = { ...plain, line: -1, order: 0 };
    expect(chooseKeys(lines, router, [], earlyFirst)).toEqual(["bad"]);
    expect(chooseKeys(lines, router, [], { ...plain, line: 1, order: 0 })).toEqual(["many"]);
    // No message word routes: the type's name does, through its own namespace.
    const named = { ...router, file: new Map([...router.file, ["^nocredentialserror", "2"]]), df: new Map([...router.df, ["^nocredentialserror", 1]]) };
    expect(chooseKeys([analyzeText("botocore.exceptions.NoCredentialsError: xyz", true)], named)).toEqual(["^nocredentialserror"]);
    // A wrapper printing the error it caught (`Error invoking Bedrock model: NoCredentialsError: …`): a message word
    // the router knows as a type name routes there too.
    expect(chooseKeys([analyzeText("Error: Failed to analyze template with AI model. Error invoking Bedrock model: NoCredentialsError: xyz", true)], named)).toContain("^nocredentialserror");
    expect(chooseKeys([analyzeText("credentials missing", true)], named)).not.toContain("^nocredentialserror");
    // Files small enough to read two: the next best key is read too, and a key in a file already read costs nothing.
    const small = {
      ...router,
      size: new Map([
        ["0", 40],
        ["1", 40],
        ["2", LOOKUP_KB],
      ]),
    };
    expect(chooseKeys(lines, small, [], earlyFirst)).toEqual(["bad", "many"]);
    const shared = { ...router, file: new Map([...router.file].map(([k]) => [k, "0"])) };
    expect(chooseKeys([analyzeText("Too many bad tries, trying again", true)], shared, [], plain)).toEqual(["many", "trying", "bad"]);
  });
});

describe("routing by frames", () => {
  const pages = [
    page("sdk/ssl", "httpx.ConnectError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed", { match: { frames: ["httpcore/_sync/connection.py"] } }),
    page("sdk/other", "ValueError: Bad response code, expected 200", { match: { frames: ["botocore/eventstream.py"] } }),
    page("sdk/plain", "TypeError: unexpected keyword argument"),
  ];
  const index = buildLookupIndex(pages, { forceRouted: true });
  const router = loadRouter(index.shards[ROUTER]);
  const cutOff = [
    "Traceback (most recent call last):",
    '  File "/srv/venv/lib/python3.11/site-packages/httpcore/_sync/connection_pool.py", line 236, in handle_request',
    "    response = connection.handle_request(",
    '  File "/srv/venv/lib/python3.11/site-packages/httpcore/_sync/connection.py", line 78, in handle_request',
    "    stream = self._co",
  ].join("\n");

  it("keys a page's signature by the libraries of its frame hints", () => {
    expect(router.libraries).toEqual(["botocore", "httpcore"]);
  });

  it("routes a paste with frames and no error line by the library its frames are in, and finds the page", async () => {
    const parsed = parseTrace(cutOff);
    // First by its frames; a source line's word (a plain line, route.ts `plain`) may fill the slot left.
    expect(chooseKeys(candidatesFrom(parsed, cutOff), router, pasteFrames(parsed))[0]).toBe("@httpcore");
    const served = createLookup(index.manifest, (name) => Promise.resolve(index.shards[name]));
    expect((await served.lookup(cutOff)).matches.map((m) => m.id)).toEqual(["sdk/ssl"]);
  });

  it("prefers a word of the error line to a frame key", () => {
    const text = `${cutOff}\nTypeError: unexpected keyword argument 'x'`;
    const parsed = parseTrace(text);
    expect(chooseKeys(candidatesFrom(parsed, text), router, pasteFrames(parsed))[0]).not.toMatch(/^@/);
  });
});

describe("routing a line of prose", () => {
  const pages = [page("api/too-large", "RequestTooLargeError: Request exceeds the maximum size"), page("sdk/plain", "TypeError: unexpected keyword argument")];
  const index = buildLookupIndex(pages, { forceRouted: true });
  const router = loadRouter(index.shards[ROUTER]);
  const inner = (text: string) => {
    const parsed = parseTrace(text);
    return keyCandidates(candidatesFrom(parsed, text), router)
      .filter((k) => k.features.inner === 1)
      .map((k) => k.key);
  };

  it("reads the message the writer quoted as the error, not their own words around it", () => {
    const prose = 'After an unexpected keyword in my code I receive an HTTP 413 error with the message "Request exceeds the maximum size".';
    expect(inner(prose)).toEqual(expect.arrayContaining(["exceeds", "maximum"]));
    expect(inner(prose)).not.toContain("unexpected");
  });

  it("reads every word of a line that quotes no message", () => {
    expect(inner("After an unexpected keyword in my code I receive an HTTP 413 error")).toContain("unexpected");
  });

  it("marks the words of an API body's message as the body's, and no word of a line without a body", () => {
    const body = (text: string) => {
      const parsed = parseTrace(text);
      return keyCandidates(candidatesFrom(parsed, text), router)
        .filter((k) => k.features.body === 1)
        .map((k) => k.key);
    };
    const wrapped = `Failed to call the model: keyword error {"type":"error","error":{"type":"request_too_large","message":"Request exceeds the maximum size"}}`;
    expect(body(wrapped)).toEqual(expect.arrayContaining(["exceeds", "maximum"]));
    expect(body(wrapped)).not.toContain("keyword");
    expect(body("After an unexpected keyword I receive: Request exceeds the maximum size")).toEqual([]);
  });

  it("counts the lines that offer a key: an error repeated down a log outweighs one line's rarer word", () => {
    const repeats = (text: string) => {
      const parsed = parseTrace(text);
      return Object.fromEntries(keyCandidates(candidatesFrom(parsed, text), router).map((k) => [k.key, k.features.repeat]));
    };
    const once = repeats("RequestTooLargeError: Request exceeds the maximum size");
    expect(once["exceeds"]).toBe(0);
    const log = [
      "RequestTooLargeError: Request exceeds the maximum size",
      "TypeError: unexpected keyword argument",
      "RequestTooLargeError: Request exceeds the maximum size (retry 2)",
      "RequestTooLargeError: Request exceeds the maximum size (retry 3)",
      "RequestTooLargeError: Request exceeds the maximum size (retry 4)",
    ].join("\n\n");
    const counted = repeats(log);
    expect(counted["exceeds"]).toBe(2);
    expect(counted["unexpected"]).toBe(0);
  });

  it("offers a plain line's keys beside a parsed error, marked plain and ranked after the parsed line's", () => {
    // A wrapper's parsed error above a line the parser does not read as one (candidates.ts `wholeOnly`).
    const text = "TypeError: unexpected keyword argument\nthe upstream said: Request exceeds the maximum size";
    const parsed = parseTrace(text);
    const offered = keyCandidates(candidatesFrom(parsed, text), router);
    const plainKeys = offered.filter((k) => k.features.plain === 1).map((k) => k.key);
    expect(plainKeys).toEqual(expect.arrayContaining(["exceeds", "maximum"]));
    expect(plainKeys).not.toContain("unexpected");
    // Fitted far below every other key: read only to fill a slot the parsed line leaves.
    const ranked = rankKeys(locateKeys(offered, router), ROUTING_WEIGHTS).map((k) => k.features.plain);
    expect(ranked.indexOf(1)).toBeGreaterThan(0);
    expect(ranked.slice(ranked.indexOf(1))).not.toContain(0);
  });
});

describe("compilePages", () => {
  const shard = compilePages([
    page("demo/bedrock", `ValueError: Bad response code, expected 200: {'statu`, {
      variants: [["anthropic.APIStatusError: {'type': 'error', 'error': {'type': 'internalServerException', 'message': 'x'}}", "anthropic 1.x"]],
      match: { frames: ["anthropic/lib/bedrock/_stream_decoder.py", "anthropic/_base_client.py"], packages: ["@anthropic-ai/bedrock-sdk"] },
    }),
    page("demo/other", "openai.APIConnectionError: Connection error.", { match: { frames: ["anthropic/_base_client.py"] } }),
  ]);

  it("compiles the signature first, then each variant with its context", () => {
    expect(shard.templates.map((t) => [shard.pages[t.page]?.id, t.source, t.context])).toEqual([
      ["demo/bedrock", 0, undefined],
      ["demo/bedrock", 1, "anthropic 1.x"],
      ["demo/other", 0, undefined],
    ]);
  });

  it("gathers the page's libraries from packages, type prefixes and frame hints, as vendor stems", () => {
    expect(shard.pages.map((p) => [p.id, p.libraries.sort()])).toEqual([
      ["demo/bedrock", ["anthropic"]],
      ["demo/other", ["anthropic", "openai"]],
    ]);
  });

  it("weighs a hint by how many pages share it", () => {
    const [bedrock] = shard.pages;
    expect(bedrock?.frames).toEqual(["anthropic/lib/bedrock/_stream_decoder.py", "anthropic/_base_client.py"]);
    expect(bedrock?.frameWeights[0]).toBe(1);
    expect(bedrock?.frameWeights[1]).toBeLessThan(1);
  });

  it("scores specific words higher than generic ones", () => {
    const specific = compilePages([page("a/b", "ValueError: Streaming is required for operations that may take longer than 10 minutes"), page("a/c", "Error: Connection error.")]);
    const [streaming, connection] = specific.templates;
    expect(streaming?.specificity).toBeGreaterThan(2.5);
    expect(connection?.specificity).toBeLessThan(2.5);
  });
});
