/**
 * Build-time access to the validated content, loaded once per build and shared by every route.
 * A content problem stops the build with the same `path:line:column  field  message` lines as
 * `npm run validate` (which `npm run build` runs first, so this is the safety net).
 */
import { peekShared, shared } from "./build/shared.ts";
import { loadContent, type Category, type Content } from "./entries/load-content.ts";
import { formatProblem } from "./entries/problem.ts";
import { verifyContent } from "./entries/verify-content.ts";
import type { Page } from "./entries/read-page.ts";
import { computeRelated, type RelatedLink } from "./entries/related.ts";
import { contentDir } from "./site-config.ts";

export interface SiteData extends Content {
  byId: Map<string, Page>;
  related: Map<string, RelatedLink[]>;
  /** Categories sorted for display (by `order`, then title), each with its pages sorted by title. */
  sortedCategories: Array<Category & { pages: Page[] }>;
}

let cached: SiteData | undefined;

/** Display order of titles and names: English collation (as `localeCompare(…, "en")`), one collator for the build. */
export const compareText = new Intl.Collator("en").compare;

/** Pages by title, in display order. */
export const byTitle = (a: Page, b: Page): number => compareText(a.data.title, b.data.title);

class ContentProblemsError extends Error {
  constructor(lines: string[]) {
    super(`Content problems:\n${lines.join("\n")}\nRun \`npm run validate\` for the same list.`);
    this.name = "ContentProblemsError";
  }
}

export function siteData(): SiteData {
  cached ??= shared("site-data", makeSiteData);
  return cached;
}

function makeSiteData(): SiteData {
  // `npm run build` has loaded and checked the content already (scripts/build.ts); load and check it here otherwise (dev).
  const content = peekShared<Content>("content") ?? verifyContent(loadContent(contentDir()));
  if (content.problems.length > 0) throw new ContentProblemsError(content.problems.map(formatProblem));
  const sortedCategories = [...content.categories]
    .sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || compareText(a.title, b.title))
    .map((c) => ({ ...c, pages: content.pages.filter((p) => p.category === c.id).sort(byTitle) }));
  return {
    ...content,
    byId: new Map(content.pages.map((p) => [p.id, p])),
    related: computeRelated(content.pages),
    sortedCategories,
  };
}

/** Pages, most recently updated first (ties by title), for "recently updated" lists. */
export function recentPages(limit: number): Page[] {
  return [...siteData().pages].sort((a, b) => (a.data.updated < b.data.updated ? 1 : a.data.updated > b.data.updated ? -1 : byTitle(a, b))).slice(0, limit);
}
