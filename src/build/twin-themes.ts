/**
 * Two-theme highlighting with one tokenization. Shiki's `themes: { light, dark }` tokenizes every snippet once per
 * theme (`codeToTokensWithThemes`), and tokenizing is most of a page's highlighting time (issue 12's profile, README
 * "Building at scale"). When the two themes are twins — the same rules with the same selectors in the same order,
 * differing only in colour, as GitHub's light and dark high-contrast themes are — every token matches the same rule in
 * both, so its dark colour follows from its light one. This highlighter then tokenizes once with the light theme and
 * gives each token the styles Shiki's two-theme mode would (its own `flatTokenVariants` step, then the `<pre>`'s
 * variables and theme classes), so everything downstream (code-classes.ts) is unchanged.
 *
 * Written here because Shiki has no such mode. Exact only where its assumptions hold, so it checks them: the themes
 * must be twins, each light colour must have one dark twin, and a snippet with an underlined or struck-through token
 * (Shiki merges whitespace around those differently in its two modes) is highlighted Shiki's own way.
 * tests/unit/build/twin-themes.test.ts compares it with Shiki's two-theme output on every snippet of content/.
 */
import { flatTokenVariants, type CodeToHastOptions, type Highlighter, type ShikiTransformer, type ThemedToken, type ThemeRegistrationResolved } from "shiki";

/** A theme's colour as Shiki writes it on a token (vscode-textmate's colour map upper-cases hex colours). */
const tokenColour = (c: string) => c.toUpperCase();

/** Shiki's font-style bits for underline and line-through (`FontStyle` in @shikijs/vscode-textmate). */
const DECORATED = 4 | 8;

interface Twins {
  /** Light token colour → dark token colour, foregrounds and backgrounds apart (white is a foreground in one rule and the
   * light theme's background). */
  fg: Map<string, string>;
  bg: Map<string, string>;
  /** The `<pre>`'s style in Shiki's two-theme mode with `defaultColor: false`. */
  rootStyle: string;
  /** The `<pre>`'s class in that mode. */
  preClass: string;
}

/** Thrown inside the transformer when a snippet breaks an assumption: that snippet is highlighted the usual way. */
class NotTwins extends Error {}

/**
 * The colour mapping between two themes, or undefined when they are not twins.
 * @param light The light theme as Shiki resolved it.
 * @param dark The dark theme.
 * @returns The mapping and the `<pre>`'s style and class.
 */
export function twinThemes(light: ThemeRegistrationResolved, dark: ThemeRegistrationResolved): Twins | undefined {
  const a = light.settings ?? [];
  const b = dark.settings ?? [];
  if (a.length !== b.length) return undefined;
  const fg = new Map<string, string>();
  const bg = new Map<string, string>();
  const pair = (map: Map<string, string>, l: string | undefined, d: string | undefined): boolean => {
    if (l === undefined || d === undefined) return l === d;
    const known = map.get(tokenColour(l));
    if (known !== undefined && known !== tokenColour(d)) return false;
    map.set(tokenColour(l), tokenColour(d));
    return true;
  };
  if (!pair(fg, light.fg, dark.fg) || !pair(bg, light.bg, dark.bg)) return undefined;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (JSON.stringify(x.scope) !== JSON.stringify(y.scope)) return undefined;
    if ((x.settings?.fontStyle ?? "") !== (y.settings?.fontStyle ?? "")) return undefined;
    if (!pair(fg, x.settings?.foreground, y.settings?.foreground) || !pair(bg, x.settings?.background, y.settings?.background)) return undefined;
  }
  return {
    fg,
    bg,
    rootStyle: `--shiki-light:${light.fg};--shiki-dark:${dark.fg};--shiki-light-bg:${light.bg};--shiki-dark-bg:${dark.bg}`,
    preClass: `shiki shiki-themes ${light.name} ${dark.name}`,
  };
}

/** Turns light-theme tokens into the tokens Shiki's two-theme mode makes: content, offset and the two themes' variables. */
function twinTokens(twins: Twins): ShikiTransformer {
  return {
    name: "errata:twin-themes",
    tokens(lines) {
      const twin = (map: Map<string, string>, c: string | undefined) => {
        if (c === undefined) return undefined;
        const d = map.get(tokenColour(c));
        if (d === undefined) throw new NotTwins();
        return d;
      };
      return lines.map((line) =>
        line.map((token) => {
          if ((token.fontStyle ?? 0) & DECORATED) throw new NotTwins();
          const dark: ThemedToken = { ...token };
          const [colour, background] = [twin(twins.fg, token.color), twin(twins.bg, token.bgColor)];
          if (colour !== undefined) dark.color = colour;
          if (background !== undefined) dark.bgColor = background;
          // Shiki's own step from two themes' tokens to the two-theme token (css variables, no default colour).
          return flatTokenVariants({ content: token.content, offset: token.offset, variants: { light: token, dark } }, ["light", "dark"], "--shiki-", false, "css-vars");
        }),
      );
    },
    pre(node) {
      node.properties["class"] = twins.preClass;
    },
  };
}

/**
 * A highlighter whose `codeToHast` tokenizes once when asked for `themes: { light, dark }` with `defaultColor: false`
 * and the two are twins; anything else goes to Shiki unchanged.
 * @param hl Shiki's highlighter, with both themes loaded.
 * @param themes The light and dark theme names.
 * @returns The highlighter to give @shikijs/rehype.
 */
export function twinThemeHighlighter(hl: Highlighter, themes: { light: string; dark: string }): Highlighter {
  const twins = twinThemes(hl.getTheme(themes.light), hl.getTheme(themes.dark));
  if (!twins) return hl;
  const transformer = twinTokens(twins);
  const codeToHast: Highlighter["codeToHast"] = (code, options) => {
    const asked = "themes" in options ? options : undefined;
    const pair = asked?.themes;
    // ANSI output takes its colours from the themes' terminal palettes, not their rules.
    if (!asked || !pair || options.lang === "ansi" || pair["light"] !== themes.light || pair["dark"] !== themes.dark || Object.keys(pair).length !== 2 || asked.defaultColor !== false) {
      return hl.codeToHast(code, options);
    }
    const { themes: _themes, defaultColor: _defaultColor, ...rest } = asked;
    const single = { ...rest, theme: themes.light, rootStyle: twins.rootStyle, transformers: [transformer, ...(options.transformers ?? [])] } as CodeToHastOptions;
    try {
      return hl.codeToHast(code, single);
    } catch (error) {
      if (error instanceof NotTwins) return hl.codeToHast(code, options);
      throw error;
    }
  };
  return { ...hl, codeToHast };
}
