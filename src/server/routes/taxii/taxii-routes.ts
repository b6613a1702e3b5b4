import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppDeps } from '../../deps.ts';
import {
  type CollectionRequest,
  getManifest,
  getObject,
  getObjects,
  getVersions,
} from './collection-routes.ts';
import {
  CHALLENGE,
  canRead,
  DEFAULT_TAXII_ACCESS,
  type Principal,
  resolvePrincipal,
  type TaxiiAccess,
} from './taxii-auth.ts';
import type { TaxiiBackend, TaxiiCollectionInfo } from './taxii-backend.ts';
import { taxiiError, taxiiJson } from './taxii-error.ts';
import { acceptsTaxii, isTaxiiContentType, TAXII_MEDIA_TYPE } from './taxii-media.ts';
import { threatbriefBackend } from './threatbrief-backend.ts';

/** Where the TAXII app is mounted (`app.route(TAXII_PREFIX, …)`); discovery is `/taxii2/`. */
export const TAXII_PREFIX = '/taxii2';

const unauthorised = () =>
  taxiiError(401, 'Authentication required', 'send HTTP Basic or Bearer credentials', {
    'WWW-Authenticate': CHALLENGE,
  });

/**
 * The TAXII 2.1 server (read-only): discovery, API roots, collections, manifest, objects, object and versions,
 * with content negotiation (406/415), Basic/Bearer authentication and per-collection read permissions from
 * `config.taxii` (401/403), and TAXII error messages. Serves `backend` (default: the store's STIX export).
 */
export function taxiiRoutes(deps: AppDeps, backend: TaxiiBackend = threatbriefBackend(deps)): Hono {
  const access: TaxiiAccess = deps.config.taxii ?? DEFAULT_TAXII_ACCESS;
  const app = new Hono();
  app.all('*', async (c) => {
    try {
      return await dispatch(c, backend, access);
    } catch (error) {
      deps.logger?.error({ err: error, method: c.req.method, path: c.req.path }, 'taxii: request failed');
      return taxiiError(500, 'Internal error', 'the server failed to answer; try again later');
    }
  });
  return app;
}

async function dispatch(c: Context, backend: TaxiiBackend, access: TaxiiAccess): Promise<Response> {
  if (!acceptsTaxii(c.req.header('accept')))
    return taxiiError(406, 'Not acceptable', `this server only answers ${TAXII_MEDIA_TYPE}`);
  const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
  if (method === 'POST' && !isTaxiiContentType(c.req.header('content-type')))
    return taxiiError(415, 'Unsupported media type', `request bodies must be ${TAXII_MEDIA_TYPE}`);
  const principal = resolvePrincipal(access, c.req.header('authorization'));
  if (principal.kind === 'invalid') return unauthorised();
  const segments = c.req.path.slice(TAXII_PREFIX.length).split('/').filter(Boolean).map(decodeURIComponent);
  const base = `${new URL(c.req.url).origin}${TAXII_PREFIX}/`;
  const allowed = (methods: string[]) =>
    methods.includes(method)
      ? undefined
      : taxiiError(405, 'Method not allowed', `${c.req.method} is not supported here`);

  if (segments.length === 0) {
    if (!access.publicDiscovery && principal.kind === 'anonymous') return unauthorised();
    return (
      allowed(['GET']) ??
      taxiiJson({
        title: backend.discovery.title,
        ...(backend.discovery.description ? { description: backend.discovery.description } : {}),
        ...(backend.discovery.contact ? { contact: backend.discovery.contact } : {}),
        ...(backend.defaultRoot ? { default: `${base}${backend.defaultRoot}/` } : {}),
        api_roots: backend.apiRoots.map((root) => `${base}${root.name}/`),
      })
    );
  }
  const [rootName, section, collectionId, resource, objectId, tail, ...rest] = segments;
  const root = backend.apiRoots.find((r) => r.name === rootName);
  if (!root) return taxiiError(404, 'API root not found', `no API root "${rootName}"`);
  if (!access.publicDiscovery && principal.kind === 'anonymous') return unauthorised();
  if (section === undefined)
    return (
      allowed(['GET']) ??
      taxiiJson({
        title: root.title,
        ...(root.description ? { description: root.description } : {}),
        versions: [TAXII_MEDIA_TYPE],
        max_content_length: root.maxContentLength,
      })
    );
  if (section === 'status')
    return taxiiError(404, 'Status not found', 'this server accepts no writes, so keeps no status resources');
  if (section !== 'collections' || rest.length > 0)
    return taxiiError(404, 'Not found', `no TAXII resource at ${c.req.path}`);
  const collections = await backend.collections(root.name);
  if (collectionId === undefined)
    return (
      allowed(['GET']) ??
      taxiiJson(
        collections.length > 0
          ? { collections: collections.map((info) => describe(info, access, principal)) }
          : {},
      )
    );
  const collection = collections.find((info) => info.id === collectionId);
  if (!collection) return taxiiError(404, 'Collection not found', `no collection ${collectionId}`);
  if (resource === undefined) return allowed(['GET']) ?? taxiiJson(describe(collection, access, principal));
  if (!canRead(access, principal, collection)) {
    const wantsWrite = method === 'POST' || method === 'DELETE';
    if (principal.kind === 'anonymous' && collection.readable && !wantsWrite) return unauthorised();
    if (!wantsWrite) return taxiiError(403, 'Forbidden', `you may not read collection ${collection.id}`);
  }
  const request: CollectionRequest = {
    backend,
    root: root.name,
    collection,
    query: (name) => c.req.query(name),
  };
  if (resource === 'manifest' && objectId === undefined) return allowed(['GET']) ?? getManifest(request);
  if (resource !== 'objects') return taxiiError(404, 'Not found', `no TAXII resource at ${c.req.path}`);
  if (method === 'POST' || method === 'DELETE')
    return taxiiError(403, 'Forbidden', `collection ${collection.id} is read-only (can_write is false)`);
  if (objectId === undefined) return allowed(['GET']) ?? getObjects(request);
  if (tail === undefined) return allowed(['GET']) ?? getObject(request, objectId);
  if (tail === 'versions') return allowed(['GET']) ?? getVersions(request, objectId);
  return taxiiError(404, 'Not found', `no TAXII resource at ${c.req.path}`);
}

function describe(
  info: TaxiiCollectionInfo,
  access: TaxiiAccess,
  principal: Principal,
): Record<string, unknown> {
  return {
    id: info.id,
    title: info.title,
    ...(info.description ? { description: info.description } : {}),
    ...(info.alias ? { alias: info.alias } : {}),
    can_read: canRead(access, principal, info),
    can_write: false,
    media_types: info.mediaTypes,
  };
}
