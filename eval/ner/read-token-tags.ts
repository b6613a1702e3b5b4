import type { Corpus, GoldDocument, GoldSentence } from './corpus-types.ts';
import { decodeTags } from './decode-tags.ts';

const VALID_TAG = /^(?:O|[BIES]-[A-Za-z0-9.&_-]+)$/;
/** Two tokens and tags merged on one line (`OilRig S-APT/APT34 S-APT`, `http://a.com S-DOM/x.exe S-FILE`). */
const MERGED = /^(\S+)\s+([BIES]-[A-Z]+|O)([^\sA-Za-z]\S*)\s+([BIES]-[A-Z]+|O)\s*$/;
const CHUNK = 25;

/**
 * Parses a `token<space|tab>tag` file (blank line between sentences) leniently: the last whitespace-separated
 * field is the tag when it looks like one, else the line counts as malformed and is tagged `O`. Sentences are
 * grouped into pseudo-documents of 25 so each analysis sees some context. Never throws.
 */
export function readTokenTags(content: string, name: string): Corpus {
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
    if (line.trim() === '') {
      flush();
      continue;
    }
    const merged = MERGED.exec(line);
    if (merged) {
      malformed++;
      tokens.push(merged[1]!, merged[3]!);
      tags.push(merged[2]!, merged[4]!);
      continue;
    }
    const match = /^(.*?)\s+(\S+)\s*$/.exec(line);
    if (match && VALID_TAG.test(match[2]!)) {
      tokens.push(match[1]!.trim());
      tags.push(match[2]!);
    } else {
      malformed++;
      tokens.push(line.trim());
      tags.push('O');
    }
  }
  flush();
  const documents: GoldDocument[] = [];
  for (let i = 0; i < sentences.length; i += CHUNK)
    documents.push({ name: `${name}#${i / CHUNK}`, sentences: sentences.slice(i, i + CHUNK) });
  return { documents, malformed };
}
