/** `/robots.txt`, with the sitemap's absolute URL from the one site setting. */
import { siteUrl } from "../site-config.ts";

export function GET(): Response {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL("/sitemap-index.xml", siteUrl()).href}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
