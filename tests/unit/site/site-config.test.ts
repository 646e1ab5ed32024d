import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/entries/problem.ts";
import { readSite } from "../../../src/entries/read-site.ts";
import { loadSiteConfig } from "../../../src/site-config.ts";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function dirWith(yaml?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "errata-site-"));
  made.push(dir);
  if (yaml !== undefined) writeFileSync(join(dir, "site.yml"), yaml);
  return dir;
}

describe("site.yml", () => {
  it("reports each mistake as path:line:col field message, with did-you-mean", () => {
    const text = ["title: Acme", "url: https://errors.acme.dev", "tagine: hi", "theme: drak", "repository:", "  url: not a url", "nav:", "  - label: Docs", "    href: docs"].join("\n");
    const lines = readSite("content/site.yml", text).problems.map(formatProblem);
    expect(lines).toEqual([
      'content/site.yml:3:1  tagine  unknown key "tagine" — did you mean "tagline"? Valid keys: title, tagline, description, url, base, repository, logo, nav, footer, theme, lookup',
      'content/site.yml:4:8  theme  expected one of auto, light, dark, got "drak" — did you mean "dark"?',
      'content/site.yml:6:8  repository.url  expected an http(s) URL with a domain name, got "not a url"',
      expect.stringMatching(/^content\/site\.yml:9:11 {2}nav\[0\]\.href {2}expected an http\(s\) URL or a path on this site/),
    ]);
  });

  it("points at a missing required key and at YAML syntax errors", () => {
    expect(readSite("s.yml", "title: Acme\n").problems.map(formatProblem)).toEqual([expect.stringMatching(/^s\.yml:2:1 {2}url {2}required field "url" is missing/)]);
    expect(readSite("s.yml", "title: [Acme\nurl: https://a.dev\n").problems[0]).toMatchObject({ file: "s.yml", field: "yaml", code: "yaml" });
  });

  it("reads lookup.answersFirst, off unless set, and says what a wrong value should be", () => {
    expect(loadSiteConfig(dirWith("title: A\nurl: https://a.dev\n"), {}).config?.lookup).toEqual({ answersFirst: false });
    expect(loadSiteConfig(dirWith("title: A\nurl: https://a.dev\nlookup:\n  answersFirst: true\n"), {}).config?.lookup).toEqual({ answersFirst: true });
    expect(readSite("s.yml", "title: A\nurl: https://a.dev\nlookup:\n  answersFirst: yes please\n").problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^s\.yml:4:17 {2}lookup\.answersFirst {2}expected true or false/),
    ]);
  });

  it("refuses a base that disagrees with the path of url", () => {
    const problems = readSite("s.yml", "title: A\nurl: https://a.github.io/one/\nbase: /two/\n").problems;
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^s\.yml:3:7 {2}base {2}base "\/two\/" disagrees with the path of url \(\/one\/\)/)]);
  });

  it("takes the base from the path of url, and from the file's base otherwise", () => {
    expect(loadSiteConfig(dirWith("title: A\nurl: https://acme.github.io/errors\n"), {}).config).toMatchObject({
      base: "/errors/",
      origin: "https://acme.github.io",
      url: "https://acme.github.io/errors/",
    });
    expect(loadSiteConfig(dirWith("title: A\nurl: https://a.dev\nbase: /docs/errors/\n"), {}).config).toMatchObject({ base: "/docs/errors/", url: "https://a.dev/docs/errors/" });
  });

  it("lets ERRATA_SITE and ERRATA_BASE override the file", () => {
    const dir = dirWith("title: A\nurl: https://a.dev\nbase: /docs/\n");
    expect(loadSiteConfig(dir, { ERRATA_SITE: "https://b.dev" }).config).toMatchObject({ origin: "https://b.dev", base: "/docs/" });
    expect(loadSiteConfig(dir, { ERRATA_SITE: "https://me.github.io/proj/" }).config).toMatchObject({ origin: "https://me.github.io", base: "/proj/" });
    expect(loadSiteConfig(dir, { ERRATA_BASE: "x/y" }).config).toMatchObject({ base: "/x/y/" });
    expect(loadSiteConfig(dir, { ERRATA_BASE: "/a b/" }).problems.map(formatProblem)).toEqual([expect.stringMatching(/^ERRATA_BASE \(environment\):1:1 {2}ERRATA_BASE {2}expected a path/)]);
    expect(loadSiteConfig(dir, { ERRATA_SITE: "ftp://x" }).problems[0]?.field).toBe("ERRATA_SITE");
  });

  it("derives the edit link, and shows none without a repository", () => {
    const config = loadSiteConfig(dirWith("title: A\nurl: https://a.dev\nrepository:\n  url: https://github.com/acme/errors/\n"), {}).config!;
    expect(config.repository).toEqual({ url: "https://github.com/acme/errors", branch: "main", edit: "https://github.com/acme/errors/edit/main/{path}" });
    expect(loadSiteConfig(dirWith("title: A\nurl: https://a.dev\n"), {}).config!.repository).toBeUndefined();
  });

  it("falls back to defaults for a content folder without site.yml", () => {
    expect(loadSiteConfig(dirWith(), {})).toMatchObject({ problems: [], config: { title: "errata", base: "/" } });
  });

  it("the bundled content/site.yml is valid", () => {
    expect(loadSiteConfig("content", {}).problems).toEqual([]);
  });
});
