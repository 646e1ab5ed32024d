/**
 * `<site-search>`: results as you type. The element itself is tiny; the engines (Pagefind's
 * index and the signature lookup) are imported on first use (focus, input, or a query restored
 * from the URL), so pages that show the box do not pay for search until someone searches.
 * The query and the filters live in the URL fragment (fragment-state.ts): never sent to a server,
 * restored on reload and on Back.
 */
import { readState, writeState, type FragmentState } from "./fragment-state.ts";

type Engine = typeof import("./search-engine.ts");

class SiteSearch extends HTMLElement {
  #engine: Promise<Engine> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #generation = 0;
  #filters: FragmentState = {};

  connectedCallback(): void {
    const form = this.querySelector("form");
    const box = this.querySelector("textarea");
    if (!form || !box) return;
    const load = () => (this.#engine ??= import("./search-engine.ts"));
    // Focus comes before any paste: load the engines and the signature index then, so pasting sends nothing.
    box.addEventListener("focus", () => void load().then((engine) => engine.warm()), { once: true });
    box.addEventListener("input", () => this.#schedule(box.value));
    box.addEventListener("keydown", (event) => {
      // Enter searches (like an input); Shift+Enter adds a line, for typing multi-line traces.
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        void this.#run(box.value);
      }
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#run(box.value);
    });
    // State from the fragment; on /search/, a `?q=` from a form submitted without JavaScript counts too.
    const { q = "", ...filters } = readState();
    const fromQuery = this.dataset["mode"] === "page" ? (new URLSearchParams(location.search).get("q") ?? "") : "";
    this.#filters = filters;
    const initial = q || fromQuery;
    if (fromQuery) history.replaceState(history.state, "", location.pathname);
    if (initial) {
      box.value = initial;
      void this.#run(initial);
    }
    // Restored from the back/forward cache: the page is as it was, but the engines may need the state again.
    addEventListener("pageshow", (event) => {
      if (event.persisted && box.value !== "" && this.querySelector(".search-results")?.childElementCount === 0) void this.#run(box.value);
    });
  }

  #schedule(query: string): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(query), 180);
  }

  async #run(query: string): Promise<void> {
    const generation = ++this.#generation;
    writeState({ q: query.trim() === "" ? "" : query, ...this.#filters });
    const engine = await (this.#engine ??= import("./search-engine.ts"));
    const status = this.querySelector<HTMLElement>(".search-status");
    const results = this.querySelector<HTMLElement>(".search-results");
    const filters = this.querySelector<HTMLElement>(".search-filters");
    if (!results || !status || !filters) return;
    await engine.search(query, {
      results,
      status,
      filters,
      isCurrent: () => generation === this.#generation,
      withFilters: this.dataset["mode"] === "page",
      selected: this.#filters,
      onFilterChange: () => void this.#run(query),
    });
  }
}

if (!customElements.get("site-search")) customElements.define("site-search", SiteSearch);

export {};
