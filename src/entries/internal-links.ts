/**
 * Links from one page to another (`[text](/errors/<category>/<slug>)`): found in the source for the
 * validator (a link to a page that does not exist is a problem), and normalised when rendering to the
 * canonical `/errors/<category>/<slug>/` URL, so a missing trailing slash never becomes a 404 on a
 * static host.
 */
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { PAGE_LINK, PAGE_LINKS_IN_MARKDOWN, routes } from "../routes.ts";

/** The page id an internal URL points at, or undefined for other URLs. */
export function linkedPageId(url: string): string | undefined {
  const match = PAGE_LINK.exec(url);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** Every Markdown link to `/errors/…` in a file's text, with its offset. */
export function internalLinks(text: string): Array<{ url: string; offset: number }> {
  return [...text.matchAll(PAGE_LINKS_IN_MARKDOWN)].map((m) => ({ url: m[1]!, offset: m.index + 2 }));
}

/** remark plugin: canonical trailing slash and the base path on links to pages. */
export function remarkInternalLinks() {
  return (tree: Root) => {
    visit(tree, "link", (node) => {
      const match = PAGE_LINK.exec(node.url);
      if (match) node.url = routes.page(`${match[1]}/${match[2]}`, match[3]);
    });
  };
}
