/**
 * The search itself: signature matches from the lookup first (when the text looks like an
 * error), then Pagefind full-text results under their own heading. Everything is rendered with
 * DOM APIs and text nodes: pasted text is untrusted and never becomes markup.
 */
import { el } from "./dom.ts";
import { formatFragment } from "./fragment-state.ts";
import { matchCard } from "./match-card.ts";
import { routes } from "../routes.ts";
import { excerptNodes, pagefind } from "./pagefind-client.ts";
import { fullTextQuery, signatureMatches, warmLookup, type SignatureMatch } from "./lookup-client.ts";

/** Loads both indexes' entry points ahead of the first query. */
export function warm(): void {
  warmLookup();
  void pagefind().catch(() => undefined);
}

export interface SearchTargets {
  results: HTMLElement;
  status: HTMLElement;
  filters: HTMLElement;
  isCurrent: () => boolean;
  withFilters: boolean;
  /** The chosen filter values by name; changed in place when the reader picks one. */
  selected: Record<string, string>;
  onFilterChange: () => void;
}

const FILTER_NAMES = ["category", "tool", "platform"] as const;
/** One filter row per container, however many searches race to draw it. */
const drawn = new WeakMap<HTMLElement, Promise<void>>();

function renderFilters(targets: SearchTargets): Promise<void> {
  if (!targets.withFilters) return Promise.resolve();
  let done = drawn.get(targets.filters);
  if (!done) {
    done = (async () => {
      const all = await (await pagefind()).filters();
      const row: Node[] = [];
      for (const name of FILTER_NAMES) {
        const values = all[name];
        if (!values) continue;
        const id = `filter-${name}`;
        const select = el("select", { name, id }, el("option", { value: "" }, `Any ${name}`));
        for (const [value, count] of Object.entries(values).sort((a, b) => a[0].localeCompare(b[0], "en"))) select.append(el("option", { value }, `${value} (${count})`));
        select.value = targets.selected[name] ?? "";
        select.addEventListener("change", () => {
          if (select.value) targets.selected[name] = select.value;
          else delete targets.selected[name];
          targets.onFilterChange();
        });
        // The label wraps its select, so the two stay together when the row wraps on a phone.
        row.push(el("label", { for: id, class: "filter" }, `${name[0]!.toUpperCase()}${name.slice(1)}`, select));
      }
      targets.filters.replaceChildren(...row);
      targets.filters.hidden = false;
    })();
    drawn.set(targets.filters, done);
  }
  return done;
}

function renderSignatureMatches(matches: SignatureMatch[], high: boolean): HTMLElement | undefined {
  if (matches.length === 0) return undefined;
  const section = el("section", { class: "signature-results" }, el("h2", {}, high ? "The page for this error" : "Signature matches"));
  for (const m of high ? matches.slice(0, 1) : matches) {
    section.append(matchCard(m, { tag: "div", details: [el("p", {}, m.why)] }));
  }
  return section;
}

export async function search(query: string, targets: SearchTargets): Promise<void> {
  const text = query.trim();
  targets.results.replaceChildren();
  if (text === "") {
    targets.status.textContent = "";
    return;
  }
  targets.status.textContent = "Searching…";
  try {
    const [signature, pf] = await Promise.all([signatureMatches(text), pagefind()]);
    if (!targets.isCurrent()) return;
    void renderFilters(targets);
    const ft = fullTextQuery(text, signature.parsedMessage);
    const filters = Object.keys(targets.selected).length > 0 ? { filters: { ...targets.selected } } : {};
    const found = await pf.search(ft, filters);
    const top = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    if (!targets.isCurrent()) return;
    targets.results.replaceChildren();
    // A high signature match is the answer: it stands alone on top, and the rest are "other pages".
    const high = signature.matches[0]?.confidence === "high";
    const shownMatches = high ? signature.matches.slice(0, 1) : signature.matches;
    const sig = renderSignatureMatches(signature.matches, high);
    if (sig) targets.results.append(sig);
    const section = el("section", { class: "fulltext-results" }, el("h2", {}, high ? "Other pages with these words" : "Full-text results"));
    const shown = new Set(shownMatches.map((m) => m.id));
    let count = 0;
    for (const r of top) {
      if ([...shown].some((id) => r.url.endsWith(routes.page(id)))) continue;
      count++;
      const p = el("p");
      p.append(...excerptNodes(r.excerpt));
      section.append(el("div", { class: "result" }, el("a", { href: r.url }, r.meta["title"] ?? r.url), p));
    }
    if (count > 0) targets.results.append(section);
    const total = shownMatches.length + count;
    targets.status.textContent = total === 0 ? "No pages found. Try fewer words, or paste the whole error on the lookup page." : `${total} result${total === 1 ? "" : "s"}`;
    if (total === 0) {
      const lookup = el("a", { href: `${routes.lookup()}${formatFragment({ q: text })}` }, "Open the trace lookup");
      targets.results.append(el("p", {}, "No page matches yet. ", lookup, " for a detailed analysis of what you pasted."));
    }
  } catch (error) {
    if (!targets.isCurrent()) return;
    targets.status.textContent = "Search is unavailable: the index could not be loaded. Is this a built site (npm run build)?";
    console.warn("errata search:", error);
  }
}
