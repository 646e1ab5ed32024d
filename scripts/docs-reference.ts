/** `npm run docs:reference`: rewrites the frontmatter reference in README.md from the schema. */
import { readFileSync, writeFileSync } from "node:fs";
import { withReference } from "../src/entries/frontmatter-reference.ts";
import { parseCli, usageExit } from "./cli/args.ts";

// No options: a stray argument is a mistake, said as such, not silently ignored.
parseCli({ options: {} }, usageExit("docs:reference", "usage: npm run docs:reference (no arguments)"));

const readme = readFileSync("README.md", "utf8");
const next = withReference(readme);
if (next === readme) console.log("README.md frontmatter reference is up to date.");
else {
  writeFileSync("README.md", next);
  console.log("README.md frontmatter reference rewritten from src/entries/schema.ts.");
}
