/**
 * Build-time verification of playgrounds, in the spirit of Rust's error index (whose build fails
 * when an example stops producing its error code): every sample a page declares is replayed through
 * its client model, and the outcomes must still be what the page says —
 *   - `before: signature`: the buggy client's error text is found by the lookup, first, for this page,
 *     and matches one of the page's templates;
 *   - `after`: the fix ends as declared (ok / retried / error), and its error text, if any, no longer
 *     matches the page's signature.
 * A sample id or client that does not exist is reported like any other content problem.
 */
import { CLIENT_IDS, getClient, getSample, replay, type Outcome } from "../decoders/index.ts";
import { compilePages, lookupSync, matchTemplate, type CompiledShard } from "../lookup/match/index.ts";
import type { Problem } from "./problem.ts";
import type { Page } from "./read-page.ts";

/**
 * The error a replayed client raised, as one line the lookup reads (`Type: message`).
 * @param outcome The replay's outcome.
 * @returns The line, or undefined when the client raised nothing.
 */
export function errorLine(outcome: Outcome): string | undefined {
  return "error" in outcome ? `${outcome.error.type}: ${outcome.error.message}` : undefined;
}

function short(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** One client's playground on a page, and where its frontmatter sits (`playground` or `playground.also[k]`). */
export interface Declared {
  playground: { client: string; samples: readonly { sample: string; before: string; after: string }[] };
  path: PropertyKey[];
  name: string;
}

/** Replays every declared sample; returns one problem per broken promise. */
export function checkPlaygrounds(pages: readonly Page[]): Problem[] {
  const withPlayground = pages.filter((p) => p.data.playground);
  if (withPlayground.length === 0) return [];
  let compiled: CompiledShard | undefined;
  const shard = () => (compiled ??= compilePages(pages));
  const problems: Problem[] = [];
  for (const page of withPlayground) for (const entry of declaredPlaygrounds(page)) problems.push(...checkOne(page, entry, shard));
  return problems;
}

/**
 * A page's playgrounds, one per client: its `playground`, then each of `playground.also`.
 * @param page The page.
 * @returns Them in that order; none when the page declares no playground.
 */
export function declaredPlaygrounds(page: Page): Declared[] {
  const main = page.data.playground;
  if (!main) return [];
  return [
    { playground: main, path: ["playground"], name: "playground" },
    ...(main.also ?? []).map((playground, k) => ({ playground, path: ["playground", "also", k], name: `playground.also[${k}]` })),
  ];
}

function checkOne(page: Page, { playground, path: base, name }: Declared, shard: () => CompiledShard): Problem[] {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[]) => page.source.position(page.offsetOf([...base, ...path]));
  const report = (path: PropertyKey[], field: string, message: string) => problems.push({ file: page.file, ...at(path), field, code: "playground", message });
  const client = getClient(playground.client);
  if (!client) {
    report(["client"], `${name}.client`, `no client model "${playground.client}" — use one of ${CLIENT_IDS.join(", ")}`);
    return problems;
  }
  playground.samples.forEach((declared, i) => {
    const field = `${name}.samples[${i}]`;
    const sample = getSample(declared.sample);
    if (!sample || sample.decoder !== client.decoder) {
      report(["samples", i, "sample"], `${field}.sample`, `no ${client.decoder} sample "${declared.sample}" — see src/decoders/samples for the ids`);
      return;
    }
    const before = replay(client.id, "before", sample.bytes);
    const beforeText = errorLine(before.outcome);
    if (declared.before === "ok" && beforeText !== undefined) {
      report(["samples", i, "before"], `${field}.before`, `expected no error, but the client raises ${short(beforeText)}`);
    } else if (declared.before === "signature") {
      if (beforeText === undefined) {
        report(["samples", i, "before"], `${field}.before`, "expected this page's error, but the client raises nothing — the sample or the client model changed");
      } else {
        const top = lookupSync(beforeText, shard(), { limit: 1 }).matches[0];
        const matched = matchTemplate(beforeText, shard(), page.id, { which: "all" });
        if (!matched || top?.id !== page.id) {
          report(
            ["samples", i, "before"],
            `${field}.before`,
            `the client's error no longer matches this page — it raises ${short(beforeText)}; the lookup's first match is ${top ? top.id : "nothing"}`,
          );
        }
      }
    } else if (declared.before === "other-error") {
      if (beforeText === undefined || matchTemplate(beforeText, shard(), page.id, { which: "all" })) {
        report(["samples", i, "before"], `${field}.before`, `expected a different error, got ${beforeText === undefined ? "no error" : `this page's: ${short(beforeText)}`}`);
      }
    }

    const after = replay(client.id, "after", sample.bytes, sample.retry ? { retry: sample.retry } : {});
    const afterText = errorLine(after.outcome);
    const attempts = after.attempts?.length ?? 1;
    const got = afterText === undefined ? (attempts > 1 ? `success after ${attempts} attempts` : "success at once") : `${short(afterText)} after ${attempts} attempt${attempts === 1 ? "" : "s"}`;
    const ok =
      (declared.after === "ok" && afterText === undefined && attempts === 1) ||
      (declared.after === "retried" && afterText === undefined && attempts > 1) ||
      (declared.after === "error" && afterText !== undefined);
    if (!ok) report(["samples", i, "after"], `${field}.after`, `expected "${declared.after}" with the fix, got ${got}`);
    if (afterText !== undefined && matchTemplate(afterText, shard(), page.id, { which: "signature" })) {
      report(["samples", i, "after"], `${field}.after`, `the fixed client still raises this page's error: ${short(afterText)}`);
    }
  });
  return problems;
}
