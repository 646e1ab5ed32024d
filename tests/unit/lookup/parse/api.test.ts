import { expect, it } from "vitest";
import * as parse from "../../../../src/lookup/parse/index.ts";

it("should expose the public api", () => {
  expect(Object.keys(parse).sort()).toEqual(["MAX_BYTES", "MAX_EXCEPTIONS", "MAX_FRAMES", "MAX_LINES", "MAX_LINE_CHARS", "MAX_MESSAGE_CHARS", "cleanInput", "detectRuntime", "parseTrace"]);
});
