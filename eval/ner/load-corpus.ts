import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Corpus, GoldDocument } from './corpus-types.ts';
import type { DatasetFormat } from './datasets.ts';
import { readAnnoctr } from './read-annoctr.ts';
import { readTokenTags } from './read-token-tags.ts';

const NOT_DATA = /(?:\.md|\.json|\.jsonl|\.tsv|\.vocab|\.rar|\.zip|^LICENSE.*|^docs\.txt)$/i;

/** A loaded corpus and the files it came from. */
export type LoadedCorpus = Corpus & { readonly files: readonly string[] };

/**
 * Loads a corpus from a file or directory. Token-tag directories: files named like a test split if any, else
 * like a dev/valid split, else every data file. AnnoCTR: a split folder with `ner_bio/`, a folder of `.bio`
 * files, or one `.bio` file. Throws when the path is absent or holds no data file.
 */
export function loadCorpus(target: string, format: DatasetFormat): LoadedCorpus {
  if (!existsSync(target)) throw new Error(`eval ner: ${target} not found`);
  const files = format === 'annoctr' ? annoctrFiles(target) : tokenTagFiles(target);
  if (files.length === 0) throw new Error(`eval ner: no ${format} data files in ${target}`);
  const documents: GoldDocument[] = [];
  let malformed = 0;
  for (const file of files) {
    const content = readFileSync(file, 'utf8');
    const name = path.basename(file);
    if (format === 'annoctr') {
      const read = readAnnoctr(content, name);
      documents.push(read.document);
      malformed += read.malformed;
    } else {
      const read = readTokenTags(content, name);
      documents.push(...read.documents);
      malformed += read.malformed;
    }
  }
  return { documents, malformed, files };
}

function tokenTagFiles(target: string): string[] {
  if (statSync(target).isFile()) return [target];
  const data = readdirSync(target)
    .filter((name) => !NOT_DATA.test(name) && !name.startsWith('.'))
    .filter((name) => statSync(path.join(target, name)).isFile())
    .sort();
  const tests = data.filter((name) => /test/i.test(name));
  const devs = data.filter((name) => /dev|valid/i.test(name));
  const chosen = tests.length > 0 ? tests : devs.length > 0 ? devs : data;
  return chosen.map((name) => path.join(target, name));
}

function annoctrFiles(target: string): string[] {
  if (statSync(target).isFile()) return [target];
  const folder = existsSync(path.join(target, 'ner_bio')) ? path.join(target, 'ner_bio') : target;
  return readdirSync(folder)
    .filter((name) => name.endsWith('.bio'))
    .sort()
    .map((name) => path.join(folder, name));
}
