/**
 * The site's settings, read from `<content>/site.yml` (validated by src/entries/site-schema.ts) and read
 * by astro.config.mjs, the pages and every CLI. Environment variables override the file:
 *   ERRATA_CONTENT  the content folder (default `content`), which holds site.yml
 *   ERRATA_SITE     the public URL (a URL with a path also sets the base path, e.g. a GitHub Pages project site)
 *   ERRATA_BASE     the base path, e.g. `/docs/errors/`
 * A content folder without site.yml gets the defaults below (test fixtures, generated benchmark sites).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { formatProblem, type Problem } from "./entries/problem.ts";
import { readSite } from "./entries/read-site.ts";
import { BASE_PATTERN, type SiteSettings } from "./entries/site-schema.ts";

export const SITE_FILE = "site.yml";

export interface SiteConfig {
  title: string;
  tagline?: string;
  description?: string;
  /** The site's public root, origin plus base, ending in `/`: `https://acme.github.io/errors/`. */
  url: string;
  /** `https://acme.github.io` */
  origin: string;
  /** `/` or `/errors/`: always starts and ends with `/`. */
  base: string;
  repository?: { url: string; branch: string; edit: string };
  logo?: string;
  nav: Array<{ label: string; href: string }>;
  footer?: string;
  theme: "auto" | "light" | "dark";
  /** `lookup.answersFirst`: read every answer file before a paste (privacy over bytes). */
  lookup: { answersFirst: boolean };
}

const DEFAULTS: SiteSettings = { title: "errata", url: "https://errata.example.org" };

/** Pages listed per category page; larger categories are paginated. */
export const CATEGORY_PAGE_SIZE = 100;

/** The content folder: `content/` unless ERRATA_CONTENT names another. */
export function contentDir(): string {
  return process.env["ERRATA_CONTENT"] ?? "content";
}

function siteFilePath(dir: string = contentDir()): string {
  return join(dir, SITE_FILE);
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

function envProblem(name: string, message: string): Problem {
  return { file: `${name} (environment)`, line: 1, column: 1, field: name, code: "invalid-value", message };
}

/** Settings from the file (or defaults) with environment overrides applied; every problem found. */
export function loadSiteConfig(dir: string = contentDir(), env: NodeJS.ProcessEnv = process.env): { config?: SiteConfig; problems: Problem[] } {
  const path = siteFilePath(dir);
  let settings = DEFAULTS;
  if (existsSync(path)) {
    const read = readSite(display(path), readFileSync(path, "utf8"));
    if (!read.value) return { problems: read.problems };
    settings = read.value;
  }
  const problems: Problem[] = [];
  let url = settings.url;
  let base = settings.base;
  const envUrl = env["ERRATA_SITE"];
  if (envUrl !== undefined && envUrl !== "") {
    let parsed: URL | undefined;
    try {
      parsed = new URL(envUrl);
    } catch {
      /* reported below */
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol)) problems.push(envProblem("ERRATA_SITE", `expected an http(s) URL, got ${JSON.stringify(envUrl)}`));
    else {
      url = envUrl;
      // A URL with a path names the base too; a bare origin keeps the file's base.
      if (parsed.pathname !== "/") base = undefined;
    }
  }
  const envBase = env["ERRATA_BASE"];
  if (envBase !== undefined && envBase !== "") {
    const normal = `/${envBase.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
    if (!BASE_PATTERN.test(normal)) problems.push(envProblem("ERRATA_BASE", `expected a path such as /docs/errors/, got ${JSON.stringify(envBase)}`));
    else base = normal;
  }
  if (problems.length > 0) return { problems };
  const parsedUrl = new URL(url);
  const urlPath = parsedUrl.pathname.replace(/\/?$/, "/");
  if (base && urlPath !== "/" && base !== urlPath)
    return { problems: [envProblem("ERRATA_BASE", `base ${base} disagrees with the path of the URL ${url} — give the URL without a path, or the same path`)] };
  base ??= urlPath;
  if (!BASE_PATTERN.test(base)) return { problems: [envProblem("ERRATA_SITE", `the path of ${url} cannot be a base path — use letters, digits, . _ ~ - only`)] };
  const repo = settings.repository;
  const branch = repo?.branch ?? "main";
  return {
    problems,
    config: {
      title: settings.title,
      ...(settings.tagline ? { tagline: settings.tagline } : {}),
      ...(settings.description ? { description: settings.description } : {}),
      url: `${parsedUrl.origin}${base}`,
      origin: parsedUrl.origin,
      base,
      ...(repo ? { repository: { url: repo.url.replace(/\/$/, ""), branch, edit: repo.edit ?? `${repo.url.replace(/\/$/, "")}/edit/${branch}/{path}` } } : {}),
      ...(settings.logo ? { logo: settings.logo } : {}),
      nav: settings.nav ?? [],
      ...(settings.footer ? { footer: settings.footer } : {}),
      theme: settings.theme ?? "auto",
      lookup: { answersFirst: settings.lookup?.answersFirst ?? false },
    },
  };
}

class SiteConfigError extends Error {
  constructor(problems: readonly Problem[]) {
    super(`Site settings problems:\n${problems.map(formatProblem).join("\n")}\nRun \`npm run validate\` for the same list.`);
    this.name = "SiteConfigError";
  }
}

let cached: SiteConfig | undefined;

/** The site's settings, loaded once; a problem in site.yml (or the environment) throws with its lines. */
export function siteConfig(): SiteConfig {
  if (cached) return cached;
  const { config, problems } = loadSiteConfig();
  if (!config) throw new SiteConfigError(problems);
  cached = config;
  return cached;
}

/** The "edit this page" URL for a content file path like `content/errors/x/y.md`, or undefined without a repository. */
export function editUrl(file: string): string | undefined {
  const repo = siteConfig().repository;
  const path = file.replace(/\\/g, "/").replace(/^\.\//, "");
  // A file outside the repository (ERRATA_CONTENT pointing elsewhere: an absolute or `../` path) gets no public link.
  if (path.startsWith("/") || path.startsWith("../") || /^[a-zA-Z]:\//.test(path)) return undefined;
  return repo ? repo.edit.replace("{path}", path) : undefined;
}
