/**
 * `node harness/serve.ts <dir> <base> <port>`: serves a build with harness/static-server.ts until
 * stopped. Playwright's webServer (playwright.config.ts) starts one per base path.
 */
import path from 'node:path';
import { serveStatic } from './static-server.ts';

const [dir = 'dist', base = '/', port = '0'] = process.argv.slice(2);
const server = await serveStatic(path.resolve(dir), base, Number(port));
console.log(`serving ${dir}/ at ${server.url('/')}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0)));
}
