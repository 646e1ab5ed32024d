/**
 * What an author can submit, and the checks that run before anything expensive. Markdown parsing
 * (micromark) costs tens of microseconds per character on pathological input (`*a*a*a…`, deep
 * nesting) and deep nesting overflows its stack, so one hostile pull request could stall CI: the
 * caps below keep every page that passes them under about two seconds to validate and render.
 * Each is well above what the largest real page uses (26 KB file, 12 K characters of Markdown,
 * 1.5 K-character paragraph, lists 3 deep), and each breach is a positioned problem, found by a
 * linear scan before any parser runs.
 */
import { isNode, isPair, visit, type Document, type Node } from "yaml";
import type { Problem } from "./problem.ts";
import type { SourceText } from "./source-text.ts";

export const LIMITS = {
  /** Bytes in one page file (UTF-8). */
  pageBytes: 64 * 1024,
  /** Characters of Markdown on one page: the body plus every inline-Markdown field. */
  markdownChars: 20_000,
  /** Characters in one Markdown block (a paragraph, list or table between blank lines), code fences excluded. */
  blockChars: 4_000,
  /** Characters in one text field of the frontmatter. */
  textChars: 4_000,
  /** Characters in one code snippet. */
  codeChars: 16_000,
  /** Container markers (`>`, `-`, `1.`) opening one line. */
  lineMarkers: 8,
  /** Columns of indentation before a line's text, outside code fences. */
  indentColumns: 32,
  /** Keys and list items in the frontmatter. */
  yamlNodes: 2_000,
} as const;

/** "65,536" — caps are quoted in messages with thousands separators. */
export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

/** UTF-8 length without building the bytes. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The page-size problem, if any (for a file already read, or its size from the file system). */
export function pageSizeProblem(file: string, bytes: number): Problem | undefined {
  if (bytes <= LIMITS.pageBytes) return undefined;
  return {
    file,
    line: 1,
    column: 1,
    field: "file",
    code: "too-large",
    message: `the page is ${formatCount(bytes)} bytes, over the ${formatCount(LIMITS.pageBytes)}-byte limit — split it into several pages or shorten it`,
  };
}

const FENCE = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*(`{3,}|~{3,})/;
const MARKERS = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))+/;

function indentColumns(line: string): number {
  let columns = 0;
  for (const ch of line) {
    if (ch === " ") columns += 1;
    else if (ch === "\t") columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/**
 * Linear scan of a Markdown body before it is parsed: block length, markers per line and
 * indentation, outside fenced code (whose content is not parsed as Markdown).
 */
export function bodyProblems(file: string, body: string, bodyOffset: number, source: SourceText): Problem[] {
  const problems: Problem[] = [];
  const at = (offset: number) => source.position(bodyOffset + offset);
  let fence: string | undefined;
  let blockStart = -1;
  let offset = 0;
  const endBlock = (end: number) => {
    if (blockStart >= 0 && end - blockStart > LIMITS.blockChars) {
      problems.push({
        file,
        ...at(blockStart),
        field: "body",
        code: "too-large",
        message: `a paragraph of ${formatCount(end - blockStart)} characters, over the ${formatCount(LIMITS.blockChars)}-character limit — split it with blank lines`,
      });
    }
    blockStart = -1;
  };
  for (const line of body.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      endBlock(start - 1);
      fence = fenceMatch[1];
      continue;
    }
    if (line.trim() === "") {
      endBlock(start - 1);
      continue;
    }
    if (blockStart < 0) blockStart = start;
    const markers = MARKERS.exec(line)?.[0].match(/>|[-+*]|\d{1,9}[.)]/g)?.length ?? 0;
    if (markers > LIMITS.lineMarkers) {
      problems.push({
        file,
        ...at(start),
        field: "body",
        code: "too-deep",
        message: `${formatCount(markers)} nested quotes or list markers on one line, over the limit of ${LIMITS.lineMarkers} — flatten the nesting`,
      });
    } else if (indentColumns(line) > LIMITS.indentColumns) {
      problems.push({
        file,
        ...at(start),
        field: "body",
        code: "too-deep",
        message: `a line indented ${indentColumns(line)} columns, over the limit of ${LIMITS.indentColumns} — flatten the nesting, or put code in a fenced block`,
      });
    }
    if (problems.length >= 20) break;
  }
  endBlock(offset);
  return problems;
}

/** Total Markdown characters: over the budget is one problem at the start of the body. */
export function markdownBudgetProblem(file: string, total: number, position: { line: number; column: number }): Problem | undefined {
  if (total <= LIMITS.markdownChars) return undefined;
  return {
    file,
    ...position,
    field: "body",
    code: "too-large",
    message: `${formatCount(total)} characters of Markdown (body and inline fields), over the ${formatCount(LIMITS.markdownChars)}-character limit — split the page or shorten it`,
  };
}

/** Counts keys and list items (the YAML is already bounded by the page size; this bounds the walk). */
export function yamlNodeProblem(file: string, doc: Document.Parsed, source: SourceText, yamlOffset: number): Problem | undefined {
  let count = 0;
  let tooMany: Node | undefined;
  visit(doc, (_key, node) => {
    if (!isNode(node) && !isPair(node)) return undefined;
    count++;
    if (count > LIMITS.yamlNodes) {
      tooMany = isPair(node) ? (node.key as Node) : node;
      return visit.BREAK;
    }
    return undefined;
  });
  if (!tooMany) return undefined;
  return {
    file,
    ...source.position(yamlOffset + (tooMany.range?.[0] ?? 0)),
    field: "frontmatter",
    code: "too-large",
    message: `more than ${formatCount(LIMITS.yamlNodes)} keys and list items in the frontmatter — split the page or shorten it`,
  };
}
