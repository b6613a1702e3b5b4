import { loadBuiltinKb } from '../../../analysis/kb/load-builtin-kb.ts';
import { uuid5 } from '../../../lib/uuid5.ts';
import { exportStix } from '../../../pipeline/export-stix.ts';
import { STIX_COLLECTIONS, selectCollection } from '../../../publish/stix/stix-collections.ts';
import { THREATBRIEF_NAMESPACE } from '../../../publish/stix/stix-ids.ts';
import type { StixExport } from '../../../publish/stix/stix-types.ts';
import { type AppDeps, nowOf } from '../../deps.ts';
import { type TaxiiBackend, type TaxiiCollectionInfo, versionOf } from './taxii-backend.ts';
import { STIX_MEDIA_TYPE } from './taxii-media.ts';

/** The API root Threatbrief serves its collections under (`/taxii2/threatbrief/`). */
export const THREATBRIEF_ROOT = 'threatbrief';

/** How long one export serves requests, so that paging sees one consistent snapshot. */
const SNAPSHOT_MS = 10_000;

/** The TAXII collection id of a Threatbrief collection alias (deterministic, so clients can bookmark it). */
export function collectionId(alias: string): string {
  return uuid5(`taxii-collection|${alias}`, THREATBRIEF_NAMESPACE);
}

const COLLECTIONS: readonly TaxiiCollectionInfo[] = STIX_COLLECTIONS.map((spec) => ({
  id: collectionId(spec.alias),
  alias: spec.alias,
  title: spec.title,
  description: spec.description,
  readable: true,
  mediaTypes: [STIX_MEDIA_TYPE],
}));

/**
 * The read-only TAXII backend over the store: one API root with the stories, attributions and indicators
 * collections, each a slice of the full STIX export (date_added = when the contributing articles were fetched).
 */
export function threatbriefBackend(deps: AppDeps): TaxiiBackend {
  let kb: ReturnType<typeof loadBuiltinKb> | undefined;
  let snapshot: { at: number; value: Promise<StixExport> } | undefined;
  const current = (): Promise<StixExport> => {
    const now = nowOf(deps).getTime();
    if (!snapshot || now - snapshot.at > SNAPSHOT_MS || now < snapshot.at) {
      kb ??= deps.kb ?? loadBuiltinKb();
      const value = exportStix({ db: deps.db, kb, publicUrl: deps.config.publicUrl });
      snapshot = { at: now, value };
      value.catch(() => {
        snapshot = undefined;
      });
    }
    return snapshot.value;
  };
  return {
    discovery: {
      title: 'Threatbrief TAXII 2.1 server',
      description:
        'Cyber threat intelligence from the news as STIX 2.1: stories, attributions and indicators.',
    },
    apiRoots: [
      {
        name: THREATBRIEF_ROOT,
        title: 'Threatbrief',
        description: 'Stories, attribution claims and indicators extracted from cyber security news.',
        maxContentLength: 10 * 1024 * 1024,
      },
    ],
    defaultRoot: THREATBRIEF_ROOT,
    collections: async (root) => (root === THREATBRIEF_ROOT ? COLLECTIONS : []),
    entries: async (root, id) => {
      const spec = COLLECTIONS.find((collection) => collection.id === id);
      if (root !== THREATBRIEF_ROOT || !spec?.alias) return [];
      const { bundle, addedAt } = await current();
      return selectCollection(bundle.objects, spec.alias).map((object) => {
        const dateAdded = addedAt.get(object.id) ?? String(object.created ?? '');
        return {
          object,
          dateAdded,
          version: versionOf(object, dateAdded),
          mediaType: STIX_MEDIA_TYPE,
          specVersion: '2.1',
        };
      });
    },
  };
}
