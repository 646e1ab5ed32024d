/**
 * `npm run new -- "<error signature>" [--category C] [--slug S] [--force]`: scaffolds
 * `content/errors/<category>/<slug>.md` with TODOs that `npm run validate` reports until filled.
 * It first runs the site's own lookup on the text: when a page already covers it with high or medium
 * confidence, it names that page, shows the variant to add there, and creates nothing (exit 1)
 * unless --force. Without --category, the category of the most similar existing signature is used.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadContent } from "../src/entries/load-content.ts";
import { signatureTokens } from "../src/entries/related.ts";
import { buildLookupIndex, createLookup } from "../src/lookup/match/index.ts";
import { scaffoldPage, slugFromSignature } from "../src/entries/scaffold.ts";
import { SLUG_PATTERN } from "../src/entries/schema.ts";
import { contentDir } from "../src/site-config.ts";
import { parseCli } from "./cli/args.ts";

function fail(message: string): never {
  console.error(`new: ${message}`);
  process.exit(2);
}

const USAGE = 'usage: npm run new -- "<error signature>" [--category C] [--slug S] [--force]';
// --content DIR (undocumented, for tests) writes into another content folder than content/ or ERRATA_CONTENT.
const { values, positionals } = parseCli(
  { positionals: true, options: { category: { type: "string" }, slug: { type: "string" }, content: { type: "string" }, force: { type: "boolean", default: false } } },
  (problem) => fail(problem.kind === "unknown-option" ? `${problem.text} — ${USAGE}` : problem.text),
);
const { category, slug: slugArg, force } = values;
const dir = values.content ?? contentDir();
const signature = positionals.join(" ").trim();
if (!signature) fail('give the error text, e.g. npm run new -- "ValueError: Bad response code, expected 200" --category amazon-bedrock');

const content = loadContent(dir);

// A second page for an error that a page already explains splits the answer in two: look it up first.
const index = buildLookupIndex(content.pages);
const found = await createLookup(index.manifest, (name) => Promise.resolve(index.shards[name]!)).lookup(signature, { limit: 1 });
const covering = found.matches[0];
if (covering && covering.confidence !== "low") {
  const page = content.pages.find((p) => p.id === covering.id);
  const where = page ? page.file : covering.id;
  const message = [
    `"${covering.id}" already covers this error (${covering.confidence} confidence): ${where}`,
    `  matched on: ${covering.why.text}`,
    "If it is another wording of the same error, add it to that page's variants:",
    "  variants:",
    `    - signature: ${JSON.stringify(signature)}`,
    "      context: TODO where this wording appears (SDK, version, wrapper)",
  ];
  if (!force) {
    console.error(`new: ${message.join("\n")}\nNothing created. If it really is a different error, run again with --force.`);
    process.exit(1);
  }
  console.log(`Note: ${message[0]} — creating a new page anyway (--force).`);
}
let chosen = category;
let reason = "from --category";
if (!chosen) {
  const mine = signatureTokens(signature);
  let best = -1;
  for (const page of content.pages) {
    const theirs = signatureTokens(page.data.signature);
    const shared = [...mine].filter((t) => theirs.has(t)).length;
    if (shared > best) {
      best = shared;
      chosen = page.category;
    }
  }
  chosen ??= content.categories[0]?.id;
  reason = "nearest existing signature; pass --category to choose";
}
if (!chosen) fail(`no categories in ${dir}/errors yet — pass --category <kebab-case-name>`);
if (!SLUG_PATTERN.test(chosen)) fail(`category "${chosen}" is not kebab-case`);
const slug = slugArg ?? slugFromSignature(signature);
if (slug === "") fail('no words in the error text to make a slug from — pass --slug like "rate-limit-error-429"');
if (!SLUG_PATTERN.test(slug)) fail(`slug "${slug}" is not kebab-case — pass --slug like "stream-valueerror-bad-response-code"`);

const folder = join(dir, "errors", chosen);
const file = join(folder, `${slug}.md`);
if (existsSync(file)) fail(`${file} already exists — pick another --slug, or edit that page`);
mkdirSync(folder, { recursive: true });
writeFileSync(file, scaffoldPage({ signature, today: new Date().toISOString().slice(0, 10) }));
console.log(`Created ${file} (category ${chosen}: ${reason}).`);
console.log(`Its id, ${chosen}/${slug}, is its permanent URL: rename the file now if you want another.`);
if (!content.categories.some((c) => c.id === chosen)) console.log(`Category "${chosen}" is new: also create ${join(folder, "_category.yml")} with title and description.`);
console.log("Fill in the TODOs; `npm run validate` lists those left.");
