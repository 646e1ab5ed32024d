/**
 * The workflows are only run by GitHub, so this checks what can be checked here: they parse, they call
 * commands that exist in package.json, the Pages build takes its URL from Pages, and triage reads the
 * event from the payload file (never from a ${{ }} expression inside a shell script).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Step {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps?: Step[] }>;
}
const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
const load = (name: string) => parse(readFileSync(`.github/workflows/${name}`, "utf8")) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);

function npmScripts(run: string): string[] {
  return [...run.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]!);
}

describe("GitHub workflows", () => {
  it("deploy-pages builds with the Pages URL, checks links, uploads dist/ and deploys", () => {
    const w = load("deploy-pages.yml");
    expect(w.permissions).toMatchObject({ pages: "write", "id-token": "write" });
    const all = steps(w);
    const build = all.find((s) => s.run?.includes("npm run build"));
    expect(build?.env?.["ERRATA_SITE"]).toContain("steps.pages.outputs.base_url");
    expect(all.some((s) => s.run?.includes("check:links"))).toBe(true);
    expect(all.map((s) => s.uses?.split("@")[0])).toEqual(expect.arrayContaining(["actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"]));
    for (const s of all) for (const name of npmScripts(s.run ?? "")) expect(scripts, name).toHaveProperty(name);
    // The build cache is restored before the build, from the folder the build reads it from.
    const cache = all.findIndex((s) => s.uses?.startsWith("actions/cache@"));
    expect(cache).toBeGreaterThan(-1);
    expect(cache).toBeLessThan(all.indexOf(build!));
    expect(all[cache]?.with?.["path"]).toBe(".cache/errata");
  });

  it("errata-triage runs on issues, reads the payload file and posts with gh", () => {
    const w = load("errata-triage.yml");
    expect(Object.keys(w.on)).toEqual(["issues"]);
    expect(w.permissions).toMatchObject({ issues: "write" });
    const runs = steps(w).map((s) => s.run ?? "");
    expect(runs.some((r) => r.includes('triage -- --event "$GITHUB_EVENT_PATH"'))).toBe(true);
    expect(runs.some((r) => r.includes("gh issue comment"))).toBe(true);
    for (const r of runs) expect(r, "no expression inside a script").not.toContain("${{");
    for (const r of runs) for (const name of npmScripts(r)) expect(scripts, name).toHaveProperty(name);
  });
});
