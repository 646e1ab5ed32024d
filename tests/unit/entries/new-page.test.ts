import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { slugFromSignature } from "../../../src/entries/scaffold.ts";

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("slugFromSignature", () => {
  it("takes the type and the first words of the message", () => {
    expect(slugFromSignature("ValueError: Bad response code, expected 200: {'status_code': 400}")).toBe("valueerror-bad-response-code-expected");
    expect(slugFromSignature("anthropic.RateLimitError: Error code: 429 - {'type': 'error'}")).toBe("ratelimiterror-code");
    expect(slugFromSignature("peer closed connection without sending complete message body")).toBe("peer-closed-connection-without-sending-complete");
    expect(slugFromSignature("!!!")).toBe("new-error");
  });
});

describe("npm run new", () => {
  it("scaffolds a page that validate reports as unfinished until the TODOs are gone", () => {
    const dir = mkdtempSync(join(tmpdir(), "errata-new-"));
    cpSync("tests/fixtures/content/valid", dir, { recursive: true });
    const created = run("scripts/new-page.ts", "demo.QuotaError: monthly quota exhausted for org org_9", "--content", dir);
    expect(created.code).toBe(0);
    expect(created.stdout.replaceAll(dir, "<dir>")).toBe(
      "Created <dir>/errors/demo-api/quotaerror-monthly-quota-exhausted-org-org.md (category demo-api: nearest existing signature; pass --category to choose).\n" +
        "Its id, demo-api/quotaerror-monthly-quota-exhausted-org-org, is its permanent URL: rename the file now if you want another.\n" +
        "Fill in the TODOs; `npm run validate` lists those left.\n",
    );
    const text = readFileSync(join(dir, "errors/demo-api/quotaerror-monthly-quota-exhausted-org-org.md"), "utf8");
    expect(text).toContain('signature: "demo.QuotaError: monthly quota exhausted for org org_9"');
    const check = run("scripts/validate.ts", dir);
    expect(check.code).toBe(1);
    const lines = check.stdout.trim().split("\n");
    expect(lines.filter((l) => l.includes("  todo  "))).toHaveLength(17);
    expect(lines.every((l) => l === "" || /^.+\.md:\d+:\d+ {2}\S+ {2}.+/.test(l) || /problems? in/.test(l))).toBe(true);
  });

  it("refuses to overwrite a page and explains usage errors", () => {
    expect(run("scripts/new-page.ts", "x", "--category", "demo-api", "--slug", "rate-limited", "--content", "tests/fixtures/content/valid").stderr).toBe(
      "new: tests/fixtures/content/valid/errors/demo-api/rate-limited.md already exists — pick another --slug, or edit that page\n",
    );
    expect(run("scripts/new-page.ts").stderr).toBe(
      'new: give the error text, e.g. npm run new -- "ValueError: Bad response code, expected 200" --category amazon-bedrock\n',
    );
    expect(run("scripts/new-page.ts", "x", "--bogus").code).toBe(2);
  });
});
