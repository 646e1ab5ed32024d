import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { toBase64, toHex } from "../../../src/decoders/bytes.ts";
import { getSample } from "../../../src/decoders/samples/registry.ts";
import { FRAME_FIXTURES } from "./helpers.ts";

// Vitest runs under Node 22 (the `node` devDependency), so process.execPath runs .ts files directly.
const SCRIPT = fileURLToPath(new URL("../../../scripts/decode.ts", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "errata-decode-"));

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(args: string[], input?: string | Uint8Array): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { input: input ?? "", encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const FRAME_B = FRAME_FIXTURES[1]!;

describe("scripts/decode.ts", () => {
  it("prints the 0.x ValueError for Frame B as one JSON object", () => {
    const result = run([
      "aws-eventstream",
      "--client",
      "anthropic-python-bedrock",
      "--fix",
      "before",
      "--input",
      "hex",
      "--json",
      write("b.hex", `${FRAME_B.hex.slice(0, 100)}\n${FRAME_B.hex.slice(100)}\n`),
    ]);
    expect([result.status, result.stderr]).toEqual([0, ""]);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(["frames", "events", "outcome"]);
    expect(report["frames"]).toEqual([
      {
        offset: 0,
        headers: {
          ":exception-type": { type: "string", value: "internalServerException" },
          ":content-type": { type: "string", value: "application/json" },
          ":message-type": { type: "string", value: "exception" },
        },
        payload: '{"message":"The system encountered an unexpected error during processing. Try your request again."}',
        payloadEncoding: "utf-8",
      },
    ]);
    expect(report["events"]).toEqual([]);
    const outcome = report["outcome"] as { error: { type: string; message: string } };
    expect(`${outcome.error.type}: ${outcome.error.message}`).toBe(FRAME_B.sdk_0x_raises);
  });

  it("reads raw bytes from stdin and, with no client, judges only the decoder", () => {
    const result = run(["aws-eventstream", "--json"], getSample("bedrock-normal")!.bytes);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { frames: unknown[]; events: { type: string }[]; outcome: unknown };
    expect(report.frames).toHaveLength(7);
    expect(report.events.map((event) => event.type)).toEqual(Array(7).fill("chunk"));
    expect(report.outcome).toEqual({ ok: true });
  });

  it("reads base64 and reports the fixed client's attempts", () => {
    const sample = getSample("bedrock-throttling-exception")!;
    const result = run(
      ["aws-eventstream", "--client", "anthropic-python-bedrock", "--fix", "after", "--input", "base64", "--retry", write("normal.b64", toBase64(getSample("bedrock-normal")!.bytes)), "--json", "-"],
      toBase64(sample.bytes),
    );
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { outcome: unknown; attempts: { outcome: unknown }[] };
    expect(report.outcome).toEqual({ ok: true });
    expect(report.attempts.map((attempt) => attempt.outcome)).toEqual([
      {
        error: {
          type: "anthropic.RateLimitError",
          message: "{'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Too many tokens, please wait before trying again.'}}",
          status: 429,
          retryable: true,
          errorType: "rate_limit_error",
          exceptionType: "throttlingException",
        },
      },
      { ok: true },
    ]);
  });

  it("decodes SSE with events and no frames", () => {
    const result = run(["sse", "--client", "anthropic-python-sse", "--json", write("o.sse", getSample("sse-overloaded-error")!.bytes)]);
    const report = JSON.parse(result.stdout) as { frames: unknown[]; events: { type: string }[]; outcome: unknown };
    expect(report.frames).toEqual([]);
    expect(report.events.map((event) => event.type)).toEqual(["message_start", "content_block_start", "ping", "content_block_delta", "error"]);
    expect(report.outcome).toEqual({
      error: {
        type: "anthropic.APIStatusError",
        message: "{'type': 'error', 'error': {'details': None, 'type': 'overloaded_error', 'message': 'Overloaded'}}",
        status: 200,
        errorType: "overloaded_error",
      },
    });
  });

  it("exits 1 with the decoder's error, or botocore's text for the modelled client, on a broken wire", () => {
    const corrupted = write("c.hex", toHex(getSample("bedrock-corrupted-frame")!.bytes));
    const bare = run(["aws-eventstream", "--input", "hex", "--json", corrupted]);
    expect(bare.status).toBe(1);
    expect((JSON.parse(bare.stdout) as { outcome: unknown }).outcome).toMatchObject({ error: { type: "DecodeError", code: "message-crc" } });
    const client = run(["aws-eventstream", "--client", "boto3-bedrock", "--input", "hex", "--json", corrupted]);
    expect(client.status).toBe(1);
    expect((JSON.parse(client.stdout) as { outcome: unknown }).outcome).toEqual({
      error: { type: "botocore.eventstream.ChecksumMismatch", message: "Checksum mismatch: expected 0x335563af, calculated 0x0123dfbe", code: "message-crc" },
    });
  });

  it("prints a readable dump without --json", () => {
    const result = run(["aws-eventstream", "--client", "boto3-bedrock", "--input", "hex", write("b2.hex", FRAME_B.hex)]);
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n").slice(0, 3)).toEqual([
      "Frame 0 at offset 0, 216 bytes",
      "  prelude      total_length 216, headers_length 101, prelude CRC 0xe17f7e26 (checked)",
      "  headers      3 at offset 12",
    ]);
    expect(result.stdout).toContain(
      "Outcome: botocore.exceptions.EventStreamError: An error occurred (internalServerException) when calling the InvokeModelWithResponseStream operation: The system encountered an unexpected error during processing. Try your request again.\n",
    );
  });

  it.each([
    [["xml"], 'decode: unknown decoder "xml"; use aws-eventstream or sse.'],
    [[], "decode: missing <decoder>; use aws-eventstream or sse (run `npm run --silent decode -- --help` for usage)."],
    [["sse", "--verbose"], 'decode: unknown option "--verbose"; run `npm run --silent decode -- --help` for usage.'],
    [
      ["sse", "--client", "curl"],
      'decode: unknown client "curl"; use one of anthropic-python-bedrock, anthropic-python-bedrock-inband, boto3-bedrock, anthropic-python-sse, anthropic-python-stream-transport, anthropic-typescript-sse, anthropic-typescript-message-stream, anthropic-typescript-bedrock.',
    ],
    [["sse", "--client", "boto3-bedrock"], "decode: client boto3-bedrock reads aws-eventstream, not sse; pass aws-eventstream as the decoder."],
    [["sse", "--fix", "after"], "decode: --fix needs --client; run `npm run --silent decode -- --help` for usage."],
    [["sse", "--fix", "later", "--client", "anthropic-python-sse"], 'decode: unknown --fix "later"; use before or after.'],
    [["sse", "--input", "octal"], 'decode: unknown --input "octal"; use raw, hex or base64.'],
    [["sse", "/no/such/file"], 'decode: cannot read "/no/such/file" (ENOENT); check the path.'],
    [["aws-eventstream", "--input", "hex", "a", "b"], 'decode: unexpected argument "b"; give at most one FILE.'],
  ])("rejects bad usage %j with one line and exit 2", (args, message) => {
    const result = run(args);
    expect([result.status, result.stderr, result.stdout]).toEqual([2, `${message}\n`, ""]);
  });

  it("rejects bad hex with one line naming the problem", () => {
    const result = run(["aws-eventstream", "--input", "hex"], "00zz");
    expect([result.status, result.stderr]).toEqual([
      2,
      'decode: stdin is not valid hex: Expected hex digits (0-9, a-f) but found "z" at digit 2 (whitespace ignored). Pass --input raw for binary input.\n',
    ]);
  });

  it("prints usage for --help", () => {
    const result = run(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("Usage: npm run --silent decode -- <aws-eventstream|sse> [--client <id>] [--fix before|after] [--input raw|hex|base64] [--retry FILE] [--json] [FILE]");
  });
});
