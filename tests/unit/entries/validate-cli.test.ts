/**
 * The real `validate` command on fixture folders: exit codes and the exact output an author
 * reads, cross-page checks included (file snapshot).
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function validate(...args: string[]) {
  const run = spawnSync(process.execPath, ["scripts/validate.ts", ...args], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run validate", () => {
  it("exits 0 and says so on clean content", () => {
    expect(validate("tests/fixtures/content/valid")).toEqual({ code: 0, stdout: "3 pages in 2 categories: no problems.\n", stderr: "" });
  });

  it("reports every problem of a broken folder, one line each, and exits 1", async () => {
    const run = validate("tests/fixtures/content/broken");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    await expect(run.stdout).toMatchFileSnapshot("../../fixtures/content/broken.validate.txt");
  });

  it("never prints a stack trace", () => {
    const run = validate("tests/fixtures/content/broken");
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it("exits 2 with advice when the folder does not exist", () => {
    expect(validate("no/such/folder")).toEqual({
      code: 2,
      stdout: "",
      stderr: "validate: no such directory: no/such/folder — pass the content folder, e.g. `npm run validate -- content`\n",
    });
  });

  it("validates the bundled content", () => {
    const run = validate();
    expect(run.stdout).toMatch(/^\d+ pages in 4 categories: no problems\.\n$/);
    expect(run.code).toBe(0);
  });
});
