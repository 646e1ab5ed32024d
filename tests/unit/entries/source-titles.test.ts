/**
 * A source that cites a GitHub thread must be about what the thread is about (issue 9: release
 * notes cite private pull request numbers, so `#1554` on two pages pointed at an unrelated PR).
 */
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/entries/problem.ts";
import { readPage } from "../../../src/entries/read-page.ts";
import { checkSourceTitles, sharedWords, threadKey, type RecordedTitles } from "../../../src/entries/source-titles.ts";
import recorded from "../../../src/entries/data/source-titles.json" with { type: "json" };
import { withChange } from "./page-fixture.ts";

const RECORDED: RecordedTitles = {
  "https://github.com/acme/widget-sdk/pull/12": { title: "fix(qs): preserve empty string query parameter values", via: "test" },
  "https://github.com/acme/widget-sdk/pull/34": { title: "fix(client): AsyncWidget missing 529 and 413 cases", via: "test" },
};

function problems(sourceTitle: string, url: string, titles: RecordedTitles = RECORDED): string[] {
  const text = withChange("  - title: Demo docs\n    url: https://example.com/docs/rate-limits", `  - title: ${JSON.stringify(sourceTitle)}\n    url: ${url}`);
  const read = readPage("content/errors/demo/page.md", text, "demo", "page");
  expect(read.problems).toEqual([]);
  return checkSourceTitles([read.value!], titles).map(formatProblem);
}

describe("threadKey", () => {
  it("gives issues and pull requests of one repository the same key", () => {
    expect(threadKey("https://github.com/Acme/Widget-SDK/issues/12")).toBe("acme/widget-sdk#12");
    expect(threadKey("https://github.com/acme/widget-sdk/pull/12#issuecomment-1")).toBe("acme/widget-sdk#12");
  });

  it("ignores URLs that are not a thread", () => {
    expect(threadKey("https://github.com/acme/widget-sdk/blob/v1/src/a.py#L12")).toBeUndefined();
    expect(threadKey("https://github.com/acme/widget-sdk/commit/89db282")).toBeUndefined();
    expect(threadKey("https://docs.example.com/pull/12")).toBeUndefined();
  });
});

describe("sharedWords", () => {
  it("matches a word with its longer form but not the repository's own name", () => {
    expect(sharedWords("stream cut early", "Streaming error", "acme/widget-sdk#1")).toEqual(["stream"]);
    expect(sharedWords("widget-sdk#12: anything", "widget things", "acme/widget-sdk#12")).toEqual([]);
  });
});

describe("checkSourceTitles", () => {
  it("reports a cited number whose public title is about something else, at the url", () => {
    expect(problems("widget-sdk#12: add the missing 413 and 529 handlers to the async client", "https://github.com/acme/widget-sdk/pull/12")).toEqual([
      'content/errors/demo/page.md:16:10  sources[0].url  acme/widget-sdk#12 is titled "fix(qs): preserve empty string query parameter values" publicly, which shares no word with this source\'s title — check the number (release notes cite private pull request numbers) or, if the recorded title is wrong, fix it in src/entries/data/source-titles.json',
    ]);
  });

  it("accepts the right thread, under either path", () => {
    expect(problems("widget-sdk#34: the async client's missing 413 handler", "https://github.com/acme/widget-sdk/pull/34")).toEqual([]);
    expect(problems("widget-sdk#34: the async client's missing 413 handler", "https://github.com/acme/widget-sdk/issues/34")).toEqual([]);
  });

  it("does not judge a public title with no word it can compare", () => {
    const cjk: RecordedTitles = { "https://github.com/acme/widget-sdk/issues/56": { title: "报错400", via: "test" } };
    expect(problems("widget-sdk#56: 400 on tools.0 Input tag 'function'", "https://github.com/acme/widget-sdk/issues/56", cjk)).toEqual([]);
    // A public title with a comparable word still has to share it.
    const mixed: RecordedTitles = { "https://github.com/acme/widget-sdk/issues/57": { title: "报错 preserve query", via: "test" } };
    expect(problems("widget-sdk#57: 400 on tools.0 Input tag 'function'", "https://github.com/acme/widget-sdk/issues/57", mixed)).toHaveLength(1);
  });

  it("does not judge URLs with no recorded title", () => {
    expect(problems("anything at all", "https://github.com/acme/widget-sdk/pull/99")).toEqual([]);
    expect(problems("anything at all", "https://example.com/docs/rate-limits")).toEqual([]);
  });

  it("the recorded file names a GitHub thread and a title for every entry", () => {
    const entries = Object.entries(recorded as RecordedTitles);
    expect(entries.length).toBeGreaterThan(0);
    for (const [url, entry] of entries) {
      expect(threadKey(url), url).toMatch(/^[\w.-]+\/[\w.-]+#\d+$/);
      expect(entry.title.trim(), url).not.toBe("");
      expect(entry.via.trim(), url).not.toBe("");
    }
  });

  it("flags the real mistake of issue 9 with the recorded titles", () => {
    expect(problems("anthropic-sdk-python#1554: add the missing 413 and 529 handlers to the async client", "https://github.com/anthropics/anthropic-sdk-python/pull/1554", recorded)).toHaveLength(1);
    expect(problems("anthropic-sdk-python#1244: the async client's missing 529 and 413 cases", "https://github.com/anthropics/anthropic-sdk-python/pull/1244", recorded)).toEqual([]);
  });
});
