/**
 * Which link targets content may use: `http`, `https`, `mailto`, relative URLs and `#` fragments.
 * Anything else (`javascript:`, `data:`, `vbscript:`, `file:`…) could run script or leave the
 * site in ways readers do not expect, so the validator reports it and the renderer drops it
 * whatever the validator said (defence in depth: the build must not rely on `validate` running).
 *
 * The scheme is read the way browsers read it (WHATWG URL): leading/trailing C0 controls and
 * spaces are ignored, tabs and newlines anywhere are removed, the scheme is case-insensitive.
 * Character references (`&#106;avascript:`) are already decoded by the Markdown parser.
 */
import type { Element, Root as HastRoot, ElementContent } from "hast";
import type { Root } from "mdast";
import { visit } from "unist-util-visit";

const ALLOWED = new Set(["http", "https", "mailto"]);

/** The URL's scheme in lower case, or undefined for a relative URL or a fragment. */
function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1]!.toLowerCase() : undefined;
}

export function isAllowedUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || ALLOWED.has(scheme);
}

export interface BadLink {
  url: string;
  /** Offset of the node in the parsed Markdown text. */
  offset: number;
  /** What authors read: why the link is refused and what to do. */
  message: string;
}

/**
 * Links, images, autolinks and reference definitions the validator reports: a scheme outside the allowed set, or an
 * absolute http(s) URL a browser could not parse (WHATWG URL) — GFM autolinks a URL in running text, so
 * `https://bedrock-runtime…/converse` becomes a broken link. One walk of the tree, in document order.
 */
export function badLinks(tree: Root | { type: "root"; children: Root["children"] }): BadLink[] {
  const found: BadLink[] = [];
  visit(tree as Root, (node) => {
    if (node.type !== "link" && node.type !== "image" && node.type !== "definition") return;
    const scheme = urlScheme(node.url);
    const shown = JSON.stringify(node.url.length > 60 ? `${node.url.slice(0, 57)}…` : node.url);
    let message: string | undefined;
    if (scheme !== undefined && !ALLOWED.has(scheme)) message = `the link ${shown} uses the "${scheme}:" scheme — only http, https, mailto, relative and #fragment links are allowed`;
    else if ((scheme === "http" || scheme === "https") && !URL.canParse(node.url))
      message = `the link ${shown} is not a valid URL (a URL in running text becomes a link) — fix the address, shorten it to its host, or put it in backticks`;
    if (message) found.push({ url: node.url, offset: node.position?.start.offset ?? 0, message });
  });
  return found;
}

/**
 * rehype plugin: a link with a refused URL keeps its text but loses its target (the `<a>` is
 * replaced by its children); an image with a refused URL is removed.
 */
export function rehypeSafeLinks() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      const attr = node.tagName === "a" ? "href" : node.tagName === "img" ? "src" : undefined;
      if (!attr) return;
      const value = node.properties[attr];
      if (value === undefined || value === null || isAllowedUrl(String(value))) return;
      const replacement: ElementContent[] = node.tagName === "a" ? node.children : [];
      parent.children.splice(index, 1, ...replacement);
      return index;
    });
  };
}
