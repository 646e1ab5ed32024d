/**
 * Log-only pastes (issue 8 §2): retry lines and HTTP status lines with no error message (`HTTP/2 429`,
 * `Retrying request to /v1/messages in 0.8 seconds` after `"HTTP/1.1 529 "`). When nothing else matched, a status
 * the paste shows points at the pages that declare it as their bare status (`match.bareStatus`: the site says what
 * a bare 429 from its product means), else at the pages whose signature has that status — shared between them, and
 * only for pages whose product the paste names, since every vendor's API answers 429. Never more than low
 * confidence. Declared pages come first because a large site has many pages whose signatures print a 429 and only
 * its author knows which one a bare 429 is.
 */
import { statusIn } from "./dialects/status.ts";
import { PRODUCT_STATUSES } from "./dialects/vendors.ts";
import type { Scored } from "./score.ts";
import { TUNING } from "./tuning.ts";
import { hasProduct, platformsNamed, productCoverage, type VendorEvidence } from "./vendor-evidence.ts";
import type { CompiledPage, Template } from "./types.ts";

/** Lines of the paste read for a status. */
const MAX_LINES = 400;

export interface StatusMatch {
  page: CompiledPage;
  template: Template;
  status: number;
  line: number;
  text: string;
  scored: Scored;
}

/**
 * The entries whose product the paste names, with how much of it (vendor-evidence.ts `productCoverage`) and how
 * many of their hosting platforms it names (`platformsNamed`).
 */
function namedIn<E extends { page: CompiledPage }>(list: readonly E[], vendors: VendorEvidence): (E & { named: number; platforms: number })[] {
  // A page that names no product (no package, frame hint or type prefix of one) cannot be named by a paste: it would
  // answer every status-only paste whatever vendor printed it (stop 41: a new page's 400 drew 77 training negatives).
  return list
    .filter((e) => hasProduct(e.page.libraries))
    .map((e) => ({ ...e, named: productCoverage(vendors, e.page.libraries), platforms: platformsNamed(vendors, e.page.libraries) }))
    .filter((e) => e.named > 0);
}

/** The paste's vendor evidence plus the products that alone send `status` (PRODUCT_STATUSES). */
function withStatusProducts(vendors: VendorEvidence, status: number): VendorEvidence {
  const own = Object.keys(PRODUCT_STATUSES).filter((stem) => PRODUCT_STATUSES[stem]?.includes(status));
  return own.length === 0 ? vendors : { ...vendors, products: new Set([...vendors.products, ...own]) };
}

/**
 * Pages a status-only paste may be about.
 * @param text The paste.
 * @param entries The templates considered (pool.ts order).
 * @param vendors The paste's vendor evidence.
 * @param [declaredOnly] Only pages that declare the status (when other matches exist: match.ts).
 * @returns Matches on a declared bare status or a signature's status, best first; empty when the paste shows no status or no page has it.
 */
export function statusMatches(text: string, entries: readonly { template: Template; page: CompiledPage }[], vendors: VendorEvidence, declaredOnly = false): StatusMatch[] {
  const lines = text.split(/\r?\n/, MAX_LINES);
  const signatures = entries.filter((e) => e.template.source === 0);
  for (let i = 0; i < lines.length; i++) {
    const status = statusIn(lines[i] ?? "");
    if (status === undefined || status < 400) continue;
    const shown = withStatusProducts(vendors, status);
    const declared = namedIn(
      signatures.filter((e) => e.page.bareStatus === status),
      shown,
    );
    const pages =
      declared.length > 0 || declaredOnly
        ? declared
        : namedIn(
            signatures.filter((e) => e.template.parts.status === status),
            shown,
          );
    if (pages.length === 0) continue;
    // A page whose every product the paste names (a Vertex page needs Vertex named, not only Claude) comes first,
    // and of those the ones that account for the hosting platform the paste names (a 429 from a Vertex AI URL that
    // names Claude: the Vertex page, not the direct API's); pages equally well named share the score.
    const most = Math.max(0, ...pages.filter((p) => p.named === 1).map((p) => p.platforms));
    const top = pages.filter((p) => p.named === 1 && p.platforms === most).length;
    const full = pages.filter((p) => p.named === 1).length;
    return pages.map(({ page, template, named, platforms }) => {
      const score = named === 1 && platforms === most ? TUNING.statusOnly / Math.max(1, top) : (TUNING.statusOnly * named) / Math.max(1, full);
      return {
        page,
        template,
        status,
        line: i + 1,
        text: (lines[i] ?? "").trim().slice(0, 240),
        scored: {
          score,
          signals: [
            {
              name: "status",
              agrees: true,
              strength: score,
              detail: `status ${status} alone (no error message in the paste)${declared.length > 0 ? `, which this site gives ${top > 1 ? "these pages" : "this page"}` : ""}${top > 1 ? `, shared by ${top} pages` : ""}`,
            },
          ],
          conflict: false,
          corroborated: false,
          framesOnly: false,
          own: true,
        },
      };
    });
  }
  return [];
}
