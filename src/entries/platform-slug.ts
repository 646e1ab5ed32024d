/**
 * The URL slug of a platform name (`Amazon Bedrock` → `amazon-bedrock`, its page `/platforms/amazon-bedrock/`):
 * one home for the rule, used by the listings and by the validator, which refuses names that give no
 * slug or the same slug as a differently written name (one would silently replace the other's page).
 */
export function platformSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
