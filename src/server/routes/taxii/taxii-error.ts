import { TAXII_MEDIA_TYPE } from './taxii-media.ts';

/** HTTP statuses the TAXII server answers errors with (TAXII 2.1 §3.6.1). */
export type TaxiiErrorStatus = 400 | 401 | 403 | 404 | 405 | 406 | 415 | 422 | 500;

/** A TAXII error message resource (§3.6.1) as a response, with the TAXII media type and extra headers. */
export function taxiiError(
  status: TaxiiErrorStatus,
  title: string,
  description: string,
  headers: Record<string, string> = {},
): Response {
  const body = { title, description, http_status: String(status) };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': TAXII_MEDIA_TYPE, ...headers },
  });
}

/** A TAXII resource as a 200 response with the TAXII media type and extra headers. */
export function taxiiJson(body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': TAXII_MEDIA_TYPE, ...headers },
  });
}
