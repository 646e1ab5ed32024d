import { describe, expect, it } from "vitest";
import { confidenceOf } from "../../../../src/lookup/match/confidence.ts";
import { compilePages, lookupSync, matchTemplate, type Match } from "../../../../src/lookup/match/index.ts";
import { TUNING } from "../../../../src/lookup/match/tuning.ts";
import type { Scored } from "../../../../src/lookup/match/score.ts";
import { frame, page, PAGES, parsed } from "./pages.ts";

const shard = compilePages(PAGES);
const look = (text: string, options: Parameters<typeof lookupSync>[2] = {}) => lookupSync(text, shard, { limit: 10, ...options }).matches;
const top = (text: string, options: Parameters<typeof lookupSync>[2] = {}): Match | undefined => look(text, options)[0];

describe("ranking: template match on type + message first", () => {
  it("finds the page whatever the values (token counts, ids)", () => {
    const m = top("anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'prompt is too long: 208656 tokens > 200000 maximum'}}");
    expect([m?.id, m?.confidence, m?.why.kind]).toEqual(["api/prompt-too-long", "high", "template"]);
    expect(m?.why.template.text).toContain("prompt is too long: <int> tokens > <int> maximum");
  });

  it("finds it from the bare inner message and from another client's wrapper", () => {
    expect(top("prompt is too long: 1 tokens > 2 maximum")?.id).toBe("api/prompt-too-long");
    expect(top('Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 219898 tokens > 200000 maximum"}}')?.id).toBe("api/prompt-too-long");
    const go = top(
      'LLM request failed: status 400 Bad Request (url=http://169.254.169.254/gateway/v1/messages, model=claude-opus-4-5-20251101): {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 200251 tokens > 200000 maximum"}}',
    );
    expect([go?.id, go?.confidence]).toEqual(["api/prompt-too-long", "high"]);
  });

  it("tells apart pages with the same API message by type, status and wrapper", () => {
    expect(top("anthropic.APIStatusError: {'type': 'error', 'error': {'details': None, 'type': 'overloaded_error', 'message': 'Overloaded'}}")?.id).toBe("api/stream-error-event");
    expect(top('InternalServerError: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}')?.id).toBe("api/overloaded-529");
    expect(top('API Error (529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}) · Retrying in 2 seconds… (attempt 3/10)')?.id).toBe("api/overloaded-529");
    const overloaded = look('InternalServerError: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}');
    expect(overloaded[0]?.id).toBe("api/overloaded-529");
    expect(overloaded.filter((m) => m.id === "api/internal-server-error" && m.confidence !== "low")).toEqual([]);
  });

  it("counts a type against a page only when a page of that type has the paste's message too", () => {
    const message = "An error occurred (throttlingException) when calling the InvokeModelWithResponseStream operation: Too many requests, please wait before trying again.";
    const throttling = (type: string, site = shard) => lookupSync(`${type}: ${message}`, site, { limit: 10 }).matches.find((m) => m.id === "bedrock/eventstream-throttling");
    // A wrapper's own class that no page has says nothing against the page…
    const wrapper = throttling("ThrottledRequestException");
    expect(wrapper?.confidence).toBe("high");
    expect(wrapper?.why.signals.some((s) => s.name === "type")).toBe(false);
    // …nor does a type whose page is about another message (ValueError: the bad-response-code page)…
    const other = throttling("ValueError");
    expect(other?.why.signals.some((s) => s.name === "type")).toBe(false);
    expect(other?.score).toBe(wrapper?.score);
    // …but a type whose page prints the same message is what tells the two apart, and lowers the other page.
    const site = compilePages([...PAGES, page("bedrock/throttling", `botocore.errorfactory.ThrottlingException: ${message.replace("(throttlingException)", "(ThrottlingException)")}`)]);
    const known = throttling("ThrottlingException", site);
    expect(known?.why.signals.find((s) => s.name === "type")?.agrees).toBe(false);
    expect(known?.score ?? 1).toBeLessThan(wrapper?.score ?? 0);
    expect(lookupSync(`ThrottlingException: ${message}`, site).matches[0]?.id).toBe("bedrock/throttling");
  });

  it("needs the product named for high when the words are a hosting platform's (a Google status in the body)", () => {
    const site = compilePages([
      page(
        "api/rate-limit",
        "anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of request tokens has exceeded your per-minute rate limit'}}",
        {
          variants: [["Error code: 429 - {'error': {'code': 429, 'message': 'Resource has been exhausted (e.g. check quota).', 'status': 'RESOURCE_EXHAUSTED'}}", "AnthropicVertex"]],
          match: { packages: ["anthropic", "litellm"] },
        },
      ),
    ]);
    const google = "{'error': {'code': 429, 'message': 'Resource has been exhausted (e.g. check quota).', 'status': 'RESOURCE_EXHAUSTED'}}";
    // A gateway to many vendors (litellm) is one of the page's packages, but its type does not show the product.
    const gateway = lookupSync(`litellm.llms.vertex_httpx.VertexAIError: ${google}`, site).matches[0];
    expect([gateway?.id, gateway?.confidence === "high"]).toEqual(["api/rate-limit", false]);
    const bare = lookupSync(`ClientError: 429 RESOURCE_EXHAUSTED. ${google}`, site).matches[0];
    expect(bare?.id).toBe("api/rate-limit");
    expect(bare?.confidence).not.toBe("high");
    const claude = lookupSync(`anthropic.RateLimitError: Error code: 429 - ${google}`, site).matches[0];
    expect([claude?.id, claude?.confidence]).toEqual(["api/rate-limit", "high"]);
  });

  it("needs the product named for high on a page whose words are a shared layer's (match.generic)", () => {
    const expired = (generic: boolean) => [
      page("bedrock/token-expired", "ExpiredTokenException: The security token included in the request is expired", {
        variants: [["Error: 403 The security token included in the request is expired", "a JavaScript client"]],
        match: { packages: ["anthropic"], generic },
      }),
    ];
    const sts = "api error ExpiredToken: The security token included in the request is expired";
    expect(lookupSync(sts, compilePages(expired(false))).matches[0]?.confidence).toBe("high");
    const generic = compilePages(expired(true));
    const m = lookupSync(sts, generic).matches[0];
    expect([m?.id, m?.confidence]).toEqual(["bedrock/token-expired", "medium"]);
    expect(lookupSync(`Claude request failed: ${sts}`, generic).matches[0]?.confidence).toBe("high");
  });

  it("gives no high answer when pages tie: their order says nothing about the paste", () => {
    const message = "ThrottlingException: Too many tokens, please wait before trying again.";
    const twins = (second: string) => compilePages([page("bedrock/throttling", message, { match: { packages: ["anthropic"] } }), page(second, message, { match: { packages: ["anthropic"] } })]);
    const one = lookupSync(message, compilePages([page("bedrock/throttling", message, { match: { packages: ["anthropic"] } })])).matches;
    expect([one[0]?.id, one[0]?.confidence]).toEqual(["bedrock/throttling", "high"]);
    const tied = lookupSync(message, twins("bedrock/throttling-copy")).matches;
    expect(tied.map((m) => [m.id, m.score === tied[0]?.score, m.confidence])).toEqual([
      ["bedrock/throttling", true, "medium"],
      ["bedrock/throttling-copy", true, "medium"],
    ]);
  });

  it("keeps family signals (type, status, kind) from lifting a different message", () => {
    const matches = look("anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'prompt is too long: 5 tokens > 4 maximum'}}");
    // The page whose words match comes first; anything else (api/max-tokens, when the fitted low threshold lists it)
    // is a low-confidence also-ran below it.
    expect([matches[0]?.id, matches[0]?.confidence]).toEqual(["api/prompt-too-long", "high"]);
    expect(matches.slice(1).filter((m) => m.confidence !== "low")).toEqual([]);
  });

  it("matches a quoted value exactly when it can, and a different value only weakly", () => {
    const usage = top("AttributeError: 'NoneType' object has no attribute 'usage'");
    expect([usage?.id, usage?.why.template.source, usage?.why.template.variant]).toEqual(["bedrock/attributeerror-nonetype", "variant", 1]);
    const other = look("AttributeError: 'str' object has no attribute 'foo'").find((m) => m.id === "bedrock/attributeerror-nonetype");
    expect(other?.confidence).toBe("low");
  });
});

describe("ranking: near misses and non-matches", () => {
  it("does not answer openai.APIConnectionError with the Anthropic page confidently", () => {
    const matches = look("openai.APIConnectionError: Connection error.");
    expect(matches.every((m) => m.confidence === "low")).toBe(true);
    const near = matches.find((m) => m.id === "sdk/api-connection-error");
    expect(near?.why.signals.filter((s) => s.name === "vendor").map((s) => s.agrees)).toEqual([false]);
    expect(top("anthropic.APIConnectionError: Connection error.")?.confidence).toBe("high");
  });

  it("does not answer a bare APIConnectionError from openai frames with high confidence", () => {
    const frames = [frame("/venv/lib/python3.12/site-packages/openai/_base_client.py", 1000, "request")];
    const m = top("APIConnectionError: Connection error.", { parse: parsed({ runtime: "python", type: "APIConnectionError", message: "Connection error.", frames }) });
    expect(m?.id).toBe("sdk/api-connection-error");
    expect(["low", "medium"]).toContain(m?.confidence);
  });

  it("returns nothing for a Java NullPointerException, random text or an empty paste", () => {
    expect(look('java.lang.NullPointerException: Cannot invoke "String.length()" because "<local1>" is null\n\tat com.example.Foo.bar(Foo.java:12)')).toEqual([]);
    expect(look("The quick brown fox jumps over the lazy dog.")).toEqual([]);
    expect(look("")).toEqual([]);
  });
});

describe("ranking: damaged pastes", () => {
  it("copes with a cut-off message (trace 01 ends at {'statu) and lets the throw-site frame decide", () => {
    const frames = [frame("/app/.venv/lib/python3.12/site-packages/anthropic/lib/bedrock/_stream_decoder.py", 58, "_parse_message_from_event")];
    const m = top("", { parse: parsed({ runtime: "python", type: "ValueError", message: "Bad response code, expected 200: {'statu", frames }) });
    expect([m?.id, m?.confidence, m?.why.kind]).toEqual(["bedrock/stream-valueerror", "high", "truncated"]);
    expect(m?.why.frame).toMatchObject({ hint: "anthropic/lib/bedrock/_stream_decoder.py", line: 58, function: "_parse_message_from_event" });
    expect(top("prompt is too long: 208656 tokens > 200000 maxi")?.id).toBe("api/prompt-too-long");
  });

  it("matches the lead of a Bedrock message whose body names another exception type", () => {
    const m = top(
      `ValueError: Bad response code, expected 200: {'status_code': 400, 'headers': {':exception-type': 'throttlingException'}, 'body': b'{"message":"Too many tokens, please wait before trying again."}'}`,
    );
    expect([m?.id, m?.why.kind]).toEqual(["bedrock/stream-valueerror", "lead"]);
  });

  it("does not match by a lead of common words (a client's wrapper) when the body says another error", () => {
    // The client prints every error this way, so the lead's words are on many pages.
    const forge = (message: string) => `400 Bad Request Reason: {"type":"error","error":{"type":"invalid_request_error","message":"${message}"}}`;
    const site = compilePages([
      page("api/trailing-whitespace", forge("messages: final assistant content cannot end with trailing whitespace")),
      page("api/prompt-too-long", forge("prompt is too long: 215000 tokens > 200000 maximum")),
      page("api/max-tokens", forge("max_tokens: 64001 > 64000, which is the maximum allowed number of output tokens")),
      page("api/empty-text", forge("messages: text content blocks must be non-empty")),
    ]);
    const other = lookupSync(forge("messages.1: The final block in an assistant message cannot be `thinking`."), site).matches[0];
    expect(other?.why.kind).not.toBe("lead");
    expect(other?.confidence).not.toBe("high");
  });

  it("repairs mojibake (trace 33)", () => {
    const m = top(
      "anthropic.BadRequestError: Error code: 400 - {'message': 'Invocation of model ID anthropic.claude-sonnet-4-6 with on-demand throughput isnâ€™t supported. Retry your request with the ID or ARN of an inference profile that contains this model.'}",
    );
    expect([m?.id, m?.why.kind]).toEqual(["bedrock/on-demand-throughput", "template"]);
  });

  it("tolerates one-character typos in words of five letters or more", () => {
    const m = top("prompt is too long: 208656 tokens > 200000 maximun");
    expect([m?.id, m?.why.kind]).toEqual(["api/prompt-too-long", "template"]);
    expect(top("Too many reqeusts, please wait before trying again.")?.id).toBe("bedrock/eventstream-throttling");
  });

  it("joins a message wrapped over lines", () => {
    const text =
      'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 200251\n    tokens > 200000 maximum"},"request_id":"req_011CWdepJvA2D819tdYYq4h7"}';
    expect(top(text)?.id).toBe("api/prompt-too-long");
  });

  it("joins back a word a fixed-width wrap cut in two", () => {
    // `Overl` / `oaded`: the parser joins the pieces with a space; neither is a word any page has, their join is.
    const m = top('InternalServerError: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overl\noaded"}}');
    expect([m?.id, m?.why.kind]).toEqual(["api/overloaded-529", "template"]);
    // Two words a page has stay two words, even when their join is a word too.
    const kept = top("Too many requests, please wait before trying again.");
    expect(kept?.why.kind).toBe("template");
  });

  it("finds an API error body on a line no parser treats as an exception", () => {
    const text =
      'stdout:\nanthropic::err({"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed your organization’s rate limit of 200,000 input tokens per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits. Please reduce the prompt length or the maximum tokens requested, or try again later."}})\nError processing input: Reqwest error: HTTP status client error (429 Too Many Requests)';
    const m = top(text, { parse: parsed({ runtime: "rust", message: "Error processing input: Reqwest error: HTTP status client error (429 Too Many Requests)", line: 3 }) });
    expect([m?.id, m?.why.line.origin]).toEqual(["api/rate-limit", "body"]);
  });
});

describe("ranking: frames", () => {
  it("takes the library seen in the frames as corroboration for a short message", () => {
    const frames = [frame("/home/u/app/node_modules/@anthropic-ai/sdk/core.js", 479, "Anthropic.makeRequest")];
    const bare = top("Error: Connection error.", { parse: parsed({ runtime: "node", type: "Error", message: "Connection error." }) });
    const framed = top("", { parse: parsed({ runtime: "node", type: "Error", message: "Connection error.", frames }) });
    expect([bare?.id, bare?.confidence]).toEqual(["sdk/api-connection-error", "medium"]);
    expect([framed?.id, framed?.confidence]).toEqual(["sdk/api-connection-error", "high"]);
    expect(framed?.why.frame).toMatchObject({ file: "/home/u/app/node_modules/@anthropic-ai/sdk/core.js", hint: "@anthropic-ai/sdk/core", library: "anthropic" });
    const other = [frame("/home/u/app/node_modules/@anthropic-ai/sdk/src/core.ts", 479)];
    const byLibrary = top("", { parse: parsed({ runtime: "node", type: "Error", message: "Connection error.", frames: other }) });
    expect([byLibrary?.confidence, byLibrary?.why.frame?.library, byLibrary?.why.frame?.hint]).toEqual(["high", "anthropic", undefined]);
  });

  it("lets frame hints decide between pages with the same words", () => {
    const twins = compilePages([
      page("x/generic", "RuntimeError: stream ended early", { match: { packages: ["anthropic"] } }),
      page("x/bedrock", "RuntimeError: stream ended early", { match: { frames: ["anthropic/lib/bedrock/"], packages: ["anthropic"] } }),
    ]);
    const frames = [frame("/venv/site-packages/anthropic/lib/bedrock/_stream_decoder.py", 40)];
    const result = lookupSync("", twins, { parse: parsed({ runtime: "python", type: "RuntimeError", message: "stream ended early", frames }) });
    expect(result.matches.map((m) => m.id)).toEqual(["x/bedrock", "x/generic"]);
    expect(result.matches[0]?.why.text).toContain("frame /venv/site-packages/anthropic/lib/bedrock/_stream_decoder.py:40");
  });

  it("answers a traceback cut before its error line from frame hints alone, at low confidence", () => {
    const frames = [frame("/venv/lib/python3.11/site-packages/httpcore/_sync/connection.py", 78, "handle_request"), frame("/venv/lib/python3.11/site-packages/httpx/_transports/default.py", 101)];
    const matches = look("", { parse: parsed({ runtime: "python", type: "", message: "", frames }) });
    expect(matches.map((m) => [m.id, m.confidence])).toEqual([["sdk/ssl-certificate", "low"]]);
    expect(matches[0]?.why.line.origin).toBe("frames");
  });
});

describe("ranking: output", () => {
  it("returns at most `limit` matches, best first, one page each", () => {
    const matches = look('InternalServerError: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}', { limit: 2 });
    expect(matches.length).toBeLessThanOrEqual(2);
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
    expect(new Set(look("Overloaded").map((m) => m.id)).size).toBe(look("Overloaded").length);
  });

  it("explains each match: the input line, the template with placeholders, the signals, in one line of text", () => {
    const m = top("anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'prompt is too long: 208656 tokens > 200000 maximum'}}");
    expect(m?.why.line).toEqual({ number: 1, text: expect.stringContaining("prompt is too long: 208656") as string, origin: "parsed" });
    expect(m?.why.template).toEqual({ text: "anthropic.BadRequestError · 400 · invalid_request_error · {prompt is too long: <int> tokens > <int> maximum}", source: "signature" });
    expect(m?.why.signals.map((s) => s.name)).toEqual(expect.arrayContaining(["type", "status", "code"]));
    expect(m?.why.text).toMatch(/^line 1 ".*" matches the whole template of the signature: .*type anthropic\.BadRequestError matches/);
    expect(m?.why.text).not.toContain("\n");
  });
});

describe("confidence thresholds (tuning.ts)", () => {
  const scored = (score: number, extra: Partial<Scored> = {}): Scored => ({ score, signals: [], conflict: false, corroborated: false, framesOnly: false, own: true, ...extra });
  const { high, medium, low, specificEvidence } = TUNING;
  const specific = specificEvidence + 0.5;
  const weak = specificEvidence / 2;

  it("high needs the high threshold, a template-like match and specific words or corroboration", () => {
    expect(confidenceOf(scored(high), "template", specific)).toBe("high");
    expect(confidenceOf(scored(high), "template", weak)).toBe("medium");
    expect(confidenceOf(scored(high, { corroborated: true }), "template", weak)).toBe("high");
    expect(confidenceOf(scored(Math.min(1, high + 0.15)), "similar", specific)).toBe("medium");
    expect(confidenceOf(scored(high - 0.01), "template", specific)).toBe(high - 0.01 >= medium ? "medium" : "low");
  });

  it("high on words that are not specific needs the page's product named in the paste", () => {
    expect(confidenceOf(scored(high, { corroborated: true, own: false }), "template", weak)).toBe("medium");
    expect(confidenceOf(scored(high, { own: false }), "template", specific)).toBe("high");
  });

  it("medium from the medium threshold, low from the low one, nothing below", () => {
    expect(confidenceOf(scored(medium), "similar", 0)).toBe("medium");
    expect(confidenceOf(scored(medium - 0.01), "similar", 0)).toBe("low");
    expect(confidenceOf(scored(low), "similar", 0)).toBe("low");
    expect(confidenceOf(scored(low - 0.01), "template", 9)).toBeUndefined();
  });

  it("caps a vendor conflict and a frames-only match at low", () => {
    expect(confidenceOf(scored(0.99, { conflict: true }), "template", 9)).toBe("low");
    expect(confidenceOf(scored(0.99, { framesOnly: true }), "similar", 0)).toBe("low");
  });
});

describe("matchTemplate (the playground check)", () => {
  it("says whether a text matches a page's signature template, not merely resembles it", () => {
    expect(matchTemplate("anthropic.APIConnectionError: Connection error.", shard, "sdk/api-connection-error")?.kind).toBe("template");
    expect(matchTemplate("Error: Connection error.", shard, "sdk/api-connection-error")?.kind).toBe("template");
    expect(matchTemplate("anthropic.APIStatusError: {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}", shard, "sdk/api-connection-error")).toBeUndefined();
  });

  it("checks only the signature unless asked for the variants", () => {
    const ts = 'InternalServerError: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}';
    expect(matchTemplate(ts, shard, "api/overloaded-529")?.template.source).toBe("signature");
    expect(matchTemplate("Bad response code, expected 200", shard, "bedrock/stream-valueerror")?.kind).toBe("truncated");
    expect(matchTemplate("Request was aborted.", shard, "api/overloaded-529", { which: "all" })).toBeUndefined();
    expect(() => matchTemplate("x", shard, "no/such-page")).toThrow("no page no/such-page");
  });
});

describe("ranking: a bare body that two pages' wordings fit equally", () => {
  const body = '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}';
  const pages = [
    page("api/stream-error-event", "anthropic.APIStatusError: {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}"),
    page("api/overloaded-529", "anthropic.OverloadedError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}", {
      variants: [[body, "the body alone"]],
    }),
  ];

  it("puts first the page whose wording is printed bare too, and calls neither high", () => {
    const matches = lookupSync(body, compilePages(pages), { limit: 5 }).matches;
    expect(matches.map((m) => [m.id, m.confidence])).toEqual([
      ["api/overloaded-529", "medium"],
      ["api/stream-error-event", "medium"],
    ]);
  });

  it("still follows the exception type when the paste names one", () => {
    const typed = lookupSync(`anthropic.APIStatusError: ${body}`, compilePages(pages), { limit: 5 }).matches;
    expect(typed[0]?.id).toBe("api/stream-error-event");
  });
});

describe("ranking: a specific type few pages have, with no message of its own", () => {
  // `JSON.stringify` of an AWS SDK v3 error keeps its name and `$metadata` only (error-fields.ts): the line is the
  // type and a stand-in message. Many templates share the stand-in's words; the type's own template must still be
  // scored, or its type-only floor never applies (issue 8 §2).
  const noise = Array.from({ length: 40 }, (_, i) => page(`other/http-${i}`, `HttpError: httpStatusCode: ${400 + i} for request number ${i} of batch item${i}`));
  const site = compilePages([
    ...noise,
    page(
      "bedrock/throttling",
      "botocore.errorfactory.ThrottlingException: An error occurred (ThrottlingException) when calling the InvokeModel operation: Too many tokens, please wait before trying again.",
      { variants: [["ThrottlingException: Too many tokens, please wait before trying again.", "AWS SDK for JavaScript v3"]] },
    ),
  ]);

  it("finds the page of the type, with low confidence", () => {
    const m = lookupSync('{"name":"ThrottlingException","$fault":"client","$metadata":{"httpStatusCode":429,"attempts":3}}', site, { limit: 5 }).matches;
    expect([m[0]?.id, m[0]?.confidence]).toEqual(["bedrock/throttling", "low"]);
  });
});

describe("ranking: a body without the error kind the page's body has", () => {
  // The API's error bodies always carry their kind (dialects/status.ts); FastAPI's `{"detail": …}` from a local model
  // server behind an Anthropic-style URL does not, whatever its words.
  const site = compilePages([
    page("api/not-found-path", 'Error: 404 {"type":"error","error":{"type":"not_found_error","message":"Not Found"}}', { match: { packages: ["anthropic", "@anthropic-ai/sdk"] } }),
  ]);
  const first = (text: string) => lookupSync(text, site, { limit: 3 }).matches[0];

  it("is no high answer", () => {
    const m = first('http://192.168.1.18:9997/anthropic\nAPI Error: 404 {"detail":"Not Found"}');
    expect(m?.confidence).not.toBe("high");
    expect(m?.why.signals.some((s) => s.name === "code" && !s.agrees)).toBe(true);
  });

  it("while the API's own body still is", () => {
    expect(first('API Error: 404 {"type":"error","error":{"type":"not_found_error","message":"Not Found"},"request_id":"req_011CUfrZD5E6TKcf8pBif7y5"}')?.confidence).toBe("high");
  });
});

describe("ranking: a plain line beside what the parser found", () => {
  it("answers from a line that holds a page's whole template, not from one that only resembles it", () => {
    const site = compilePages([...PAGES, page("cc/usage-limit", "Claude AI usage limit reached|1759770000")]);
    const wrapper = "Error: Command failed with exit code 1: claude -p --verbose --output-format stream-json";
    expect(lookupSync(`Claude AI usage limit reached|1759771234\n\n${wrapper}`, site).matches[0]?.id).toBe("cc/usage-limit");
    // Some of its words only, under a parsed error: not an answer.
    expect(lookupSync(`Claude usage was high today\n\n${wrapper}`, site).matches.map((m) => m.id)).not.toContain("cc/usage-limit");
  });
});
