import { describe, expect, it } from "vitest";
import { normalizeText } from "../../../../src/lookup/match/normalize.ts";
import { parameterize, renderSegments } from "../../../../src/lookup/match/parameterize.ts";
import { tokenize, words } from "../../../../src/lookup/match/tokenize.ts";

/** The placeholders found in a text, as `kind=value`. */
function params(text: string, authored = false): string[] {
  return parameterize(text, authored).flatMap((s) => (s.kind === "param" ? [`${s.type}=${s.value}`] : s.kind === "gap" ? ["gap"] : []));
}

const render = (text: string) => renderSegments(parameterize(text));

describe("parameterize: one placeholder per kind", () => {
  it.each([
    ["see https://docs.anthropic.com/en/api/rate-limits. You can", "url=https://docs.anthropic.com/en/api/rate-limits"],
    ["url (https://api.anthropic.com/v1/messages)", "url=https://api.anthropic.com/v1/messages"],
    ["mail ops@example.com now", "email=ops@example.com"],
    ["profile arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-7", "arn=arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-7"],
    ["id 0dccdde6-f924-4f1b-bb3b-92ef846e0a5b here", "uuid=0dccdde6-f924-4f1b-bb3b-92ef846e0a5b"],
    ["organization (0dccdde6-f924-4f1b-bb3b-92ef846e0a5b) of", "org-id=0dccdde6-f924-4f1b-bb3b-92ef846e0a5b"],
    ["for org-AbCdEf1234567890 today", "org-id=org-AbCdEf1234567890"],
    ['request_id: "req_011CSVr7aBmVBX3fycHTLhQf"', "req-id=req_011CSVr7aBmVBX3fycHTLhQf"],
    ["model: 'claude-3-5-sonnet-20240620'", "model=claude-3-5-sonnet-20240620"],
    ["immediately after: toolu_01EgkyMSUE7kWq9aPLHycqgz. Each", "toolu-id=toolu_01EgkyMSUE7kWq9aPLHycqgz"],
    ["message msg_01XFDUDYJgAACzvnptvVoYEL failed", "msg-id=msg_01XFDUDYJgAACzvnptvVoYEL"],
    // A key or field name in square brackets (Bedrock's schema check), like a quoted one.
    ["#: extraneous key [max_tokens] is not permitted", "quoted=[max_tokens]"],
    // Vertex AI's and Bedrock's tagged ids.
    ['request_id: "req_vrtx_011CbHDPW53PHmCXd3sQZf4G"', "req-id=req_vrtx_011CbHDPW53PHmCXd3sQZf4G"],
    ["after: toolu_vrtx_01L6pdHJH3ZGDnYmaZhkoD3s. Each", "toolu-id=toolu_vrtx_01L6pdHJH3ZGDnYmaZhkoD3s"],
    ["after: toolu_bdrk_01Wq9Zr5Jx2QmN4Tb7Kc3Vh8. Each", "toolu-id=toolu_bdrk_01Wq9Zr5Jx2QmN4Tb7Kc3Vh8"],
    ["message msg_vrtx_01XFDUDYJgAACzvnptvVoYEL failed", "msg-id=msg_vrtx_01XFDUDYJgAACzvnptvVoYEL"],
    ["file file_011CNha8iCJcU1wXNR6q4V8w missing", "id=file_011CNha8iCJcU1wXNR6q4V8w"],
    ["at 2026-02-25T17:32:28.315Z", "date=2026-02-25T17:32:28.315Z"],
    ["17:11:38 - openhands", "time=17:11:38"],
    ["url=http://169.254.169.254/gateway", "url=http://169.254.169.254/gateway"],
    ["connect ECONNREFUSED 127.0.0.1:443", "ip=127.0.0.1:443"],
    ["generator object at 0x7f4386fc2c50", "hex=0x7f4386fc2c50"],
    ["cf-ray 8e695a03eed4f9fd", "hex=8e695a03eed4f9fd"],
    ["took 1.5 seconds", "float=1.5"],
    ["prompt is too long: 208656 tokens", "int=208656"],
    ["of 20,000 input tokens per minute", "int=20,000"],
    ["has no attribute 'model'", "quoted='model'"],
    ['got message_delta before "message_start"', 'quoted="message_start"'],
  ])("%s → %s", (text, expected) => {
    expect(params(text)).toEqual([expected]);
  });
});

describe("parameterize: tricky cases", () => {
  it("reads versions as versions, not token counts or floats", () => {
    expect(params("fixed in 0.121.0, not 1.13.0")).toEqual(["version=0.121.0", "version=1.13.0"]);
    expect(params("anthropic v1.2 and v0.57.0-beta.1")).toEqual(["version=v1.2", "version=v0.57.0-beta.1"]);
    expect(render("from 0.14.0 to 0.121.0")).toBe("from <version> to <version>");
  });

  it.each([
    "claude-3-5-sonnet-20240620",
    "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
    "anthropic.claude-sonnet-4-6",
    "claude-opus-4-5@20251101",
    "claude-3.5-sonnet",
    "global.anthropic.claude-opus-4-5-20251101-v1:0",
    "meta.llama3-70b-instruct-v1:0",
    "gpt-4o-mini",
  ])("reads %s as one model", (model) => {
    expect(params(`model: ${model}`)).toEqual([`model=${model}`]);
    expect(params(`model ${model}.`)).toEqual([`model=${model}`]);
  });

  it.each([
    "anthropic/claude-3-5-sonnet-20240620",
    "anthropic:claude-3-5-haiku-latest",
    "bedrock/us.anthropic.claude-3-7-sonnet-20250219-v1:0",
    "vertex_ai/claude-sonnet-4@20250514",
    "openrouter/anthropic/claude-3.5-sonnet",
  ])("reads the router prefix of %s as part of the model", (model) => {
    expect(params(`model: ${model}`)).toEqual([`model=${model}`]);
  });

  it("keeps a provider word that is not a prefix of a model id as text", () => {
    expect(params("anthropic: claude-3-5-haiku-latest")).toEqual(["model=claude-3-5-haiku-latest"]);
    expect(params("myanthropic/claude-3-5-haiku-latest")).toEqual(["model=claude-3-5-haiku-latest"]);
  });

  it("keeps anthropic.BadRequestError and words with digits out of the model and int placeholders", () => {
    expect(params("anthropic.BadRequestError utf8 base64 http2 v1")).toEqual([]);
  });

  it.each([
    ["/app/.venv/lib/python3.12/site-packages/anthropic/lib/bedrock/_stream_decoder.py", "POSIX"],
    ["C:\\Users\\raffaele\\AppData\\Roaming\\uv\\python\\Lib\\asyncio\\runners.py", "Windows"],
    ["B:/~BUN/root/claude.exe", "Windows, forward slashes"],
    ["\\\\server\\share\\logs\\app.log", "UNC"],
    ["projects/my-project/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5", "relative, three or more segments"],
  ])("reads %s as one path (%s)", (path) => {
    expect(params(`in ${path} now`)).toEqual([`path=${path}`]);
  });

  it("stops a path before a line and column, and a URL before closing punctuation", () => {
    expect(params("(/home/u/node_modules/@anthropic-ai/sdk/src/core.ts:479:13)")).toEqual(["path=/home/u/node_modules/@anthropic-ai/sdk/src/core.ts", "int=479", "int=13"]);
    expect(params("See https://example.com/a/b, then")).toEqual(["url=https://example.com/a/b"]);
  });

  it("leaves quoted sentences, apostrophes and backticks as text", () => {
    expect(params("You don't have access to 'the model with an id'")).toEqual([]);
    expect(params("`tool_use` ids were found without `tool_result` blocks")).toEqual([]);
    // Brackets around a sentence, a link's text or an index are not a name.
    expect(params("[SSL: CERTIFICATE_VERIFY_FAILED] see [the docs](https://x.y) at [0]")).toEqual(["url=https://x.y", "int=0"]);
  });

  it("honours author-written placeholders and gaps only in page text", () => {
    expect(params("messages.<n>: found <id>… then ...", true)).toEqual(["int=<n>", "id=<id>", "gap", "gap"]);
    expect(params("messages.<n>: found <id>… then ...")).toEqual([]);
    expect(params("model <model> and <something-else>", true)).toEqual(["model=<model>", "any=<something-else>"]);
  });

  it("gives signature and paste the same template when only the values differ", () => {
    const a = render("prompt is too long: 215000 tokens > 200000 maximum");
    expect(a).toBe("prompt is too long: <int> tokens > <int> maximum");
    expect(render("prompt is too long: 208656 tokens > 200000 maximum")).toBe(a);
  });
});

describe("normalize and tokenize", () => {
  it("repairs UTF-8 read as Windows-1252 (trace 33)", () => {
    expect(normalizeText("throughput isnâ€™t supported")).toBe("throughput isn’t supported");
    expect(normalizeText("cafÃ© â€œquotedâ€\u009d")).toBe("café “quoted”");
    expect(normalizeText("plain ASCII stays")).toBe("plain ASCII stays");
  });

  it("folds curly quotes so isn’t and isn't give the same words", () => {
    expect(words("isn’t supported")).toEqual(words("isn't supported"));
    expect(words("`tool_use` x-api-key invalid_request_error")).toEqual(["tool_use", "api", "key", "invalid_request_error"]);
  });

  it("turns placeholders into typed tokens that keep their values, and marks gaps", () => {
    const tokens = tokenize(parameterize("has no attribute 'model' … then", true));
    expect(tokens.map((t) => t.key)).toEqual(["has", "no", "attribute", "<quoted>", "then"]);
    expect(tokens[3]?.value).toBe("'model'");
    expect(tokens[4]?.gapBefore).toBe(true);
  });
});
