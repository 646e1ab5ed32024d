/**
 * `npm run --silent triage -- --event FILE [--site-url URL] [--json]`: reads a GitHub `issues` event payload
 * (FILE, e.g. $GITHUB_EVENT_PATH), looks the issue up in this site's pages and prints a Markdown comment naming
 * the pages that explain it (.github/workflows/errata-triage.yml posts it with `gh`). Prints nothing and exits 0
 * when no page reaches medium confidence, or the action is not opened/edited/reopened.
 * --json prints `{"comment": string|null, "matches": [...]}` instead. --site-url defaults to content/site.yml's url.
 * Exit 2 for bad usage or an unreadable event file.
 */
import { readFileSync } from "node:fs";
import { loadContent } from "../src/entries/load-content.ts";
import { buildLookupIndex, createLookup } from "../src/lookup/match/index.ts";
import { createRoutes } from "../src/routes.ts";
import { contentDir, siteConfig } from "../src/site-config.ts";
import { parseCli } from "./cli/args.ts";
import { triage, type IssuesEvent } from "./triage-core.ts";

const USAGE = "usage: npm run --silent triage -- --event FILE [--site-url URL] [--json]";

function fail(message: string): never {
  process.stderr.write(`triage: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const { values } = parseCli({ options: { event: { type: "string" }, "site-url": { type: "string" }, json: { type: "boolean", default: false } } }, (problem) => fail(problem.text));
if (!values.event) fail("--event FILE is required (the `issues` event payload, e.g. $GITHUB_EVENT_PATH)");

let event: IssuesEvent;
try {
  event = JSON.parse(readFileSync(values.event, "utf8")) as IssuesEvent;
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(`cannot read ${values.event}: ${code === "ENOENT" ? "no such file" : (error as Error).message}`);
}
if (event === null || typeof event !== "object") fail(`${values.event} is not an event payload (expected a JSON object)`);

const site = siteConfig();
let root: URL;
try {
  root = new URL(values["site-url"] ?? site.url);
  if (!/^https?:$/.test(root.protocol)) throw new Error("not http(s)");
} catch {
  fail(`--site-url needs an http(s) URL, got ${JSON.stringify(values["site-url"])}`);
}
const routes = createRoutes(root.pathname);

const content = loadContent(contentDir());
const byId = new Map(content.pages.map((p) => [p.id, p]));
const index = buildLookupIndex(content.pages);
const lookup = createLookup(index.manifest, (name) => Promise.resolve(index.shards[name]));

const result = await triage(
  event,
  async (text) => (await lookup.lookup(text, { limit: 5 })).matches,
  (id) => {
    const page = byId.get(id);
    return page ? { summary: page.data.summary, url: routes.absolute(routes.page(id), root.origin) } : undefined;
  },
  { title: site.title, url: routes.absolute(routes.home(), root.origin) },
);

if (values.json) console.log(JSON.stringify({ comment: result.comment ?? null, matches: result.matches }));
else if (result.comment) process.stdout.write(result.comment);
