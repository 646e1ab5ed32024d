import { describe, expect, it } from "vitest";
import { lookupPages } from "../../../src/entries/lookup-pages.ts";
import { readPage } from "../../../src/entries/read-page.ts";
import { renderPage } from "../../../src/entries/render.ts";
import { VALID_PAGE } from "./page-fixture.ts";

const text = VALID_PAGE.replace("title: Back off and retry", "title: Back off for `retry-after` seconds");
const page = readPage("content/errors/demo/page.md", text, "demo", "page").value!;

describe("lookupPages", () => {
  it("ships the title, summary and first fix as plain text", () => {
    const [entry] = lookupPages([page]);
    expect(entry?.data).toMatchObject({ title: "RateLimitError: too many requests", summary: "Wait for the retry-after seconds, then retry.", fix: "Back off for retry-after seconds" });
  });

  it("takes the texts the renderer already made, equal to its own", async () => {
    const rendered = await renderPage(page);
    expect(rendered.fixTitleText).toBe("Back off for retry-after seconds");
    expect(lookupPages([page], () => rendered)).toEqual(lookupPages([page]));
    // They are read, not parsed again.
    const [given] = lookupPages([page], () => ({ titleText: "T", summaryText: "S", fixTitleText: "F" }));
    expect([given?.data.title, given?.data.summary, given?.data.fix]).toEqual(["T", "S", "F"]);
  });
});
