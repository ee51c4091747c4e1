import { Router } from 'express';
import type { AppDeps } from '../app-deps';
import { openApiDocument } from '../api/openapi';

/** What a client asks before it makes a book: options, health, the API description. */
export function metaRoutes({ jobs, catalog }: AppDeps): Router {
  const router = Router();
  const startedAt = Date.now();
  let document: Record<string, unknown> | null = null;

  router.get('/health', (_request, response) => {
    response.json({ status: 'ok', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000), jobs: jobs.stats() });
  });
  router.get('/options', async (_request, response) => {
    response.json(await catalog.options());
  });
  router.get('/openapi.json', (_request, response) => {
    response.json((document ??= openApiDocument()));
  });
  return router;
}
