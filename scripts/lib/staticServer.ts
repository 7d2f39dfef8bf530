// A plain static file server, as a council's web host would be: no rewrite rules, no SPA
// fallback. The site is mounted under a sub-path to prove it works at any path. With `gzip`,
// text files are compressed as most hosts do (the benchmark measures both).
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.csv', '.xml']);

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveStatic(root: string, mount = '/council/dashboard/', options: { gzip?: boolean } = {}): Promise<StaticServer> {
  const base = resolve(root);
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(mount)) {
        response.writeHead(404).end('Not found');
        return;
      }
      let file = normalize(join(base, path.slice(mount.length)));
      if (!file.startsWith(base)) {
        response.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) {
          // As web hosts do (nginx, Apache, GitHub Pages): a folder's address ends with "/".
          if (!path.endsWith('/')) {
            const query = new URL(request.url ?? '/', 'http://x').search;
            response.writeHead(301, { Location: `${encodeURI(path)}/${query}` }).end();
            return;
          }
          file = join(file, 'index.html');
        }
        const body = await readFile(file);
        const headers: Record<string, string> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
        if (options.gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
          let compressed = gzipped.get(file);
          if (!compressed) {
            compressed = gzipSync(body);
            gzipped.set(file, compressed);
          }
          response.writeHead(200, { ...headers, Vary: 'Accept-Encoding', 'Content-Encoding': 'gzip', 'Content-Length': String(compressed.length) }).end(compressed);
          return;
        }
        response.writeHead(200, { ...headers, 'Content-Length': String(body.length) }).end(body);
      } catch {
        response.writeHead(404).end('Not found');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
