/**
 * One URL per page type of the site, used by the layout, screenshot and accessibility tests.
 * The seed page has a playground; the rate-limit page has multi-language snippets and no script file.
 */
export const PAGE_TYPES = [
  { name: "home", url: "/" },
  { name: "browse", url: "/errors/" },
  { name: "category", url: "/errors/amazon-bedrock/" },
  { name: "platform", url: "/platforms/amazon-bedrock/" },
  { name: "error-with-playground", url: "/errors/amazon-bedrock/stream-valueerror-bad-response-code/" },
  { name: "error", url: "/errors/anthropic-api/rate-limit-error-429/" },
  { name: "search", url: "/search/?q=rate+limit" },
  { name: "lookup", url: "/lookup/" },
  { name: "playground", url: "/playground/" },
  { name: "not-found", url: "/404.html" },
] as const;

export const WIDTHS = [320, 390, 768] as const;
