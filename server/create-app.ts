import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { AppDeps } from './app-deps';
import { apiNotFound, errorMiddleware } from './http/error-middleware';
import { booksRoutes } from './routes/books-routes';
import { filesRoutes } from './routes/files-routes';
import { metaRoutes } from './routes/meta-routes';

/** A story's limit is 200,000 characters; a megabyte and a half holds that in any script, escaped. */
const DEFAULT_BODY_LIMIT = 1_500_000;

/** Builds the HTTP app without listening, so tests run it in process. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // Express's default JSON spacing is compact; keep it, and never send its HTML error pages.
  app.use('/api', express.json({ limit: deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT, strict: true }));
  app.use('/api', metaRoutes(deps));
  app.use('/api/books', booksRoutes(deps));
  app.use('/api/books', filesRoutes(deps));
  app.use('/api', apiNotFound);

  const webRoot = deps.webRoot;
  if (webRoot && existsSync(path.join(webRoot, 'index.html'))) {
    app.use(express.static(webRoot, { index: 'index.html', maxAge: 0 }));
  } else {
    app.get('/', (_request, response) => {
      response.type('text/plain').send('Storyloom is running, but the browser app is not built. Start it with "npm start", which builds it.');
    });
  }
  app.use((request, response) => {
    response.status(404).type('text/plain').send(`Nothing at ${request.path}. The app is at /.`);
  });
  app.use(errorMiddleware(deps.log));
  return app;
}
