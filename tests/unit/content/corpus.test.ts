/**
 * The bundled content meets the Corpus bar: the listed pages at their permanent ids, four described
 * categories, ≥ 2 public sources each, related links that follow the real clusters, and
 * playgrounds on the pages that replay bytes. (Signatures finding their pages is tested in
 * tests/unit/lookup/match/corpus.test.ts; validity by `npm run validate`.)
 */
import { describe, expect, it } from "vitest";
import { loadContent } from "../../../src/entries/load-content.ts";
import { verifyContent } from "../../../src/entries/verify-content.ts";

const content = verifyContent(loadContent("content"));
const byId = new Map(content.pages.map((p) => [p.id, p]));

const PAGES = {
  P01: "amazon-bedrock/stream-valueerror-bad-response-code",
  P02: "anthropic-api/rate-limit-error-429",
  P03: "anthropic-api/stream-error-event-apistatuserror",
  P04: "anthropic-api/overloaded-error-529",
  P05: "anthropic-api/internal-server-error-500",
  P06: "anthropic-api/prompt-too-long",
  P07: "anthropic-api/authentication-error-invalid-api-key",
  P08: "anthropic-sdk/api-connection-error",
  P09: "anthropic-sdk/ssl-certificate-verify-failed",
  P10: "anthropic-sdk/api-timeout-error",
  P11: "anthropic-sdk/streaming-required-long-requests",
  P12: "anthropic-api/tool-use-without-tool-result",
  P13: "anthropic-api/model-not-found-404",
  P14: "anthropic-api/credit-balance-too-low",
  P15: "anthropic-sdk/bedrock-request-ended-without-chunks",
  P16: "amazon-bedrock/on-demand-throughput-not-supported",
  P17: "amazon-bedrock/access-denied-model-access",
  P18: "amazon-bedrock/eventstream-error-throttling",
  P19: "google-vertex/publisher-model-not-found",
  P20: "anthropic-sdk/peer-closed-connection-incomplete-chunked-read",
  P21: "anthropic-sdk/unexpected-event-order",
  P22: "anthropic-api/max-tokens-exceeds-model-limit",
  P23: "amazon-bedrock/no-credentials-error",
  P24: "anthropic-sdk/could-not-resolve-authentication-method",
  P25: "anthropic-api/text-content-blocks-must-be-non-empty",
  P26: "amazon-bedrock/stream-attributeerror-nonetype",
  P27: "google-vertex/missing-region-or-project-id",
  P28: "google-vertex/default-credentials-error",
  P29: "anthropic-sdk/httpx2-timeout-typeerror",
  P30: "anthropic-sdk/unexpected-keyword-argument-temperature",
  P31: "anthropic-api/request-too-large-413",
  P32: "anthropic-sdk/request-was-aborted",
} as const;

// Issue 9 §3, Anthropic API / SDK pages chosen by demand (branch new-pages). The Bedrock / Vertex pages of the same
// issue come in their own block; ALL_PAGES joins the blocks.
const NEW_API_PAGES = {
  A01: "anthropic-api/final-assistant-content-trailing-whitespace",
  A02: "anthropic-api/tool-input-schema-top-level-oneof",
  A03: "anthropic-api/organization-disabled",
  A04: "anthropic-api/cache-control-maximum-4-blocks",
  A05: "anthropic-api/thinking-block-expected-found-text",
  A06: "anthropic-api/image-exceeds-5-mb-maximum",
  A07: "anthropic-api/image-dimensions-exceed-max-allowed-size",
  A08: "anthropic-api/tool-use-input-valid-dictionary",
} as const;

// --- Issue 9 §3, cloud half (amazon-bedrock / google-vertex), added on branch new-pages-cloud. ---
// Kept as its own block so the anthropic-api / anthropic-sdk half can add its ids alongside without conflicts.
const CLOUD_PAGES_9 = {
  C01: "amazon-bedrock/model-identifier-invalid",
  C02: "amazon-bedrock/invalid-beta-flag",
  C03: "amazon-bedrock/security-token-expired",
  C04: "amazon-bedrock/throttling-exception-too-many-tokens",
  C05: "amazon-bedrock/model-legacy-end-of-life",
  C06: "amazon-bedrock/malformed-input-request-extraneous-key",
  C07: "google-vertex/multi-region-endpoint-not-found",
  C08: "google-vertex/quota-exceeded-resource-exhausted",
} as const;
// Each new page must link to at least one page of its cluster (existing or new).
const CLOUD_CLUSTERS_9: Record<string, { members: (keyof typeof CLOUD_PAGES_9)[]; peers: string[] }> = {
  "model ids and access": { members: ["C01", "C05", "C07"], peers: [PAGES.P13, PAGES.P16, PAGES.P17, PAGES.P19] },
  "rate and capacity": { members: ["C04", "C08"], peers: [PAGES.P02, PAGES.P18] },
  "authentication and credentials": { members: ["C03"], peers: [PAGES.P23, PAGES.P24, PAGES.P28] },
  "request shape and size": { members: ["C02", "C06"], peers: [PAGES.P22, PAGES.P25] },
};
// --- end of the cloud block ---

// Issue 8: errors the lookup corpus kept finding that no page covered (labelled "uncovered" there until these came).
const CORPUS_GAP_PAGES = {
  G01: "anthropic-api/request-body-not-valid-json",
  G02: "amazon-bedrock/text-completions-body-not-supported",
  G03: "anthropic-api/extra-inputs-not-permitted",
  G04: "anthropic-api/temperature-and-top-p-both-specified",
  G05: "anthropic-api/credential-only-authorized-for-claude-code",
  G06: "anthropic-api/roles-must-alternate",
  G07: "anthropic-api/response-exceeded-output-token-maximum",
  G08: "anthropic-api/thinking-type-enabled-not-supported",
  G09: "anthropic-api/assistant-prefill-not-supported",
  G10: "amazon-bedrock/data-retention-mode-not-available",
  G11: "anthropic-api/forbidden-request-not-allowed",
  G12: "anthropic-api/extra-usage-required-long-context",
  G13: "anthropic-api/api-usage-limits-reached",
  G14: "amazon-bedrock/converse-tool-input-schema-invalid",
  G15: "anthropic-api/tool-name-pattern-mismatch",
  G16: "amazon-bedrock/operation-not-allowed",
  G17: "anthropic-api/upstream-connect-error-503",
  G18: "anthropic-api/thinking-signature-invalid",
  G19: "anthropic-api/input-tag-does-not-match-expected-tags",
  G20: "anthropic-sdk/sdk-too-old-for-parameter",
  G21: "amazon-bedrock/api-key-authentication-failed",
  G22: "amazon-bedrock/service-unavailable-503",
  G23: "amazon-bedrock/prompt-caching-not-supported",
  G24: "anthropic-api/input-should-be-valid-string",
  G25: "anthropic-api/oauth-refresh-token-invalid-grant",
  G26: "anthropic-api/not-found-error-wrong-path",
  G27: "anthropic-api/cloudflare-html-gateway-error",
  G28: "anthropic-api/could-not-process-image",
  G29: "anthropic-api/image-media-type-mismatch",
  G30: "anthropic-api/system-invalid-model-name",
  G31: "amazon-bedrock/converse-toolconfig-must-be-defined",
  G32: "anthropic-api/messages-at-least-one-required",
  G33: "amazon-bedrock/read-timeout-error",
  G34: "anthropic-api/usage-policy-refusal",
  G35: "anthropic-api/anthropic-version-required",
  G36: "anthropic-api/thinking-with-forced-tool-choice",
  G37: "anthropic-api/temperature-rejected",
  G38: "anthropic-sdk/httpx-proxies-typeerror",
  G39: "anthropic-api/stream-idle-timeout",
  G40: "anthropic-sdk/agent-sdk-process-exited",
  G41: "anthropic-api/oauth-authentication-not-supported",
  G42: "anthropic-api/pdf-not-valid",
  G43: "anthropic-sdk/agent-sdk-executable-not-found",
  G44: "anthropic-sdk/agent-sdk-control-request-timeout",
  G45: "anthropic-sdk/browser-environment-disabled",
  G46: "anthropic-sdk/go-accumulate-marshaljson",
  G47: "anthropic-sdk/agent-sdk-unknown-message-type",
  G48: "anthropic-api/billing-header-reserved-keyword",
  G49: "anthropic-api/output-blocked-content-filtering",
  G50: "google-vertex/claude-via-generatecontent-api",
  G51: "anthropic-api/duplicate-tool-use-ids",
  G52: "anthropic-sdk/content-block-not-found",
  G53: "anthropic-api/thinking-budget-tokens-minimum",
  G54: "anthropic-api/permission-error-403",
  G55: "anthropic-sdk/could-not-parse-message-into-json",
  G56: "anthropic-api/clear-thinking-requires-thinking",
  G57: "anthropic-sdk/claude-code-auto-mode-classifier-unavailable",
  G58: "anthropic-api/thinking-block-must-contain-thinking",
  G59: "anthropic-api/field-required",
  G60: "anthropic-sdk/claude-code-usage-limit-reached",
  G61: "anthropic-api/claude-code-version-too-old",
  G62: "anthropic-api/thinking-type-must-be-enabled-or-adaptive",
  G63: "amazon-bedrock/image-content-block-not-supported",
  G64: "anthropic-sdk/agent-sdk-json-buffer-size-exceeded",
  G65: "anthropic-sdk/anthropic-object-has-no-attribute",
  G66: "anthropic-api/final-block-cannot-be-thinking",
  G67: "anthropic-sdk/claude-code-auto-update-failed",
  G68: "anthropic-api/compiled-grammar-too-large",
  G69: "anthropic-sdk/mcp-connection-closed",
  G70: "anthropic-sdk/missing-required-arguments",
  G71: "anthropic-api/parameter-not-supported-by-model",
  G72: "anthropic-sdk/claude-code-invalid-settings",
  G73: "anthropic-sdk/claude-code-oauth-login-failed",
  G74: "google-vertex/data-sharing-required-publisher-anthropic",
  G75: "anthropic-sdk/claude-code-native-binary-missing",
  G76: "anthropic-api/bad-request-400-no-body",
  G77: "google-vertex/internal-error-encountered-500",
  G78: "amazon-bedrock/sso-session-token-not-found",
  G79: "anthropic-api/stop-sequences-whitespace",
  G80: "anthropic-sdk/claude-code-web-sessions-require-claude-ai",
  G81: "anthropic-api/too-much-media",
  G82: "anthropic-api/tool-choice-without-tools",
} as const;

const ALL_PAGES = { ...PAGES, ...NEW_API_PAGES, ...CLOUD_PAGES_9, ...CORPUS_GAP_PAGES } as const;

type Key = keyof typeof ALL_PAGES;
const CLUSTERS: Record<string, Key[]> = {
  "errors after HTTP 200 on a stream": ["P01", "P03", "P18", "P26", "P15", "P21", "G46", "G49", "G52", "G55"],
  "rate and capacity": ["P02", "P04", "P05", "P18", "G12", "G13", "G22", "G57", "G60", "G77"],
  "authentication and credentials": ["P07", "P23", "P24", "P28", "G05", "G11", "G21", "G25", "G41", "G45", "G54", "G73"],
  "model ids and access": ["P13", "P16", "P17", "P19", "G10", "G16", "G26", "G30", "G50", "G61", "G74"],
  "request shape and size": ["P06", "P12", "P22", "P25", "P31", "G01", "G02", "G03", "G04", "G06", "G07", "G23", "G24", "G32", "G35", "G37", "G48", "G51", "G59", "G70", "G71", "G76", "G81", "G82"],
  "SDK 1.x migration": ["P29", "P30", "G20", "G65", "G70"],
  "tool definitions and tool calls": ["A02", "A08", "G14", "G15", "G19", "G31", "G68"],
  "images in requests": ["A06", "A07", "G28", "G29", "G42", "G63"],
  "extended thinking and prefill": ["A01", "A05", "G08", "G09", "G18", "G36", "G53", "G56", "G58", "G62", "G66"],
  "Claude Agent SDK start-up": ["G40", "G43", "G44", "G47", "G64", "G69", "G75"],
  network: ["P08", "P09", "P10", "P20", "P32", "G17", "G27", "G33", "G39", "G67"],
};

describe("the bundled corpus", () => {
  it("validates cleanly, playground replay included", () => {
    expect(content.problems).toEqual([]);
  });

  it("has exactly the listed pages at their permanent ids", () => {
    expect(content.pages.map((p) => p.id).sort()).toEqual(Object.values(ALL_PAGES).sort());
  });

  it("links every new cloud page to its cluster", () => {
    const missing: string[] = [];
    for (const [name, { members, peers }] of Object.entries(CLOUD_CLUSTERS_9)) {
      for (const key of members) {
        const page = byId.get(CLOUD_PAGES_9[key])!;
        const others = [...peers, ...members.filter((k) => k !== key).map((k) => CLOUD_PAGES_9[k] as string)];
        if (!(page.data.related ?? []).some((id) => others.includes(id))) missing.push(`${key} (${name})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("has four categories with real descriptions", () => {
    expect(content.categories.map((c) => c.title).sort()).toEqual(["Amazon Bedrock", "Anthropic API", "Anthropic SDKs", "Google Vertex AI"]);
    for (const c of content.categories) expect(c.description.length).toBeGreaterThan(80);
  });

  it("cites at least two public sources on every page", () => {
    const thin = content.pages.filter((p) => new Set(p.data.sources.map((s) => s.url)).size < 2).map((p) => p.id);
    expect(thin).toEqual([]);
  });

  it("links every page to at least one other page of each cluster it belongs to", () => {
    const missing: string[] = [];
    for (const [name, members] of Object.entries(CLUSTERS)) {
      for (const key of members) {
        const page = byId.get(ALL_PAGES[key])!;
        const others = members.filter((k) => k !== key).map((k) => ALL_PAGES[k] as string);
        if (!(page.data.related ?? []).some((id) => others.includes(id))) missing.push(`${key} (${name})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("declares a playground on the pages that replay bytes", () => {
    const withPlayground = content.pages
      .filter((p) => p.data.playground)
      .map((p) => p.id)
      .sort();
    expect(withPlayground).toEqual([PAGES.P01, PAGES.P03, PAGES.P15, PAGES.P18, PAGES.P20, PAGES.P21, PAGES.P26].sort());
  });

  it("gives Python and TypeScript code where both SDKs are affected", () => {
    const missing = content.pages
      .filter((p) => (p.data.languages ?? []).includes("python") && (p.data.languages ?? []).includes("typescript"))
      .filter((p) => {
        const langs = new Set(p.data.fixes.flatMap((f) => (f.code ?? []).map((c) => c.lang)));
        return !(langs.has("python") && langs.has("typescript"));
      })
      .map((p) => p.id);
    expect(missing).toEqual([]);
  });
});
