/**
 * Copies text to the clipboard; where the Clipboard API is unavailable (plain http, permissions),
 * selects the element's text for Ctrl+C instead. Returns whether it copied.
 * (copy-button.ts keeps its own three lines of this on purpose, to stay an inline script.)
 */
export async function copyText(text: string, element: Element | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (element) getSelection()?.selectAllChildren(element);
    return false;
  }
}
