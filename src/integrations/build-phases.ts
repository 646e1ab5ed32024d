/**
 * Records how long Astro's part of the build takes (bundling plus writing the pages), for the phase
 * timings of src/build/timings.ts; Pagefind times itself in pagefind.ts.
 */
import type { AstroIntegration } from "astro";
import { recordPhase } from "../build/timings.ts";

export default function buildPhases(): AstroIntegration {
  let started = 0;
  return {
    name: "errata:build-phases",
    hooks: {
      "astro:build:start": () => {
        started = performance.now();
      },
      "astro:build:generated": () => {
        recordPhase("astro (bundle + HTML pages)", performance.now() - started);
      },
    },
  };
}
