/**
 * The site's own settings, `content/site.yml`: one zod schema, like the page schema, so the file is
 * validated with the same positioned problems and documented in README.md by the same generator.
 *
 * Pure module: no Astro, DOM or Node imports.
 */
import { z } from "zod";
import { HttpUrl, text } from "./schema.ts";

/** `/`, `/docs/`, `/docs/errors/`: URL path segments, leading and trailing slash. */
export const BASE_PATTERN = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;

const BasePath = z
  .string({ error: "expected the base path as text, e.g. /docs/errors/" })
  .regex(BASE_PATTERN, { error: "expected a path that starts and ends with `/`, e.g. / or /docs/errors/ (letters, digits, . _ ~ - only)" });

const THEMES = ["auto", "light", "dark"] as const;

const NavLink = z
  .object({
    label: text("label").describe("The link text."),
    href: text("href")
      .regex(/^(?:https?:\/\/|\/)/, { error: "expected an http(s) URL or a path on this site starting with `/` (the base path is added for you)" })
      .describe("An http(s) URL, or a path on this site such as `/errors/` (the base path is added)."),
  })
  .strict();

const Repository = z
  .object({
    url: HttpUrl.describe("Repository holding `content/`, e.g. https://github.com/acme/errors."),
    branch: text("branch").optional().describe('Branch that "Edit this page" opens; default `main`.'),
    edit: text("edit")
      .regex(/\{path\}/, { error: "expected a URL pattern containing {path}, e.g. https://github.com/acme/errors/edit/main/{path}" })
      .optional()
      .describe("Edit-link pattern; `{path}` becomes the file path, e.g. `content/errors/x/y.md`. Default: GitHub's `<url>/edit/<branch>/{path}`."),
  })
  .strict();

const Lookup = z
  .object({
    answersFirst: z
      .boolean({ error: "expected true or false" })
      .optional()
      .describe(
        "`true` reads every answer file (the results' summaries and first fixes) when the lookup loads, before anything is pasted, so the host's access log sees the same requests whatever is pasted. Costs all answers up front (eight files, about 47 KB gzipped, for 117 pages) instead of a few small files after a paste. Default `false`. On a routed site the data files a paste routes to are still read after it.",
      ),
  })
  .strict();

export const SiteSettings = z
  .object({
    title: text("title").describe("Site name: the header, page titles and Open Graph site name."),
    tagline: text("tagline").optional().describe("One line under the title on the home page."),
    description: text("description").optional().describe("The home page's meta description: what errors this site explains."),
    url: HttpUrl.describe("Public URL of the site, e.g. https://errors.acme.dev or https://acme.github.io/errors/ (canonical links, sitemap, Open Graph)."),
    base: BasePath.optional().describe("Path the site is served under, e.g. `/docs/errors/`; default: the path of `url`, usually `/`."),
    repository: Repository.optional().describe('Where the content lives: the "Edit this page" and "Source" links. Without it, those links are not shown.'),
    logo: text("logo")
      .regex(/^[A-Za-z0-9._/-]+\.(?:svg|png|webp|jpg|jpeg|gif|avif)$/, { error: "expected an image file in public/, e.g. logo.svg" })
      .optional()
      .describe("Image file in `public/` shown before the title in the header, e.g. `logo.svg`."),
    nav: z.array(NavLink).optional().describe("Extra header links after Browse, Paste a trace and Playground."),
    footer: text("footer").optional().describe("One line of plain text at the start of the footer."),
    theme: z.enum(THEMES).optional().describe("Colour theme: `auto` follows the reader's system (default); `light` or `dark` fixes it."),
    lookup: Lookup.optional().describe("How the paste lookup reads its index in the browser."),
  })
  .strict();

export type SiteSettings = z.infer<typeof SiteSettings>;
