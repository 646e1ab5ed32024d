/** `npm run docs:reference`: rewrites the frontmatter reference in README.md from the schema. */
import { readFileSync, writeFileSync } from "node:fs";
import { withReference } from "../src/entries/frontmatter-reference.ts";

const readme = readFileSync("README.md", "utf8");
const next = withReference(readme);
if (next === readme) console.log("README.md frontmatter reference is up to date.");
else {
  writeFileSync("README.md", next);
  console.log("README.md frontmatter reference rewritten from src/entries/schema.ts.");
}
