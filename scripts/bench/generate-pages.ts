/**
 * A synthetic site for the lookup's scale checks: page-like objects (id, title, signature, variants, match hints)
 * generated in memory, deterministic for a seed. Signatures imitate the forms real clients print — Python SDK
 * dict reprs, TypeScript `status {json}`, Claude Code `API Error:`, litellm, botocore, Java, Go, Rust, .NET and
 * Ruby — with the variable parts real messages have (token counts, ids, models, paths, URLs, quoted names), so
 * the index's size and the matcher's speed are measured on text shaped like the real thing.
 */
import type { IndexablePage } from "../../src/lookup/match/index.ts";
import type { PageExtras } from "../../src/lookup/match/build-index.ts";

/** mulberry32: a tiny seeded PRNG, so every run generates the same site. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = (
  "request connection token model stream message file bucket table column index session certificate credential quota " +
  "payload response schema field parameter header cursor transaction lock queue worker job pipeline deployment pod " +
  "container volume secret key region endpoint tool block chunk event batch embedding prompt completion upload " +
  "webhook signature subscription invoice customer account project organization workspace role policy permission " +
  "branch commit repository artifact build cache snapshot replica shard partition topic consumer producer offset " +
  "channel socket handshake proxy tunnel domain record zone lease timer thread process module plugin extension"
).split(" ");

const PREDICATES = (
  "is too long|was not found|already exists|must be non-empty|exceeds the maximum size|is not supported|timed out|" +
  "was aborted|could not be resolved|is invalid|has expired|is not allowed|was rejected|failed to decode|is missing|" +
  "is read-only|is locked|cannot be null|must be a positive integer|is out of range|is deprecated|was closed unexpectedly|" +
  "is not ready|has no attribute|could not be parsed|is already in use|was throttled|is unavailable in this region|" +
  "does not match the expected format|was modified concurrently|is not reachable|returned an empty body|is disabled|" +
  "has too many entries|violates a unique constraint|is not a valid identifier|exceeded its retry budget"
).split("|");

const ADVICE = [
  "Please try again later.",
  "See {url} for more details.",
  "Check your {noun} settings and retry.",
  "Retry your request with a smaller {noun}.",
  "Contact support with the request id {req}.",
  "Reduce the {noun} size or split it into several requests.",
  "Upgrade to version {version} or later.",
  "Set the {env} environment variable.",
];

const VENDORS = [
  "anthropic",
  "openai",
  "stripe",
  "twilio",
  "google",
  "azure",
  "github",
  "slack",
  "redis",
  "psycopg",
  "sqlalchemy",
  "prisma",
  "mongoose",
  "kafka",
  "grpc",
  "kubernetes",
  "docker",
  "terraform",
  "pydantic",
  "celery",
];

const CLASSES: [number, string][] = [
  [400, "BadRequestError"],
  [401, "AuthenticationError"],
  [403, "PermissionDeniedError"],
  [404, "NotFoundError"],
  [409, "ConflictError"],
  [413, "RequestTooLargeError"],
  [422, "UnprocessableEntityError"],
  [429, "RateLimitError"],
  [500, "InternalServerError"],
  [503, "ServiceUnavailableError"],
  [529, "OverloadedError"],
];

const KINDS = ["invalid_request_error", "authentication_error", "permission_error", "not_found_error", "rate_limit_error", "api_error", "overloaded_error", "request_too_large"];
const AWS_CODES = [
  "ValidationException",
  "ThrottlingException",
  "AccessDeniedException",
  "ResourceNotFoundException",
  "ServiceQuotaExceededException",
  "ModelTimeoutException",
  "InternalServerException",
];
const AWS_OPS = ["InvokeModel", "InvokeModelWithResponseStream", "Converse", "ConverseStream", "GetObject", "PutItem", "Query"];
const PY_ERRORS = ["ValueError", "TypeError", "KeyError", "RuntimeError", "AttributeError", "OSError", "ConnectionError", "TimeoutError"];
const JS_ERRORS = ["Error", "TypeError", "RangeError", "SyntaxError"];
const MODELS = ["claude-sonnet-4-5-20250929", "claude-3-5-sonnet-20240620", "claude-opus-4-5@20251101", "us.anthropic.claude-3-7-sonnet-20250219-v1:0", "gpt-4o-mini", "gemini-1.5-pro"];

/** Python's repr of a string: single quotes unless the text holds one. */
function pyRepr(text: string): string {
  return text.includes("'") ? JSON.stringify(text) : `'${text.replace(/\\/g, "\\\\")}'`;
}

/** Options of `generatePages`. */
export interface GenerateOptions {
  /** Pages to make (default 10,000). */
  count?: number;
  /** PRNG seed (default 42). */
  seed?: number;
}

/**
 * Generates a synthetic site.
 * @param [options] Count and seed.
 * @returns Page-like objects, ids unique.
 */
export function generatePages(options: GenerateOptions = {}): IndexablePage[] {
  const count = options.count ?? 10_000;
  const rand = prng(options.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const hex = (n: number) => Array.from({ length: n }, () => "0123456789abcdef"[int(0, 15)]).join("");
  const b58 = (n: number) => Array.from({ length: n }, () => "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789"[int(0, 56)]).join("");
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const camel = (s: string) =>
    s
      .split(/[\s_-]+/)
      .map(cap)
      .join("");
  const fill = (text: string, vendor: string) =>
    text
      .replace(/\{url\}/g, () => `https://docs.${vendor}.com/${pick(NOUNS)}s/${pick(NOUNS)}`)
      .replace(/\{noun\}/g, () => pick(NOUNS))
      .replace(/\{req\}/g, () => `req_011C${b58(18)}`)
      .replace(/\{version\}/g, () => `${int(0, 3)}.${int(0, 130)}.${int(0, 9)}`)
      .replace(/\{env\}/g, () => `${vendor.toUpperCase()}_${pick(NOUNS).toUpperCase()}_${pick(["KEY", "URL", "REGION", "TOKEN"])}`);

  /** A message: one of several sentence shapes, variable parts included, sometimes an advice sentence. */
  const message = (vendor: string): string => {
    const a = pick(NOUNS);
    const b = pick(NOUNS);
    const p = pick(PREDICATES);
    const shapes = [
      () => `${cap(a)} ${p}: ${int(1000, 250000)} ${b}s > ${pick([1000, 4096, 8192, 200000])} maximum`,
      () => `${a}s.${int(0, 40)}.${b}: ${p}`,
      () => `Could not ${pick(["resolve", "load", "open", "create", "delete", "refresh"])} ${a} '${b}_${hex(4)}'`,
      () => `${cap(a)} '${b}' ${p}. ${fill(pick(ADVICE), vendor)}`,
      () => `Expected ${a} to be ${pick(["a string", "an integer", "a list", "non-empty", "one of api_key or auth_token"])}, got ${pick(["None", "null", "undefined", `'${b}'`])}`,
      () =>
        `This request would exceed the ${a} limit for your organization (${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}) of ${int(1, 400) * 1000} ${b}s per minute. ${fill(pick(ADVICE), vendor)}`,
      () =>
        `${cap(a)} ${p} for ${pick(MODELS)} (${b} ${pick(["id", "name", "path"])}: ${pick([`/var/lib/${vendor}/${b}/${hex(6)}.json`, `C:\\Users\\dev\\${vendor}\\${b}.cfg`, `${vendor}-${b}-${int(1, 99)}`])})`,
      () => `${cap(a)} ${p} after ${int(2, 600)} seconds while waiting for ${b} ${pick([`toolu_01${b58(22)}`, `msg_01${b58(22)}`, `0x${hex(12)}`])}`,
      () => `Invalid \`${a}\` argument; \`${vendor}.${camel(b)}\` ${p}. ${fill(pick(ADVICE), vendor)}`,
      () => `${cap(a)} ${b} ${p}`,
    ];
    return pick(shapes)();
  };

  /** The same message as one client or runtime prints it. */
  const styles: ((msg: string, vendor: string) => string)[] = [
    (m, v) => {
      const [status, cls] = pick(CLASSES);
      return `${v}.${cls}: Error code: ${status} - {'type': 'error', 'error': {'type': '${pick(KINDS)}', 'message': ${pyRepr(m)}}, 'request_id': 'req_011C${b58(18)}'}`;
    },
    (m) => {
      const [status, cls] = pick(CLASSES);
      return `${cls}: ${status} ${JSON.stringify({ type: "error", error: { type: pick(KINDS), message: m } })}`;
    },
    (m) => `API Error: ${pick(CLASSES)[0]} ${JSON.stringify({ type: "error", error: { type: pick(KINDS), message: m }, request_id: `req_011C${b58(18)}` })}`,
    (m, v) => `litellm.${pick(CLASSES)[1]}: ${camel(v)}Exception - ${JSON.stringify({ type: "error", error: { type: pick(KINDS), message: m } })}`,
    (m) => {
      const code = pick(AWS_CODES);
      return `botocore.errorfactory.${code}: An error occurred (${code}) when calling the ${pick(AWS_OPS)} operation: ${m}`;
    },
    (m, v) => `${pick([`${v}.`, `${v}.${pick(NOUNS)}s.`, ""])}${pick(PY_ERRORS)}: ${m}`,
    (m) => `${pick(JS_ERRORS)}: ${m}`,
    (m, v) => `com.${v}.${pick(NOUNS)}.${camel(pick(NOUNS))}${pick(["Exception", "Error"])}: ${m}`,
    (m, v) => `${v}: ${pick(NOUNS)}: ${m.charAt(0).toLowerCase()}${m.slice(1)}`,
    (m) => `Error: ${m}`,
    (m, v) => `${pick(["System.InvalidOperationException", "System.Net.Http.HttpRequestException", `${camel(v)}.Sdk.${camel(pick(NOUNS))}Exception`])}: ${m}`,
    (m, v) => `${m} (${camel(v)}::Errors::${camel(pick(NOUNS))}Error)`,
  ];

  const pages: IndexablePage[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < count; i++) {
    const vendor = pick(VENDORS);
    const msg = message(vendor);
    const signature = pick(styles)(msg, vendor);
    const variants = Array.from({ length: rand() < 0.5 ? 0 : int(1, 3) }, () => {
      const other = rand() < 0.3 ? message(vendor) : msg;
      return { signature: pick(styles)(other, vendor), context: pick(["TypeScript SDK", "Python SDK 1.x", "Claude Code", "litellm", "boto3", "Go client", "older versions"]) };
    });
    const words = msg
      .replace(/[^A-Za-z ]+/g, " ")
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 2)
      .slice(0, 6);
    let slug = words.join("-") || `error-${i}`;
    const category = `${vendor}-${pick(["api", "sdk", "cli", "server"])}`;
    while (ids.has(`${category}/${slug}`)) slug = `${slug}-${int(2, 9999)}`;
    ids.add(`${category}/${slug}`);
    const match: { frames?: string[]; packages?: string[] } = {};
    if (rand() < 0.35) match.frames = [pick([`${vendor}/_base_client.py`, `${vendor}/${pick(NOUNS)}s/_${pick(NOUNS)}.py`, `@${vendor}/sdk/core`, `${vendor}/lib/${pick(NOUNS)}.js`])];
    if (rand() < 0.6) match.packages = [vendor, ...(rand() < 0.4 ? [`@${vendor}/sdk`] : [])];
    const data: IndexablePage["data"] = { title: `${cap(words.slice(0, 5).join(" "))} (${vendor})`, signature };
    if (variants.length) data.variants = variants;
    if (match.frames || match.packages) data.match = match;
    pages.push({ id: `${category}/${slug}`, data });
  }
  return pages;
}

/**
 * Generated pages with the one-line summary and first-fix title the served index ships for every page (issue 8 §4;
 * entries/lookup-pages.ts), which `generatePages` leaves out: text made from the page's own title and signature, cut
 * to `length` characters (the 90 real pages' summaries average about 300). Deterministic, and it draws nothing from
 * the generator's random sequence, so the pages are otherwise the same site.
 * @param pages From `generatePages`.
 * @param [length] Characters of each summary.
 * @returns The pages with `summary` and `fix`.
 */
export function withSummaries(pages: readonly IndexablePage[], length = 300): (IndexablePage & { data: PageExtras })[] {
  return pages.map((p) => ({
    ...p,
    data: { ...p.data, summary: `${p.data.title}: what it means and what to do first. ${p.data.signature}`.slice(0, length), fix: `Fix ${p.data.title.slice(0, 40)}` },
  }));
}
