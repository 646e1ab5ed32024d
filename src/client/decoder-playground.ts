/**
 * `<decoder-playground data-client data-samples>`: shows the controls the build rendered hidden,
 * and loads the decoders (playground-engine.ts) the first time the reader touches them.
 */
type Engine = typeof import("./playground-engine.ts");

class DecoderPlayground extends HTMLElement {
  #engine: Promise<Engine> | undefined;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>(".pg-controls");
    if (!form) return;
    form.hidden = false;
    const load = () => (this.#engine ??= import("./playground-engine.ts"));
    form.addEventListener("focusin", () => void load(), { once: true });
    form.addEventListener("pointerdown", () => void load(), { once: true });
    form.addEventListener("submit", (event) => event.preventDefault());
    // The engine shows its own errors; this catch covers the engine itself failing to load.
    const run = (use: (engine: Engine) => Promise<void>) =>
      void load()
        .then(use)
        .catch((error: unknown) => {
          const status = this.querySelector(".pg-status");
          this.querySelector(".pg-view")?.replaceChildren();
          if (status) status.textContent = `The playground could not load (${error instanceof Error ? error.message : String(error)}). Reload the page to retry.`;
        });
    form.addEventListener("change", (event) => {
      const target = event.target as HTMLInputElement;
      const file = target.files?.[0];
      if (target.name === "sample") run((engine) => engine.showSample(this, target.value));
      if (target.name === "file" && file) run((engine) => engine.showFile(this, file));
    });
    form.addEventListener("click", (event) => {
      const action = (event.target as HTMLElement).closest("button")?.dataset["action"];
      if (action === "build") run((engine) => engine.showBuilt(this));
      if (action === "paste") run((engine) => engine.showPasted(this));
    });
  }
}

if (!customElements.get("decoder-playground")) customElements.define("decoder-playground", DecoderPlayground);

export {};
