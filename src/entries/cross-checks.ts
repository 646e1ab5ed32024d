/**
 * Checks that need every page at once: unique ids, unique signatures (variants included, since
 * the lookup could not tell two pages apart), `related` ids that exist, at least one related
 * link per page, one page per declared bare status and packages, and metadata for every category.
 */
import { internalLinks, linkedPageId } from "./internal-links.ts";
import { createRoutes } from "../routes.ts";
import { slugify } from "./slug.ts";
import type { Problem } from "./problem.ts";
import type { Page } from "./read-page.ts";
import { suggest } from "./suggest.ts";

/** Whitespace-insensitive, case-sensitive: two signatures that differ only in spacing are the same. */
function normalizeSignature(signature: string): string {
  return signature.replace(/\s+/g, " ").trim();
}

/**
 * `fileIds` are the ids of every page file, including pages that failed their own checks: a link to
 * a page with a typo in its frontmatter is not a dangling link, so all problems show in one pass.
 */
export function crossCheck(pages: readonly Page[], categories: ReadonlySet<string>, categoryFile: (category: string) => string, fileIds: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const at = (page: Page, path: readonly PropertyKey[]) => page.source.position(page.offsetOf(path));
  const byId = new Map<string, Page>();
  for (const page of pages) {
    const other = byId.get(page.id);
    if (other) {
      problems.push({ file: page.file, line: 1, column: 1, field: "id", code: "duplicate-id", message: `page id "${page.id}" is also used by ${other.file} — rename one file` });
    } else byId.set(page.id, page);
  }

  const signatures = new Map<string, { page: Page; field: string }>();
  for (const page of pages) {
    const texts: Array<{ text: string; path: PropertyKey[]; field: string }> = [{ text: page.data.signature, path: ["signature"], field: "signature" }];
    page.data.variants?.forEach((v, i) => texts.push({ text: v.signature, path: ["variants", i, "signature"], field: `variants[${i}].signature` }));
    for (const { text, path, field } of texts) {
      const key = normalizeSignature(text);
      const first = signatures.get(key);
      if (first && first.page !== page) {
        problems.push({
          file: page.file,
          ...at(page, path),
          field,
          code: "duplicate-signature",
          message: `the same signature as ${first.field} of ${first.page.id} (${first.page.file}) — one error, one page: merge them, or make the signature say what differs`,
        });
      } else if (!first) signatures.set(key, { page, field });
    }
  }

  for (const page of pages) {
    const related = page.data.related ?? [];
    related.forEach((id, i) => {
      if (id === page.id) {
        problems.push({ file: page.file, ...at(page, ["related", i]), field: `related[${i}]`, code: "self-related", message: `"${id}" is this page itself — remove it` });
      } else if (!byId.has(id) && !fileIds.has(id)) {
        const ids = [...new Set([...byId.keys(), ...fileIds])].filter((k) => k !== page.id);
        const near = ids.find((k) => k.split("/")[1] === id.split("/")[1]) ?? suggest(id, ids);
        const hint = near ? ` — did you mean "${near}"?` : " — check the id (`category/slug`, the file's path under content/errors without .md)";
        problems.push({ file: page.file, ...at(page, ["related", i]), field: `related[${i}]`, code: "dangling-related", message: `no page has the id "${id}"${hint}` });
      }
    });
    // A one-page site (fresh from `npm run init`) has nothing to relate to.
    if (related.length === 0 && pages.length > 1) {
      const where = page.data.related ? at(page, ["related"]) : page.source.position(page.offsetOf(["title"]));
      problems.push({
        file: page.file,
        ...where,
        field: "related",
        code: "no-related",
        message: "no related pages — add `related:` with at least one page id readers should see next",
      });
    }
  }

  for (const page of pages) {
    for (const link of internalLinks(page.source.text)) {
      const id = linkedPageId(link.url);
      if (id === undefined || !byId.has(id)) {
        problems.push({
          file: page.file,
          ...page.source.position(link.offset),
          field: "link",
          code: "dangling-link",
          message: `the link ${link.url} points at no page — link to \`${createRoutes("/").page("<category>/<slug>")}\` of an existing page`,
        });
      }
    }
  }

  const platformNames = new Map<string, { name: string; page: Page }>();
  for (const page of pages) {
    page.data.platforms?.forEach((name, i) => {
      const slug = slugify(name);
      // Located only for a problem: a position parses the page's YAML again (read-page.ts `yamlPositions`).
      const where = () => ({ file: page.file, ...at(page, ["platforms", i]), field: `platforms[${i}]`, code: "invalid-value" as const });
      if (slug === "") {
        problems.push({ ...where(), message: `the platform name ${JSON.stringify(name)} has no letters or digits, so it has no page — name the platform in words` });
        return;
      }
      const first = platformNames.get(slug);
      if (!first) platformNames.set(slug, { name, page });
      else if (first.name !== name) {
        problems.push({
          ...where(),
          message: `the platform ${JSON.stringify(name)} would share the page ${createRoutes("/").platform(slug)} with ${JSON.stringify(first.name)} (${first.page.id}) — write it exactly as ${JSON.stringify(first.name)}`,
        });
      }
    });
  }

  // Two pages that declare one bare status for the same packages would share a status-only paste's score and
  // neither would answer it (status-fallback.ts).
  const bareStatus = new Map<string, Page>();
  for (const page of pages) {
    const status = page.data.match?.bareStatus;
    if (status === undefined) continue;
    const key = `${status} ${[...new Set(page.data.match?.packages ?? [])].sort().join(" ")}`;
    const first = bareStatus.get(key);
    if (!first) bareStatus.set(key, page);
    else
      problems.push({
        file: page.file,
        ...at(page, ["match", "bareStatus"]),
        field: "match.bareStatus",
        code: "duplicate-bare-status",
        message: `${first.id} (${first.file}) already declares bareStatus ${status} for the same packages, so a bare ${status} would name neither — keep it on the one page a bare ${status} most often means`,
      });
  }

  const missing = new Set(pages.map((p) => p.category).filter((c) => !categories.has(c)));
  for (const category of [...missing].sort()) {
    problems.push({
      file: categoryFile(category),
      line: 1,
      column: 1,
      field: "category",
      code: "missing-category",
      message: `category "${category}" has no metadata — create this file with \`title:\` and \`description:\`${didYouMeanCategory(category, categories)}`,
    });
  }
  return problems;
}

/** A folder one typo away from an existing category is more likely a misnamed folder than a new category. */
function didYouMeanCategory(category: string, categories: ReadonlySet<string>): string {
  const near = suggest(category, [...categories]);
  return near ? `, or did you mean "${near}"? Then move the pages there` : "";
}
