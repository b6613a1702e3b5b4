import type { Corpus, GoldDocument } from './corpus-types.ts';
import { readSentences } from './read-sentences.ts';

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
  const { sentences, malformed } = readSentences(
    content,
    (line) => line.trim() === '',
    (line) => {
      const merged = MERGED.exec(line);
      if (merged)
        return { tokens: [merged[1]!, merged[3]!], tags: [merged[2]!, merged[4]!], malformed: true };
      const match = /^(.*?)\s+(\S+)\s*$/.exec(line);
      if (match && VALID_TAG.test(match[2]!))
        return { tokens: [match[1]!.trim()], tags: [match[2]!], malformed: false };
      return { tokens: [line.trim()], tags: ['O'], malformed: true };
    },
  );
  const documents: GoldDocument[] = [];
  for (let i = 0; i < sentences.length; i += CHUNK)
    documents.push({ name: `${name}#${i / CHUNK}`, sentences: sentences.slice(i, i + CHUNK) });
  return { documents, malformed };
}
