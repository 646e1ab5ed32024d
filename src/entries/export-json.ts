/**
 * `/errors.json`: every page's metadata, from the same validated source as the pages, for tools
 * that want the catalogue without scraping HTML. Deterministic: no build timestamps.
 */
import type { Category } from "./load-content.ts";
import type { Page } from "./read-page.ts";
import type { PageFrontmatter } from "./schema.ts";
import { routes } from "../routes.ts";

const EXPORT_VERSION = 1;

interface ExportedPage {
  id: string;
  url: string;
  category: string;
  title: string;
  signature: string;
  summary: string;
  tool?: string;
  platforms: string[];
  languages: string[];
  variants: NonNullable<PageFrontmatter["variants"]>;
  versions: NonNullable<PageFrontmatter["versions"]>;
  related: string[];
  sources: PageFrontmatter["sources"];
  updated: string;
  playground: boolean;
}

export interface ErrorsExport {
  version: number;
  site: string;
  categories: Array<{ id: string; title: string; description: string; url: string; pages: number }>;
  pages: ExportedPage[];
}

/** `site` is the public root URL, base path included (e.g. https://acme.github.io/errors/). */
export function buildErrorsJson(pages: readonly Page[], categories: readonly Category[], site: string): ErrorsExport {
  const base = site.replace(/\/$/, "");
  const absolute = (href: string) => routes.absolute(href, new URL(site).origin);
  const sorted = [...pages].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    version: EXPORT_VERSION,
    site: base,
    categories: [...categories]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((c) => ({ id: c.id, title: c.title, description: c.description, url: absolute(routes.category(c.id)), pages: pages.filter((p) => p.category === c.id).length })),
    pages: sorted.map((p) => ({
      id: p.id,
      url: absolute(routes.page(p.id)),
      category: p.category,
      title: p.data.title,
      signature: p.data.signature,
      summary: p.data.summary,
      ...(p.data.tool ? { tool: p.data.tool } : {}),
      platforms: p.data.platforms ?? [],
      languages: p.data.languages ?? [],
      variants: p.data.variants ?? [],
      versions: p.data.versions ?? [],
      related: p.data.related ?? [],
      sources: p.data.sources,
      updated: p.data.updated,
      playground: p.data.playground !== undefined,
    })),
  };
}
