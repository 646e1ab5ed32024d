/** `/lookup/<tag>/<shard>.json`: one shard of the signature index (see src/lookup/match/build-index.ts). */
import type { GetStaticPaths } from "astro";
import { lookupIndexReady } from "../../../lookup-index.ts";

export const getStaticPaths = (async () => {
  const { manifest, shards } = await lookupIndexReady();
  return Object.entries(shards).map(([name, data]) => ({ params: { tag: manifest.tag, shard: name }, props: { data } }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { data: unknown } }): Response {
  return new Response(JSON.stringify(props.data), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
