import type { Span } from '../../domain/analysis.ts';

/** A quotation: the inner span (without the marks) and the span including its marks. */
export type Quotation = { readonly inner: Span; readonly outer: Span };

const OPEN_CURLY = '\u201c';
const CLOSE_CURLY = '\u201d';

/**
 * Finds quotations delimited by curly (“…”) or straight ("…") double quotes; a quotation never crosses a blank
 * line, and an unclosed one runs to the end of its paragraph (news style for multi-paragraph quotes).
 */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let open = -1;
  let openMark = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' && open >= 0 && text[i + 1] === '\n') {
      push(found, text, open, i, i);
      open = -1;
      continue;
    }
    if (c === OPEN_CURLY || (c === '"' && open < 0)) {
      if (open >= 0 && openMark === OPEN_CURLY && c === OPEN_CURLY) push(found, text, open, i, i);
      open = i;
      openMark = c;
    } else if ((c === CLOSE_CURLY && open >= 0) || (c === '"' && open >= 0)) {
      push(found, text, open, i, i + 1);
      open = -1;
    }
  }
  if (open >= 0) push(found, text, open, text.length, text.length);
  return found;
}

function push(found: Quotation[], text: string, openIndex: number, innerEnd: number, outerEnd: number): void {
  let start = openIndex + 1;
  let end = innerEnd;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  if (end > start) found.push({ inner: { start, end }, outer: { start: openIndex, end: outerEnd } });
}
