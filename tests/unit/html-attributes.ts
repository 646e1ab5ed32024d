/**
 * Attribute values of rendered HTML, read by a parser as a browser would (quoted or not, entities decoded): the
 * renderer prints values unquoted where HTML allows, so a regex over `name="…"` would miss them and pass vacuously.
 */
import { Parser } from "htmlparser2";

/**
 * Every value of the named attributes, in document order.
 * @param html An HTML fragment or page.
 * @param names Attribute names (lower case).
 * @returns The values, decoded.
 */
export function attributeValues(html: string, ...names: string[]): string[] {
  const values: string[] = [];
  const parser = new Parser({ onattribute: (name, value) => void (names.includes(name) && values.push(value)) });
  parser.end(html);
  return values;
}

/** Every class name in the HTML. */
export function classNames(html: string): string[] {
  return attributeValues(html, "class").flatMap((v) => v.split(" ").filter(Boolean));
}
