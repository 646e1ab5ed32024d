/**
 * Errors printed as their fields (src/lookup/match/dialects/error-fields.ts).
 */
import { describe, expect, it } from "vitest";
import { errorFields } from "../../../../src/lookup/match/dialects/error-fields.ts";

describe("errors printed as fields", () => {
  it("joins an AWS SDK v3 dump's message and name, in either order", () => {
    const dump = ["message: Too many tokens, please wait before trying again.", "name: ThrottlingException", "$fault: client", '$metadata: {"httpStatusCode":429}'];
    expect(errorFields(dump)).toEqual([{ text: "ThrottlingException: Too many tokens, please wait before trying again.", line: 1 }]);
  });

  it("reads console.log's quoted fields and JSON's", () => {
    expect(errorFields(["{", "  name: 'ValidationException',", "  $fault: 'client',", "  message: 'Malformed input request'", "}"])).toEqual([
      { text: "ValidationException: Malformed input request", line: 4 },
    ]);
    expect(errorFields(['{"name": "APIConnectionError",', '"message": "Connection error."}'])).toEqual([{ text: "APIConnectionError: Connection error.", line: 2 }]);
  });

  it("reads a JSON.stringify'd AWS SDK v3 error, which has no message, as its name and status", () => {
    const json = ["{", '\t"name": "ThrottlingException",', '\t"$fault": "client",', '\t"$metadata": {', '\t\t"httpStatusCode": 429,', '\t\t"attempts": 3', "\t}", "}"];
    expect(errorFields(json)).toEqual([{ text: "ThrottlingException: httpStatusCode: 429", line: 2 }]);
  });

  it("reads a GraphQL error's errorType with its message, its locations list between them (AWS AppSync)", () => {
    const graphql = [
      "{",
      '  "path": ["generateStory"],',
      '  "data": null,',
      '  "errorType": "AccessDeniedException",',
      '  "errorInfo": null,',
      '  "locations": [',
      "    {",
      '      "line": 2,',
      '      "column": 3,',
      '      "sourceName": null',
      "    }",
      "  ],",
      '  "message": "The route is missing a policy."',
      "}",
    ];
    expect(errorFields(graphql)).toEqual([{ text: "AccessDeniedException: The route is missing a policy.", line: 13 }]);
  });

  it("reads the same fields printed on one line, as JSON.stringify and loggers print them", () => {
    const oneLine = '{"name":"ThrottlingException","$fault":"client","$metadata":{"httpStatusCode":429,"requestId":"<REQUEST_ID>","attempts":3}}';
    expect(errorFields(["log start", oneLine])).toEqual([{ text: "ThrottlingException: httpStatusCode: 429", line: 2 }]);
    const listed = 'reply is {"content":null,"errors":[{"errorType":"ThrottlingException","message":"Too many requests, please wait.","__typename":"TurnError"}]}';
    expect(errorFields([listed])).toEqual([{ text: "ThrottlingException: Too many requests, please wait.", line: 1 }]);
  });

  it("does not cut a one-line object inside an escaped string", () => {
    const nested = String.raw`{"name":"APIError","body":"{\"name\":\"InnerError\",\"message\":\"inner\"}","message":"outer"}`;
    expect(errorFields([nested])).toEqual([{ text: "APIError: outer", line: 1 }]);
  });

  it("needs an exception class for a name and a message nearby", () => {
    expect(errorFields(["name: my-project", "message: hello"])).toEqual([]);
    expect(errorFields(["name: ThrottlingException", ...Array<string>(13).fill("x: y"), "message: far away"])).toEqual([]);
    expect(errorFields(['"name": "ThrottlingException"', '"attempts": 3'])).toEqual([]);
  });
});
