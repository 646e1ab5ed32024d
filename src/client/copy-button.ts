/**
 * `<copy-button data-target="id">`: copies the target element's text. Clipboard API first; falls
 * back to selecting the text (and execCommand) where the API is unavailable, e.g. plain http.
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
      const text = target?.textContent ?? "";
      let ok = false;
      try {
        await navigator.clipboard.writeText(text);
        ok = true;
      } catch {
        if (target) {
          const range = document.createRange();
          range.selectNodeContents(target);
          const selection = getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
          ok = document.execCommand("copy");
        }
      }
      button.textContent = ok ? "Copied" : "Press Ctrl+C";
      if (status) status.textContent = ok ? "Copied to clipboard" : "Text selected: press Ctrl+C to copy";
      setTimeout(() => (button.textContent = label), 1500);
    });
  }
}

if (!customElements.get("copy-button")) customElements.define("copy-button", CopyButton);

export {};
