/**
 * Splits a page body into its `## Heading` sections (see BODY_SECTIONS in schema.ts) and checks
 * them: required sections present, no unknown headings, the documented order, nothing before
 * the first heading. Pure: parses with remark, renders nothing.
 */
import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Problem } from "./problem.ts";
import { BODY_SECTIONS, type BodySectionHeading } from "./schema.ts";
import { slugify } from "./slug.ts";
import type { SourceText } from "./source-text.ts";
import { suggest } from "./suggest.ts";

export interface BodySection {
  heading: BodySectionHeading;
  /** Anchor id, e.g. `what-it-means`. */
  id: string;
  slot: (typeof BODY_SECTIONS)[number]["slot"];
  /** The section's Markdown nodes, heading excluded. */
  nodes: RootContent[];
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses Markdown into mdast (GFM). */
export function parseMarkdown(markdown: string): Root {
  return parser.runSync(parser.parse(markdown)) as Root;
}

export interface SplitBody {
  sections: BodySection[];
  /** Every top-level node of the body, rendered or not (for checks that cover the whole body). */
  nodes: RootContent[];
  problems: Problem[];
}

/**
 * @param body the Markdown body
 * @param bodyOffset offset of the body in the file, so positions are file positions
 */
export function splitBody(file: string, body: string, bodyOffset: number, source: SourceText): SplitBody {
  const tree = parseMarkdown(body);
  const problems: Problem[] = [];
  const sections: BodySection[] = [];
  const known = BODY_SECTIONS.map((s) => s.heading as string);
  const pos = (node: RootContent) => source.position(bodyOffset + (node.position?.start.offset ?? 0));
  let current: BodySection | undefined;
  let skipping = false;
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth <= 2) {
      const title = toString(node).trim();
      const spec = BODY_SECTIONS.find((s) => s.heading.toLowerCase() === title.toLowerCase());
      if (!spec || node.depth === 1) {
        const guess = suggest(title, known);
        problems.push({
          file,
          ...pos(node),
          field: "body",
          code: "unknown-section",
          message:
            node.depth === 1
              ? `a \`# ${title}\` heading in the body — the page title comes from \`title\`; use \`## \` section headings: ${known.join(", ")}`
              : `unknown section "${title}"${guess ? ` — did you mean "${guess}"?` : ""} Sections: ${known.join(", ")}`,
        });
        current = undefined;
        skipping = true;
        continue;
      }
      if (sections.some((s) => s.heading === spec.heading)) {
        problems.push({ file, ...pos(node), field: "body", code: "unknown-section", message: `section "${spec.heading}" appears twice — merge the two` });
        current = undefined;
        skipping = true;
        continue;
      }
      const previous = sections[sections.length - 1];
      if (previous && known.indexOf(previous.heading) > known.indexOf(spec.heading)) {
        problems.push({
          file,
          ...pos(node),
          field: "body",
          code: "section-order",
          message: `section "${spec.heading}" comes after "${previous.heading}" — order the sections as ${known.join(", ")}`,
        });
      }
      current = { heading: spec.heading, id: slugify(spec.heading), slot: spec.slot, nodes: [] };
      sections.push(current);
      skipping = false;
      continue;
    }
    if (current) current.nodes.push(node);
    else if (!skipping && node.type !== "html") {
      problems.push({
        file,
        ...pos(node),
        field: "body",
        code: "unknown-section",
        message: `text before the first section — start the body with \`## ${known[0]}\``,
      });
      skipping = true;
    }
  }
  const end = source.position(source.text.length);
  for (const spec of BODY_SECTIONS) {
    if (spec.required && !sections.some((s) => s.heading === spec.heading)) {
      problems.push({
        file,
        line: end.line,
        column: end.column,
        field: "body",
        code: "missing-section",
        message: `required section "## ${spec.heading}" is missing — add it (sections: ${known.join(", ")})`,
      });
    }
  }
  return { sections, nodes: tree.children, problems };
}
