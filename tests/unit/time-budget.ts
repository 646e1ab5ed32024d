/**
 * Time budgets of the unit tests (bounded-time checks: a super-linear parser, an all-pairs comparison).
 * `npm test` runs the unit suite with V8 coverage, which counts every block as it runs and makes hot
 * parsing code up to about twice as slow; vitest.config.ts sets ERRATA_COVERAGE=1 for such a run and the
 * budget doubles. The blow-ups these tests guard against cost ten times the budget or more, so they
 * still fail with coverage on.
 */
export function budgetMs(ms: number): number {
  return process.env["ERRATA_COVERAGE"] === "1" ? ms * 2 : ms;
}
