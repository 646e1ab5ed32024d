/** `/errors.json`: every page's metadata, generated from the same validated content as the pages. */
import { buildErrorsJson } from "../entries/export-json.ts";
import { siteConfig } from "../site-config.ts";
import { siteData } from "../site-data.ts";

export function GET(): Response {
  const data = siteData();
  return new Response(JSON.stringify(buildErrorsJson(data.pages, data.categories, siteConfig().url), null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
