/**
 * Typo tolerance: a pasted word the index does not know is read as a known word one edit away (insert, delete,
 * substitute, or swap two neighbours). Only for words of five letters or more, where one edit rarely turns one
 * real word into another; Pagefind has no typo tolerance at all
 * (it matches prefixes only: Pagefind/pagefind#756).
 */

/** Shorter words must match exactly. */
const MIN_FUZZY_LENGTH = 5;

/**
 * Whether two words are at most one edit apart (Damerau: a swap of neighbours counts as one).
 * @param a A word.
 * @param b Another word.
 * @returns True when equal or one edit apart.
 */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Finds the known word a pasted word was probably meant to be.
 * @param word A word not in the vocabulary.
 * @param vocabulary Known words by length.
 * @returns The first known word one edit away (the vocabulary is in a stable order), or undefined.
 */
export function correctWord(word: string, vocabulary: ReadonlyMap<number, readonly string[]>): string | undefined {
  if (word.length < MIN_FUZZY_LENGTH || /^\d+$/.test(word)) return undefined;
  for (const length of [word.length, word.length - 1, word.length + 1]) {
    for (const known of vocabulary.get(length) ?? []) {
      if (known.length >= MIN_FUZZY_LENGTH && withinOneEdit(word, known)) return known;
    }
  }
  return undefined;
}
