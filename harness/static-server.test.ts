import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { serveStatic } from './static-server';

/** GET with gzip accepted; the body as sent (still compressed) and its encoding. */
function get(url: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveStatic', () => {
  it('serves text gzipped, and a file’s new bytes once it changes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'static-server-'));
    const file = path.join(dir, 'page.html');
    writeFileSync(file, '<p>first</p>');
    const server = await serveStatic(dir);
    try {
      for (const text of ['<p>first</p>', '<p>first</p>']) {
        const res = await get(server.url('/page.html'));
        expect(res.encoding).toBe('gzip');
        expect(gunzipSync(res.body).toString()).toBe(text);
      }
      writeFileSync(file, '<p>second</p>');
      expect(gunzipSync((await get(server.url('/page.html'))).body).toString()).toBe(
        '<p>second</p>',
      );
    } finally {
      await server.close();
    }
  });
});
