import type { StixBundle } from './stix-types.ts';

/**
 * A bundle as the JSON text we publish (file, API): `objects` is left out when empty, since STIX 2.1 §8 makes
 * it "a set of one or more" objects; `indent` spaces per level (0: one line). Ends with a newline. Never throws.
 */
export function bundleJson(bundle: StixBundle, indent = 0): string {
  const body = bundle.objects.length > 0 ? bundle : { type: bundle.type, id: bundle.id };
  return `${JSON.stringify(body, null, indent || undefined)}\n`;
}
