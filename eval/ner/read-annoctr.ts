import type { GoldDocument, GoldSentence } from './corpus-types.ts';
import { decodeTags } from './decode-tags.ts';

/** Column of the AnnoCTR `.bio` files holding the flat merge of the general and explicit cyber layers. */
const FLAT_COLUMN = 6;

/**
 * Parses one AnnoCTR `ner_bio/<doc>.bio` file (7 TAB-separated columns; tokens may be a space) into a document
 * using the flat layer (column 6); the `<DOCSTART>` line is skipped. Returns the document and malformed lines.
 */
export function readAnnoctr(content: string, name: string): { document: GoldDocument; malformed: number } {
  const sentences: GoldSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let malformed = 0;
  const flush = () => {
    if (tokens.length > 0) sentences.push({ tokens, spans: decodeTags(tags) });
    tokens = [];
    tags = [];
  };
  for (const raw of content.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line === '') {
      flush();
      continue;
    }
    const columns = line.split('\t');
    if (columns[0] === '<DOCSTART>') continue;
    if (columns.length <= FLAT_COLUMN) {
      malformed++;
      continue;
    }
    tokens.push(columns[0]!.trim());
    tags.push(columns[FLAT_COLUMN]!.trim());
  }
  flush();
  return { document: { name, sentences }, malformed };
}
