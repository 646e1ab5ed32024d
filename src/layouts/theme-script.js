// Inlined into every page's <head> (is:inline, so it runs before the first paint: no flash of the wrong
// theme). Applies the stored theme (light | dark; none = follow the system), makes the header's theme
// button cycle system → light → dark, makes "/" focus the page's search box, and sends the header
// search to /search/ in the fragment (#q=…), so the query reaches no server. Plain JS, kept tiny.
(() => {
  const root = document.documentElement, KEY = "errata-theme", initial = root.dataset.theme;
  const stored = () => { try { return localStorage.getItem(KEY); } catch { return null; } };
  const apply = (theme) => {
    if (theme === "light" || theme === "dark") root.dataset.theme = theme; else if (initial) root.dataset.theme = initial; else delete root.dataset.theme;
    const button = document.querySelector(".theme-toggle");
    if (button) { button.hidden = false; button.lastChild.textContent = root.dataset.theme || "system"; }
  };
  apply(stored());
  addEventListener("DOMContentLoaded", () => apply(stored()));
  addEventListener("click", (event) => {
    if (!event.target.closest?.(".theme-toggle")) return;
    const next = { light: "dark", dark: "system" }[root.dataset.theme] || "light";
    try { localStorage.setItem(KEY, next); } catch { /* no storage */ }
    apply(next);
  });
  addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (event.target.closest?.("input, textarea, select, [contenteditable]")) return;
    const box = document.querySelector("main [data-search-box]") || document.querySelector("[data-search-box]");
    if (box) { event.preventDefault(); box.focus(); }
  });
  addEventListener("submit", (event) => {
    const form = event.target;
    if (!form.matches?.(".header-search")) return;
    event.preventDefault();
    location.href = `${form.getAttribute("action")}#${new URLSearchParams({ q: form.elements.q.value })}`;
  });
})();
