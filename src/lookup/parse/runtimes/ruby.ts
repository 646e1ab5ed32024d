/**
 * Ruby: `path.rb:10:in 'Foo#bar': message (ErrorClass)` then `\tfrom path.rb:5:in 'main'` lines, nearest
 * the raise first. Ruby ≥ 3.4 quotes with `'…'`, older versions with a backtick (`` `bar' ``). A cause is
 * printed as a second header right after the frames (ruby/spec core/exception/top_level_spec.rb).
 */
import type { Frame, ParsedException } from "../../types.ts";
import { makeException, makeFrame } from "../frame.ts";
import { MAX_EXCEPTIONS } from "../limits.ts";
import { type BlockParser, textAt } from "../lines.ts";

// app.rb:10:in 'Foo#bar': undefined method 'baz' for nil (NoMethodError)
// app.rb:10:in `bar': undefined method `baz' for nil:NilClass (NoMethodError)
const HEADER = /^(\S.*?):(\d+):in [`']([^`']*)': (.*) \(([A-Z][\w:]*)\)\s*$/;
// 	from app.rb:5:in 'Object#main'   |   	from /usr/lib/ruby/3.3.0/net/http.rb:1603:in `connect'
const FROM = /^\s+from (\S.*?):(\d+):in [`']([^`']*)'\s*$/;
// /home/u/.gem/ruby/3.3.0/gems/faraday-2.7.4/lib/faraday/connection.rb   (the gem is named before its version)
const GEM = /\/gems\/([A-Za-z0-9_.-]+?)-\d[\w.]*\//;

/** Builds a frame, naming the gem the file belongs to. */
function rubyFrame(file: string, line: string | undefined, method: string | undefined): Frame {
  return makeFrame({ module: GEM.exec(file.replaceAll("\\", "/"))?.[1], file, function: method, line: Number(line) });
}

/** Reads a Ruby backtrace and the causes printed after it. */
export const parseRubyBlock: BlockParser = (lines, start) => {
  if (!HEADER.test(textAt(lines, start))) return undefined;
  const exceptions: ParsedException[] = [];
  let index = start;
  while (index < lines.length && exceptions.length < MAX_EXCEPTIONS) {
    const header = HEADER.exec(textAt(lines, index));
    if (!header) break;
    const frames = [rubyFrame(header[1] ?? "", header[2], header[3])];
    const line = lines[index]?.line ?? index + 1;
    index += 1;
    for (let from = FROM.exec(textAt(lines, index)); from; from = FROM.exec(textAt(lines, index))) {
      frames.push(rubyFrame(from[1] ?? "", from[2], from[3]));
      index += 1;
    }
    const relation = exceptions.length > 0 ? "cause" : undefined;
    exceptions.push(makeException({ runtime: "ruby", type: header[5] ?? "", message: header[4] ?? "", frames, line, relation }));
  }
  return { exceptions, next: index };
};
