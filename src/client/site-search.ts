/**
 * `<site-search>`: results as you type. The element itself is tiny; the engines (Pagefind's
 * index and the signature lookup) are imported on first use (focus or input), so pages that show
 * the box do not pay for search until someone searches.
 */
type Engine = typeof import("./search-engine.ts");

class SiteSearch extends HTMLElement {
  #engine: Promise<Engine> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #generation = 0;

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
        this.#run(box.value);
      }
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.#run(box.value);
      if (this.dataset["mode"] === "page") history.replaceState(null, "", `?q=${encodeURIComponent(box.value)}`);
    });
    const initial = new URLSearchParams(location.search).get("q");
    if (this.dataset["mode"] === "page" && initial) {
      box.value = initial;
      this.#run(initial);
    }
  }

  #schedule(query: string): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#run(query), 180);
  }

  async #run(query: string): Promise<void> {
    const generation = ++this.#generation;
    const engine = await (this.#engine ??= import("./search-engine.ts"));
    const status = this.querySelector<HTMLElement>(".search-status");
    const results = this.querySelector<HTMLElement>(".search-results");
    const filters = this.querySelector<HTMLElement>(".search-filters");
    if (!results || !status || !filters) return;
    await engine.search(query, { results, status, filters, isCurrent: () => generation === this.#generation, withFilters: this.dataset["mode"] === "page" });
  }
}

if (!customElements.get("site-search")) customElements.define("site-search", SiteSearch);

export {};
