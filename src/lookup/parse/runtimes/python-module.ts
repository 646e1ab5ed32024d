/**
 * Derives a Python module name from a frame's file path, the way `importlib` would name it:
 * `…/site-packages/anthropic/lib/bedrock/_stream_decoder.py` → `anthropic.lib.bedrock._stream_decoder`.
 * Application files outside `site-packages`, `dist-packages` and the standard library get no module:
 * their import root is unknowable from the path alone.
 */

// /usr/lib/python3.12/asyncio/runners.py   |   C:\…\cpython-3.14-windows-x86_64-none\Lib\asyncio\runners.py
const STDLIB = /\/(?:lib\/python\d+(?:\.\d+)?t?|Lib)\/(.+)$/;
// <frozen importlib._bootstrap>   |   <frozen runpy>
const FROZEN = /^<frozen ([\w.]+)>$/;
const IDENTIFIER = /^[A-Za-z_]\w*$/;
const PACKAGE_DIRS = ["/site-packages/", "/dist-packages/"];

/**
 * The module a Python file belongs to.
 * @param file - the path as printed in `File "…"`
 * @returns the dotted module name, or undefined when the path does not tell
 */
export function pythonModule(file: string): string | undefined {
  const frozen = FROZEN.exec(file);
  if (frozen) return frozen[1];
  const path = file.replaceAll("\\", "/");
  if (!path.endsWith(".py")) return undefined;
  const packageAt = Math.max(...PACKAGE_DIRS.map((dir) => path.lastIndexOf(dir)));
  const relative = packageAt >= 0 ? path.slice(packageAt + "/site-packages/".length) : STDLIB.exec(path)?.[1];
  if (!relative) return undefined;
  const parts = relative.slice(0, -".py".length).split("/");
  if (parts.at(-1) === "__init__") parts.pop();
  return parts.length > 0 && parts.every((part) => IDENTIFIER.test(part)) ? parts.join(".") : undefined;
}
