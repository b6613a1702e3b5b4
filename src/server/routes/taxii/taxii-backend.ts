import type { StixObject } from '../../../publish/stix/stix-types.ts';

/** One stored version of one object in a collection, with when the server added it (§5.3 manifest). */
export type TaxiiEntry = {
  readonly object: StixObject;
  readonly dateAdded: string;
  /** `modified`, else `created`, else date_added (§3.4.? manifest-record `version`). */
  readonly version: string;
  readonly mediaType: string;
  /** The object's spec_version (2.0 objects have none: taken from the media type). */
  readonly specVersion: string;
};

/** A collection's description (§5.2), plus whether it may be read at all (can_read before permissions). */
export type TaxiiCollectionInfo = {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly alias?: string;
  readonly readable: boolean;
  readonly mediaTypes: readonly string[];
};

/** An API root (§4.2): its URL path segment and information resource. */
export type TaxiiApiRootInfo = {
  readonly name: string;
  readonly title: string;
  readonly description?: string;
  readonly maxContentLength: number;
};

/** What the TAXII routes serve; read-only (no collection is writable). */
export type TaxiiBackend = {
  readonly discovery: { readonly title: string; readonly description?: string; readonly contact?: string };
  readonly apiRoots: readonly TaxiiApiRootInfo[];
  /** The default API root's name, if any. */
  readonly defaultRoot?: string;
  /** The collections of an API root. */
  collections(root: string): Promise<readonly TaxiiCollectionInfo[]>;
  /** Every stored version of every object of a collection (any order). */
  entries(root: string, collectionId: string): Promise<readonly TaxiiEntry[]>;
};

/** The version of a STIX object per TAXII: modified, else created, else the date it was added. */
export function versionOf(object: StixObject, dateAdded: string): string {
  return typeof object.modified === 'string'
    ? object.modified
    : typeof object.created === 'string'
      ? object.created
      : dateAdded;
}
