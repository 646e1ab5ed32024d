/**
 * `npm run cv:routing-noise [-- --rules 5:0.5,3:0.35]`: chooses how a word qualifies as routing noise
 * (scripts/eval/routing-noise.ts `NOISE_RULE`) by cross-validation on the TRAINING side: the training batches are
 * split in two folds (every other batch), and for each rule and fold the noise words and the routing weights are
 * fitted on one fold and the routing of the other counted (a paste routes right when a key its lookup reads holds an
 * expected page: scripts/eval/routing-weights.ts), on the real pages plus 1,000 and plus 10,000 generated ones. The
 * test side is never read. The fit starts from the committed weights, as `npm run fit:lookup` does, and keeps its
 * guard on the generated pages' own signatures (not its guards on the playground samples and on a site of generated
 * pages alone: those protect the committed fit, not the comparison of rules).
 */
import { loadContent } from "../src/entries/load-content.ts";
import { contentDir } from "../src/site-config.ts";
import { noiseOf } from "../src/lookup/match/route.ts";
import { ROUTING_WEIGHTS } from "../src/lookup/match/routing-weights.ts";
import { generatePages } from "./bench/generate-pages.ts";
import { parseCli, usageExit } from "./cli/args.ts";
import { loadCorpus, type CorpusEntry } from "./eval/corpus.ts";
import { NOISE_RULE, routingNoise, type NoiseRule } from "./eval/routing-noise.ts";
import { fitRoutingWeights, routedRight, routedSite, routingCases, selfEntries } from "./eval/routing-weights.ts";

const fail = usageExit("cv:routing-noise", "usage: npm run cv:routing-noise [-- --rules PASTES:SHARE,…]");
const { values } = parseCli({ options: { rules: { type: "string" } } }, fail);
const defaultRules = `${NOISE_RULE.minPastes}:${NOISE_RULE.maxShare},3:0.35,999:0`;
const rules: NoiseRule[] = (values.rules ?? defaultRules).split(",").map((text) => {
  const [minPastes = NaN, maxShare = NaN] = text.split(":").map(Number);
  if (!Number.isFinite(minPastes) || !Number.isFinite(maxShare)) fail(`--rules: expected PASTES:SHARE (such as 5:0.5), got "${text}"`);
  return { minPastes, maxShare };
});

type Cases = ReturnType<typeof routingCases>["cases"];

/** The cases with their `noise` feature read from `noise` instead of the committed words. */
function withNoise(cases: Cases, noise: ReadonlySet<string>): Cases {
  return cases.map((keys) => keys.map((k) => ({ ...k, features: { ...k.features, noise: noiseOf(k.key, noise) } })));
}

const content = loadContent(contentDir());
const train = loadCorpus().filter((e) => e.side === "train");
const batches = [...new Set(train.map((e) => e.batch))].sort();
const fold = (e: CorpusEntry) => batches.indexOf(e.batch) % 2;
const realIds = new Set(content.pages.map((p) => p.id));
// Cases once per site and fold: only the noise feature depends on the rule.
const perFold: Cases[] = [[], []];
const guard: Cases = [];
for (const count of [1_000, 10_000]) {
  const pages = [...content.pages, ...generatePages({ count })];
  const site = routedSite(pages);
  for (const f of [0, 1])
    perFold[f]?.push(
      ...routingCases(
        site,
        train.filter((e) => fold(e) === f),
      ).cases,
    );
  guard.push(
    ...routingCases(
      site,
      selfEntries(pages, (p) => !realIds.has(p.id), Math.max(1, Math.round(count / 500))),
    ).cases,
  );
}
console.log(`${train.length} training pastes in ${batches.length} batches; ${(perFold[0]?.length ?? 0) + (perFold[1]?.length ?? 0)} routing cases`);
for (const rule of rules) {
  let right = 0;
  let all = 0;
  const sizes: number[] = [];
  for (const f of [0, 1]) {
    const fitOn = train.filter((e) => fold(e) !== f);
    const noise = new Set(routingNoise(content.pages, fitOn, rule));
    sizes.push(noise.size);
    const fitted = fitRoutingWeights(withNoise(perFold[1 - f] ?? [], noise), ROUTING_WEIGHTS, () => {}, withNoise(guard, noise));
    const held = withNoise(perFold[f] ?? [], noise);
    right += routedRight(held, fitted.weights);
    all += held.length;
  }
  console.log(`${rule.minPastes} pastes, share < ${rule.maxShare}: ${right}/${all} held-out cases routed right (noise words per fold: ${sizes.join(", ")})`);
}
