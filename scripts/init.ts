/**
 * `npm run init -- --title "Acme errors" --url https://errors.acme.dev [--base /x/] [--tagline T] [--repo URL] [--force]`:
 * turns a fresh clone into an empty site of one's own. It removes the demo pages under content/errors/, writes
 * one category and one example page (both valid) and content/site.yml, checks the result with the validator,
 * and prints the next three commands. Run in the repository root.
 *
 * Refuses (exit 2) when content/site.yml already describes a site other than the demo, unless --force:
 * running it twice must not delete someone's pages.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadContent } from "../src/entries/load-content.ts";
import { verifyContent } from "../src/entries/verify-content.ts";
import { formatProblem } from "../src/entries/problem.ts";
import { readSite } from "../src/entries/read-site.ts";
import { loadSiteConfig, SITE_FILE } from "../src/site-config.ts";
import { parseCli } from "./cli/args.ts";
import { categoryYaml, EXAMPLE_CATEGORY, EXAMPLE_SLUG, examplePage, siteYaml, type InitOptions } from "./init-site.ts";

const USAGE = 'npm run init -- --title "Acme errors" --url https://errors.acme.dev [--base /x/] [--tagline "…"] [--repo https://github.com/acme/errors] [--force]';
/** The demo site's URL: a site.yml with another URL belongs to someone. */
const DEMO_URL = "https://errata.example.org";
const CONTENT = "content";

function fail(message: string): never {
  console.error(`init: ${message}\nusage: ${USAGE}`);
  process.exit(2);
}

const { values } = parseCli(
  {
    options: {
      title: { type: "string" },
      url: { type: "string" },
      base: { type: "string" },
      tagline: { type: "string" },
      repo: { type: "string" },
      force: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  },
  (problem) => fail(problem.text),
);
if (values.help) {
  console.log(`usage: ${USAGE}`);
  process.exit(0);
}
if (!values.title?.trim()) fail('--title is required, e.g. --title "Acme errors"');
if (!values.url) fail("--url is required: the public URL of the site, e.g. --url https://errors.acme.dev");
if (!existsSync(join(CONTENT, "errors")) || !existsSync("package.json")) fail("run it in the root of an errata clone (no content/errors/ here)");

const base = values.base === undefined ? undefined : `/${values.base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
const options: InitOptions = {
  title: values.title.trim(),
  url: values.url,
  ...(base ? { base } : {}),
  ...(values.tagline ? { tagline: values.tagline } : {}),
  ...(values.repo ? { repository: values.repo } : {}),
  today: new Date().toISOString().slice(0, 10),
};

// The settings are checked before anything is deleted: a typo in --url must not cost the demo content.
const yaml = siteYaml(options);
const check = readSite(`--title/--url/--base`, yaml);
if (!check.value) fail(check.problems.map((p) => `${p.field}: ${p.message}`).join("\n      "));

const siteFile = join(CONTENT, SITE_FILE);
if (existsSync(siteFile) && !values.force) {
  const current = readSite(siteFile, readFileSync(siteFile, "utf8")).value;
  if (current && current.url !== DEMO_URL) fail(`${siteFile} already describes ${current.url} — this would delete its pages; pass --force to start over anyway`);
}

const errorsDir = join(CONTENT, "errors");
const removed = readdirSync(errorsDir).filter((name) => !name.startsWith(".")).length;
rmSync(errorsDir, { recursive: true, force: true });
mkdirSync(join(errorsDir, EXAMPLE_CATEGORY), { recursive: true });
writeFileSync(join(errorsDir, EXAMPLE_CATEGORY, "_category.yml"), categoryYaml());
writeFileSync(join(errorsDir, EXAMPLE_CATEGORY, `${EXAMPLE_SLUG}.md`), examplePage(options));
writeFileSync(siteFile, yaml);

// Prove the promise: the new content validates (with any ERRATA_SITE/ERRATA_BASE of this shell ignored).
const problems = [...loadSiteConfig(CONTENT, {}).problems, ...verifyContent(loadContent(CONTENT)).problems];
if (problems.length > 0) {
  console.error(`init: the new site has problems (a bug in init):\n${problems.map(formatProblem).join("\n")}`);
  process.exit(1);
}
const config = loadSiteConfig(CONTENT, {}).config!;
console.log(`Created ${config.title} (${config.url}):
  ${siteFile}
  ${join(errorsDir, EXAMPLE_CATEGORY, "_category.yml")}
  ${join(errorsDir, EXAMPLE_CATEGORY, `${EXAMPLE_SLUG}.md`)}
Removed ${removed} earlier ${removed === 1 ? "category" : "categories"} and their pages.

Next:
  npm run validate    # check content/ — run it after every edit
  npm run build       # build the site into dist/
  npm run preview     # read it at http://127.0.0.1:4321${config.base}
`);
