/**
 * Splits a page into its YAML frontmatter and Markdown body with gray-matter, keeping the
 * offsets needed to point problems at `file:line:column`. YAML itself is parsed by the `yaml`
 * package (YAML 1.2 core schema: `2026-11-25` stays a string, `no` stays a string), whose node
 * ranges let the validator point at the offending key or value.
 */
import matter from "gray-matter";
import { LineCounter, parseDocument, type Document } from "yaml";
import type { Problem } from "./problem.ts";
import { SourceText } from "./source-text.ts";

export interface SplitSource {
  source: SourceText;
  /** The parsed YAML document (with node ranges relative to `yamlOffset`), if there is frontmatter. */
  doc?: Document.Parsed;
  /** The YAML text the document was parsed from (`parseYaml` parses it again). */
  yamlText?: string;
  /** Offset in the file where the YAML text starts. */
  yamlOffset: number;
  /** Offset in the file where the closing `---` line starts (where missing keys belong). */
  closeOffset: number;
  /** The Markdown body and its offset in the file. */
  body: string;
  bodyOffset: number;
  problems: Problem[];
}

/** gray-matter only splits here; the engine below never throws, the `yaml` parse reports errors. */
const SPLIT_ONLY = { engines: { yaml: { parse: () => ({}), stringify: () => "" } } };

export function splitFrontmatter(file: string, text: string): SplitSource {
  const source = new SourceText(text);
  const problems: Problem[] = [];
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const unbommed = text.slice(bom);
  if (!/^---[^\S\r\n]*\r?\n/.test(unbommed)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      field: "frontmatter",
      code: "no-frontmatter",
      message: "the page has no frontmatter — start the file with a `---` line, the YAML fields, then another `---` line",
    });
    return { source, yamlOffset: 0, closeOffset: 0, body: text, bodyOffset: 0, problems };
  }
  const parsed = matter(unbommed, SPLIT_ONLY);
  const yamlOffset = bom + 3;
  // gray-matter closes on "\n---", so with CRLF line ends the last YAML line keeps its "\r";
  // drop it (it is at the end, so no offset moves).
  const yamlText = parsed.matter.replace(/\r$/, "");
  const closed = /\r?\n---[^\S\r\n]*(\r?\n|$)/.test(unbommed.slice(3));
  const closeOffset = yamlOffset + parsed.matter.length + 1;
  if (!closed) {
    const at = source.position(text.length);
    problems.push({
      file,
      line: at.line,
      column: at.column,
      field: "frontmatter",
      code: "unclosed-frontmatter",
      message: "the frontmatter is never closed — add a line with `---` after the last field, before the Markdown body",
    });
    // Without the closing line the body cannot be told from the YAML: report only this.
    return { source, yamlOffset, closeOffset, body: "", bodyOffset: text.length, problems };
  }
  const doc = parseYaml(yamlText);
  for (const error of doc.errors) {
    const at = source.position(yamlOffset + error.pos[0]);
    problems.push({ file, ...at, field: "yaml", code: "yaml", message: yamlMessage(error.code, error.message) });
  }
  const bodyOffset = text.length - parsed.content.length;
  return { source, doc, yamlText, yamlOffset, closeOffset, body: parsed.content, bodyOffset, problems };
}

/**
 * Parses frontmatter YAML as the validator does (YAML 1.2 core schema, unique keys, strict).
 * @param yamlText The YAML text.
 * @returns The document, node ranges relative to the text.
 */
export function parseYaml(yamlText: string): Document.Parsed {
  return parseDocument(yamlText, { lineCounter: new LineCounter(), uniqueKeys: true, prettyErrors: false, strict: true });
}

/** The `yaml` package's messages, first line only, with advice for the mistakes authors make most. */
function yamlMessage(code: string, message: string): string {
  const first = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  const advice: Record<string, string> = {
    DUPLICATE_KEY: "remove or rename one of the two keys",
    TAB_AS_INDENT: "indent with spaces, not tabs",
    BAD_INDENT: "line the key up with its siblings",
    MISSING_CHAR: "check for an unclosed quote or bracket",
    BLOCK_AS_IMPLICIT_KEY: "a value containing `: ` must be quoted",
    MULTILINE_IMPLICIT_KEY: "a value containing `: ` must be quoted, or use a block scalar (`|`)",
    UNEXPECTED_TOKEN: "quote values that start with a special character (`*`, `&`, `!`, `%`, `@`, `` ` ``)",
  };
  const hint = advice[code];
  return `YAML syntax error: ${first.charAt(0).toLowerCase()}${first.slice(1)}${hint ? ` — ${hint}` : ""}`;
}
