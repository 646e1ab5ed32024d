/**
 * Which runtime printed an error line that came without frames (`anthropic.BadRequestError: …`,
 * `Reqwest error: …`). Decided from the type's shape first, then from words only one runtime prints.
 * Lines that stay `unknown` with a type several runtimes share (`TypeError`) take the runtime of the
 * paste's stack traces when those agree (trace 48: a bare `TypeError:` above a Python traceback).
 */
import type { ParsedException, Runtime } from "../types.ts";
import type { CleanLine } from "./lines.ts";

// Exception classes only Python raises (builtins and the stdlib's best known).
const PYTHON_ONLY = new Set([
  "Exception",
  "BaseException",
  "ArithmeticError",
  "AssertionError",
  "AttributeError",
  "BlockingIOError",
  "BrokenPipeError",
  "BufferError",
  "ChildProcessError",
  "ConnectionAbortedError",
  "ConnectionError",
  "ConnectionRefusedError",
  "ConnectionResetError",
  "EOFError",
  "ExceptionGroup",
  "BaseExceptionGroup",
  "FileExistsError",
  "FileNotFoundError",
  "FloatingPointError",
  "GeneratorExit",
  "ImportError",
  "IndentationError",
  "IndexError",
  "InterruptedError",
  "IsADirectoryError",
  "KeyError",
  "KeyboardInterrupt",
  "LookupError",
  "MemoryError",
  "ModuleNotFoundError",
  "NameError",
  "NotADirectoryError",
  "NotImplementedError",
  "OSError",
  "OverflowError",
  "PermissionError",
  "ProcessLookupError",
  "RecursionError",
  "RuntimeError",
  "StopAsyncIteration",
  "StopIteration",
  "SystemError",
  "SystemExit",
  "TabError",
  "TimeoutError",
  "UnboundLocalError",
  "UnicodeDecodeError",
  "UnicodeEncodeError",
  "UnicodeError",
  "ValueError",
  "ZeroDivisionError",
  "JSONDecodeError",
]);
// Error classes JavaScript engines throw (Python has a `ReferenceError` too, but only for dead weakref proxies).
const JAVASCRIPT_ONLY = new Set(["RangeError", "ReferenceError", "EvalError", "URIError", "AggregateError", "DOMException", "AbortError"]);
// Printed by several runtimes: only the rest of the paste can tell.
const SHARED = new Set(["TypeError", "SyntaxError", "Error"]);
// First segment of a JVM package with at least three segments: java.lang.IllegalStateException, com.amazonaws.…
const JVM_ROOTS = new Set(["java", "javax", "jakarta", "kotlin", "kotlinx", "scala", "android", "androidx", "com", "org", "net", "io", "dev", "software"]);

// anthropic::err(…)   |   reqwest::Error { kind: Request, … }   |   Reqwest error: …   |   (os error 2)   |   RUST_BACKTRACE
const RUST_HINT = /\b[a-z_][a-z0-9_]*::[A-Za-z_]|\bReqwest error\b|\(os error \d+\)|\bRUST_BACKTRACE\b/;
// {'type': 'error', …}   |   Error code: 401 - {…}   |   'NoneType'   (Python reprs and the Python SDK's wording)
const PYTHON_HINT = /\{'[^']*': |^Error code: \d{3} - |'NoneType'/;
// dial tcp 10.0.0.1:443: i/o timeout   |   context deadline exceeded   |   operation error S3: GetObject
const GO_HINT = /\bdial tcp\b|\bcontext deadline exceeded\b|\boperation error \w/;
// Uncaught TypeError: …   |   TypeError [ERR_INVALID_ARG_TYPE]: …
const NODE_HINT = /\bUncaught\b|\[ERR_[A-Z_]+\]/;

/** The runtime a type name alone reveals, or undefined. */
function runtimeOfType(type: string): Runtime | undefined {
  // `SystemError [ERR_SYSTEM_ERROR]`: only Node prints an error code in brackets after the name.
  if (/ \[ERR_[A-Z_]+\]$/.test(type)) return "node";
  if (PYTHON_ONLY.has(type)) return "python";
  if (JAVASCRIPT_ONLY.has(type)) return "node";
  if (/^[A-Z]\w*(?:::[A-Z]\w*)+$/.test(type)) return "ruby";
  const segments = type.split(".");
  const root = segments[0] ?? "";
  if (segments.length < 2 || !segments.every((segment) => /^[A-Za-z_$][\w$]*$/.test(segment))) return undefined;
  if (JVM_ROOTS.has(root) && segments.length >= 3) return "java";
  if (/^(?:System|Microsoft)$/.test(root)) return "dotnet";
  return /^[a-z_]/.test(root) ? "python" : undefined;
}

/**
 * The runtime of an error line found without frames.
 * @param type - the type as split off the line (may be `""`)
 * @param message - the message
 * @param line - the cleaned line (its log prefix is evidence too)
 */
export function detectRuntime(type: string, message: string, line: CleanLine): Runtime {
  const byType = runtimeOfType(type);
  if (byType) return byType;
  if (line.prefix === "go-log" || type === "panic" || type === "fatal error") return "go";
  const text = `${type}: ${message}`;
  if (RUST_HINT.test(text)) return "rust";
  if (GO_HINT.test(text)) return "go";
  if (PYTHON_HINT.test(message) || PYTHON_HINT.test(line.text.trim())) return "python";
  if (NODE_HINT.test(text) || NODE_HINT.test(line.text)) return "node";
  return "unknown";
}

/**
 * Gives `unknown` exceptions with a shared type (`TypeError`) the runtime of the paste's stack traces,
 * when all exceptions that have frames agree on one runtime. Changes the exceptions in place.
 * @param exceptions - the parse result, in text order
 */
export function inheritRuntime(exceptions: ParsedException[]): void {
  const framed = new Set(exceptions.filter((exception) => exception.frames.length > 0).map((exception) => exception.runtime));
  framed.delete("unknown");
  const [only] = framed;
  if (framed.size !== 1 || !only) return;
  for (const exception of exceptions) {
    if (exception.runtime === "unknown" && SHARED.has(exception.type)) exception.runtime = only;
  }
}
