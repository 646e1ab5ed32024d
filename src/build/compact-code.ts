/**
 * Smaller highlighted code: Shiki wraps every line in `<span class="line">` and, once plain tokens have
 * no style (code-classes.ts), every run of plain text in a bare `<span>`. Nothing styles or scripts
 * either (the copy button reads `textContent`), so this transformer keeps only the coloured spans:
 * lines become their tokens joined by the newlines Shiki already puts between them, and bare spans
 * become their text. About a third of a typical error page's bytes were these wrappers.
 */
import type { Element, ElementContent } from "hast";
import type { ShikiTransformer } from "shiki";

function bare(node: ElementContent): node is Element {
  return node.type === "element" && node.tagName === "span" && Object.keys(node.properties).length === 0;
}

function isLine(node: ElementContent): node is Element {
  if (node.type !== "element" || node.tagName !== "span") return false;
  // Shiki sets `class` (a string), rehype's own nodes use `className` (a list).
  const cls = node.properties["class"] ?? node.properties["className"];
  return Object.keys(node.properties).length === 1 && (Array.isArray(cls) ? cls.length === 1 && cls[0] === "line" : cls === "line");
}

export function compactCode(): ShikiTransformer {
  return {
    name: "errata:compact-code",
    code(code) {
      const out: ElementContent[] = [];
      const push = (node: ElementContent) => {
        const last = out[out.length - 1];
        if (node.type === "text" && last?.type === "text") last.value += node.value;
        else out.push(node.type === "text" ? { ...node } : node);
      };
      const add = (node: ElementContent): void => {
        if (isLine(node) || bare(node)) node.children.forEach(add);
        else push(node);
      };
      code.children.forEach(add);
      code.children = out;
    },
  };
}
