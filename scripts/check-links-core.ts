/**
 * The link checker's core: given the files of a built site, finds every internal link, asset and
 * `#anchor` that does not resolve. Pure (file map in, problems out) so tests can feed it small sites.
 *
 * What counts as internal: a relative URL, a root-relative one, or an absolute one on the site's own
 * origin. Every internal URL must live under the base path. A fragment must name an `id` (or `<a name>`)
 * in the target page, except state fragments such as `#q=…`, which carry data for scripts, not anchors.
 * HTML is parsed with htmlparser2 (a well-kept, forgiving parser) rather than regular expressions.
 */
import { Parser } from "htmlparser2";

export interface LinkProblem {
  file: string;
  line: number;
  column: number;
  /** `a[href]`, `img[src]`, `sitemap`, `errors.json`… */
  field: string;
  message: string;
}

export interface SiteFiles {
  /** Every file path relative to the site folder, `/`-separated: `errors/a/b/index.html`. */
  paths: ReadonlySet<string>;
  read(path: string): string;
}

export interface CheckOptions {
  base: string;
  origin: string;
}

export interface CheckResult {
  problems: LinkProblem[];
  pages: number;
  links: number;
  anchors: number;
}

const LINK_ATTRS: Record<string, string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src"],
  iframe: ["src"],
  source: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  form: ["action"],
};

interface FoundLink {
  url: string;
  offset: number;
  field: string;
}

interface ParsedPage {
  ids: Set<string>;
  links: FoundLink[];
}

function parsePage(html: string): ParsedPage {
  const ids = new Set<string>();
  const links: FoundLink[] = [];
  // The handler reads the parser's position, so it is built inside the parser's own initializer.
  const parser: Parser = new Parser(
    {
      onopentag(name: string, attrs: Record<string, string>) {
        if (attrs["id"]) ids.add(attrs["id"]);
        if (name === "a" && attrs["name"]) ids.add(attrs["name"]);
        for (const attr of LINK_ATTRS[name] ?? []) {
          const value = attrs[attr];
          // `<link rel="canonical">` and Open Graph point at the public origin: checked like any absolute URL.
          if (value !== undefined) links.push({ url: value, offset: parser.startIndex, field: `${name}[${attr}]` });
        }
        if (name === "meta" && attrs["property"] === "og:url" && attrs["content"]) links.push({ url: attrs["content"], offset: parser.startIndex, field: "meta[og:url]" });
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { ids, links };
}

/** 1-based line and column of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** The URL path a file is served at: `errors/a/index.html` → `<base>errors/a/`. */
export function servedPath(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, "$1");
}

/** A fragment that is an anchor (not script state such as `q=…`). */
export function isAnchor(fragment: string): boolean {
  return fragment !== "" && !fragment.includes("=");
}

export function checkSite(files: SiteFiles, options: CheckOptions): CheckResult {
  const { base, origin } = options;
  const pages = new Map<string, ParsedPage>();
  const htmlFiles = [...files.paths].filter((p) => p.endsWith(".html")).sort();
  for (const file of htmlFiles) pages.set(file, parsePage(files.read(file)));

  const problems: LinkProblem[] = [];
  let links = 0;
  let anchors = 0;

  /** Checks one URL found in `file` (served at `from`); returns a message or undefined. */
  const check = (url: string, from: string): string | undefined => {
    let target: URL;
    try {
      target = new URL(url, `${origin}${from}`);
    } catch {
      return `${JSON.stringify(url)} is not a valid URL`;
    }
    if (target.origin !== origin) return undefined; // another site (or mailto:, data:…): not ours to check
    links++;
    const path = decodeURIComponent(target.pathname);
    if (!path.startsWith(base)) return `${url} points outside the base path ${base} — build it with the routes module (src/routes.ts)`;
    const rel = path.slice(base.length);
    const file = rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
    if (!files.paths.has(file)) {
      const hint = files.paths.has(`${rel}/index.html`) ? ` — add the trailing slash (${path}/)` : "";
      return `${url} leads nowhere: no ${file} in the build${hint}`;
    }
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (isAnchor(fragment) && file.endsWith(".html")) {
      anchors++;
      if (!pages.get(file)?.ids.has(fragment)) return `${url}: no element with id "${fragment}" in ${file}`;
    }
    return undefined;
  };

  for (const [file, page] of pages) {
    const from = servedPath(file, base);
    let html: string | undefined;
    for (const link of page.links) {
      const message = check(link.url, from);
      if (message) {
        html ??= files.read(file);
        problems.push({ file, ...position(html, link.offset), field: link.field, message });
      }
    }
  }

  // Absolute URLs the build writes outside HTML: the sitemap and errors.json.
  for (const file of [...files.paths].filter((p) => /^sitemap.*\.xml$/.test(p)).sort()) {
    const text = files.read(file);
    for (const m of text.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const message = check(m[1]!, base);
      if (message) problems.push({ file, ...position(text, m.index), field: "sitemap", message });
    }
  }
  if (files.paths.has("errors.json")) {
    const text = files.read("errors.json");
    for (const m of text.matchAll(/"url": "([^"]+)"/g)) {
      const message = check(m[1]!, base);
      if (message) problems.push({ file: "errors.json", ...position(text, m.index), field: "errors.json", message });
    }
  }
  return { problems, pages: pages.size, links, anchors };
}
