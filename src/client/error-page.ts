/**
 * The error page's only script, small enough that Astro inlines it (no script request):
 * - `<copy-button data-target>` for the signature, and a Copy button added to every code block;
 * - fixes with the same code in several languages become tabs (WAI-ARIA tabs: arrow keys, Home,
 *   End), and the reader's language is remembered (localStorage) across pages;
 * - the table of contents marks the section being read (`aria-current`).
 * Deliberately self-contained (no imports), so the bundle stays one inline script.
 */
async function copy(text: string, select: Element | null, button: HTMLButtonElement): Promise<void> {
  let ok = true;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    ok = false;
    if (select) getSelection()?.selectAllChildren(select);
  }
  const label = button.dataset["label"] ?? (button.dataset["label"] = button.textContent ?? "Copy");
  button.textContent = ok ? "Copied" : "Press Ctrl+C";
  const status = document.getElementById("copy-status");
  if (status) status.textContent = ok ? "Copied to clipboard" : "Text selected: press Ctrl+C to copy";
  setTimeout(() => (button.textContent = label), 1500);
}

class CopyButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector("button");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", () => {
      const target = document.getElementById(this.dataset["target"] ?? "");
      void copy(target?.textContent ?? "", target, button);
    });
  }
}
if (!customElements.get("copy-button")) customElements.define("copy-button", CopyButton);

function addCodeCopyButtons(root: ParentNode): void {
  for (const pre of root.querySelectorAll<HTMLPreElement>("pre.shiki")) {
    const caption = pre.closest<HTMLElement>(".code-sample")?.dataset["label"];
    const box = document.createElement("div");
    box.className = "code-box";
    pre.replaceWith(box);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "code-copy";
    button.textContent = "Copy";
    button.setAttribute("aria-label", caption ? `Copy the ${caption} code` : "Copy this code");
    button.addEventListener("click", () => void copy(pre.textContent ?? "", pre, button));
    box.append(pre, button);
  }
}

const LANG_KEY = "errata-code-lang";
let tabCount = 0;

function storedLang(): string | null {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}

function selectTab(group: HTMLElement, label: string, focus = false): void {
  for (const tab of group.querySelectorAll<HTMLButtonElement>("[role=tab]")) {
    const on = tab.dataset["label"] === label;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
    const panel = document.getElementById(tab.getAttribute("aria-controls") ?? "");
    if (panel) panel.hidden = !on;
    if (on && focus) tab.focus();
  }
}

function makeTabs(group: HTMLElement): void {
  const panels = [...group.querySelectorAll<HTMLElement>(":scope > .code-sample")];
  const labels = panels.map((p) => p.dataset["label"] ?? "");
  const list = document.createElement("div");
  list.setAttribute("role", "tablist");
  list.setAttribute("aria-label", "Language");
  panels.forEach((panel, i) => {
    const n = ++tabCount;
    const tab = document.createElement("button");
    tab.type = "button";
    tab.id = `code-tab-${n}`;
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-controls", (panel.id = `code-panel-${n}`));
    tab.dataset["label"] = tab.textContent = labels[i]!;
    panel.setAttribute("role", "tabpanel");
    panel.setAttribute("aria-labelledby", tab.id);
    list.append(tab);
  });
  list.addEventListener("click", (event) => {
    const tab = (event.target as HTMLElement).closest<HTMLButtonElement>("[role=tab]");
    if (!tab) return;
    const label = tab.dataset["label"]!;
    try {
      localStorage.setItem(LANG_KEY, label);
    } catch {
      // Private mode: the choice holds for this page only.
    }
    // Every group on the page follows the choice, keeping the clicked tab where it was on screen.
    const top = tab.getBoundingClientRect().top;
    for (const other of document.querySelectorAll<HTMLElement>(".code-samples[data-tabs]")) if (other.querySelector(`[role=tab][data-label="${CSS.escape(label)}"]`)) selectTab(other, label);
    window.scrollBy(0, tab.getBoundingClientRect().top - top);
  });
  list.addEventListener("keydown", (event) => {
    const i = labels.indexOf((event.target as HTMLElement).dataset["label"] ?? "");
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: labels.length - 1 }[event.key];
    if (next === undefined || i < 0) return;
    event.preventDefault();
    selectTab(group, labels[(next + labels.length) % labels.length]!, true);
  });
  group.prepend(list);
  group.classList.add("tabbed");
  const wanted = storedLang();
  selectTab(group, wanted && labels.includes(wanted) ? wanted : labels[0]!);
}

function spyToc(): void {
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of document.querySelectorAll<HTMLAnchorElement>(".toc a[href^='#']")) links.set(a.hash.slice(1), a);
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  if (headings.length === 0) return;
  const update = () => {
    // The current section is the last one whose heading is above the upper third of the screen.
    let current = headings[0]!;
    for (const h of headings) if (h.getBoundingClientRect().top < innerHeight / 3) current = h;
    for (const [id, a] of links) {
      if (id === current.id) a.setAttribute("aria-current", "location");
      else a.removeAttribute("aria-current");
    }
  };
  let queued = false;
  addEventListener(
    "scroll",
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    },
    { passive: true },
  );
  update();
}

const article = document.querySelector(".error-article");
if (article) {
  addCodeCopyButtons(article);
  // Tables from a page body scroll sideways on phones; a keyboard must be able to scroll them too.
  for (const table of article.querySelectorAll<HTMLElement>("section > table")) table.tabIndex = 0;
  for (const group of article.querySelectorAll<HTMLElement>(".code-samples[data-tabs]")) makeTabs(group);
}
spyToc();

export {};
