import { uuid5 } from '../../lib/uuid5.ts';
import { canonicalJson } from './canonical-json.ts';
import type { JsonValue } from './stix-types.ts';

/** Namespace of Threatbrief's own SDO/SRO ids (a fixed random UUID: changing it changes every export). */
export const THREATBRIEF_NAMESPACE = '455afc07-e707-4baa-9494-c3785f9fa268';

/** STIX 2.1 §2.9: the namespace of deterministic SCO ids. */
export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

/** The id of an SDO, SRO or meta object: `<type>--<UUIDv5 over "<type>|<canonical key>">` in our namespace. */
export function sdoId(type: string, key: string): string {
  return `${type}--${uuid5(`${type}|${key}`, THREATBRIEF_NAMESPACE)}`;
}

/**
 * The id of an SCO per STIX 2.1 §2.9: UUIDv5 in the STIX namespace over the canonical JSON (RFC 8785) of
 * its id-contributing properties (e.g. `{"value": …}` for ipv4-addr, `{"hashes": {…}}` for file).
 */
export function scoId(type: string, contributing: { readonly [key: string]: JsonValue }): string {
  return `${type}--${uuid5(canonicalJson(contributing), STIX_SCO_NAMESPACE)}`;
}
