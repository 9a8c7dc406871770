// A static file server on 127.0.0.1 with an ephemeral port, for the end-to-end tests and the browser
// benchmark: pages must come over HTTP (content scripts and activeTab do not apply to file:// by default).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves each folder under its URL prefix, e.g. `{ '/seed/': dir }`; anything else is a 404. `headers` go
 * on every file (the benchmark sends cross-origin isolation headers for a finer `performance.now()`).
 */
export async function serveStatic(
  mounts: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const root = prefix === undefined ? undefined : normalize(mounts[prefix]!);
    const file = root === undefined ? undefined : normalize(join(root, path.slice(prefix!.length)));
    const inside = file !== undefined && root !== undefined && file.startsWith(root + sep);
    let isFile = false;
    try {
      isFile = inside && statSync(file!).isFile();
    } catch {
      isFile = false;
    }
    if (!isFile) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      ...headers,
      'content-type': CONTENT_TYPES[extname(file!).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file!).pipe(response);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}
