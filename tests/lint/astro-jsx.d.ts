/**
 * For ESLint's type-aware rules on .astro templates only: Astro types a template element as `HTMLElement | any`
 * (astro/astro-jsx.d.ts) so that any JSX framework fits, and typescript-eslint then reports every `.map(() => <li/>)`
 * as an unsafe `any` return. This project renders only Astro's own elements, so the element type is narrowed here
 * (the workaround eslint-plugin-astro's README gives). `astro check` and `tsc` pass with or without it.
 */
import "astro/astro-jsx";

declare global {
  namespace JSX {
    type Element = HTMLElement;
  }
}
