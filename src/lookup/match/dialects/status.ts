/**
 * How clients print an HTTP status outside the error body (issue 8 §2), as data. Each pattern's first capture
 * group is the status. Tried in order on the text around the body (and on whole lines of log-only pastes).
 *
 * | pattern | printed by |
 * |---|---|
 * | `Error code: 429` | the Python SDKs (anthropic, openai) |
 * | `API Error: 529`, `API Error (529 …` | Claude Code |
 * | `status 400`, `status: 404`, `status_code=500`, `Status Code: 403`, `StatusCode: 400`, `httpStatusCode: 400` | apps, the AWS SDKs for Java, Go and JS |
 * | `HTTP/1.1 429`, `HTTP 529`, `http_status_403` | httpx/requests logs, the AWS SDK for Swift |
 * | `(429 Too Many Requests)` | reqwest, Go's net/http |
 * | `Server error: 529`, `Client error '429 …'` | httpx `raise_for_status`, apps |
 * | `[529]`, `<529>` | loggers |
 * | `with HTTP status code: 529` | the community C# SDK |
 */
const STATUS_PATTERNS: readonly RegExp[] = [
  /\bError code:\s*([1-5]\d{2})\b/,
  /\bAPI Error:?\s*\(?([1-5]\d{2})\b/,
  /\b(?:http)?status(?:[ _-]?code)?["']?\s*[:=]?\s*([1-5]\d{2})\b/i,
  /\bHTTP(?:\/[\d.]+)?["']?\s+([1-5]\d{2})\b/i,
  /\bhttp_status_([1-5]\d{2})\b/,
  /\(([1-5]\d{2}) [A-Z][a-z]+(?: [A-Z][a-z]+)*\)/,
  /\b(?:Server|Client) error:?\s*'?([1-5]\d{2})\b/i,
  /\[([45]\d{2})\]/,
  /<([45]\d{2})>/,
];

/**
 * The first status a text shows.
 * @param text A lead, or a log line.
 * @returns The status, or undefined.
 */
export function statusIn(text: string): number | undefined {
  for (const pattern of STATUS_PATTERNS) {
    const m = pattern.exec(text);
    if (m?.[1]) return Number(m[1]);
  }
  return undefined;
}

/**
 * The status an error kind is always sent with, as its API documents it, for a line that names the kind and prints
 * no status (`AnthropicException - {"type":"error","error":{"type":"not_found_error",…}}`). Routing offers the
 * status key of that status (route.ts), so such a line can still reach the page its site declares for the status.
 * `invalid_request_error` is left out: the API also uses it for 4xx statuses other than 400. AWS exception names
 * (`ThrottlingException`: 429) are left out too: they key their pages by name already (route.ts `namingKeys`), and
 * as a status key they cost a botocore line its second word key (measured: one generated page's own signature of
 * 500 sampled stopped reaching its page at 10,000 pages). The decoders carry the same API table for their fixed
 * clients (decoders/clients/anthropic-errors.ts); this one is the lookup's data, edited per site.
 *
 * | kinds | source |
 * |---|---|
 * | `authentication_error` 401, `permission_error` 403, `not_found_error` 404, `request_too_large` 413, `rate_limit_error` 429, `api_error` 500, `overloaded_error` 529 | https://docs.claude.com/en/api/errors |
 */
const KIND_STATUS: ReadonlyMap<string, number> = new Map([
  ["authentication_error", 401],
  ["permission_error", 403],
  ["not_found_error", 404],
  ["request_too_large", 413],
  ["rate_limit_error", 429],
  ["api_error", 500],
  ["overloaded_error", 529],
]);

/**
 * The status an error kind implies.
 * @param kind An error kind (`not_found_error`), any case.
 * @returns The status, or undefined when the kind is not one of KIND_STATUS.
 */
export function statusOfKind(kind: string | undefined): number | undefined {
  return kind ? KIND_STATUS.get(kind.toLowerCase()) : undefined;
}
