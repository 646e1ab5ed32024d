/**
 * Short, stable class names for highlighted code (code-classes.ts). A token's style is its two themes'
 * colours and, rarely, a font style; naming a class by where each colour sits in its theme's palette
 * (the theme file's own order, fixed by the locked Shiki version) gives names like `h12` instead of a
 * 9-character hash: the same name for the same style in every build and every page, two different styles
 * never share one, and on an error page the class attributes of a few hundred tokens are a few KB smaller.
 * Hand-written because Shiki's `transformerStyleToClass` only names by hash; a style outside the scheme
 * (a colour not in the palette, an unexpected property) still gets a hash name, `hl-…`.
 *
 * Name: `h` + light colour + dark colour (fixed width, base 36) + flags in this order: `i` italic, `b` bold,
 * `u` underline, `s` line-through (each only when both themes agree), then `g` + the two background colours.
 */
import { createHash } from "node:crypto";

/** The colours a theme can give a token, in the theme's own order. */
export interface Palette {
  index: Map<string, number>;
  /** Base-36 digits per colour index, so names never run into each other. */
  width: number;
}

/** `#fff` and `#FFFFFF` are the same colour: one spelling, six lowercase digits (alpha kept). */
function normalise(colour: string): string {
  const c = colour.toLowerCase();
  return /^#[0-9a-f]{3,4}$/.test(c) ? `#${[...c.slice(1)].map((d) => d + d).join("")}` : c;
}

interface ThemeColours {
  fg: string;
  bg: string;
  settings?: ReadonlyArray<{ settings?: { foreground?: string; background?: string } }>;
}

export function palette(theme: ThemeColours): Palette {
  const index = new Map<string, number>();
  const add = (c: string | undefined) => {
    if (c && !index.has(normalise(c))) index.set(normalise(c), index.size);
  };
  add(theme.fg);
  add(theme.bg);
  for (const s of theme.settings ?? []) {
    add(s.settings?.foreground);
    add(s.settings?.background);
  }
  return { index, width: Math.max(1, Math.ceil(Math.log(index.size) / Math.log(36))) };
}

const FLAGS: ReadonlyArray<[string, string, string]> = [
  ["font-style", "italic", "i"],
  ["font-weight", "bold", "b"],
  ["text-decoration", "underline", "u"],
  ["text-decoration", "line-through", "s"],
];

function hashName(style: Record<string, string>): string {
  const text = Object.entries(style)
    .map(([k, v]) => `${k}:${v}`)
    .join(";");
  return `hl-${BigInt(`0x${createHash("sha256").update(text).digest("hex").slice(0, 12)}`).toString(36)}`;
}

/** The class name for a style of Shiki's dual-theme variables (`--shiki-light`, `--shiki-dark-font-style`, …). */
export function codeClassName(style: Record<string, string>, light: Palette, dark: Palette): string {
  const colour = (p: Palette, c: string | undefined) => {
    const i = c === undefined ? undefined : p.index.get(normalise(c));
    return i === undefined ? undefined : i.toString(36).padStart(p.width, "0");
  };
  const used = new Set<string>(["--shiki-light", "--shiki-dark"]);
  const l = colour(light, style["--shiki-light"]);
  const d = colour(dark, style["--shiki-dark"]);
  if (l === undefined || d === undefined) return hashName(style);
  let name = `h${l}${d}`;
  for (const [prop, value, flag] of FLAGS) {
    const lv = style[`--shiki-light-${prop}`];
    const dv = style[`--shiki-dark-${prop}`];
    if (lv === undefined && dv === undefined) continue;
    if (lv !== dv) return hashName(style);
    if (lv !== value) continue;
    used.add(`--shiki-light-${prop}`).add(`--shiki-dark-${prop}`);
    name += flag;
  }
  if ("--shiki-light-bg" in style || "--shiki-dark-bg" in style) {
    const lb = colour(light, style["--shiki-light-bg"]);
    const db = colour(dark, style["--shiki-dark-bg"]);
    if (lb === undefined || db === undefined) return hashName(style);
    used.add("--shiki-light-bg").add("--shiki-dark-bg");
    name += `g${lb}${db}`;
  }
  // A property the scheme does not name (or a text-decoration with both lines) would make two styles one name.
  return Object.keys(style).every((k) => used.has(k)) ? name : hashName(style);
}
