/**
 * Finding 8: inputs that used to crash with a raw stack, or pass silently, each become a positioned
 * problem or correct behaviour.
 */
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crossCheck } from "../../../src/entries/cross-checks.ts";
import { loadContent } from "../../../src/entries/load-content.ts";
import { formatProblem } from "../../../src/entries/problem.ts";
import { readCategory, readPage } from "../../../src/entries/read-page.ts";
import { editUrl } from "../../../src/site-config.ts";
import { VALID_PAGE, withChange } from "../entries/page-fixture.ts";

const FILE = "content/errors/demo/page.md";
const read = (text: string) => readPage(FILE, text, "demo", "page");

describe("positioned problems instead of crashes", () => {
  it("YAML alias bombs", () => {
    const bomb = `updated: 2026-11-20\nversions:\n  - &a {package: p, affected: "1", note: x}\n${"  - *a\n".repeat(150)}`;
    expect(read(withChange("updated: 2026-11-20\n", bomb)).problems.map(formatProblem)).toEqual([
      `${FILE}:2:1  yaml  YAML aliases (\`*name\`) expand too many times — write the values out instead of repeating aliases`,
    ]);
    const nested = `title: x\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`;
    expect(readCategory("content/errors/demo/_category.yml", nested).problems.map((p) => p.code)).toEqual(["yaml"]);
  });

  it("200,000 TODO lines are a capped page, not a stack overflow", () => {
    const result = read(VALID_PAGE + "TODO\n".repeat(200_000));
    expect(result.problems.map((p) => p.code)).toEqual(["too-large"]);
    const many = read(withChange("Queue requests.", "TODO\n\n".repeat(5000)));
    expect(many.problems.filter((p) => p.code === "todo")).toHaveLength(5000);
  });

  it("a NUL or other control character in a field", () => {
    expect(read(withChange("    answer: Yes, twice.", '    answer: "Yes,\\u0000 twice."')).problems.map(formatProblem)).toEqual([
      `${FILE}:13:13  faq[0].answer  answer contains a control character (such as NUL) — remove it, got "Yes,\\u0000 twice."`,
    ]);
  });

  it("CR-only line endings are line endings", () => {
    const result = read(VALID_PAGE.replace(/\n/g, "\r"));
    expect(result.problems).toEqual([]);
    expect(result.value?.data.title).toBe("RateLimitError: too many requests");
    expect(read(withChange("updated: 2026-11-20", "updated: 2026-02-30").replace(/\n/g, "\r")).problems.map((p) => `${p.line}:${p.column}`)).toEqual(["19:10"]);
  });

  it("platform names with no letters or digits, and names that collide on one page", () => {
    const page = (id: string, platforms: string[]) => {
      const r = read(withChange("related:", `platforms:\n${platforms.map((p) => `  - "${p}"`).join("\n")}\nrelated:`).replace("demo.RateLimitError", `demo.${id}`));
      expect(r.problems).toEqual([]);
      return { ...r.value!, id: `demo/${id}`, file: `content/errors/demo/${id}.md` };
    };
    const problems = crossCheck([page("a", ["Amazon Bedrock", "!!!"]), page("b", ["Amazon Bedrock!"])], new Set(["demo"]), () => "x").filter((p) => p.field.startsWith("platforms"));
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.field}  ${p.message}`)).toEqual([
      'content/errors/demo/a.md:19:5  platforms[1]  the platform name "!!!" has no letters or digits, so it has no page — name the platform in words',
      'content/errors/demo/b.md:18:5  platforms[0]  the platform "Amazon Bedrock!" would share the page /platforms/amazon-bedrock/ with "Amazon Bedrock" (demo/a) — write it exactly as "Amazon Bedrock"',
    ]);
  });

  it("non-UTF-8 bytes are reported at their position, not turned into U+FFFD", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "errata-utf8-")), "content");
    cpSync("tests/fixtures/content/valid", dir, { recursive: true });
    const bytes = Buffer.concat([Buffer.from("---\ntitle: caf"), Buffer.from([0xe9]), Buffer.from(" noir\n---\n")]);
    writeFileSync(join(dir, "errors/demo-api/latin1.md"), bytes);
    expect(loadContent(dir).problems.map((p) => `${p.file.slice(p.file.indexOf("errors/"))}:${p.line}:${p.column}  ${p.field}  ${p.message}`)).toEqual([
      "errors/demo-api/latin1.md:2:11  file  byte 0xe9 at offset 14 is not UTF-8 — save the file as UTF-8",
    ]);
  });

  it("no edit link carries a path outside the repository", () => {
    expect(editUrl("content/errors/a/b.md")).toBe("https://github.com/errata-dev/errata/edit/main/content/errors/a/b.md");
    expect(editUrl("./content/errors/a/b.md")).toBe("https://github.com/errata-dev/errata/edit/main/content/errors/a/b.md");
    expect(editUrl("/home/me/site/errors/a/b.md")).toBeUndefined();
    expect(editUrl("../other/errors/a/b.md")).toBeUndefined();
  });
});
