/**
 * Tool and platform values as search filters, normalised at build time so one tool has one spelling:
 * pages write `tool` freely ("Anthropic SDKs (Python, TypeScript)", "botocore / boto3 (also …)"), and
 * the filter list must not show near-duplicates. Pure: read by the error page (filter attributes) and
 * tested on its own.
 */

/** Splits a free-form tool field into the tools it names, each in a plain form. */
export function toolNames(tool: string): string[] {
  const text = tool.trim().replace(/\s+/g, " ");
  // "Anthropic SDKs (Python, TypeScript)" → one SDK per language.
  const listed = /^(.+?) SDKs \(([^()]+)\)$/.exec(text);
  if (listed)
    return listed[2]!
      .split(/,| and /)
      .map((l) => l.trim())
      .filter((l) => l !== "")
      .map((l) => `${listed[1]} ${l} SDK`);
  // "Anthropic Python and TypeScript SDKs" → the same.
  const paired = /^(.+?) (\S+) and (\S+) SDKs$/.exec(text);
  if (paired) return [`${paired[1]} ${paired[2]} SDK`, `${paired[1]} ${paired[3]} SDK`];
  // A trailing remark in parentheses ("(also the Bedrock clients)", "(through the SDK)") is not part of the name.
  const bare = text.replace(/\s*\([^()]*\)$/, "").trim();
  return bare === "" ? [] : [bare];
}

/** A key that treats spelling variants as one: case, spacing and punctuation between words. */
function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Builds a normaliser from every value the site uses: names that differ only in case, spacing or
 * punctuation map to the spelling most pages use (ties: the alphabetically first).
 */
export function filterNormaliser(values: readonly string[]): (value: string) => string {
  const counts = new Map<string, Map<string, number>>();
  for (const v of values) {
    const k = key(v);
    const spellings = counts.get(k) ?? new Map<string, number>();
    spellings.set(v, (spellings.get(v) ?? 0) + 1);
    counts.set(k, spellings);
  }
  const canonical = new Map<string, string>();
  for (const [k, spellings] of counts) {
    const best = [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "en"))[0]![0];
    canonical.set(k, best);
  }
  return (value) => canonical.get(key(value)) ?? value;
}

export interface FilterPage {
  tool?: string | undefined;
  platforms?: readonly string[] | undefined;
}

/** Per page: its normalised tool and platform filter values, from every page of the site. */
export function pageFilters(pages: readonly FilterPage[]): (page: FilterPage) => { tools: string[]; platforms: string[] } {
  const tools = filterNormaliser(pages.flatMap((p) => (p.tool ? toolNames(p.tool) : [])));
  const platforms = filterNormaliser(pages.flatMap((p) => [...(p.platforms ?? [])]));
  return (page) => ({
    tools: [...new Set((page.tool ? toolNames(page.tool) : []).map(tools))],
    platforms: [...new Set((page.platforms ?? []).map(platforms))],
  });
}

const memo = new WeakMap<readonly { data: FilterPage }[], ReturnType<typeof pageFilters>>();

/** `pageFilters` over a site's pages, built once per list (every error page of a build shares one). */
export function cachedPageFilters(pages: readonly { data: FilterPage }[]): ReturnType<typeof pageFilters> {
  let of = memo.get(pages);
  if (!of) memo.set(pages, (of = pageFilters(pages.map((p) => p.data))));
  return of;
}
