/**
 * `match.bareStatus` (issue 8 §2, log-only pastes, at any site size §3): a page the site names for a status
 * answers a paste that shows that status and no message, before other pages that print the status, through the
 * sharded index as in memory, and before a mere resemblance of a header dump's words to some page.
 */
import { describe, expect, it } from "vitest";
import { isAnswerFile } from "../../../../src/lookup/match/answers.ts";
import { generatePages } from "../../../../scripts/bench/generate-pages.ts";
import { buildLookupIndex, compilePages, createLookup, lookupSync } from "../../../../src/lookup/match/index.ts";
import { keyCandidates, locateKeys, LOOKUP_KB, rankKeys, STATUS, statusKeys } from "../../../../src/lookup/match/route.ts";
import { ROUTING_WEIGHTS } from "../../../../src/lookup/match/routing-weights.ts";
import { candidatesFrom } from "../../../../src/lookup/match/candidates.ts";
import { parseTrace } from "../../../../src/lookup/parse/index.ts";
import type { IndexablePage } from "../../../../src/lookup/match/types.ts";
import { page } from "./pages.ts";

const HEADERS = "   HTTP/2 429\n   retry-after: 62291\n   anthropic-ratelimit-unified-status: rejected";
const rateLimit = (bareStatus?: number) =>
  page("api/rate-limit", "anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'This request would exceed your rate limit.'}}", {
    match: bareStatus === undefined ? { packages: ["anthropic"] } : { packages: ["anthropic"], bareStatus },
  });
const acceleration = page(
  "api/acceleration-limit",
  "anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Your usage is ramping up too quickly.'}}",
  {
    match: { packages: ["anthropic"] },
  },
);

describe("a declared bare status", () => {
  it("keys nothing when undeclared, and `#` and the status when declared", () => {
    expect(statusKeys(undefined)).toEqual([]);
    expect(statusKeys(429)).toEqual([`${STATUS}429`]);
  });

  it("answers a log-only paste alone, where two pages that print the status share too little to answer", () => {
    // Undeclared, the two share the status-only score (0.25 each), under the low threshold: no answer.
    expect(lookupSync(HEADERS, compilePages([rateLimit(), acceleration]), { limit: 3 }).matches).toEqual([]);
    expect(lookupSync(HEADERS, compilePages([rateLimit()]), { limit: 3 }).matches.map((m) => [m.id, m.score])).toEqual([["api/rate-limit", 0.5]]);
    const declared = lookupSync(HEADERS, compilePages([rateLimit(429), acceleration]), { limit: 3 }).matches;
    expect(declared.map((m) => [m.id, m.score, m.confidence])).toEqual([["api/rate-limit", 0.5, "low"]]);
    expect(declared[0]?.why.signals[0]?.detail).toMatch(/which this site gives this page/);
  });

  it("still needs the page's product named in the paste", () => {
    expect(lookupSync("   HTTP/2 429\n   retry-after: 62291", compilePages([rateLimit(429), acceleration])).matches).toEqual([]);
  });

  it("outranks a low resemblance of words, which an undeclared status does not", () => {
    // A page whose words a header dump resembles (`retry`, `after`), on a site where the 429 page is declared or not.
    const lookalike = page("kafka/retry-budget", "Error: Consumer exceeded its retry budget after 30 seconds", { match: { packages: ["anthropic"] } });
    const undeclared = lookupSync(HEADERS, compilePages([rateLimit(), lookalike]), { limit: 3 }).matches;
    expect(undeclared[0]?.id).toBe("kafka/retry-budget");
    expect(undeclared[0]?.confidence).toBe("low");
    const declared = lookupSync(HEADERS, compilePages([rateLimit(429), lookalike]), { limit: 3 }).matches;
    expect(declared.map((m) => m.id)).toEqual(["api/rate-limit", "kafka/retry-budget"]);
  });

  it("reads a later line's declared status past an earlier line's undeclared one when a low match exists", () => {
    const lookalike = page("kafka/retry-budget", "Error: Consumer exceeded its retry budget after 30 seconds", { match: { packages: ["anthropic"] } });
    const forbidden = page(
      "api/permission",
      "anthropic.PermissionDeniedError: Error code: 403 - {'type': 'error', 'error': {'type': 'permission_error', 'message': 'Your API key does not have permission.'}}",
      {
        match: { packages: ["anthropic"] },
      },
    );
    const log = `   HTTP/2 403\n${HEADERS}`;
    expect(lookupSync(log, compilePages([rateLimit(429), forbidden, lookalike]), { limit: 3 }).matches.map((m) => m.id)).toEqual(["api/rate-limit", "kafka/retry-budget"]);
  });

  it("offers the status key of a line whose status a page declares", () => {
    const site = compilePages([rateLimit(429), ...generatePages({ count: 1500 })]);
    const router = site.router;
    expect(router).toBeDefined();
    if (!router) return;
    const keys = keyCandidates(candidatesFrom(parseTrace(HEADERS), HEADERS), router).filter((c) => c.features.status === 1);
    expect(keys.map((c) => c.key)).toEqual([`${STATUS}429`]);
    const notFound = "HTTP/2 404 returned for https://api.anthropic.com/v1/messages";
    expect(keyCandidates(candidatesFrom(parseTrace(notFound), notFound), router).filter((c) => c.features.status === 1)).toEqual([]);
    // No status printed: the error kind's documented status stands in for it (dialects/status.ts `statusOfKind`).
    const kindOnly = `litellm.exceptions.RateLimitError: AnthropicException - {"type":"error","error":{"type":"rate_limit_error","message":"slow down"}}`;
    expect(
      keyCandidates(candidatesFrom(parseTrace(kindOnly), kindOnly), router)
        .filter((c) => c.features.status === 1)
        .map((c) => c.key),
    ).toEqual([`${STATUS}429`]);
  });

  it("ranks a status key beside a line's best other key, never before it, and high only for a line with no API message", () => {
    const site = compilePages([rateLimit(429), ...generatePages({ count: 1500 })]);
    const router = site.router;
    expect(router).toBeDefined();
    if (!router) return;
    const ranked = (text: string) => rankKeys(locateKeys(keyCandidates(candidatesFrom(parseTrace(text), text), router), router), ROUTING_WEIGHTS);
    const log = ranked("goose: request failed with status: 429 (retrying)");
    expect(log.find((k) => k.key === `${STATUS}429`)?.features.bare).toBe(1);
    expect(log.findIndex((k) => k.key === `${STATUS}429`)).toBe(1);
    const body = ranked(`Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'This request would exceed your rate limit.'}}`);
    expect(body.find((k) => k.key === `${STATUS}429`)?.features.bare).toBe(0);
    // Even weighted above every other key, a status key is not read first.
    const text = "goose: request failed with status: 429 (retrying)";
    const heavy = rankKeys(locateKeys(keyCandidates(candidatesFrom(parseTrace(text), text), router), router), { ...ROUTING_WEIGHTS, status: 1e6 });
    expect([heavy[0]?.features.status, heavy[1]?.key]).toEqual([0, `${STATUS}429`]);
    // Unless that key's file leaves no room for the status key's: it would then not be read at all.
    const located = locateKeys(keyCandidates(candidatesFrom(parseTrace(text), text), router), router);
    const full = located.map((k) => (k.features.status === 0 ? { ...k, file: "big", kb: LOOKUP_KB } : k));
    expect(rankKeys(full, { ...ROUTING_WEIGHTS, status: 1e6 })[0]?.key).toBe(`${STATUS}429`);
  });

  it("gives a bare status to the page that also accounts for the hosting platform the paste names", () => {
    const vertex = page("vertex/quota", "google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model", {
      match: { packages: ["google", "anthropic"], bareStatus: 429 },
    });
    const site = compilePages([rateLimit(429), vertex]);
    const viaVertex = "post https://us-east5-aiplatform.googleapis.com/v1/projects/p/locations/us-east5/publishers/anthropic/models/claude-sonnet-4:streamRawPredict failed with status 429";
    // The direct API's page keeps half of what it had with no platform named, too little to answer.
    expect(lookupSync(viaVertex, site, { limit: 3 }).matches.map((m) => [m.id, m.score])).toEqual([["vertex/quota", 0.5]]);
    // Claude named and no platform (`claude` is no word of Vertex's own): the two pages share the status, too little
    // for either.
    expect(lookupSync("claude: request failed with status 429", site, { limit: 3 }).matches).toEqual([]);
    expect(lookupSync("claude: request failed with status 429", compilePages([rateLimit(429)]), { limit: 3 }).matches.map((m) => m.id)).toEqual(["api/rate-limit"]);
  });

  it("reaches the declared page through the sharded index of a large site, as in memory", async () => {
    const pages: IndexablePage[] = [rateLimit(429), acceleration, ...generatePages({ count: 3000 })];
    const index = buildLookupIndex(pages);
    expect(index.manifest.routed).toBe(true);
    const fetched: string[] = [];
    const lookup = createLookup(index.manifest, (name) => {
      if (!isAnswerFile(name)) fetched.push(name);
      return Promise.resolve(JSON.parse(JSON.stringify(index.shards[name])) as unknown);
    });
    const served = await lookup.lookup(HEADERS, { limit: 3 });
    expect(served.matches[0]?.id).toBe("api/rate-limit");
    expect(served.keys).toContain(`${STATUS}429`);
    // The in-memory index matches without answers; the served lookup then adds each match's (answers.ts).
    expect(served.matches.map(({ summary: _s, fix: _f, ...m }) => m)).toEqual(lookupSync(HEADERS, compilePages(pages), { limit: 3 }).matches);
    expect(fetched.length).toBeLessThanOrEqual(3);
  }, 60_000);
});

describe("a status only one product sends (vendors.ts PRODUCT_STATUSES)", () => {
  const overloaded = page("api/overloaded", "anthropic.InternalServerError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}", {
    match: { packages: ["anthropic"], bareStatus: 529 },
  });
  const limited = rateLimit(429);

  it("names its product for a status-only match, at low confidence", () => {
    const m = lookupSync("Error: Request failed: Request failed with status: 529 <unknown status code>", compilePages([overloaded, limited]), { limit: 3 }).matches;
    expect(m.map((x) => [x.id, x.confidence])).toEqual([["api/overloaded", "low"]]);
  });

  it("leaves a shared status unnamed: a bare 429 from an unnamed client is no page's", () => {
    expect(lookupSync("Error: Request failed: Request failed with status: 429 Too Many Requests", compilePages([overloaded, limited]), { limit: 3 }).matches).toEqual([]);
  });
});
