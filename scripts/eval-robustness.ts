/**
 * `npm run eval:robustness`: how much of the lookup's training-side accuracy survives what terminals, loggers and
 * web pages do to pasted text (scripts/eval/perturb.ts). Takes the training side's positives the real site answers
 * rightly first, re-pastes each through every perturbation, and prints how many still get their page first and a
 * few that do not. The test side is never read: this is for finding parsing gaps, not for reporting accuracy.
 */
import { loadContent } from "../src/entries/load-content.ts";
import { contentDir } from "../src/site-config.ts";
import { compilePages, lookupSync } from "../src/lookup/match/index.ts";
import { loadCorpus } from "./eval/corpus.ts";
import { PERTURBATIONS } from "./eval/perturb.ts";
import { ratio, table } from "./eval/table.ts";

/** Lost pastes listed per perturbation. */
const SHOWN = 5;

const site = compilePages(loadContent(contentDir()).pages);
const firstRight = (text: string, expect: readonly string[]) => {
  const first = lookupSync(text, site, { limit: 1 }).matches[0];
  return first !== undefined && expect.includes(first.id);
};
const positives = loadCorpus().filter((e) => e.side === "train" && e.expect.length > 0);
const base = positives.filter((e) => firstRight(e.text, e.expect));
console.log(`# Lookup robustness — training side\n\n${base.length} of ${positives.length} training positives answered right first as posted; each re-pasted:\n`);
const rows = PERTURBATIONS.map((p) => {
  const lost = base.filter((e) => !firstRight(p.apply(e.text), e.expect));
  return [
    p.name,
    p.what,
    ratio(base.length - lost.length, base.length),
    lost
      .slice(0, SHOWN)
      .map((e) => e.id)
      .join(", "),
  ];
});
console.log(table(["perturbation", "imitates", "still right", `lost (first ${SHOWN})`], rows));
