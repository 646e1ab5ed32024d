/**
 * The content model: one zod 4 schema is the single source of truth for the build, the validator
 * (`npm run validate`), the TypeScript types and the frontmatter reference in README.md
 * (generated from the `.describe()` texts below by `scripts/frontmatter-reference.ts`).
 *
 * Pure module: no Astro, DOM or Node imports.
 */
import { z } from "zod";
import { LIMITS, formatCount } from "./limits.ts";

/** A page id is `<category>/<slug>`, both kebab-case. Ids are permanent: they are the URL. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PAGE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The Markdown code-block languages the build highlights (see src/entries/highlight.ts). */
export const CODE_LANGUAGES = ["python", "typescript", "javascript", "bash", "shell", "json", "yaml", "toml", "text", "go", "rust", "java", "csharp", "ruby", "ini", "diff"] as const;

/** Non-empty text after trimming, at most `max` characters; `what` names the value in the message. */
export function text(what: string, max: number = LIMITS.textChars) {
  return (
    z
      .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `expected ${what} as text`) })
      .trim()
      .min(1, { error: `${what} is empty` })
      // NUL and other control characters would reach the HTML raw (tab, newline and carriage return are text).
      .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, { error: `${what} contains a control character (such as NUL) — remove it` })
      .max(max, { error: (issue) => `${what} is ${formatCount((issue.input as string).length)} characters, over the ${formatCount(max)}-character limit — shorten it` })
  );
}

/** A real calendar date written as YYYY-MM-DD (2026-02-30 is refused). */
const IsoDate = z
  .string({ error: "expected a date as text in the form YYYY-MM-DD, e.g. 2026-11-25" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "expected a date in the form YYYY-MM-DD, e.g. 2026-11-25" })
  .refine(
    (value) => {
      // Only judge the calendar when the format is right; the regex above reports the rest.
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
      const [y, m, d] = value.split("-").map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { error: (issue) => `"${String(issue.input)}" is not a real date` },
  );

export const HttpUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: (issue) => `expected an http(s) URL with a domain name, got ${JSON.stringify(issue.input)}`,
});

export const CodeSnippet = z
  .object({
    lang: z.enum(CODE_LANGUAGES).describe("Language of the snippet, used for build-time highlighting."),
    label: text("label").optional().describe('Tab label shown above the code, e.g. "Python" or "TypeScript".'),
    code: text("code", LIMITS.codeChars).describe("The code itself, usually a YAML block scalar (`code: |`)."),
  })
  .strict();

const Cause = z
  .object({
    title: text("cause title").describe("One line: what goes wrong."),
    detail: text("cause detail").optional().describe("Inline Markdown: how to recognise this cause."),
  })
  .strict();

const Fix = z
  .object({
    title: text("fix title").describe("One line: what to do."),
    steps: z.array(text("step")).min(1, { error: "a fix needs at least one step" }).describe("Inline Markdown steps, in order."),
    code: z.array(CodeSnippet).min(1).optional().describe("Working code, one snippet per language."),
  })
  .strict();

const FaqItem = z
  .object({
    question: text("question").describe("A question people really ask, as they ask it."),
    answer: text("answer").describe("Inline Markdown answer."),
  })
  .strict();

const Source = z
  .object({
    title: text("source title").describe("What the source is: issue, pull request, docs page, source file and line."),
    url: HttpUrl.describe("Public http(s) URL."),
  })
  .strict();

const VersionRange = z
  .object({
    package: text("package").describe('The package or product, e.g. "anthropic (Python SDK)".'),
    affected: text("affected versions").describe('Versions that raise this error, e.g. "0.14.0 – 0.121.0".'),
    fixed: text("fixed version").optional().describe("The first version that no longer does, where known."),
    note: text("note").optional().describe("What changes, or what is unconfirmed."),
  })
  .strict();

const Variant = z
  .object({
    signature: text("variant signature").describe("Another wording of the same error, exactly as users see it."),
    context: text("variant context").describe('Where this wording appears, e.g. "TypeScript SDK", "Claude Code", "anthropic 1.x".'),
    generic: z
      .boolean()
      .optional()
      .describe(
        "`true` when this wording, unlike the page's others, is a shared layer's (`match.generic` for one wording: Bedrock Converse's `The maximum tokens you requested exceeds the model limit of …` is said for any model).",
      ),
  })
  .strict();

const MatchHints = z
  .object({
    frames: z.array(text("frame hint")).min(1).optional().describe("Path or module fragments whose presence in a stack frame marks the throw site, e.g. `anthropic/lib/bedrock/_stream_decoder.py`."),
    packages: z.array(text("package hint")).min(1).optional().describe('Libraries this error comes from, as seen in frames or type prefixes, e.g. "anthropic", "@anthropic-ai/sdk", "botocore".'),
    generic: z
      .boolean()
      .optional()
      .describe(
        "`true` when the error's words are not the product's own but a shared layer's (AWS's expired-token message, google-auth's, OpenSSL's), so other products' users see them too: the lookup then answers with high confidence only when the paste names the product — and, for a platform's words about whatever model it ran (Bedrock's \"The provided model identifier is invalid.\"), the model.",
      ),
    bareStatus: z
      .number({ error: "expected an HTTP error status — write a number from 400 to 599, e.g. `bareStatus: 429`" })
      .int({ error: "expected a whole number — write an HTTP error status from 400 to 599" })
      .min(400, { error: "expected an HTTP error status (400–599) — a status under 400 is not an error" })
      .max(599, { error: "expected an HTTP error status (400–599) — write the status the page's wordings show" })
      .optional()
      .describe(
        "The HTTP status that, when a paste shows it with no error message (a log line, a header dump) and names this page's product, most likely means this error, e.g. `429` on the rate-limit page. The lookup then answers such a paste with this page (low confidence) on a site of any size, before other pages whose wordings print that status. It must be the status of one of the page's wordings; give it to one page per product and status.",
      ),
  })
  .strict();

/** What a playground sample must produce; checked at build time against the page's signature templates. */
const PlaygroundSample = z
  .object({
    sample: text("sample id").describe("Id of a sample in the client's sample library (src/decoders/samples)."),
    before: z.enum(["signature", "ok", "other-error"]).describe("`signature`: the buggy client raises this page's error; `ok`: no error; `other-error`: a different error."),
    after: z.enum(["ok", "retried", "error"]).describe("`ok`: no error; `retried`: the fix retries and succeeds; `error`: the fix raises a typed, non-retryable error."),
  })
  .strict();

const PlaygroundClient = z
  .object({
    client: text("client id").describe("The client model to replay, e.g. `anthropic-python-bedrock`."),
    samples: z.array(PlaygroundSample).min(1).describe("The samples shown, with their expected outcomes."),
  })
  .strict();

const Playground = PlaygroundClient.extend({
  also: z.array(PlaygroundClient).min(1).optional().describe("More client models that raise this page's error, each shown as its own playground (e.g. the TypeScript SDK next to the Python one)."),
}).strict();

/** Frontmatter of `content/errors/<category>/<slug>.md`. The category comes from the folder. */
export const PageFrontmatter = z
  .object({
    title: text("title").describe("The page title: what happened, in words people search for."),
    signature: text("signature").describe("The error text exactly as users see it (the last line of the trace)."),
    summary: text("summary").describe("One sentence: what to do first."),
    causes: z.array(Cause).min(1, { error: "list at least one cause" }).describe("Why it happens, most common first."),
    fixes: z.array(Fix).min(1, { error: "list at least one fix" }).describe("Fixes, simplest first."),
    faq: z.array(FaqItem).min(1, { error: "list at least one question" }).describe("Questions and answers."),
    sources: z.array(Source).min(1, { error: "cite at least one public source" }).describe("Public sources for the facts on the page."),
    updated: IsoDate.describe("Date of the last substantive change, YYYY-MM-DD."),
    tool: text("tool")
      .optional()
      .describe('The library or product that raises it, e.g. "Anthropic Python SDK"; also the search filter, so at most 32 characters, a remark only in parentheses at the end.'),
    platforms: z.array(text("platform")).min(1).optional().describe('Where it happens, e.g. "Amazon Bedrock", "Anthropic API".'),
    languages: z.array(text("language")).min(1).optional().describe('Programming languages affected, e.g. "python".'),
    versions: z.array(VersionRange).min(1).optional().describe("Affected and fixed versions, per package."),
    related: z
      .array(z.string().regex(PAGE_ID_PATTERN, { error: "expected a page id like `category/slug`" }))
      .optional()
      .describe("Ids of related pages (`category/slug`); links are shown both ways."),
    variants: z.array(Variant).min(1).optional().describe("Other wordings of the same error."),
    match: MatchHints.optional().describe("Optional hints for the stack-trace lookup."),
    playground: Playground.optional().describe("Declares a byte-replay playground on the page."),
  })
  .strict();

/** Metadata of a category: `content/errors/<category>/_category.yml`. */
export const CategoryMeta = z
  .object({
    title: text("title").describe("Display name of the category."),
    description: text("description").describe("One or two sentences: what errors live here."),
    order: z.number().int().optional().describe("Sort order on the home page (lower first); then by title."),
  })
  .strict();

export type PageFrontmatter = z.infer<typeof PageFrontmatter>;
export type CategoryMeta = z.infer<typeof CategoryMeta>;
export type CodeSnippet = z.infer<typeof CodeSnippet>;

/**
 * Body sections, as `## Heading` in the Markdown body, in the order the page shows them.
 * `slot` says where the page places the section relative to the frontmatter parts.
 */
export const BODY_SECTIONS = [
  { heading: "What it means", required: true, slot: "before-causes" },
  { heading: "Why it happens", required: true, slot: "before-causes" },
  { heading: "How to diagnose", required: false, slot: "before-causes" },
  { heading: "Platform notes", required: false, slot: "after-fixes" },
  { heading: "Prevention", required: true, slot: "after-fixes" },
] as const;

export type BodySectionHeading = (typeof BODY_SECTIONS)[number]["heading"];
