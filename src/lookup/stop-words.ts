/**
 * The one home of stop words: words that say nothing about which error a text is. Three readers use them, with
 * different lists on purpose — merging them would change what the lookup ranks, which pages are related and
 * which slugs `npm run new` proposes — so each list is data here, with its reason, and is imported from here only.
 */

/** English function words. The lookup still aligns them, with a small weight, and never routes or scores on them. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "the an of to in for is are be been was were with on at by or and this that it its from as into " +
    "your you we our they their there here has have had can could should would will may might do does did " +
    "if then than so such which what when where who whom how any all some more most other only also"
  ).split(" "),
);

/**
 * Words of a signature that say nothing about what it is about, for related pages and source-title checks
 * (words of three letters or more only): a few function words, `not`, and the words every signature has
 * (`type`, `error`, `message`, `code`). Narrower than STOP_WORDS in English words, as the related-page
 * scores were set with this list.
 */
export const SIGNATURE_STOP_WORDS: ReadonlySet<string> = new Set(["the", "and", "for", "with", "was", "were", "that", "this", "not", "are", "you", "your", "type", "error", "message", "code"]);

/** Words left out of a scaffolded slug: short function words and `error`/`exception`, which the type already says. */
export const SLUG_STOP_WORDS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "of",
  "to",
  "for",
  "in",
  "on",
  "is",
  "are",
  "was",
  "be",
  "with",
  "and",
  "or",
  "at",
  "by",
  "from",
  "your",
  "this",
  "that",
  "it",
  "error",
  "exception",
]);
