import { loadCorpus } from "./eval/corpus.ts";
import { candidatesFrom } from "../src/lookup/match/index.ts";
import { keyWords } from "../src/lookup/match/route.ts";
import { parseTrace } from "../src/lookup/parse/index.ts";
const ids = process.argv.slice(2);
for (const e of loadCorpus().filter((e) => ids.some((i) => e.id.includes(i)))) {
  console.log("=== " + e.id + " (" + e.text.length + " chars)");
  for (const c of candidatesFrom(parseTrace(e.text), e.text))
    console.log("  L" + c.line + " lead=" + c.leadLength + " type=" + c.type?.name + " code=" + c.parts?.code + " words=" + keyWords(c.tokens).join(","));
}
