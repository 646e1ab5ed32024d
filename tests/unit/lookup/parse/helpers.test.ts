/** The small pure helpers the runtime parsers share. */
import { describe, expect, it } from "vitest";
import { cutToBytes, utf8Length } from "../../../../src/lookup/parse/cap-input.ts";
import { detectRuntime } from "../../../../src/lookup/parse/index.ts";
import { splitLocation } from "../../../../src/lookup/parse/location.ts";
import { parseGoFunction } from "../../../../src/lookup/parse/runtimes/go.ts";
import { npmPackage } from "../../../../src/lookup/parse/runtimes/node.ts";
import { pythonModule } from "../../../../src/lookup/parse/runtimes/python-module.ts";

describe("splitLocation", () => {
  it("should split file, line and column off the end", () => {
    expect(splitLocation("C:\\app\\x.js:12:5")).toEqual({ file: "C:\\app\\x.js", line: 12, column: 5 });
    expect(splitLocation("file:///x.mjs:3:1")).toEqual({ file: "file:///x.mjs", line: 3, column: 1 });
    expect(splitLocation("/srv/main.go:42")).toEqual({ file: "/srv/main.go", line: 42 });
    expect(splitLocation("native")).toEqual({ file: "native" });
    expect(splitLocation("12:16")).toEqual({ line: 12, column: 16 });
    expect(splitLocation("")).toEqual({});
  });
});

describe("pythonModule", () => {
  it("should name modules under site-packages, dist-packages and the standard library", () => {
    expect(pythonModule("/app/.venv/lib/python3.12/site-packages/anthropic/lib/bedrock/_stream_decoder.py")).toBe("anthropic.lib.bedrock._stream_decoder");
    expect(pythonModule("/usr/lib/python3/dist-packages/botocore/client.py")).toBe("botocore.client");
    expect(pythonModule("C:\\Python314\\Lib\\site-packages\\anthropic\\__init__.py")).toBe("anthropic");
    expect(pythonModule("/usr/lib/python3.12/asyncio/runners.py")).toBe("asyncio.runners");
    expect(pythonModule("C:\\Python314\\Lib\\asyncio\\runners.py")).toBe("asyncio.runners");
    expect(pythonModule("<frozen runpy>")).toBe("runpy");
  });

  it("should name no module for application files and odd paths", () => {
    expect(pythonModule("/home/u/project/app/main.py")).toBeUndefined();
    expect(pythonModule("<stdin>")).toBeUndefined();
    expect(pythonModule("/x/site-packages/pkg-1.0.egg/pkg/mod.py")).toBeUndefined();
  });
});

describe("npmPackage", () => {
  it("should name the last node_modules package, scoped or not", () => {
    expect(npmPackage("file:///opt/homebrew/lib/node_modules/@anthropic-ai/claude-code/cli.js")).toBe("@anthropic-ai/claude-code");
    expect(npmPackage("C:\\app\\node_modules\\express\\lib\\router.js")).toBe("express");
    expect(npmPackage("/home/u/.cache/deno/npm/registry.npmjs.org/@anthropic-ai/sdk/0.30.0/core.js")).toBe("@anthropic-ai/sdk");
    expect(npmPackage("/app/dist/index.js")).toBeUndefined();
    expect(npmPackage("/app/node_modules/")).toBeUndefined();
  });
});

describe("parseGoFunction", () => {
  it("should split the import path from the function and drop the arguments", () => {
    expect(parseGoFunction("github.com/aws/aws-sdk-go-v2/service/bedrockruntime.(*Client).InvokeModel(0xc0001, {0x2, 0x3})")).toEqual({
      module: "github.com/aws/aws-sdk-go-v2/service/bedrockruntime",
      function: "(*Client).InvokeModel",
    });
    expect(parseGoFunction("main.main()")).toEqual({ module: "main", function: "main" });
    expect(parseGoFunction("created by main.main in goroutine 1")).toBeUndefined();
    expect(parseGoFunction("exit status 2")).toBeUndefined();
  });
});

describe("detectRuntime", () => {
  const line = { text: "", line: 1 };
  it("should tell runtimes apart by type shape and wording", () => {
    expect(detectRuntime("java.io.IOException", "x", line)).toBe("java");
    expect(detectRuntime("io.UnsupportedOperation", "not readable", line)).toBe("python");
    expect(detectRuntime("System.IO.IOException", "x", line)).toBe("dotnet");
    expect(detectRuntime("SystemError [ERR_SYSTEM_ERROR]", "x", line)).toBe("node");
    expect(detectRuntime("", "Reqwest error: x", line)).toBe("rust");
    expect(detectRuntime("", "dial tcp 10.0.0.1:443: i/o timeout", line)).toBe("go");
    expect(detectRuntime("", "request failed", { text: "request failed", line: 1, prefix: "go-log" })).toBe("go");
    expect(detectRuntime("", "Error code: 401 - {'type': 'error'}", line)).toBe("python");
    expect(detectRuntime("Error", "boom", line)).toBe("unknown");
  });
});

describe("byte cap", () => {
  it("should count UTF-8 bytes and cut on a character boundary", () => {
    expect(utf8Length("aé€😀")).toBe(1 + 2 + 3 + 4);
    expect(cutToBytes("aé€😀", 9)).toBe("aé€");
    expect(cutToBytes("aé€😀", 10)).toBe("aé€😀");
    expect(cutToBytes("😀😀", 5)).toBe("😀");
  });
});
