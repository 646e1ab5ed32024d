/**
 * The one home of the slug rule: how a name becomes a URL segment or an id. Platform pages
 * (`Amazon Bedrock` → `/platforms/amazon-bedrock/`), section anchors (`What it means` → `#what-it-means`),
 * the kebab-case names the validator suggests (`BadFolder` → `bad-folder`) and the slugs `npm run new`
 * scaffolds (`RateLimitError` → `rate-limit-error`) all come from here. The validator refuses platform names
 * that give no slug, or the same slug as a differently written name (one would silently replace the other's page).
 */

/** Lower-case; every run of characters other than a-z and 0-9 becomes one hyphen; none at either end. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * A camelCase or PascalCase name in kebab case, acronyms kept whole: `RateLimitError` → `rate-limit-error`,
 * `APIConnectionError` → `api-connection-error`, `Bad_Name` → `bad-name`.
 */
export function kebabCase(name: string): string {
  return slugify(name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2"));
}
