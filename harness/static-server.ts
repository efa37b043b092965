/**
 * A minimal static server for built output that behaves like the production host in README.md:
 * serves `dir` under `base`, resolves `x/` to `x/index.html`, answers 404 with dist/404.html,
 * gzips text, and sends the cache and nosniff headers. Loopback only. Used by the browser tests
 * (through harness/serve.ts, Playwright's webServer) and by `npm run bench` (Node runs this
 * TypeScript file directly).
 */
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServer {
  origin: string;
  /** Absolute URL of a site path such as `/connect/` (base is prepended). */
  url(sitePath?: string): string;
  close(): Promise<void>;
}

async function resolveFile(dir: string, rel: string): Promise<string | undefined> {
  const candidate = path.join(dir, rel);
  if (!candidate.startsWith(dir)) return undefined;
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/**
 * The gzip of each file, made once: the browser tests load the same pages, scripts and styles
 * hundreds of times. Reused only while the file's bytes are the same (compared in full, which
 * costs far less than compressing them again).
 */
const gzipped = new Map<string, { raw: Buffer; gz: Buffer }>();
function gzipOnce(file: string, raw: Buffer): Buffer {
  const known = gzipped.get(file);
  if (known?.raw.equals(raw)) return known.gz;
  const gz = gzipSync(raw);
  gzipped.set(file, { raw, gz });
  return gz;
}

export async function serveStatic(dir: string, base = '/', port = 0): Promise<StaticServer> {
  const server = http.createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const found = pathname.startsWith(base)
      ? await resolveFile(dir, pathname.slice(base.length))
      : undefined;
    const file = found ?? path.join(dir, '404.html');
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body: Buffer = await readFile(file).catch(() => Buffer.from('Not found'));
    const headers: Record<string, string> = {
      'content-type': type,
      'x-content-type-options': 'nosniff',
      'cache-control': file.includes(`${path.sep}_astro${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate',
    };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipOnce(file, body);
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'Accept-Encoding';
    }
    res.writeHead(found ? 200 : 404, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  // Node closes an idle keep-alive socket after 5 s, and fetch (undici) reuses it for up to 4 s:
  // when the client shares its event loop with the server (the search tests) and that loop is
  // starved on a busy machine, both timers fire late and a request lands on a socket being closed
  // (ECONNRESET). Idle sockets stay open instead; close() ends them (Node ≥ 19).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (sitePath = '/') => origin + base + sitePath.replace(/^\//, ''),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
