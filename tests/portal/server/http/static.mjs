// Serves the built SPA from dist/: hashed assets as files, every other path as index.html (client-side routing).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2',
  '.ttf': 'font/ttf', '.eot': 'application/vnd.ms-fontobject', '.json': 'application/json', '.map': 'application/json',
};

/**
 * @param {string} distDir
 * @param {string} pathname
 * @param {import('node:http').ServerResponse} res
 * @param {string} [fallback] file served when the path is not a file (the SPA's index.html)
 */
export async function serveStatic(distDir, pathname, res, fallback = 'index.html') {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  let file = join(distDir, relative);
  if (!file.startsWith(distDir + sep) && file !== distDir) file = join(distDir, fallback);
  let info = await stat(file).catch(() => undefined);
  const isAsset = /\.[a-z0-9]+$/i.test(relative);
  if (!info?.isFile()) {
    if (isAsset) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    file = join(distDir, fallback);
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Demo portal is not built: run `npm run portal:build` in the project root.');
    return;
  }
  const hashed = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}
