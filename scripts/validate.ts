/**
 * `npm run validate [-- DIR]`: checks every page and category under DIR (default `content/`)
 * and prints every problem, one per line, as `path:line:column  field  message`.
 * DIR/site.yml (the site's settings) is checked the same way, with ERRATA_SITE / ERRATA_BASE applied.
 * --quiet prints nothing when clean. Exit 0 when clean, 1 when anything is wrong, 2 when DIR cannot be read or on bad usage.
 */
import { existsSync } from "node:fs";
import { formatProblem } from "../src/entries/problem.ts";
import { loadContent } from "../src/entries/load-content.ts";
import { verifyContent } from "../src/entries/verify-content.ts";
import { contentDir, loadSiteConfig } from "../src/site-config.ts";
import { parseCli, usageExit } from "./cli/args.ts";

const fail = usageExit("validate", "usage: npm run validate -- [DIR] [--quiet]");
const { values, positionals } = parseCli({ positionals: true, options: { quiet: { type: "boolean", default: false } } }, fail);
if (positionals.length > 1) fail(`one DIR at most, got ${positionals.join(" ")}`);
const quiet = values.quiet;
const dir = positionals[0] ?? contentDir();

if (!existsSync(dir)) {
  console.error(`validate: no such directory: ${dir} — pass the content folder, e.g. \`npm run validate -- content\``);
  process.exit(2);
}

const content = verifyContent(loadContent(dir));
const problems = [...loadSiteConfig(dir).problems, ...content.problems];
for (const problem of problems) console.log(formatProblem(problem));
const n = problems.length;
if (n > 0) {
  console.log(`\n${n} problem${n === 1 ? "" : "s"} in ${dir} — fix the lines above, then run \`npm run validate\` again.`);
  process.exitCode = 1;
} else if (!quiet) {
  console.log(`${content.pages.length} pages in ${content.categories.length} categories: no problems.`);
}
