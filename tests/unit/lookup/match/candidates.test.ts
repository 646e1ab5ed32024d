import { describe, expect, it } from "vitest";
import { candidatesFrom } from "../../../../src/lookup/match/candidates.ts";
import { parseTrace } from "../../../../src/lookup/parse/index.ts";

const lines = (text: string) => candidatesFrom(parseTrace(text), text);

describe("candidatesFrom: an exception printed inside a JSON string", () => {
  it("reads its message unescaped, up to the string's end, first line only", () => {
    // A proxy's JSON response whose message is a client's exception line with an escaped body (litellm proxy).
    const text = String.raw`{"error":{"message":"litellm.PermissionDeniedError: BedrockException - {\"Message\":\"User: arn:aws:iam::123456789012:user/app is not authorized to perform: bedrock:InvokeModel on resource: arn:aws:bedrock:us-east-1::foundation-model/x\"}. Received Model Group=haiku\nAvailable Model Group Fallbacks=None","type":null,"param":null,"code":"403"}}`;
    const first = lines(text)[0];
    expect(first?.type?.full).toBe("litellm.PermissionDeniedError");
    expect(first?.parts.inner).toMatch(/^User: arn:aws:iam::123456789012:user\/app is not authorized to perform: bedrock:InvokeModel on resource: /);
    expect(first?.tokens.map((t) => t.key)).not.toContain("navailable");
  });

  it("reaches a body escaped twice inside a field of a logged response (a gateway's envelope in a string)", () => {
    // An app logs the gateway's response body as a string; the gateway's envelope holds the provider's body as a string too.
    const raw = JSON.stringify({ type: "error", error: { type: "invalid_request_error", message: "messages.1.content.0.type: Expected thinking" } });
    const envelope = JSON.stringify({ error: { message: "Provider returned error", code: 400, metadata: { raw, provider_name: "Anthropic" } } });
    const text = `  "responseBody": ${JSON.stringify(envelope)},`;
    expect(text).toContain(String.raw`\\\"type\\\":\\\"error\\\"`);
    const body = lines(text).find((c) => c.origin === "body");
    expect([body?.parts.inner, body?.parts.code, body?.parts.status]).toEqual(["messages.1.content.0.type: Expected thinking", "invalid_request_error", 400]);
  });

  it("leaves a message with plain quotes as it is", () => {
    const text = 'anthropic.BadRequestError: Error code: 400 - {"type":"error","error":{"type":"invalid_request_error","message":"say \\"hi\\""}}';
    expect(lines(text)[0]?.parts.inner).toBe('say "hi"');
  });
});

describe("candidatesFrom: a body on a line of its own", () => {
  it('reads an AWS-style `{"message":…}` body above an app\'s own error line', () => {
    const text = '{"message":"Too many tokens, please wait before trying again."}\nError: Provider finish_reason: error_finish';
    expect(lines(text).map((c) => c.parts.inner)).toContain("Too many tokens, please wait before trying again.");
    // Not a line that merely mentions a message key further on.
    expect(lines('Error: bad request, see {"id": 1, "message": "x"}').filter((c) => c.origin === "body")).toEqual([]);
  });
});

describe("candidatesFrom: a message whose lines end in `:`", () => {
  const logged =
    "ERROR:root:Error raised by bedrock service:\nAn error occurred (ValidationException) when calling the InvokeModel operation:\nThe provided model doesn't support on-demand throughput.";

  it("reads the lines that follow as the rest of the message, wrapper's words first", () => {
    const texts = lines(logged).map((c) => c.text);
    expect(texts).toContain(
      "Error raised by bedrock service: An error occurred (ValidationException) when calling the InvokeModel operation: The provided model doesn't support on-demand throughput.",
    );
    expect(texts.some((t) => t.endsWith("service:"))).toBe(false);
  });

  it("continues after a botocore line that was also hard-wrapped, without taking a line twice", () => {
    const wrapped = "An error occurred (ValidationException) when calling the InvokeModel\noperation:\nThe provided model identifier is invalid.";
    expect(lines(wrapped).map((c) => c.text)).toContain("An error occurred (ValidationException) when calling the InvokeModel operation: The provided model identifier is invalid.");
  });

  it("stops at a blank line, a frame or a body", () => {
    const after = (line: string) => lines(`ERROR:root:Error raised by bedrock service:\n${line}\nAn error occurred (ValidationException) when calling the InvokeModel operation: x`).map((c) => c.text);
    for (const line of ["", "    at main (/app/index.js:3:1)"]) expect(after(line).filter((t) => t.startsWith("Error raised by bedrock service: "))).toEqual([]);
    // A body is the end of the message a line ending in `:` announces (the parser reads any error line so), never more.
    const texts = after('{"message": "x"}');
    expect(texts).toContain('Error raised by bedrock service: {"message": "x"}');
    expect(texts.filter((t) => t.includes("bedrock service") && t.includes("An error occurred"))).toEqual([]);
  });
});

describe("candidatesFrom: a message printed over two lines, words then body", () => {
  const body = '  {"type":"error","error":{"details":null,"type":"overloaded_error","message":"Overloaded"}}';

  it("reads the words ending in `:` on the line above as the body's lead", () => {
    const found = lines(`Received error while streaming:\n${body}`).filter((c) => c.origin === "body");
    expect(found.map((c) => c.text)).toEqual([`Received error while streaming: ${body.trim()}`]);
    expect(found[0]?.parts.inner).toBe("Overloaded");
  });

  it("leaves a body alone under a line that is not such a lead", () => {
    for (const above of ["The stream stopped.", '  File "/app/main.py", line 3, in <module>:', "config = {"]) {
      expect(lines(`${above}\n${body}`).filter((c) => c.origin === "body" && c.text.startsWith(above.trim()))).toEqual([]);
    }
  });
});

describe("candidatesFrom: plain lines when the parser found nothing", () => {
  it("reaches an error quoted below an issue form's labels, and skips code fences", () => {
    // The shape of an issue template (Continue's "Error Details" form): labels first, the error in a fence.
    const text = "**Error Details**\n\nModel: Some Model\nProvider: some-provider\nStatus Code: N/A\n\n**Error Output**\n```\nThe service refused the request: input is too long.\n```";
    const texts = lines(text).map((c) => c.text);
    expect(texts).toContain("The service refused the request: input is too long.");
    expect(texts).not.toContain("```");
  });

  it("reads a line hard-wrapped mid-sentence with the line that goes on, as it reads a parsed message", () => {
    const text = "undefined: The model returned the following errors: the requested setting is not supported by\nthis model version.";
    const texts = lines(text).map((c) => c.text);
    expect(texts).toContain("undefined: The model returned the following errors: the requested setting is not supported by this model version.");
  });

  it("also reads a line cut mid-word at the paste's widest column joined with its rest, with nothing between", () => {
    // A server log line as `fold -w 80` or a console copied with hard breaks leaves it (fresh-a/034, training side, cut).
    const text = "Aix.Anthropic dialect-issue:  ❌ **[Anthropic Issue]:** overloaded_error: Overloa\nded";
    const texts = lines(text).map((c) => c.text);
    expect(texts.some((t) => t.endsWith("overloaded_error: Overloaded"))).toBe(true);
    // The line as it is stays too: one line at the widest column may be a word wrap's longest line.
    expect(texts.some((t) => t.endsWith("overloaded_error: Overloa"))).toBe(true);
  });

  it("also reads a pretty-printed body cut at a fixed column joined with nothing between", () => {
    // A relay's error (fresh-dc/001, training side) with every line cut at 80 columns: the cut fell inside `\"`.
    const message = 'messages: roles must alternate between \\"user\\" and \\"assistant\\", but found multiple \\"assistant\\" roles in a row (request id: 2024031723534437452008774496313)';
    const pasted = ["{", '  "error": {', `    "message": "${message}",`, '    "type": "invalid_request_error",', '    "code": null', "  }", "}"];
    const cut = pasted.flatMap((l) => l.match(/.{1,80}/g) ?? [""]).join("\n");
    expect(cut.split("\n")[3]).toMatch(/^", but/);
    expect(lines(cut).map((c) => c.parts.inner)).toContain(message.replace(/\\/g, ""));
  });

  it("keeps a word-wrapped line's words apart, whichever line is the widest", () => {
    const text = '"claude-sonnet-5 is temporarily unavailable, so auto mode cannot\ndetermine the safety of Bash right now."';
    const texts = lines(text).map((c) => c.text);
    expect(texts.some((t) => t.includes("auto mode cannot determine the safety"))).toBe(true);
  });

  it("does not join a cut line with a next line that opens a sentence", () => {
    const text = "Error: the upstream provider returned an error and the request could not continue\nRetrying in 5 seconds";
    expect(lines(text).map((c) => c.text)).not.toContain("Error: the upstream provider returned an error and the request could not continueRetrying in 5 seconds");
  });

  it("stops after a bounded number of lines", () => {
    const text = Array.from({ length: 40 }, (_, i) => `line number ${i + 1} says something`).join("\n");
    expect(lines(text).length).toBeLessThanOrEqual(8);
  });
});

describe("candidatesFrom: a paste quoted in Markdown or logged line by line", () => {
  it("reads a quoted or logged error's fields and body as it reads them as printed", () => {
    const fields = ["{", '\t"name": "ThrottlingException",', '\t"$fault": "client",', '\t"$metadata": {', '\t\t"httpStatusCode": 429', "\t}", "}"];
    const bodies = (text: string) =>
      lines(text)
        .filter((c) => c.origin === "body")
        .map((c) => [c.type?.name, c.parts.status]);
    const plain = bodies(fields.join("\n"));
    expect(plain).toContainEqual(["ThrottlingException", 429]);
    expect(bodies(fields.map((l) => `> ${l}`).join("\n"))).toEqual(plain);
    expect(bodies(fields.map((l) => `2025-06-01T10:00:00.123Z ERROR [app.worker] ${l}`).join("\n"))).toEqual(plain);
  });
});

describe("candidatesFrom: an escaped body wrapped by a terminal", () => {
  it("joins the carried-over lines without the wrapper's indent, mid-word breaks included", () => {
    // Qwen Code's output (QwenLM/qwen-code#4433, shape kept): the JSON string breaks inside `invalid_request_error`.
    const text = [
      ' [API Error: {"error":{"message":"{\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"invalid_re',
      '    quest_error\\",\\"message\\":\\"messages.3: something went',
      '     wrong here.\\"}}","type":"invalid_request_error"}}]',
    ].join("\n");
    const body = lines(text).find((c) => c.origin === "body");
    expect(body?.parts.code).toBe("invalid_request_error");
    expect(body?.parts.inner).toBe("messages.3: something went wrong here.");
  });

  it("reads a line break as a space when the carried-over lines are not indented", () => {
    const text = ['{"error":"{\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"api_error\\",\\"message\\":\\"Internal', 'server error\\"}}"}'].join("\n");
    expect(lines(text).find((c) => c.origin === "body")?.parts.inner).toBe("Internal server error");
  });

  it("joins with nothing after half an escape, whose other half starts the next line", () => {
    // A fixed-width cut between the `\` and the `"` of an escaped quote: a space there would break the escape.
    const text = ['"{\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"invalid_request_error\\",\\"message\\":\\', '"You have reached your specified API usage limits.\\"}}"'].join("\n");
    expect(lines(text).find((c) => c.origin === "body")?.parts.inner).toBe("You have reached your specified API usage limits.");
  });
});

describe("candidatesFrom: a parsed line in another language's notation", () => {
  it("reads the parser's exception line through its body dialect, not as a body cut off at a `:` in a string", () => {
    // The AWS SDK for Rust's Debug output as an app logs it (goose): the parser takes the line as an untyped
    // message, whose `{ message: Some("…: …") }` a plain reader cuts at the first `:`, leaving a cut-off body that
    // any page with `The model returned the following errors: …` matches as truncated.
    const text = 'Failed to call Bedrock: ValidationException(ValidationException { message: Some("The model returned the following errors: prompt is too long: 227255 tokens > 200000 maximum")';
    const found = lines(text);
    expect(found.map((c) => c.parts.truncated)).not.toContain(true);
    expect(found[0]?.type?.name).toBe("ValidationException");
    expect(found[0]?.text).toBe("ValidationException: The model returned the following errors: prompt is too long: 227255 tokens > 200000 maximum");
  });
});

describe("candidatesFrom: a message hard-wrapped mid-sentence", () => {
  it("joins the lines that go on in lower case at the margin, and stops at a sentence's end or a line that starts otherwise", () => {
    // botocore's one-line message as a terminal wrapped it (strands-agents/harness-sdk#1663).
    const text = [
      "botocore.errorfactory.ValidationException: An error occurred (ValidationException)",
      "when calling the ConverseStream operation: The model returned the following errors:",
      "prompt is too long: 903884 tokens > 200000 maximum",
    ].join("\n");
    expect(lines(text)[0]?.text).toBe(
      "botocore.errorfactory.ValidationException: An error occurred (ValidationException) when calling the ConverseStream operation: The model returned the following errors: prompt is too long: 903884 tokens > 200000 maximum",
    );
    // A message that ends its sentence (whatever follows), and a next line that is a frame or a log record.
    for (const next of ["retrying in 2 seconds", "  at handler (index.js:1:1)", "During handling of the above exception"]) {
      expect(lines(`ValueError: bad value.\n${next}`)[0]?.text).toBe("ValueError: bad value.");
    }
    expect(lines("ValueError: bad value\nINFO retrying")[0]?.text).toBe("ValueError: bad value");
  });
});

describe("candidatesFrom: a dialect's string hard-wrapped across lines", () => {
  it("joins the lines up to the string's close before reading the dialect", () => {
    // The shape of Zed's narrow-wrapped AWS SDK for Rust error (tests/fixtures/lookup-corpus/fresh-am/033…, training side).
    const paste = [
      "Error interacting with language model",
      "client error: DisplayErrorContext (ServiceError",
      "(ServiceError { source: Unhandled(Unhandled { source:",
      'ErrorMetadata { code: None, message: Some("The',
      'provided model identifier is invalid."), extras: None },',
      "meta: ErrorMetadata { code: None, message: None,",
      "extras: None } }), raw: Response { status: StatusCode",
    ].join("\n");
    expect(candidatesFrom(parseTrace(paste), paste).map((c) => c.text)).toContain("The provided model identifier is invalid.");
  });

  it("joins an identifier the wrap cut after its hyphen without a space, as a body's join does", () => {
    const paste = ['ErrorMetadata { code: None, message: Some("model: claude-', '3-haiku-20240307 is not available"), extras: None }'].join("\n");
    expect(candidatesFrom(parseTrace(paste), paste).map((c) => c.text)).toContain("model: claude-3-haiku-20240307 is not available");
  });

  it("does not append the lines the parser already joined into a wrapped message a second time", () => {
    const paste = "Error: ValidationException: The provided model identifier anthropic.claude-v2\ninstant is not valid here\nfor this account";
    const texts = lines(paste).map((c) => c.text);
    expect(texts.some((t) => t.includes("instant is not valid here"))).toBe(true);
    for (const t of texts) expect(t.split("instant is not valid here").length, t).toBeLessThanOrEqual(2);
  });

  it("stops joining after a bounded number of lines when the string never closes", () => {
    const paste = ['ErrorMetadata { code: None, message: Some("never', ...Array.from({ length: 20 }, (_, i) => `closing line ${i}`)].join("\n");
    const text = candidatesFrom(parseTrace(paste), paste).find((c) => c.text.startsWith("never"))?.text ?? "";
    expect(text).toContain("closing line 5");
    expect(text).not.toContain("closing line 6");
  });
});

describe("candidatesFrom: a JSON body hard-wrapped at a fixed width", () => {
  it("reads the body from the line that opens it when the hinted line only closes it", () => {
    // `"type":"error"` (the hint) is on the last line; the object opened two lines up (a relay's `type: "<nil>"` inside).
    const text = [
      '500 {"error":{"type":"<nil>","message":"Your credit balance is too low to access',
      " the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.",
      ' (request id: 20260126100910722614337HsQybcmN)"},"type":"error"}',
    ].join("\n");
    const body = lines(text).find((c) => c.origin === "body");
    expect(body?.parts.inner).toBe(
      "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits. (request id: 20260126100910722614337HsQybcmN)",
    );
  });

  it("joins an identifier cut after its hyphen with nothing, other breaks with a space", () => {
    const text = '404: {"type":"error","error":{"type":"not_found_error","message":"model: claude-\n3-haiku-20240307"},"request_id":"req_011CaFx2SeMuGej9dxwZAd3B"}';
    expect(lines(text).map((c) => c.parts.inner)).toContain("model: claude-3-haiku-20240307");
    const prose = '{"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 1 tokens -\n2 maximum"}}';
    expect(lines(prose).map((c) => c.parts.inner)).toContain("prompt is too long: 1 tokens - 2 maximum");
  });
});

describe("candidatesFrom: plain lines beside what the parser found", () => {
  it("reads the other lines too, marked to count only where they hold a whole template, and never a line already read", () => {
    // A wrapper's own failure under the error it caught (Roo Code running Claude Code): the parser reads the wrapper's line.
    const text = ["Claude AI usage limit reached|1759770000", "", "Error: Command failed with exit code 1: claude -p --verbose"].join("\n");
    const found = lines(text);
    const plain = found.filter((c) => c.wholeOnly);
    expect(plain.map((c) => c.text)).toEqual(["Claude AI usage limit reached|1759770000"]);
    expect(found.filter((c) => !c.wholeOnly).map((c) => c.line)).not.toContain(1);
    expect(new Set(found.map((c) => c.line)).size).toBe(found.length);
  });

  it("marks nothing when the parser found nothing: the plain lines are then the paste's lines", () => {
    expect(lines("Request not sent.\nThe API key is not set.").map((c) => c.wholeOnly)).toEqual([undefined, undefined]);
  });
});
