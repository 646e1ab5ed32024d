/**
 * `npm run check:links [-- DIR] [--base /x/] [--origin https://…]`: every internal link, asset and
 * `#anchor` in a built site (default `dist/`) resolves — pages, sitemap and errors.json included.
 * The base path and origin come from content/site.yml (and ERRATA_SITE / ERRATA_BASE) unless given.
 * Prints one line per broken link as `file:line:column  field  message`; exit 1 when any, 2 on bad usage.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { normalizeBase } from "../src/routes.ts";
import { siteConfig } from "../src/site-config.ts";
import { checkSite } from "./check-links-core.ts";
import { parseCli } from "./cli/args.ts";

function usage(message: string): never {
  console.error(`check:links: ${message} — usage: npm run check:links -- [DIR] [--base /path/] [--origin https://host]`);
  process.exit(2);
}

const { values, positionals } = parseCli({ positionals: true, options: { base: { type: "string" }, origin: { type: "string" } } }, (problem) => usage(problem.text));
if (positionals.length > 1) usage(`one DIR at most, got ${positionals.join(" ")}`);
const dir = positionals[0] ?? "dist";
if (!existsSync(join(dir, "index.html"))) usage(`no built site in ${dir} (no index.html) — run \`npm run build\` first`);

const site = values.base && values.origin ? undefined : siteConfig();
const base = normalizeBase(values.base ?? site!.base);
let origin: string;
try {
  origin = new URL(values.origin ?? site!.origin).origin;
} catch {
  usage(`--origin needs an http(s) URL, got ${JSON.stringify(values.origin)}`);
}

const paths = new Set(
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.replace(/\/$/, "").length + 1)
        .split("\\")
        .join("/"),
    ),
);
const started = performance.now();
const result = checkSite({ paths, read: (p) => readFileSync(join(dir, p), "utf8") }, { base, origin });
for (const p of result.problems) console.log(`${join(dir, p.file)}:${p.line}:${p.column}  ${p.field}  ${p.message}`);
const ms = Math.round(performance.now() - started);
const summary = `${result.links} internal links and ${result.anchors} anchors in ${result.pages} pages under ${base} (${ms} ms)`;
if (result.problems.length > 0) {
  console.log(`\n${result.problems.length} broken link${result.problems.length === 1 ? "" : "s"} among ${summary}.`);
  process.exitCode = 1;
} else console.log(`check:links: no broken links — ${summary}.`);
