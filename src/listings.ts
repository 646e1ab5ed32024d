/**
 * The browse listings — categories and platforms — as data: each with its pages (sorted by
 * title) and the static paths of its paginated pages.
 */
import { slugify } from "./entries/slug.ts";
import type { Page } from "./entries/read-page.ts";
import { CATEGORY_PAGE_SIZE } from "./site-config.ts";
import { byTitle, compareText, siteData } from "./site-data.ts";
import { routes } from "./routes.ts";

export interface Listing {
  kind: "category" | "platform";
  key: string;
  title: string;
  description: string;
  base: string;
  pages: Page[];
}

/** Listings of the site data they were made from: the browse page and four page routes ask for them. */
let made: { data: ReturnType<typeof siteData>; listings: Listing[] } | undefined;

export function listings(): Listing[] {
  const data = siteData();
  if (made?.data === data) return made.listings;
  const out: Listing[] = data.sortedCategories.map((c) => ({ kind: "category", key: c.id, title: c.title, description: c.description, base: routes.category(c.id), pages: c.pages }));
  // Appended in place: copying each platform's list per page was quadratic (50,000 pages spent minutes here).
  const platforms = new Map<string, Page[]>();
  for (const p of data.pages)
    for (const name of p.data.platforms ?? []) {
      let list = platforms.get(name);
      if (!list) platforms.set(name, (list = []));
      list.push(p);
    }
  for (const [name, pages] of [...platforms].sort((a, b) => compareText(a[0], b[0]))) {
    out.push({
      kind: "platform",
      key: slugify(name),
      title: name,
      description: `Errors seen on ${name}, across all categories.`,
      base: routes.platform(slugify(name)),
      pages: pages.sort(byTitle),
    });
  }
  made = { data, listings: out };
  return out;
}

/** One entry per paginated page of every listing of `kind`. */
export function listingPaths(kind: Listing["kind"], firstPage: boolean) {
  return listings()
    .filter((l) => l.kind === kind)
    .flatMap((l) => {
      const last = Math.max(1, Math.ceil(l.pages.length / CATEGORY_PAGE_SIZE));
      const numbers = firstPage ? [1] : Array.from({ length: last - 1 }, (_, i) => i + 2);
      return numbers.map((n) => ({ key: l.key, n, last, listing: l }));
    });
}

export function pageSlice(listing: Listing, n: number): Page[] {
  return listing.pages.slice((n - 1) * CATEGORY_PAGE_SIZE, n * CATEGORY_PAGE_SIZE);
}
