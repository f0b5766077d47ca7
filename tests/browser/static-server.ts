/**
 * A tiny static file server for dist/ on 127.0.0.1 and a free port: the browser tests and the
 * Lighthouse budgets load the built book exactly as a host would serve it, with nothing else.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path names under `root` (directories serve their index.html), or null. */
export function fileFor(root: string, urlPath: string): string | null {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/'));
  if (path.includes('..')) return null;
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : null;
}

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 (port 0 picks a free one); unknown paths get dist/404.html and status 404. */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const file = fileFor(root, request.url ?? '/');
    const notFound = join(root, '404.html');
    const chosen = file ?? (existsSync(notFound) ? notFound : null);
    const type = TYPES[extname(chosen ?? '')] ?? 'application/octet-stream';
    // Text is gzipped when the client accepts it, as any real host does; Lighthouse's page weight
    // and load times would otherwise describe a server nobody uses.
    const gzip =
      /^(text|application\/(json|xml)|image\/svg)/.test(type) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding']));
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
    if (gzip) headers['content-encoding'] = 'gzip';
    response.writeHead(file === null ? 404 : 200, headers);
    if (chosen === null) response.end('Not found');
    else if (gzip) createReadStream(chosen).pipe(createGzip()).pipe(response);
    else createReadStream(chosen).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
