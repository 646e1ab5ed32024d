/**
 * `npm run triage` on recorded `issues` payloads (tests/fixtures/triage/): the real lookup over the real
 * content, and the comment parsed back as GitHub-flavoured Markdown to prove nothing from the issue
 * comes through live (no HTML, link, image or @mention outside code spans).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { codeSpan } from "../../../scripts/triage-markdown.ts";
import { COMMENT_MARKER, splitIssue, triage, type IssuesEvent } from "../../../scripts/triage-core.ts";
import { loadContent } from "../../../src/entries/load-content.ts";
import { buildLookupIndex, createLookup } from "../../../src/lookup/match/index.ts";

const content = loadContent("content");
const byId = new Map(content.pages.map((p) => [p.id, p]));
const index = buildLookupIndex(content.pages);
const lookup = createLookup(index.manifest, (name) => Promise.resolve(index.shards[name]));
const SITE = { title: "errata", url: "https://errors.acme.dev/docs/" };

function fixture(name: string): IssuesEvent {
  return JSON.parse(readFileSync(`tests/fixtures/triage/${name}.json`, "utf8")) as IssuesEvent;
}

function run(event: IssuesEvent) {
  return triage(
    event,
    async (text) => (await lookup.lookup(text, { limit: 5 })).matches,
    (id) => (byId.has(id) ? { summary: byId.get(id)!.data.summary, url: `${SITE.url}errors/${id}/` } : undefined),
    SITE,
  );
}

function parse(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

function walk(node: Root | RootContent, visit: (n: RootContent) => void): void {
  if (node.type !== "root") visit(node);
  if ("children" in node) for (const child of node.children) walk(child, visit);
}

describe("triage", () => {
  it("answers a Python traceback in a code block with the page that explains it", async () => {
    const result = await run(fixture("python-traceback"));
    expect(result.matches.map((m) => [m.id, m.confidence, m.part])).toEqual([["amazon-bedrock/stream-valueerror-bad-response-code", "high", "the code block"]]);
    expect(result.comment).toContain(
      "### [ValueError: Bad response code, expected 200 on an AnthropicBedrock stream](https://errors.acme.dev/docs/errors/amazon-bedrock/stream-valueerror-bad-response-code/)",
    );
    expect(result.comment).toContain(`> ${byId.get("amazon-bedrock/stream-valueerror-bad-response-code")!.data.summary}`);
    expect(result.comment!.startsWith(COMMENT_MARKER)).toBe(true);
  });

  it("answers a Claude Code error line in the issue text", async () => {
    const result = await run(fixture("claude-code-error-line"));
    expect(result.matches[0]).toMatchObject({ id: "anthropic-api/max-tokens-exceeds-model-limit", part: "the issue text" });
    expect(result.comment).toMatch(/\*\*(high|medium) confidence\*\*/);
    expect(result.comment).toContain("matched on: `");
  });

  it("says nothing for an issue without an error, or with another vendor's error", async () => {
    for (const name of ["no-error", "other-vendor"]) {
      const result = await run(fixture(name));
      expect(result.comment, name).toBeUndefined();
      expect(result.matches, name).toEqual([]);
    }
  });

  it("says nothing for actions that bring no new text, and for pull requests", async () => {
    const event = fixture("python-traceback");
    expect((await run({ ...event, action: "labeled" })).comment).toBeUndefined();
    expect((await run({ ...event, issue: { ...event.issue, pull_request: {} } })).comment).toBeUndefined();
  });

  it("never lets the issue's mentions, HTML, links or images through", async () => {
    const result = await run(fixture("hostile-markdown"));
    expect(result.matches[0]?.id).toBe("amazon-bedrock/stream-valueerror-bad-response-code");
    const comment = result.comment!;
    expect(comment).toContain("@octocat"); // quoted…
    const tree = parse(comment);
    const codes: string[] = [];
    const html: string[] = [];
    const links: string[] = [];
    const texts: string[] = [];
    const types = new Set<string>();
    walk(tree, (node) => {
      types.add(node.type);
      if (node.type === "inlineCode") codes.push(node.value);
      if (node.type === "html") html.push(node.value);
      if (node.type === "link") links.push(node.url);
      if (node.type === "text") texts.push(node.value);
    });
    expect(["image", "imageReference", "linkReference", "definition"].filter((type) => types.has(type))).toEqual([]);
    expect(new Set(html)).toEqual(new Set([COMMENT_MARKER, "<sub>", "</sub>"]));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((url) => !url.startsWith(SITE.url))).toEqual([]);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((text) => /@\w|evil\.example|<|onerror/.test(text))).toEqual([]);
    // …but only inside a code span, where GitHub renders it as text.
    expect(codes.some((c) => c.includes("@octocat <img src=x onerror="))).toBe(true);
  });

  it("quotes any text as exactly one code span", () => {
    for (const text of ["plain", "a `tick` and ``two``", "`starts", "ends`", "```", "line\nbreak\u0000nul", "x".repeat(500)]) {
      const tree = parse(`see ${codeSpan(text)} end`);
      const codes: string[] = [];
      walk(tree, (node) => {
        if (node.type === "inlineCode") codes.push(node.value);
      });
      expect(codes, JSON.stringify(text)).toHaveLength(1);
      const flat = text.replace(/[\u0000-\u001f]+/g, " ");
      expect(flat.startsWith(codes[0]!.replace(/…$/, "").trim()), JSON.stringify(text)).toBe(true);
    }
  });

  it("splits fences by CommonMark's rules: ``` and ~~~, longer closers, unclosed blocks", () => {
    const parts = splitIssue("t", "a\n```py\nx\n````\ny\n~~~\nz\n~~~\nb\n````\nopen");
    expect(parts.blocks).toEqual(["x", "z", "open"]);
    expect(parts.rest).toBe("a\ny\nb");
  });

  it("the CLI prints nothing and exits 0 without a match, prints the comment with --site-url, and exits 2 on bad usage", () => {
    const cli = (...args: string[]) => spawnSync("npm", ["run", "--silent", "triage", "--", ...args], { encoding: "utf8" });
    const none = cli("--event", "tests/fixtures/triage/no-error.json");
    expect([none.status, none.stdout, none.stderr]).toEqual([0, "", ""]);
    const hit = cli("--event", "tests/fixtures/triage/python-traceback.json", "--site-url", "https://acme.github.io/errata/");
    expect(hit.status).toBe(0);
    expect(hit.stdout).toContain("(https://acme.github.io/errata/errors/amazon-bedrock/stream-valueerror-bad-response-code/)");
    const json = JSON.parse(cli("--event", "tests/fixtures/triage/other-vendor.json", "--json").stdout) as { comment: null; matches: [] };
    expect(json).toEqual({ comment: null, matches: [] });
    const bad = cli("--event", "tests/fixtures/triage/nope.json");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("no such file");
  }, 60_000);
});
