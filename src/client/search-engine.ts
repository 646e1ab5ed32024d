/**
 * The search itself: signature matches from the lookup first (when the text looks like an
 * error), then Pagefind full-text results. Everything is rendered with textContent: pasted text
 * is untrusted and never becomes markup.
 */
import { excerptNodes, pagefind } from "./pagefind-client.ts";
import { fullTextQuery, signatureMatches, warmLookup, type SignatureMatch } from "./lookup-client.ts";
import { routes } from "../routes.ts";

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
}

const FILTER_NAMES = ["category", "tool", "platform"] as const;
const selected: Record<string, string> = {};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

async function renderFilters(targets: SearchTargets, rerun: () => void): Promise<void> {
  if (!targets.withFilters || targets.filters.childElementCount > 0) return;
  const all = await (await pagefind()).filters();
  for (const name of FILTER_NAMES) {
    const values = all[name];
    if (!values) continue;
    const select = el("select", { name });
    select.append(el("option", { value: "" }, `Any ${name}`));
    for (const [value, count] of Object.entries(values).sort()) select.append(el("option", { value }, `${value} (${count})`));
    select.addEventListener("change", () => {
      if (select.value) selected[name] = select.value;
      else delete selected[name];
      rerun();
    });
    const id = `filter-${name}`;
    select.id = id;
    targets.filters.append(el("label", { htmlFor: id }, `${name[0]!.toUpperCase()}${name.slice(1)} `), select);
  }
  targets.filters.hidden = false;
}

function renderSignatureMatches(matches: SignatureMatch[]): HTMLElement | undefined {
  if (matches.length === 0) return undefined;
  const section = el("section", { className: "signature-results" }, el("h2", {}, "Signature matches"));
  for (const m of matches) {
    const link = el("a", { href: routes.page(m.id) }, m.title);
    const badge = el("span", { className: `confidence ${m.confidence}`, title: "How sure the match is" }, m.confidence);
    section.append(el("div", { className: "result" }, link, badge, el("p", {}, `Matched on: ${m.why}`)));
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
  const rerun = () => void search(query, targets);
  try {
    const [signature, pf] = await Promise.all([signatureMatches(text), pagefind()]);
    if (!targets.isCurrent()) return;
    void renderFilters(targets, rerun);
    const ft = fullTextQuery(text, signature.parsedMessage);
    const found = await pf.search(ft, Object.keys(selected).length > 0 ? { filters: { ...selected } } : {});
    const top = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    if (!targets.isCurrent()) return;
    const sig = renderSignatureMatches(signature.matches);
    if (sig) targets.results.append(sig);
    const section = el("section", { className: "fulltext-results" }, el("h2", {}, "Full-text results"));
    const shown = new Set(signature.matches.map((m) => routes.page(m.id)));
    let count = 0;
    for (const r of top) {
      if (shown.has(r.url)) continue;
      count++;
      const p = el("p");
      p.append(...excerptNodes(r.excerpt));
      section.append(el("div", { className: "result" }, el("a", { href: r.url }, r.meta["title"] ?? r.url), p));
    }
    if (count > 0) targets.results.append(section);
    const total = signature.matches.length + count;
    targets.status.textContent =
      total === 0 ? "No pages found. Try fewer words, or paste the whole error on the lookup page." : `${total} result${total === 1 ? "" : "s"}`;
    if (total === 0) {
      targets.results.append(el("p", {}, "No page matches yet. ", el("a", { href: `${routes.lookup()}#${encodeURIComponent("paste")}` }, "Open the trace lookup"), " for a detailed analysis of what you pasted."));
    }
  } catch (error) {
    if (!targets.isCurrent()) return;
    targets.status.textContent = "Search is unavailable: the index could not be loaded. Is this a built site (npm run build)?";
    console.warn("errata search:", error);
  }
}
