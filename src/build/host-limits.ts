/**
 * What the static host accepts. Cloudflare Pages takes at most 20,000 files per deployment
 * (https://developers.cloudflare.com/pages/platform/limits/): the build bundles search fragments to stay under
 * the limit (fragment-budget.ts) and warns when the site is over it anyway (integrations/file-count.ts).
 */
export const FILE_LIMIT = 20_000;

/** Files the host accepts: ERRATA_FILE_LIMIT (another host's limit; the tests' small sites), else FILE_LIMIT. */
export function fileLimit(): number {
  const n = Number(process.env["ERRATA_FILE_LIMIT"]);
  return Number.isInteger(n) && n > 0 ? n : FILE_LIMIT;
}
