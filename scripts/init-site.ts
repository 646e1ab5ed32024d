/**
 * What `npm run init` writes: site.yml, one category and one example page, as text. Pure, so the
 * test can check the texts are valid without touching a disk. The example page doubles as the
 * template for writing pages: every required field and section, nothing to fill in.
 */
export interface InitOptions {
  title: string;
  url: string;
  base?: string;
  tagline?: string;
  repository?: string;
  /** YYYY-MM-DD */
  today: string;
}

/** errata's own repository, as content/site.yml of the demo names it. */
export const ERRATA_REPOSITORY = "https://github.com/errata-dev/errata";
export const EXAMPLE_CATEGORY = "general";
export const EXAMPLE_SLUG = "example-error";

/** A YAML double-quoted scalar: JSON's escaping is valid YAML. */
const q = (value: string) => JSON.stringify(value);

export function siteYaml(o: InitOptions): string {
  return [
    "# The site's settings: `npm run validate` checks them; the README's reference lists every key.",
    `title: ${q(o.title)}`,
    ...(o.tagline ? [`tagline: ${q(o.tagline)}`] : []),
    `url: ${q(o.url)}`,
    ...(o.base ? [`base: ${q(o.base)}`] : []),
    ...(o.repository ? ["repository:", `  url: ${q(o.repository)}`] : []),
    "theme: auto",
    "",
  ].join("\n");
}

export function categoryYaml(): string {
  return ["title: General", "description: Errors that do not belong to a more specific category yet.", "order: 1", ""].join("\n");
}

export function examplePage(o: InitOptions): string {
  // The guide to writing pages: the README of this clone's repository, or of errata itself.
  const guide = `${(o.repository ?? ERRATA_REPOSITORY).replace(/\/$/, "")}#writing-a-page`;
  return `---
title: "ExampleError: this page shows how an errata page is written"
signature: "ExampleError: replace this page with the first error your users report"
summary: Copy this file for your first real error, put the error text exactly as users see it in \`signature\`, then delete this page.
causes:
  - title: The site was just created with \`npm run init\`
    detail: Every new site starts with this one page so that it validates and builds.
fixes:
  - title: Write your first page
    steps:
      - Run \`npm run new -- "<the error exactly as users see it>" --category ${EXAMPLE_CATEGORY}\`.
      - Fill in what the scaffold left open and run \`npm run validate\` until it reports no problems.
      - Delete \`content/errors/${EXAMPLE_CATEGORY}/${EXAMPLE_SLUG}.md\`.
    code:
      - lang: bash
        label: Shell
        code: |
          npm run new -- "ValueError: something your users paste" --category ${EXAMPLE_CATEGORY}
          npm run validate
faq:
  - question: Where do the settings of this site live?
    answer: In \`content/site.yml\`; \`npm run validate\` checks it like any page.
sources:
  - title: "Writing a page (README)"
    url: ${guide}
updated: ${o.today}
---

## What it means

This is the example page of a new errata site. It shows every part a page has: the signature, the causes, the fixes
with code, the FAQ and the sources.

## Why it happens

\`npm run init\` writes it, so that a fresh site validates and builds before you have written anything.

## Prevention

Replace it with a page about a real error as soon as you have one.
`;
}
