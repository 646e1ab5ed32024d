/**
 * Removes the prefix a logger puts before the message, keeping the level as evidence. What is left must
 * start where the program's own text starts, so `Traceback…`, `  File "…"` and `ValueError: …` are
 * recognised with their indentation intact (only the one space after a bare timestamp is removed).
 */

/** A line with its log prefix removed. */
export interface Unprefixed {
  text: string;
  prefix: "logger" | "go-log";
  level?: string;
}

// 2024-01-01 12:00:00,123 | 2024-01-01T12:00:00.123456Z | [2024-01-01 12:00:00] | 17:11:38 | 2024/01/01 12:00:00 (Go's log package)
const TIMESTAMP = /^\[?(?:\d{4}-\d{2}-\d{2}[T ]|(\d{4}\/\d{2}\/\d{2}) )?\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?\]?(?=\s|$)/;
// E0101 12:00:00.123456   1234 server.go:42] boom   (klog / glog, used across Go services)
const KLOG = /^([IWEF])\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+ [\w./-]+:\d+\] /;
// ERROR:root:boom   (Python logging.basicConfig's default format)
const PYTHON_BASIC = /^(CRITICAL|ERROR|WARNING|INFO|DEBUG):[\w.]+:/;
// [mcp_agent.llm.augmented_llm] Error: …  |  [ERROR] boom  |  [main] boom   (bracketed logger, level or thread names)
const BRACKETS = /^(?:\[[\w.:/-]{1,80}\]\s+){1,4}/;
// The level word inside the first part of the rest: `- openhands:ERROR:`, `| ERROR    |`, ` ERROR [main]`.
const LEVEL_WORD = /(?:^|[\s[|:(-])(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|CRITICAL|FATAL|SEVERE|PANIC)(?=$|[\s\]|:)-])/;
// What may sit between the timestamp and the level: logger names, file names, separators; no prose.
const LOGGER_BETWEEN = /^[\s\-|:[\]()\w.,<>/\\#]*$/;
// Bracketed parts of it (`[MainThread]`) may be anything; the words outside must not read like prose.
const BRACKETED = /\[[^\]]*\]/g;
// After the level: `12345 --- ` (Spring Boot's process id)
const PID = /^\d+\s+---\s+/;
// After the level: `[           main] ` (the thread), and the one space after it: more is the message's own indentation
// (a `Caused by:` chain's indented causes).
const THREAD = /^\[[^\]]{0,80}\] ?/;
// After the level: `retry_mixin.py:75 - `, `app.main:run:42 - ` (loguru), `o.s.boot.SpringApplication   : `.
const LOCATION = /^[\w.$<>/\\-]+(?::[\w<>]+)*\s+[-:]\s+/;
// After the level: `root:` / `app.db: ` (a lower-case logger name, never `litellm.RateLimitError:`), or a Rust
// `tracing` target, a module path (`goose::agents::truncate: `).
// Each dotted part is an identifier: `messages.1.content.0.type: Expected …` is an API message's field path, not a logger.
const LOGGER_NAME = /^([a-z_]\w*(?:\.[a-z_]\w*)*(?:::[a-z_]\w*)*):\s*(?!\/\/)/;

const LEVEL_NAMES: Readonly<Record<string, string>> = { ERR: "ERROR", WARN: "WARNING", E: "ERROR", F: "FATAL", W: "WARNING", I: "INFO" };

/** Upper-cases a level word and maps short forms (`ERR`, klog's `E`) to the long one. */
function normaliseLevel(word: string): string {
  const upper = word.toUpperCase();
  return LEVEL_NAMES[upper] ?? upper;
}

/**
 * True when the text between a timestamp and a level word is logger furniture (`- openhands:`,
 * `- notebook_intelligence.extension - extension.py -`, `| `, `[main]`), not prose such as `Connection`.
 */
function isLoggerFurniture(between: string): boolean {
  if (!LOGGER_BETWEEN.test(between)) return false;
  const words = between
    .replace(BRACKETED, " ")
    .split(/[\s\-|:()]+/)
    .filter(Boolean);
  return words.length <= 3 && words.every((word) => !/^[A-Z][a-z]/.test(word));
}

/** Removes what loggers print after the level and before the message. */
function stripAfterLevel(rest: string): string {
  let out = rest.replace(/^\]?:?\s*/, "");
  out = out.replace(PID, "").replace(THREAD, "");
  out = out.replace(/^[-|]\s+/, "");
  const location = LOCATION.exec(out);
  if (location) return out.slice(location[0].length);
  const name = LOGGER_NAME.exec(out);
  const last = name?.[1]?.split(".").at(-1) ?? "";
  return name && /^[a-z_]/.test(last) ? out.slice(name[0].length) : out;
}

/**
 * Strips a log prefix from a line.
 * @param text - one line
 * @returns the rest with the prefix kind and level, or undefined when the line has no log prefix
 */
export function stripLogPrefix(text: string): Unprefixed | undefined {
  const klog = KLOG.exec(text);
  if (klog) return { text: text.slice(klog[0].length), prefix: "go-log", level: normaliseLevel(klog[1] ?? "") };
  const basic = PYTHON_BASIC.exec(text);
  if (basic) return { text: text.slice(basic[0].length), prefix: "logger", level: basic[1] ?? "" };
  const stamp = TIMESTAMP.exec(text);
  if (!stamp) {
    const brackets = BRACKETS.exec(text);
    if (!brackets) return undefined;
    const level = LEVEL_WORD.exec(brackets[0]);
    const unprefixed: Unprefixed = { text: text.slice(brackets[0].length), prefix: "logger" };
    if (level?.[1]) unprefixed.level = normaliseLevel(level[1]);
    return unprefixed;
  }
  const rest = text.slice(stamp[0].length);
  const window = rest.slice(0, 160);
  const level = LEVEL_WORD.exec(window);
  if (level?.[1]) {
    const wordStart = level.index + level[0].length - level[1].length;
    if (isLoggerFurniture(window.slice(0, wordStart))) {
      return { text: stripAfterLevel(rest.slice(wordStart + level[1].length)), prefix: "logger", level: normaliseLevel(level[1]) };
    }
  }
  const goLog = stamp[1] !== undefined;
  return { text: rest.startsWith(" ") ? rest.slice(1) : rest, prefix: goLog ? "go-log" : "logger" };
}
