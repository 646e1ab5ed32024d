/**
 * What an error page reads besides its own file. One function for the page (src/pages/errors/[category]/[slug].astro)
 * and for the key its HTML is kept under between builds (src/build/page-cache.ts), so that key covers all of it.
 */
import type { Page } from "./entries/read-page.ts";
import type { RelatedLink } from "./entries/related.ts";
import { cachedPageFilters } from "./search-filters.ts";
import { siteData } from "./site-data.ts";
import { editUrl } from "./site-config.ts";

export interface ErrorPageInputs {
  page: Page;
  category: { id: string; title: string };
  filters: ReturnType<ReturnType<typeof cachedPageFilters>>;
  related: RelatedLink[];
  edit: string | undefined;
}

export function errorPageInputs(id: string): ErrorPageInputs {
  const data = siteData();
  const page = data.byId.get(id) as Page;
  const category = data.categories.find((c) => c.id === page.category)!;
  return {
    page,
    category: { id: category.id, title: category.title },
    filters: cachedPageFilters(data.pages)(page.data),
    related: data.related.get(id) ?? [],
    edit: editUrl(page.file),
  };
}
