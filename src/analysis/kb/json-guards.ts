/** A plain JSON object, or undefined when `value` is not one. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The string items of `value` when it is an array (other items dropped), else an empty array. */
export function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** `value` when it is a non-empty string, else undefined. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The array items of `value` that are JSON objects, else an empty array. */
export function asRecords(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map(asRecord).filter((item) => item !== undefined) : [];
}

/** The first sentence of a description, at most `max` characters. */
export function shortDescription(text: string | undefined, max = 240): string | undefined {
  if (!text) return undefined;
  const stop = text.search(/\.\s/);
  const first = stop >= 0 ? text.slice(0, stop + 1) : text;
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}
