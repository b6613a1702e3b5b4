import type { GoldDocument } from './corpus-types.ts';
import { readSentences } from './read-sentences.ts';

/** Column of the AnnoCTR `.bio` files holding the flat merge of the general and explicit cyber layers. */
const FLAT_COLUMN = 6;

/**
 * Parses one AnnoCTR `ner_bio/<doc>.bio` file (7 TAB-separated columns; tokens may be a space) into a document
 * using the flat layer (column 6); the `<DOCSTART>` line is skipped. Returns the document and malformed lines.
 */
export function readAnnoctr(content: string, name: string): { document: GoldDocument; malformed: number } {
  const { sentences, malformed } = readSentences(
    content,
    (line) => line === '',
    (line) => {
      const columns = line.split('\t');
      if (columns[0] === '<DOCSTART>') return { tokens: [], tags: [], malformed: false };
      if (columns.length <= FLAT_COLUMN) return { tokens: [], tags: [], malformed: true };
      return { tokens: [columns[0]!.trim()], tags: [columns[FLAT_COLUMN]!.trim()], malformed: false };
    },
  );
  return { document: { name, sentences }, malformed };
}
