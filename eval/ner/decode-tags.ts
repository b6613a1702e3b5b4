import type { TokenSpan } from './corpus-types.ts';

const TAG = /^([BIES])-(.+)$/;

/**
 * Decodes BIO or BIOES tags into spans, leniently: an `I-`/`E-` that does not continue a span of the same type
 * starts one, `E-` and `S-` close the span. Returns spans with the dataset's raw type names; never throws.
 */
export function decodeTags(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: { first: number; type: string } | undefined;
  const close = (last: number) => {
    if (open) spans.push({ first: open.first, last, type: open.type });
    open = undefined;
  };
  tags.forEach((tag, index) => {
    const match = TAG.exec(tag);
    if (!match) {
      close(index - 1);
      return;
    }
    const [, prefix, type] = match as unknown as [string, string, string];
    const continues = open?.type === type && (prefix === 'I' || prefix === 'E');
    if (!continues) {
      close(index - 1);
      open = { first: index, type };
    }
    if (prefix === 'E' || prefix === 'S') close(index);
  });
  close(tags.length - 1);
  return spans;
}
