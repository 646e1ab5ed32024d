/**
 * The one place for site-wide settings. Pure: read by astro.config.mjs, the pages and the scripts.
 */

/** Public URL of the deployed site (canonical URLs, sitemap, Open Graph). Override with ERRATA_SITE. */
export const SITE_URL = "https://errata.example.org";

/** Repository holding `content/`: the "edit this page" link and the "new page" link point here. */
export const REPOSITORY = {
  url: "https://github.com/errata-dev/errata",
  branch: "main",
} as const;

export const SITE_TITLE = "errata";
export const SITE_TAGLINE = "Paste the error. Get the page that explains it.";

/** The content folder: `content/` unless ERRATA_CONTENT names another. */
export function contentDir(): string {
  return process.env.ERRATA_CONTENT ?? "content";
}

export function siteUrl(): string {
  return process.env.ERRATA_SITE ?? SITE_URL;
}

/**
 * The "edit this page" URL for a content file path like `content/errors/x/y.md`, or undefined when the
 * file is not inside the repository (ERRATA_CONTENT pointing elsewhere gives an absolute or `../` path,
 * which must not end up in a public link).
 */
export function editUrl(file: string): string | undefined {
  const path = file.replace(/\\/g, "/").replace(/^\.\//, "");
  if (path.startsWith("/") || path.startsWith("../") || /^[a-zA-Z]:\//.test(path)) return undefined;
  return `${REPOSITORY.url}/edit/${REPOSITORY.branch}/${path}`;
}

/** Pages listed per category page; larger categories are paginated. */
export const CATEGORY_PAGE_SIZE = 100;
