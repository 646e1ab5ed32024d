/**
 * `<stack-lookup>` on /lookup/: results update as you paste. The index's first file is fetched when
 * the page loads; after a paste only numbered index and answer files follow (lookup.ts), which carry
 * none of its text. The paste lives in the URL
 * fragment (`#q=…`, fragment-state.ts): never sent to a server, restored on reload and on Back, and
 * the way the playground's "find this error" link pre-fills the box.
 */
import { readState, writeState } from "./fragment-state.ts";
import { lookupText, warmLookup } from "./lookup-client.ts";
import { lookupFailureMessage } from "./lookup-failure.ts";
import { renderLookup } from "./lookup-view.ts";

class StackLookup extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #generation = 0;

  connectedCallback(): void {
    const box = this.querySelector("textarea");
    const form = this.querySelector("form");
    if (!box || !form) return;
    warmLookup();
    box.addEventListener("input", () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#run(box.value), 120);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#run(box.value);
    });
    const fromHash = readState()["q"];
    if (fromHash) {
      box.value = fromHash;
      void this.#run(fromHash);
    }
    // Restored from the back/forward cache with the box filled but no results drawn: draw them.
    addEventListener("pageshow", (event) => {
      if (event.persisted && box.value.trim() !== "" && this.querySelector(".lookup-results")?.childElementCount === 0) void this.#run(box.value);
    });
  }

  async #run(text: string): Promise<void> {
    const generation = ++this.#generation;
    writeState({ q: text.trim() === "" ? "" : text });
    const targets = {
      results: this.querySelector<HTMLElement>(".lookup-results")!,
      parsed: this.querySelector<HTMLElement>(".lookup-parsed")!,
      status: this.querySelector<HTMLElement>(".lookup-status")!,
    };
    if (text.trim() === "") {
      targets.results.replaceChildren();
      targets.parsed.replaceChildren();
      targets.status.textContent = "";
      return;
    }
    const started = performance.now();
    try {
      const result = await lookupText(text);
      if (!result || generation !== this.#generation) return;
      renderLookup(targets, text, result, Math.round(performance.now() - started));
    } catch (error) {
      if (generation !== this.#generation) return;
      targets.results.replaceChildren();
      targets.parsed.replaceChildren();
      targets.status.textContent = lookupFailureMessage(error);
      console.warn("errata lookup:", error);
    }
  }
}

if (!customElements.get("stack-lookup")) customElements.define("stack-lookup", StackLookup);
