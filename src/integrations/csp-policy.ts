/**
 * A strict Content-Security-Policy for one built HTML page: scripts only from the site itself or,
 * for inline `<script>` elements, by their SHA-256 hash; styles likewise; no plugins; no `<base>`
 * elsewhere. Computed from the final HTML after the build, so inline scripts added to layouts or
 * components later are covered without anyone maintaining a list of hashes.
 *
 * Hand-written rather than Astro's `security.csp`: this pass sees every byte of the finished page
 * (including `is:inline` scripts and the Pagefind assets) and also finds the inline `style=`
 * attributes a hash-only policy would break, so the build can say which ones remain.
 *
 * The scan uses the HTML tokenizer's rule for raw-text elements (a `<script>`'s text ends at the
 * first `</script`), which is exact for the HTML Astro writes.
 */
import { createHash } from "node:crypto";

export interface PagePolicy {
  /** The policy text for the meta tag (and the header). */
  policy: string;
  scriptHashes: string[];
  styleHashes: string[];
  /** Values of inline `style=` attributes found (each needs `'unsafe-hashes'` to apply). */
  styleAttributes: string[];
}

/** Pagefind's search runs WebAssembly, which CSP only allows with 'wasm-unsafe-eval' (not 'unsafe-eval'). */
const SCRIPT_EXTRA = ["'wasm-unsafe-eval'"];

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

const RAW_TEXT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
/**
 * A `<script>` whose type is JSON (the FAQ's JSON-LD) is a data block: the browser never runs it, so CSP does not
 * govern it and its hash would only lengthen the policy (HTML § 4.12.1, "data block"). Any other type keeps its hash.
 */
const DATA_BLOCK = /\stype\s*=\s*["']?application\/(?:ld\+)?json(?=["'\s]|$)/i;
const COMMENT = /<!--[\s\S]*?-->/g;
const TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/g;
const STYLE_ATTR = /\sstyle\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i;

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Computes the policy a page needs from its HTML. */
export function pagePolicy(html: string): PagePolicy {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const match of html.matchAll(RAW_TEXT)) {
    const [, tag, attrs, body] = match as unknown as [string, string, string, string];
    if (tag.toLowerCase() === "script") {
      if (!/\ssrc\s*=/i.test(attrs) && !DATA_BLOCK.test(attrs)) scripts.add(sha256(body));
    } else styles.add(sha256(body));
  }
  const markup = html.replace(RAW_TEXT, "<$1>").replace(COMMENT, "");
  const styleAttributes = new Set<string>();
  for (const [tag] of markup.matchAll(TAG)) {
    const attr = STYLE_ATTR.exec(tag);
    if (attr) styleAttributes.add(decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? ""));
  }
  const scriptHashes = [...scripts].sort();
  const styleHashes = [...styles].sort();
  const attrHashes = [...styleAttributes].map(sha256).sort();
  const styleSrc = ["'self'", ...styleHashes, ...(attrHashes.length > 0 ? ["'unsafe-hashes'", ...attrHashes] : [])];
  const policy = [
    "default-src 'self'",
    `script-src ${["'self'", ...SCRIPT_EXTRA, ...scriptHashes].join(" ")}`,
    `style-src ${styleSrc.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
  return { policy, scriptHashes, styleHashes, styleAttributes: [...styleAttributes].sort() };
}

/** The policy as a header for hosts that support one: the meta policy plus what only headers can say. */
export function headerPolicy(policy: string): string {
  return `${policy}; frame-ancestors 'none'`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

/** The policy in a page's meta tag, as `withCspMeta` wrote it (undefined when there is none). */
export function metaPolicy(html: string): string | undefined {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  return meta ? meta[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, "&") : undefined;
}

/** The hashes of the inline `style=` attributes a policy allows: those after `'unsafe-hashes'` in its style-src. */
export function styleAttributeHashes(policy: string): string[] {
  const sources =
    policy
      .split("; ")
      .find((d) => d.startsWith("style-src "))
      ?.split(" ") ?? [];
  const at = sources.indexOf("'unsafe-hashes'");
  return at < 0 ? [] : sources.slice(at + 1);
}

/** The page without the policy `withCspMeta` put in (if any). */
function withoutCspMeta(html: string): string {
  return html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/g, "");
}

/**
 * Inserts the policy as `<meta http-equiv="Content-Security-Policy">` at the top of `<head>` (after
 * `<meta charset>`), before any script or style, so it governs all of them. Replaces an earlier one.
 */
export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`;
  const cleaned = withoutCspMeta(html);
  const charset = /<meta charset=["']?[\w-]+["']?\s*\/?>/i.exec(cleaned);
  if (charset) return cleaned.slice(0, charset.index + charset[0].length) + meta + cleaned.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(cleaned);
  if (!head) throw new Error("no <head> to put the Content-Security-Policy in");
  return cleaned.slice(0, head.index + head[0].length) + meta + cleaned.slice(head.index + head[0].length);
}
