/**
 * Error bodies printed in other languages' notations (issue 8 §2), as data: each dialect recognises a line and
 * rewrites it into a form the core-message reader already understands (a JSON object or a Python dict repr, or
 * `Type: message`). Only the line is rewritten; the paste shown to the user stays as it was.
 */
import { CLASS_WORD, SUFFIXES, suffixGroup } from "../../exception-name.ts";

/** The error struct's name in Rust's Debug output: `ValidationException`, `ServiceError`. */
const RUST_STRUCT = `${CLASS_WORD}${suffixGroup(SUFFIXES.core)}`;
const RUST_STRUCT_MESSAGE = new RegExp(String.raw`\b(${RUST_STRUCT})\s*\{\s*message:\s*Some\("((?:[^"\\]|\\.)*)`);

interface BodyDialect {
  /** Who prints it. */
  name: string;
  /** Recognises the dialect on a line. */
  test: RegExp;
  /** The line rewritten. */
  rewrite: (line: string) => string;
}

const BODY_DIALECTS: readonly BodyDialect[] = [
  {
    // The AWS SDK for Rust's Debug output: `ValidationException(ValidationException { message: Some("…"), meta: … })`.
    name: "Rust Debug struct (AWS SDK for Rust, anyhow)",
    test: new RegExp(String.raw`\b(${RUST_STRUCT})\s*\{\s*message:\s*Some\("`),
    rewrite: (line) => {
      const m = RUST_STRUCT_MESSAGE.exec(line);
      return m ? `${m[1] ?? ""}: ${(m[2] ?? "").replace(/\\"/g, '"')}` : line;
    },
  },
  {
    // Ruby's Hash#inspect: `{"type"=>"error", "error"=>{"details"=>nil, …}}` (ruby_llm, the Ruby SDK's logs).
    name: "Ruby hash inspect",
    test: /"\w+"\s*=>\s*["{]/,
    rewrite: (line) => line.replace(/"\s*=>\s*/g, '": ').replace(/:\s*nil\b/g, ": null"),
  },
];

/**
 * Rewrites a line written in one of the dialects above.
 * @param line A line of the paste.
 * @returns The rewritten line and the dialect, or undefined when no dialect applies.
 */
export function rewriteBody(line: string): { text: string; dialect: string } | undefined {
  for (const d of BODY_DIALECTS) if (d.test.test(line)) return { text: d.rewrite(line), dialect: d.name };
  return undefined;
}
