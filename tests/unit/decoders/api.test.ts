import { describe, expect, it } from "vitest";
import * as api from "../../../src/decoders/index.ts";

describe("src/decoders/index.ts", () => {
  it("should expose the public api", () => {
    expect(Object.keys(api).sort()).toEqual([
      "ANTHROPIC_ERROR_CLASSES",
      "ANTHROPIC_PYTHON_BEDROCK_INBAND_VERSIONS",
      "ANTHROPIC_PYTHON_BEDROCK_VERSIONS",
      "ANTHROPIC_PYTHON_SSE_VERSIONS",
      "ANTHROPIC_PYTHON_STREAM_TRANSPORT_VERSIONS",
      "ANTHROPIC_TYPESCRIPT_BEDROCK_VERSIONS",
      "ANTHROPIC_TYPESCRIPT_MESSAGE_STREAM_VERSIONS",
      "ANTHROPIC_TYPESCRIPT_SSE_VERSIONS",
      "BEDROCK_EXCEPTION_MAPPING",
      "BEDROCK_EXCEPTION_TYPES",
      "BEDROCK_NORMAL",
      "BEDROCK_SAMPLES",
      "BOTO3_BEDROCK_VERSIONS",
      "CHECKSUM_LENGTH",
      "CLIENTS",
      "CLIENT_IDS",
      "DEFAULT_MAX_RETRIES",
      "DecodeError",
      "FRAME_A",
      "FRAME_B",
      "FRAME_C",
      "HEADER_TYPE",
      "HEADER_TYPE_NAMES",
      "JsonDecodeError",
      "MAX_HEADERS_LENGTH",
      "MAX_PAYLOAD_LENGTH",
      "MINIMUM_MESSAGE_LENGTH",
      "PRELUDE_LENGTH",
      "RETRYABLE_ANTHROPIC_TYPES",
      "SAMPLES",
      "SSE_CHUNKED_NORMAL",
      "SSE_CHUNKED_SAMPLES",
      "SSE_NORMAL",
      "SSE_ORDER_SAMPLES",
      "SSE_SAMPLES",
      "anthropicPythonBedrock",
      "anthropicPythonBedrockInband",
      "anthropicPythonSse",
      "anthropicPythonStreamTransport",
      "anthropicTypescriptBedrock",
      "anthropicTypescriptMessageStream",
      "anthropicTypescriptSse",
      "backoffMs",
      "boto3Bedrock",
      "botocoreParse",
      "botocoreWireError",
      "buildChunkFrame",
      "buildExceptionFrame",
      "concatBytes",
      "crc32",
      "createDecoderReplay",
      "createEventStreamDecoder",
      "createSseParser",
      "decodeEventStream",
      "decodeHeaders",
      "decodeUtf8",
      "encodeFrame",
      "encodeHeader",
      "encodeHeaders",
      "encodeSse",
      "encodeUtf8",
      "formatReport",
      "formatUuid",
      "fromBase64",
      "fromHex",
      "getClient",
      "getSample",
      "hex32",
      "isPrintable",
      "isPyDict",
      "isRetryableType",
      "jsonToPython",
      "parseSse",
      "pyB64decode",
      "pyBytes",
      "pyDecodeUtf8",
      "pyDict",
      "pyFloat",
      "pyInt",
      "pyJsonDumps",
      "pyRepr",
      "pyStr",
      "pyTruthy",
      "pyTypeName",
      "readPrelude",
      "replay",
      "replayDecoder",
      "reprBytes",
      "reprFloat",
      "reprStr",
      "scanEventStream",
      "splitMessage",
      "toBase64",
      "toHex",
      "toJsonFrame",
      "toJsonReport",
      "toResponseDict",
    ]);
  });

  it("uses no Node-only API anywhere under src/decoders", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const root = new URL("../../../src/decoders/", import.meta.url).pathname;
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      // Comments may name what the code avoids, so only code is checked.
      const source = readFileSync(path.join(root, file), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/^\s*\/\/.*$/gm, "");
      expect([file, /\bBuffer\b|from "node:|\bprocess\.|\brequire\(|\bdocument\.|\bwindow\./.test(source)]).toEqual([file, false]);
    }
  });
});
