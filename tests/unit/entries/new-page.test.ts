import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
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
    expect(slugFromSignature("ValueError: Bad response code, expected 200: {'status_code': 400}")).toBe("value-error-bad-response-code");
    // A specific type with its status names the error by itself.
    expect(slugFromSignature("anthropic.RateLimitError: Error code: 429 - {'type': 'error'}")).toBe("rate-limit-error-429");
    expect(slugFromSignature("APIConnectionError: Connection error.")).toBe("api-connection-error");
    // A generic type takes its words from the message inside the API error body, first clause only.
    expect(
      slugFromSignature("anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'prompt is too long: 201234 tokens > 200000 maximum'}}"),
    ).toBe("bad-request-error-400-prompt-too-long");
    expect(slugFromSignature("prompt is too long: 201234 tokens > 200000 maximum")).toBe("prompt-too-long");
    expect(slugFromSignature("peer closed connection without sending complete message body")).toBe("peer-closed-connection-without");
    // Never a made-up name: no words, no slug (the command then asks for --slug).
    expect(slugFromSignature("!!!")).toBe("");
  });
});

describe("npm run new", () => {
  it("scaffolds a page that validate reports as unfinished until the TODOs are gone", () => {
    const dir = mkdtempSync(join(tmpdir(), "errata-new-"));
    cpSync("tests/fixtures/content/valid", dir, { recursive: true });
    const created = run("scripts/new-page.ts", "demo.QuotaError: monthly quota exhausted for org org_9", "--content", dir);
    expect(created.code).toBe(0);
    expect(created.stdout.replaceAll(dir, "<dir>")).toBe(
      "Created <dir>/errors/demo-api/quota-error-monthly-exhausted-org.md (category demo-api: nearest existing signature; pass --category to choose).\n" +
        "Its id, demo-api/quota-error-monthly-exhausted-org, is its permanent URL: rename the file now if you want another.\n" +
        "Fill in the TODOs; `npm run validate` lists those left.\n",
    );
    const text = readFileSync(join(dir, "errors/demo-api/quota-error-monthly-exhausted-org.md"), "utf8");
    expect(text).toContain('signature: "demo.QuotaError: monthly quota exhausted for org org_9"');
    const check = run("scripts/validate.ts", dir);
    expect(check.code).toBe(1);
    const lines = check.stdout.trim().split("\n");
    expect(lines.filter((l) => l.includes("  todo  "))).toHaveLength(17);
    expect(lines.every((l) => l === "" || /^.+\.md:\d+:\d+ {2}\S+ {2}.+/.test(l) || /problems? in/.test(l))).toBe(true);
  });

  it("runs the lookup first: an error a page already covers creates nothing unless --force", () => {
    const dir = mkdtempSync(join(tmpdir(), "errata-new-"));
    cpSync("tests/fixtures/content/valid", dir, { recursive: true });
    const text = "demo.RateLimitError: Error code: 429 - too many requests for org org_01J5TQ7WRD2N";
    const refused = run("scripts/new-page.ts", text, "--content", dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('"demo-api/rate-limited" already covers this error (');
    expect(refused.stderr).toMatch(/\((high|medium) confidence\)/);
    expect(refused.stderr).toContain(`    - signature: ${JSON.stringify(text)}`);
    expect(refused.stderr).toContain("Nothing created");
    expect(existsSync(join(dir, "errors/demo-api/rate-limit-error-429.md"))).toBe(false);
    const forced = run("scripts/new-page.ts", text, "--content", dir, "--force");
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("creating a new page anyway (--force)");
    expect(existsSync(join(dir, "errors/demo-api/rate-limit-error-429.md"))).toBe(true);
  });

  it("refuses to overwrite a page and explains usage errors", () => {
    expect(run("scripts/new-page.ts", "x", "--category", "demo-api", "--slug", "rate-limited", "--content", "tests/fixtures/content/valid").stderr).toBe(
      "new: tests/fixtures/content/valid/errors/demo-api/rate-limited.md already exists — pick another --slug, or edit that page\n",
    );
    expect(run("scripts/new-page.ts").stderr).toBe('new: give the error text, e.g. npm run new -- "ValueError: Bad response code, expected 200" --category amazon-bedrock\n');
    expect(run("scripts/new-page.ts", "x", "--bogus").code).toBe(2);
    expect(run("scripts/new-page.ts", "!!!", "--content", "tests/fixtures/content/valid").stderr).toContain("pass --slug");
  });
});
