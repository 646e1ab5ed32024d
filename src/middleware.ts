/**
 * Puts each page's Content-Security-Policy meta tag (src/integrations/csp-policy.ts) into its HTML as Astro renders
 * it at build time, so the CSP pass after the build (src/integrations/csp.ts) only reads the pages for `_headers`
 * and writes none of them again (issue 12). That pass adds the tag to any page that lacks it. Nothing changes a
 * page's HTML after this. Not under `astro dev`: Vite's dev client injects inline scripts a hash-only policy
 * would block.
 */
import { defineMiddleware } from "astro:middleware";
import { pagePolicy, withCspMeta } from "./integrations/csp-policy.ts";

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (import.meta.env.DEV || !(response.headers.get("content-type") ?? "").startsWith("text/html")) return response;
  const html = await response.text();
  return new Response(withCspMeta(html, pagePolicy(html).policy), { status: response.status, statusText: response.statusText, headers: response.headers });
});
