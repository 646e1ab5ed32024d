import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { frontmatterReference, withReference } from "../../../src/entries/frontmatter-reference.ts";
import { PageFrontmatter } from "../../../src/entries/schema.ts";
import { SiteSettings } from "../../../src/entries/site-schema.ts";

describe("frontmatter reference", () => {
  it("README.md carries the reference generated from the schema (run `npm run docs:reference` if this fails)", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(withReference(readme)).toBe(readme);
  });

  it("documents every top-level key of the schema", () => {
    const reference = frontmatterReference();
    for (const key of Object.keys(PageFrontmatter.shape)) expect(reference).toContain(`| \`${key}\` |`);
  });

  it("documents every key of site.yml, nested repository and nav keys included", () => {
    const reference = frontmatterReference();
    for (const key of Object.keys(SiteSettings.shape)) expect(reference).toContain(`| \`${key}\` |`);
    expect(reference).toContain("| `repository.edit` |");
    expect(reference).toContain("| `nav[].href` |");
  });
});
