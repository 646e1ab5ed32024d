/**
 * Turns zod issues into `Problem`s: positioned at the offending YAML key or value, worded as
 * "what is wrong — what to do", with a "did you mean" for misspelt keys and enum values.
 * Collect first, format later (zod's own `prettifyError` is the model, Starlight's error map the tone).
 */
import type { Document } from "yaml";
import type { z } from "zod";
import { locate, locateKey } from "./locate.ts";
import { formatPath, type Problem, type ProblemCode } from "./problem.ts";
import type { SourceText } from "./source-text.ts";
import { suggest } from "./suggest.ts";

export interface IssueContext {
  file: string;
  source: SourceText;
  doc: Document.Parsed;
  yamlOffset: number;
  /** Offset of the closing `---`, where missing top-level fields belong. */
  closeOffset: number;
  schema: z.ZodType;
  data: unknown;
}

/** Unwraps optional/default/pipe wrappers to reach the schema that describes a value. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (let i = 0; i < 10; i++) {
    const def = current.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
    if ((def.type === "optional" || def.type === "default" || def.type === "nullable") && def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in) current = def.in;
    else break;
  }
  return current;
}

/** The schema at `path`, or undefined when the path leaves the schema. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const part of path) {
    if (!current) return undefined;
    const def = current.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };
    if (def.type === "object" && def.shape && typeof part === "string") current = def.shape[part];
    else if (def.type === "array" && def.element && typeof part === "number") current = def.element;
    else return undefined;
    current = current ? unwrap(current) : undefined;
  }
  return current;
}

/** Plain words for what a schema expects: "text", "a list", "a mapping", "one of a, b". */
function expectedKind(schema: z.ZodType | undefined): string {
  if (!schema) return "a value";
  const def = schema.def as { type: string; entries?: Record<string, string> };
  switch (def.type) {
    case "string":
      return "text";
    case "array":
      return "a list (one `- ` item per line)";
    case "object":
      return "a mapping (indented `key: value` lines)";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    case "enum":
      return `one of ${Object.values(def.entries ?? {}).join(", ")}`;
    default:
      return "a value";
  }
}

/** Plain words for what a YAML value is: "text", "a list", "a number", "nothing". */
function actualKind(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "true/false";
  return typeof value;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function keysOf(schema: z.ZodType | undefined): string[] {
  const def = schema?.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

/** One problem per issue; unknown keys give one problem per key. */
export function zodIssuesToProblems(issues: readonly z.core.$ZodIssue[], ctx: IssueContext): Problem[] {
  const problems: Problem[] = [];
  const at = (path: readonly PropertyKey[], want: "key" | "value", fallbackToClose = false) => {
    const found = want === "key" ? locateKey(ctx.doc, path) : locate(ctx.doc, path);
    const offset = fallbackToClose && path.length === 1 && found.depth === 0 ? ctx.closeOffset : ctx.yamlOffset + found.offset;
    return ctx.source.position(offset);
  };
  const push = (path: readonly PropertyKey[], code: ProblemCode, message: string, want: "key" | "value" = "value", fallbackToClose = false) =>
    problems.push({ file: ctx.file, ...at(path, want, fallbackToClose), field: formatPath(path), code, message });

  // A misspelt key ("cuases") also makes its intended key missing; report it once, as the typo.
  const suggested = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const valid = keysOf(schemaAt(ctx.schema, issue.path));
    for (const key of issue.keys) {
      const guess = suggest(key, valid);
      if (guess) suggested.add(formatPath([...issue.path, guess]));
    }
  }

  for (const issue of issues) {
    const path = issue.path;
    const here = schemaAt(ctx.schema, path);
    const value = valueAt(ctx.data, path);
    switch (issue.code) {
      case "unrecognized_keys": {
        const valid = keysOf(schemaAt(ctx.schema, path));
        for (const key of issue.keys) {
          const guess = suggest(key, valid);
          const hint = guess ? ` — did you mean "${guess}"?` : "";
          push([...path, key], "unknown-key", `unknown key "${key}"${hint} Valid keys: ${valid.join(", ")}`, "key");
        }
        break;
      }
      case "invalid_type": {
        if (value === undefined) {
          if (suggested.has(formatPath(path))) break;
          const key = String(path[path.length - 1] ?? "");
          const parent = path.length > 1 ? ` to \`${formatPath(path.slice(0, -1))}\`` : "";
          push(path, "missing", `required field "${key}" is missing — add \`${key}:\`${parent} with ${expectedKind(here)}`, "key", true);
        } else {
          push(path, "wrong-type", `expected ${expectedKind(here)}, got ${actualKind(value)}`);
        }
        break;
      }
      case "invalid_value": {
        const allowed = issue.values.map(String);
        const guess = typeof value === "string" ? suggest(value, allowed) : undefined;
        push(path, "invalid-value", `expected one of ${allowed.join(", ")}, got ${JSON.stringify(value)}${guess ? ` — did you mean "${guess}"?` : ""}`);
        break;
      }
      case "invalid_format": {
        if (issue.format === "url") push(path, "bad-url", issue.message);
        else if (issue.format === "regex" && path[path.length - 1] === "updated") push(path, "bad-date", `${issue.message}, got ${JSON.stringify(value)}`);
        else push(path, "invalid-value", `${issue.message}, got ${JSON.stringify(value)}`);
        break;
      }
      case "custom": {
        const code: ProblemCode = path[path.length - 1] === "updated" ? "bad-date" : "invalid-value";
        push(path, code, code === "bad-date" ? `${issue.message} — use YYYY-MM-DD, e.g. 2026-11-25` : issue.message);
        break;
      }
      case "too_small":
      case "too_big": {
        push(path, "invalid-value", issue.message);
        break;
      }
      default:
        push(path, "invalid-value", issue.message);
    }
  }
  return problems;
}
