/**
 * A page as a page worker sends it back (read-page.ts `pageRecord` / `pageFromRecord`): plain data that survives a
 * structured clone, from which the main thread gets the same page, headings and problem positions.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compactPage } from "../../../src/build/compact-pages.ts";
import { headingsOnly, pageFromRecord, pageRecord, readPageWithYaml } from "../../../src/entries/read-page.ts";

const file = "content/errors/anthropic-api/rate-limit-error-429.md";
const { value: page, yaml } = readPageWithYaml(file, readFileSync(file, "utf8"), "anthropic-api", "rate-limit-error-429");

describe("pageRecord / pageFromRecord", () => {
  it("carries the page through a structured clone without its Markdown trees, positions located again", () => {
    expect(page && yaml).toBeTruthy();
    const record = structuredClone(pageRecord(page!, yaml!));
    expect(record.sections.every((s) => s.nodes.length === 0)).toBe(true);
    const back = pageFromRecord(record);
    expect([back.id, back.file, back.data, back.source.text]).toEqual([page!.id, page!.file, page!.data, page!.source.text]);
    expect(back.sections).toEqual(headingsOnly(page!.sections));
    for (const path of [["title"], ["fixes", 0, "title"], ["faq", 1, "answer"]]) expect(back.offsetOf(path)).toBe(page!.offsetOf(path));
  });

  it("keeps each section's heading, id and slot, as the compacted page does", () => {
    expect(page!.sections.some((s) => s.nodes.length > 0)).toBe(true);
    expect(headingsOnly(page!.sections).map((s) => [s.heading, s.id, s.slot])).toEqual(page!.sections.map((s) => [s.heading, s.id, s.slot]));
    expect(compactPage(page!).sections).toEqual(headingsOnly(page!.sections));
  });
});
