/**
 * Every URL the site emits, in one place, with the base path the site is served under
 * (`/` or e.g. `/docs/errors/`). Pure: shared by the Astro build, the browser code and the CLIs.
 *
 * `routes` uses the build's base: Vite replaces `import.meta.env.BASE_URL` in the build and in
 * browser bundles (astro.config.mjs sets `base` from site.yml). Plain Node has no `import.meta.env`,
 * so CLIs call `createRoutes(siteConfig().base)` instead.
 */
/** Where the error pages live under the base: `errors/<category>/<slug>/`. */
const PAGES = "errors/";

/**
 * A link to a page as authors write it in Markdown, without the base: `/errors/<category>/<slug>` (closing slash
 * optional) and an optional `#anchor`. Regex literals, not built from PAGES, so that browser bundles, which import
 * this module for its routes, drop them; tests/unit/site/page-link.test.ts checks they read what `page()` emits.
 */
export const PAGE_LINK = /^\/errors\/([a-z0-9-]+)\/([a-z0-9-]+)\/?(#[^\s]*)?$/;

/** Every page link's target in a Markdown file's text: the `/errors/…` of `](/errors/…)`. */
export const PAGE_LINKS_IN_MARKDOWN = /\]\((\/errors\/[^)\s]*)\)/g;

/** An error page's HTML file in the build's output folder (which the base path is not part of). */
export function pageFile(id: string): string {
  return `${PAGES}${id}/index.html`;
}

/** Folder of part `i` of the full-text index under the site root (src/search-shards.ts): the first is Pagefind's usual one. */
export function shardDir(i: number): string {
  return i === 0 ? "pagefind" : `pagefind/part-${i}`;
}

/** `docs/errors` → `/docs/errors/`; `` and `/` → `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

export interface Routes {
  base: string;
  /** A path on the site (`/errors/`, `favicon.svg`) with the base in front. */
  path(sitePath: string): string;
  home(): string;
  browse(): string;
  /** An error page: `<base>errors/<category>/<slug>/`, with an optional `#fragment`. */
  page(id: string, hash?: string): string;
  /** A category listing, page n ≥ 2 under `page/<n>/`. */
  category(id: string, n?: number): string;
  platform(slug: string, n?: number): string;
  /** The lookup page; `query` pre-fills it (`#q=…`, never sent to a server). */
  lookup(query?: string): string;
  search(): string;
  playground(): string;
  shard(tag: string, name: string): string;
  pagefind(): string;
  /** Part `i` ≥ 1 of a large site's full-text index (src/search-shards.ts), as `mergeIndex` takes it. */
  pagefindPart(i: number): string;
  errorsJson(): string;
  sitemap(): string;
  asset(file: string): string;
  /** The 404 page as hosts serve it (Astro writes `404.html`). */
  notFound(): string;
  /** Absolute URL (canonical, Open Graph, sitemap, errors.json) on `origin`. */
  absolute(href: string, origin: string): string;
}

export function createRoutes(rawBase: string): Routes {
  const base = normalizeBase(rawBase);
  const path = (sitePath: string) => `${base}${sitePath.replace(/^\/+/, "")}`;
  const paged = (first: string, n = 1) => (n <= 1 ? first : `${first}page/${n}/`);
  return {
    base,
    path,
    home: () => base,
    browse: () => path(PAGES),
    page: (id, hash) => path(`${PAGES}${id}/`) + (hash ? (hash.startsWith("#") ? hash : `#${hash}`) : ""),
    category: (id, n) => paged(path(`${PAGES}${id}/`), n),
    platform: (slug, n) => paged(path(`platforms/${slug}/`), n),
    lookup: (query) => path("lookup/") + (query === undefined ? "" : `#q=${encodeURIComponent(query)}`),
    search: () => path("search/"),
    playground: () => path("playground/"),
    shard: (tag, name) => path(`lookup/${tag}/${name}.json`),
    pagefind: () => path(`${shardDir(0)}/pagefind.js`),
    pagefindPart: (i) => path(`${shardDir(i)}/`),
    errorsJson: () => path("errors.json"),
    sitemap: () => path("sitemap-index.xml"),
    asset: (file) => path(file),
    notFound: () => path("404.html"),
    absolute: (href, origin) => new URL(href, origin).href,
  };
}

function buildBase(): string {
  // The literal `import.meta.env.BASE_URL` is what Vite replaces with the configured base at build time
  // (reading it any other way would let a BASE_URL environment variable leak in). Plain Node has no env: the
  // one-process build (scripts/build.ts) renders pages outside Vite and declares the base it builds for.
  if (typeof import.meta.env !== "undefined") return import.meta.env.BASE_URL;
  return (globalThis as { __errataBase?: string }).__errataBase ?? "/";
}

/** Declares the base path for code that runs outside Vite (the build script and its render workers). */
export function declareBuildBase(base: string): void {
  (globalThis as { __errataBase?: string }).__errataBase = base;
}

/** The routes of this build, read when used, so a base declared after import still applies. */
export const routes: Routes = new Proxy({} as Routes, {
  // The methods are arrow functions that do not use `this`, so handing them out unbound is safe.
  get: (_target, prop): unknown => Reflect.get(createRoutes(buildBase()), prop),
});
