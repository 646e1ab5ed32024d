/**
 * `npm run init` in a temporary copy of the repository: the result validates, builds under its base
 * path and passes the link checker; a second run refuses to delete the new site's pages.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(".");
const copy = mkdtempSync(join(tmpdir(), "errata-init-"));
for (const entry of ["astro.config.mjs", "package.json", "package-lock.json", "tsconfig.json", "src", "scripts", "public", "content"])
  cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function npm(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
  for (const name of ["ERRATA_SITE", "ERRATA_BASE", "ERRATA_CONTENT"]) delete env[name];
  return spawnSync("npm", ["run", "--silent", ...args], { cwd: copy, encoding: "utf8", env, timeout: 120_000 });
}

describe("npm run init", () => {
  it("turns the demo into a one-page site of one's own that validates, builds under its base path and has no broken link", () => {
    const init = npm("init", "--", "--title", "Acme errors", "--url", "https://errors.acme.dev", "--base", "/x/");
    expect(init.stderr).toBe("");
    expect(init.status).toBe(0);
    expect(init.stdout).toContain("npm run validate");
    expect(init.stdout).toContain("npm run build");
    expect(init.stdout).toContain("npm run preview");
    expect(readdirSync(join(copy, "content/errors"))).toEqual(["general"]);
    expect(readdirSync(join(copy, "content/errors/general")).sort()).toEqual(["_category.yml", "example-error.md"]);
    expect(readFileSync(join(copy, "content/site.yml"), "utf8")).toContain('title: "Acme errors"');

    const validate = npm("validate");
    expect(validate.stdout).toContain("1 pages in 1 categories: no problems.");
    expect(validate.status).toBe(0);

    const build = npm("build");
    expect(build.status, build.stderr).toBe(0);
    const html = readFileSync(join(copy, "dist/errors/general/example-error/index.html"), "utf8");
    expect(html).toContain('<link rel="canonical" href="https://errors.acme.dev/x/errors/general/example-error/"');
    expect(html).toContain("<title>ExampleError: this page shows how an errata page is written · Acme errors</title>");
    expect(html).not.toMatch(/Anthropic|Bedrock/);
    expect(existsSync(join(copy, "dist/pagefind/pagefind.js"))).toBe(true);

    const links = npm("check:links");
    expect(links.stdout).toContain("no broken links");
    expect(links.status).toBe(0);
  }, 180_000);

  it("refuses to run again over the new site without --force, and rejects a bad URL before deleting anything", () => {
    const again = npm("init", "--", "--title", "Other", "--url", "https://other.dev");
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("already describes https://errors.acme.dev");
    const bad = npm("init", "--", "--title", "Other", "--url", "errors.acme.dev", "--force");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("expected an http(s) URL");
    expect(existsSync(join(copy, "content/errors/general/example-error.md"))).toBe(true);
    const missing = npm("init", "--", "--url", "https://x.dev");
    expect(missing.stderr).toContain("--title is required");
  }, 60_000);
});
