import type { Handler } from 'hono';
import type { AppDeps } from '../../deps.ts';
import { openApiDocument } from '../../openapi/openapi-document.ts';

/** GET /api/v1/openapi.json : the OpenAPI 3.1 description of the API. */
export function openApiRoute(deps: AppDeps): Handler {
  const doc = openApiDocument(deps.config.publicUrl);
  return (c) => c.json(doc);
}
