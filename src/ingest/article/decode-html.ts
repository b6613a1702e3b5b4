import { charsetOf, decodeBytes } from '../feeds/decode-bytes.ts';

/** Charset from `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the head. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const direct = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(head);
  return direct?.[1] ? direct[1].toLowerCase() : null;
}

/**
 * Text of an HTML page's bytes (HTML Standard order, simplified: BOM, HTTP charset, `<meta>` charset,
 * UTF-8, then windows-1252); never throws.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const charset = charsetOf(contentType) ?? metaCharset(bytes);
  return decodeBytes(bytes, charset ? `text/html; charset=${charset}` : null).text;
}
