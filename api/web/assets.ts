// Static assets of the explorer: our stylesheet and graph script (api/public), and the prebuilt
// UMD bundles of sigma and graphology served straight from node_modules (no client build step).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import { KIND_COLORS } from '../kind-style.js';

const require = createRequire(import.meta.url);

/** api/public, found from the source tree (tests) or from dist/api/web (the built CLI). */
export function publicDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'api', 'public');
    if (existsSync(join(candidate, 'graph-view.js'))) return candidate;
    dir = resolve(dir, '..');
  }
  throw new Error('api.assets: cannot find api/public');
}

/** dist folder of a package, via its resolved main file (their exports maps hide package.json). */
function distFile(pkg: string, file: string): string {
  let dir = dirname(require.resolve(pkg));
  for (let i = 0; i < 4 && !existsSync(join(dir, file)); i++) dir = resolve(dir, '..');
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`api.assets: ${pkg}: ${file} not found`);
  return path;
}

export const VENDOR_FILES: Readonly<Record<string, string>> = Object.freeze({
  'sigma.min.js': distFile('sigma', join('dist', 'sigma.min.js')),
  'graphology.umd.min.js': distFile('graphology', join('dist', 'graphology.umd.min.js')),
});

export function assetsRouter(): Router {
  const router = Router();
  // Our own files change with the server (a new graph script must meet the new page): browsers
  // revalidate them on each load (a 304 through the ETag); vendor bundles keep a day.
  const cache = { etag: true, index: false as const, fallthrough: true, cacheControl: false, setHeaders: (res: express.Response) => res.setHeader('Cache-Control', 'no-cache') };
  router.get('/vendor/:file', (req, res, next) => {
    const path = VENDOR_FILES[req.params.file];
    if (!path) return next();
    res.sendFile(path, { maxAge: '1d', headers: { 'Content-Type': 'text/javascript; charset=utf-8' } }, (err) => err && next(err));
  });
  // Kind colours live in one TS table; the stylesheet for them is generated (no inline styles under the CSP).
  const kindsCss = Object.entries(KIND_COLORS)
    .map(([kind, color]) => `.kind[data-kind="${kind}"], .swatch-${kind} { background: ${color}; }`).join('\n') + '\n';
  router.get('/kinds.css', (_req, res) => {
    res.type('text/css').set('Cache-Control', 'no-cache').send(kindsCss);
  });
  router.use(express.static(publicDir(), cache));
  return router;
}
