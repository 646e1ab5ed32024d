/**
 * Markdown that quotes untrusted text safely. Anything from the issue goes into a code span whose
 * backtick fence is longer than any backtick run inside it: GitHub renders a code span as literal text,
 * so no HTML, link, image or @mention inside it comes alive. Control characters and line breaks are
 * flattened; length is capped.
 */

/** `text` as one inline code span, at most `max` characters of it. */
export function codeSpan(text: string, max = 160): string {
  // Control characters and line breaks become spaces (a code span is one line of text).
  let flat = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (flat.length > max) flat = `${flat.slice(0, max - 1)}…`;
  if (flat === "") return "` `";
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  // A span that starts or ends with a backtick needs a space inside the fence (CommonMark strips one).
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Our own page titles as link text: brackets and backslashes escaped so the link cannot break. */
export function linkText(text: string): string {
  return text.replace(/[\\[\]<>*_`]/g, (c) => `\\${c}`);
}
