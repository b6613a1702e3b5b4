/**
 * True when tokens [first, last] lie inside an annotated span (`spanOf[k]` is the index of the span covering token
 * k, -1 outside spans) that goes on, on either side, with a capitalised or numbered word: "Tiger" in the span
 * "Pitty Tiger" is a piece of a longer name, while "Sofacy" in "Sofacy group" is the name itself. Never throws.
 */
export function isNameFragment(
  tokens: readonly string[],
  spanOf: readonly number[],
  first: number,
  last: number,
): boolean {
  const span = spanOf[first];
  if (span === undefined || span < 0) return false;
  const nameWord = (k: number) => spanOf[k] === span && /^[\p{Lu}\p{N}]/u.test(tokens[k] ?? '');
  return nameWord(first - 1) || nameWord(last + 1);
}
