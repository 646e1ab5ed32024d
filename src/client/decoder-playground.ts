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
    form.addEventListener("change", async (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name === "sample") (await load()).showSample(this, target.value);
      if (target.name === "file" && target.files?.[0]) (await load()).showFile(this, target.files[0]);
    });
    form.addEventListener("click", async (event) => {
      const action = (event.target as HTMLElement).closest("button")?.dataset["action"];
      if (action === "build") (await load()).showBuilt(this);
      if (action === "paste") (await load()).showPasted(this);
    });
  }
}

if (!customElements.get("decoder-playground")) customElements.define("decoder-playground", DecoderPlayground);

export {};
