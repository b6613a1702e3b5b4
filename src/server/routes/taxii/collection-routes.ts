import { type FilterSet, selectEntries, type TaxiiPage } from './select-entries.ts';
import type { TaxiiBackend, TaxiiCollectionInfo, TaxiiEntry } from './taxii-backend.ts';
import { taxiiError, taxiiJson } from './taxii-error.ts';
import { parseTaxiiQuery, type TaxiiQuery } from './taxii-query.ts';

/** A collection-level request the caller has been allowed to read. */
export type CollectionRequest = {
  readonly backend: TaxiiBackend;
  readonly root: string;
  readonly collection: TaxiiCollectionInfo;
  readonly query: (name: string) => string | undefined;
};

function dateHeaders(page: TaxiiPage): Record<string, string> {
  const first = page.entries[0];
  const last = page.entries.at(-1);
  // §5.3/§5.4: X-TAXII-Date-Added-First/Last bound the date_added of the returned objects.
  return first && last
    ? { 'X-TAXII-Date-Added-First': first.dateAdded, 'X-TAXII-Date-Added-Last': last.dateAdded }
    : {};
}

async function paged(
  request: CollectionRequest,
  filters: FilterSet,
  objectId: string | undefined,
  body: (page: TaxiiPage) => Record<string, unknown>,
): Promise<Response> {
  const parsed = parseTaxiiQuery(request.query);
  if ('status' in parsed) return taxiiError(parsed.status, 'Invalid query parameter', parsed.message);
  let entries: readonly TaxiiEntry[] = await request.backend.entries(request.root, request.collection.id);
  if (objectId !== undefined) {
    entries = entries.filter((entry) => entry.object.id === objectId);
    if (entries.length === 0)
      return taxiiError(
        404,
        'Object not found',
        `no object ${objectId} in collection ${request.collection.id}`,
      );
  }
  const query: TaxiiQuery = parsed;
  const page = selectEntries(entries, query, filters);
  if (page.entries.length === 0) return taxiiJson({}, dateHeaders(page));
  return taxiiJson(
    { more: page.more, ...(page.next ? { next: page.next } : {}), ...body(page) },
    dateHeaders(page),
  );
}

/** GET …/objects/ (§5.4): an envelope of matching objects. */
export function getObjects(request: CollectionRequest): Promise<Response> {
  return paged(request, { typeAndId: true, version: true }, undefined, (page) => ({
    objects: page.entries.map((entry) => entry.object),
  }));
}

/** GET …/manifest/ (§5.3): manifest records (id, date_added, version, media_type) of matching objects. */
export function getManifest(request: CollectionRequest): Promise<Response> {
  return paged(request, { typeAndId: true, version: true }, undefined, (page) => ({
    objects: page.entries.map((entry) => ({
      id: entry.object.id,
      date_added: entry.dateAdded,
      version: entry.version,
      media_type: entry.mediaType,
    })),
  }));
}

/** GET …/objects/{id}/ (§5.6): an envelope with the requested versions of one object; 404 when absent. */
export function getObject(request: CollectionRequest, objectId: string): Promise<Response> {
  return paged(request, { typeAndId: false, version: true }, objectId, (page) => ({
    objects: page.entries.map((entry) => entry.object),
  }));
}

/** GET …/objects/{id}/versions/ (§5.8): the versions of one object, oldest date_added first; 404 when absent. */
export function getVersions(request: CollectionRequest, objectId: string): Promise<Response> {
  return paged(request, { typeAndId: false, version: false }, objectId, (page) => ({
    versions: page.entries.map((entry) => entry.version),
  }));
}
