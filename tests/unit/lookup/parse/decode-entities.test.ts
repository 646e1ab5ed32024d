/**
 * HTML character references in a paste (src/lookup/parse/clean/decode-entities.ts), and what the matcher reads
 * through them.
 */
import { describe, expect, it } from "vitest";
import { decodeEntities } from "../../../../src/lookup/parse/clean/decode-entities.ts";
import { parseTrace } from "../../../../src/lookup/parse/index.ts";
import { candidatesFrom } from "../../../../src/lookup/match/candidates.ts";

describe("decodeEntities", () => {
  it("decodes the named references of quotes and markup, and numeric ones", () => {
    expect(decodeEntities("&quot;type&quot;: &quot;error&quot;, Can&#39;t, &lt;class &#x27;X&#x27;&gt; a&nbsp;b &amp; c")).toBe(`"type": "error", Can't, <class 'X'> a b & c`);
  });

  it("decodes a text escaped twice, and stops after a bounded number of rounds", () => {
    expect(decodeEntities("&amp;quot;x&amp;quot;")).toBe('"x"');
    expect(decodeEntities("&amp;amp;amp;amp;quot;")).toBe("&amp;quot;");
  });

  it("leaves what is not a reference as it is: no `;`, unknown names, controls, surrogates", () => {
    for (const text of ["AT&T", "a &quot b", "&copy;", "&#0;", "&#xD800;", "&#x110000;", "&#9999999;"]) expect(decodeEntities(text)).toBe(text);
  });

  it("lets the matcher read an API body copied from a rendered page", () => {
    const text =
      "anthropic.BadRequestError: Error code: 400 - {&#39;type&#39;: &#39;error&#39;, &#39;error&#39;: {&#39;type&#39;: &#39;invalid_request_error&#39;, &#39;message&#39;: &#39;prompt is too long: 210000 tokens &gt; 200000 maximum&#39;}}";
    const first = candidatesFrom(parseTrace(text), text)[0];
    expect([first?.type?.full, first?.parts.code, first?.parts.inner]).toEqual(["anthropic.BadRequestError", "invalid_request_error", "prompt is too long: 210000 tokens > 200000 maximum"]);
  });

  it("costs one linear pass per round on a huge line", () => {
    const text = "&amp;".repeat(200_000);
    const start = performance.now();
    expect(decodeEntities(text)).toBe("&".repeat(200_000));
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
