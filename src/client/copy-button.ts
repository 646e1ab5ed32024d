/**
 * `<copy-button data-target="id">`: copies the target element's text. Clipboard API first; where it
 * is unavailable (plain http, permissions) the text is selected for Ctrl+C instead.
 *
 * Deliberately self-contained (it does not import copy-text.ts): with no imports Astro inlines this
 * ~0.6 KB script, so an error page makes no script request at all.
 */
class CopyButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector("button");
    const status = this.querySelector("[role=status]");
    if (!button) return;
    button.hidden = false;
    const label = button.textContent;
    button.addEventListener("click", async () => {
      const target = document.getElementById(this.dataset["target"] ?? "");
      let ok = true;
      try {
        await navigator.clipboard.writeText(target?.textContent ?? "");
      } catch {
        ok = false;
        if (target) getSelection()?.selectAllChildren(target);
      }
      button.textContent = ok ? "Copied" : "Press Ctrl+C";
      if (status) status.textContent = ok ? "Copied to clipboard" : "Text selected: press Ctrl+C to copy";
      setTimeout(() => (button.textContent = label), 1500);
    });
  }
}

if (!customElements.get("copy-button")) customElements.define("copy-button", CopyButton);

export {};
