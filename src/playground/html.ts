/**
 * A tiny escaping HTML builder, so the playground has one renderer for the build (Astro `set:html`)
 * and the browser (`innerHTML`). Every interpolated value is escaped unless it is itself `Html`;
 * decoded bytes and pasted input are untrusted and only ever reach the page through here.
 * Attribute values must be written quoted in the template (`title="${value}"`): the builder escapes
 * quotes, so a value cannot end the attribute, but it cannot add the quotes for you.
 */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false || part === true) return "";
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map((p) => render(p as Part)).join("");
  return escapeHtml(String(part));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` results pass through. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}
