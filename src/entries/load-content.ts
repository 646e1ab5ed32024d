/**
 * Loads a content directory: `errors/<category>/_category.yml` and `errors/<category>/<slug>.md`.
 * Reads everything, validates everything, and returns the pages that can be rendered with every
 * problem found (sorted), so one run reports all mistakes at once.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { crossCheck } from "./cross-checks.ts";
import { sortProblems, type Problem } from "./problem.ts";
import { readCategory, readPage, type Page } from "./read-page.ts";
import type { CategoryMeta } from "./schema.ts";
import { SLUG_PATTERN } from "./schema.ts";
import { checkPlaygrounds } from "./playground-check.ts";
import { checkSourceTitles } from "./source-titles.ts";
import recordedTitles from "./data/source-titles.json" with { type: "json" };

export interface Category extends CategoryMeta {
  id: string;
}

export interface Content {
  /** The directory that was loaded. */
  dir: string;
  pages: Page[];
  categories: Category[];
  problems: Problem[];
}

export const CATEGORY_FILE = "_category.yml";

/** Paths in problems are relative to the working directory when the content lives below it. */
function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

export function loadContent(dir: string): Content {
  const problems: Problem[] = [];
  const pages: Page[] = [];
  const categories: Category[] = [];
  /** Every page file's id, parsed or not (cross-checks must not call a link to a broken page dangling). */
  const fileIds = new Set<string>();
  const errorsDir = join(dir, "errors");
  let folders: string[] = [];
  try {
    folders = readdirSync(errorsDir).sort();
  } catch {
    problems.push({
      file: display(errorsDir),
      line: 1,
      column: 1,
      field: "content",
      code: "file-name",
      message: `no errors/ folder in ${display(dir)} — pages live in ${display(dir)}/errors/<category>/<slug>.md`,
    });
    return { dir, pages, categories, problems };
  }
  for (const folder of folders) {
    const folderPath = join(errorsDir, folder);
    if (!statSync(folderPath).isDirectory()) {
      problems.push({
        file: display(folderPath),
        line: 1,
        column: 1,
        field: "file",
        code: "file-name",
        message: `pages belong in a category folder — move it to ${display(errorsDir)}/<category>/${folder}`,
      });
      continue;
    }
    if (!SLUG_PATTERN.test(folder)) {
      problems.push({ file: display(folderPath), line: 1, column: 1, field: "category", code: "file-name", message: `category folder "${folder}" is not kebab-case — rename it, e.g. "${kebab(folder)}"` });
      continue;
    }
    for (const name of readdirSync(folderPath).sort()) {
      const path = join(folderPath, name);
      const file = display(path);
      if (name === CATEGORY_FILE) {
        const result = readCategory(file, readFileSync(path, "utf8"));
        problems.push(...result.problems);
        if (result.value) categories.push({ id: folder, ...result.value });
        continue;
      }
      if (!name.endsWith(".md") || statSync(path).isDirectory()) {
        problems.push({ file, line: 1, column: 1, field: "file", code: "file-name", message: `not a page: pages are \`<slug>.md\` files and categories have one \`${CATEGORY_FILE}\`` });
        continue;
      }
      const slug = name.slice(0, -3);
      if (!SLUG_PATTERN.test(slug)) {
        problems.push({ file, line: 1, column: 1, field: "file", code: "file-name", message: `file name "${name}" is not kebab-case — the name is the page's permanent URL; rename it, e.g. "${kebab(slug)}.md"` });
        continue;
      }
      fileIds.add(`${folder}/${slug}`);
      const result = readPage(file, readFileSync(path, "utf8"), folder, slug);
      problems.push(...result.problems);
      if (result.value) pages.push(result.value);
    }
  }
  problems.push(...crossCheck(pages, new Set(categories.map((c) => c.id)), (c) => display(join(errorsDir, c, CATEGORY_FILE)), fileIds));
  problems.push(...checkPlaygrounds(pages));
  problems.push(...checkSourceTitles(pages, recordedTitles));
  return { dir, pages, categories, problems: sortProblems(problems) };
}

function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
