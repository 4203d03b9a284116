import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/**
 * Paths a browser asks for as files: scripts, styles, images, fonts. A missing one is a 404, never the index page:
 * after a release replaces the chunks, a tab opened before it asks for its old chunk names, and an HTML page in
 * their place fails as "not a JavaScript module" instead of telling the tab to load the new release.
 */
const ASSET = /\.(?:m?js|css|map|json|webmanifest|ico|png|jpe?g|gif|svg|webp|avif|woff2?|ttf|otf|txt)$/i;

/** The file under `root` that `urlPath` names; null when it leaves `root`, is not a file or cannot be decoded. */
function fileUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = resolve(root, `.${decoded}`);
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return null;
  return relative(root, file);
}

/**
 * Serves the built dashboard from `dashboardDir` on `fastify`: its files (their `.br` or `.gz` sibling to clients
 * that take it), and its index.html for every client-side route, so one URL serves everything. A file written
 * after start (a release copied in place) is served too. Under `/{apiPrefix}/` an unknown path is the API's JSON
 * 404 (`route.not_found`); a missing file is a plain 404.
 *
 * @throws Error when `dashboardDir` has no index.html (the dashboard was not built).
 */
export async function serveDashboard(
  fastify: FastifyInstance,
  dashboardDir: string,
  apiPrefix: string,
): Promise<void> {
  const root = resolve(dashboardDir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`DASHBOARD_DIR ${dashboardDir} has no index.html: build the dashboard first`);
  }
  await fastify.register(fastifyStatic, {
    root,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
  });
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0];
    if (path.startsWith(`/${apiPrefix}/`)) {
      return reply.status(404).send({
        statusCode: 404,
        code: 'route.not_found',
        error: 'Not Found',
        message: `No route GET ${request.url}`,
      });
    }
    if (ASSET.test(path)) {
      const file = fileUnder(root, path);
      return file ? reply.sendFile(file) : reply.status(404).type('text/plain').send('Not found');
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
