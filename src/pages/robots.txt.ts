/** `/robots.txt`, with the sitemap's absolute URL from the one site setting. */
import { routes } from "../routes.ts";
import { siteConfig } from "../site-config.ts";

export function GET(): Response {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${routes.absolute(routes.sitemap(), siteConfig().origin)}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
