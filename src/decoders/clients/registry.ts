/**
 * All client models, by id.
 */
import { anthropicPythonBedrock } from "./anthropic-python-bedrock.ts";
import { anthropicPythonBedrockInband } from "./anthropic-python-bedrock-inband.ts";
import { anthropicPythonSse } from "./anthropic-python-sse.ts";
import { anthropicPythonStreamTransport } from "./anthropic-python-stream-transport.ts";
import { anthropicTypescriptBedrock } from "./anthropic-typescript-bedrock.ts";
import { anthropicTypescriptMessageStream } from "./anthropic-typescript-message-stream.ts";
import { anthropicTypescriptSse } from "./anthropic-typescript-sse.ts";
import { boto3Bedrock } from "./boto3-bedrock.ts";
import type { ClientId, ClientModel } from "./types.ts";

/** The models in display order. */
export const CLIENTS: readonly ClientModel[] = [
  anthropicPythonBedrock,
  anthropicPythonBedrockInband,
  boto3Bedrock,
  anthropicPythonSse,
  anthropicPythonStreamTransport,
  anthropicTypescriptSse,
  anthropicTypescriptMessageStream,
  anthropicTypescriptBedrock,
];

/** The valid ids. */
export const CLIENT_IDS: readonly ClientId[] = CLIENTS.map((client) => client.id);

/**
 * Looks a model up.
 * @param id A client id, possibly from user input.
 * @returns The model, or `undefined` for an unknown id.
 */
export function getClient(id: string): ClientModel | undefined {
  return CLIENTS.find((client) => client.id === id);
}
