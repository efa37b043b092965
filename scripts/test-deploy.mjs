#!/usr/bin/env node
/**
 * `npm run test:deploy`: the shipped nginx configs, run on Debian's real nginx.
 *   1. builds dist/ (site at /, no SITE_URL) and dist-eis/ (BASE_PATH=/eis/), as `npm test` does;
 *   2. for deploy/nginx.conf and deploy/nginx-subpath.conf: fills in the build's CSP, points
 *      root at the build, starts nginx on a free loopback port and checks over HTTP:
 *      every page 200 with the CSP (+ frame-ancestors), nosniff, Referrer-Policy, gzip and
 *      revalidation; /_astro/ immutable; /pagefind/ revalidated; .wasm as application/wasm;
 *      an unknown path 404 with the site's 404 page; every link and asset of every page resolves
 *      (under the sub-path for the second config);
 *   3. in Chromium over that nginx: search finds results with the CSP sent as a header (the WASM
 *      loads), with 0 CSP violations, 0 errors and 0 requests to another origin.
 * Ends with `N passed, N failed`; exits non-zero on any failure.
 *
 * Options: --skip-build   use the existing dist/ and dist-eis/
 *          --nginx <path> the nginx binary (default: $NGINX or /usr/sbin/nginx)
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { parse } from 'node-html-parser';
// Node 24 runs these TypeScript helpers directly (type stripping).
import { CHROMIUM_ARGS, findChromium } from '../harness/chromium.ts';
import { fileForPage, listPages } from '../harness/pages.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: opts } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    nginx: { type: 'string', default: process.env.NGINX || '/usr/sbin/nginx' },
  },
});

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SEARCH_QUERY = 'токен';

let passed = 0;
let failed = 0;
const failures = [];

/** One named check: `fn` throws (or returns a message string) on failure. */
async function check(label, fn) {
  try {
    const problem = await fn();
    if (typeof problem === 'string' && problem) throw new Error(problem);
    passed += 1;
    console.log(`  ✓ ${label}`);
  } catch (err) {
    failed += 1;
    failures.push(label);
    console.log(`  ✗ ${label}\n      ${String(err.message ?? err).replaceAll('\n', '\n      ')}`);
  }
}

function expectEqual(actual, expected, what) {
  if (actual !== expected) throw new Error(`${what}: expected ${expected}, got ${actual}`);
}

// ---------------------------------------------------------------------------------------------
// Builds

const builds = [
  { dir: 'dist', env: { BASE_PATH: '/', SITE_URL: '' }, args: [] },
  {
    dir: 'dist-eis',
    env: { BASE_PATH: '/eis/', SITE_URL: 'https://eis.example.org' },
    args: ['--outDir', 'dist-eis'],
  },
];
if (!opts['skip-build']) {
  for (const b of builds) {
    console.log(`\n▶ build ${b.dir}/ (BASE_PATH=${b.env.BASE_PATH})`);
    const res = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'astro'), ['build', ...b.args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ...b.env },
    });
    await check(`build ${b.dir}/`, () => (res.status === 0 ? '' : `exit code ${res.status}`));
  }
}

// ---------------------------------------------------------------------------------------------
// nginx

if (!existsSync(opts.nginx)) {
  console.log(`\nnginx not found at ${opts.nginx} (Debian: apt-get install -y nginx)`);
  console.log(`\n${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The deploy config as an operator would fill it in: @CSP@ from the build's csp-header.txt,
 * root at `root`, listening on loopback `port`. Each substitution must happen exactly once.
 */
function renderConfig(file, { csp, root, port }) {
  let text = readFileSync(file, 'utf8');
  const once = (re, value, what) => {
    const hits = text.match(new RegExp(re.source, 'gm'))?.length ?? 0;
    if (hits !== 1) throw new Error(`${path.basename(file)}: expected one ${what}, found ${hits}`);
    text = text.replace(re, value);
  };
  const escaped = csp.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('$', '$$$$');
  once(/"@CSP@;/, `"${escaped};`, '"@CSP@; …" header');
  once(/^(\s*)listen\s+80;$/m, `$1listen 127.0.0.1:${port};`, '`listen 80;`');
  once(/^(\s*)root\s+\S+;$/m, `$1root ${root};`, '`root …;`');
  return text;
}

/** A root for nginx: the build's entries as symlinks (the build stays untouched) + a probe. */
function mirror(target, dist) {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(dist))
    symlinkSync(path.join(dist, entry), path.join(target, entry));
  // A tiny valid WebAssembly module, to check the type nginx sends for .wasm.
  writeFileSync(path.join(target, 'probe.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
}

async function startNginx(configText, work) {
  for (const sub of ['logs', 'tmp']) mkdirSync(path.join(work, sub), { recursive: true });
  const server = path.join(work, 'server.conf');
  writeFileSync(server, configText);
  const mime = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : '';
  const tmp = path.join(work, 'tmp');
  const main = path.join(work, 'nginx.conf');
  writeFileSync(
    main,
    [
      // One process in the foreground; no user switch, so it reads the build wherever it is.
      'daemon off;',
      'master_process off;',
      `pid ${path.join(work, 'nginx.pid')};`,
      `error_log ${path.join(work, 'logs', 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      `  ${mime}`,
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (t) => `  ${t}_temp_path ${path.join(tmp, t)};`,
      ),
      `  include ${server};`,
      '}',
      '',
    ].join('\n'),
  );
  const test = spawnSync(opts.nginx, ['-t', '-q', '-p', work, '-c', main], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
  const child = spawn(opts.nginx, ['-p', work, '-c', main], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return {
    child,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** GET over loopback without following redirects; the body is gunzipped when sent gzipped. */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { 'accept-encoding': 'gzip', ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode, headers: res.headers, body, raw });
      });
    });
    req.on('error', reject);
  });
}

/** Waits until nginx accepts connections (it starts in milliseconds; gives up after 10 s). */
async function waitForPort(port, proc) {
  const until = Date.now() + 10_000;
  for (;;) {
    if (proc.child.exitCode !== null) throw new Error(`nginx exited:\n${proc.stderr()}`);
    const ok = await new Promise((resolve) => {
      const sock = net.connect(port, '127.0.0.1', () => {
        sock.end();
        resolve(true);
      });
      sock.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error('nginx did not listen within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function securityHeaders(res, csp) {
  const problems = [];
  const want = `${csp}; frame-ancestors 'none'`;
  if (res.headers['content-security-policy'] !== want) {
    problems.push(
      `Content-Security-Policy: ${res.headers['content-security-policy'] ?? '(none)'} ≠ build's + frame-ancestors`,
    );
  }
  if (res.headers['x-content-type-options'] !== 'nosniff') problems.push('no nosniff');
  if (!res.headers['referrer-policy']) problems.push('no Referrer-Policy');
  return problems;
}

/** Internal references of a page (links, stylesheets, scripts, images), as absolute URLs. */
function references(dist, page, pageUrl, origin) {
  const doc = parse(readFileSync(fileForPage(dist, page), 'utf8'));
  const refs = [
    ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')),
    ...doc.querySelectorAll('link[href]').map((l) => l.getAttribute('href')),
    ...doc.querySelectorAll('script[src], img[src]').map((s) => s.getAttribute('src')),
  ];
  const out = new Set();
  for (const ref of refs) {
    if (ref.startsWith('#')) continue; // the page itself
    const url = new URL(ref, pageUrl);
    if (url.origin !== origin) continue;
    url.hash = '';
    out.add(url.href);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The checks, per config

const CONFIGS = [
  { file: 'deploy/nginx.conf', dist: 'dist', base: '/' },
  { file: 'deploy/nginx-subpath.conf', dist: 'dist-eis', base: '/eis/' },
];

const { path: chromiumPath } = await findChromium();
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });

for (const cfg of CONFIGS) {
  const dist = path.join(ROOT, cfg.dist);
  console.log(`\n▶ ${cfg.file} (site at ${cfg.base}, serving ${cfg.dist}/)`);
  const work = mkdtempSync(path.join(tmpdir(), 'eis-nginx-'));
  const failedBefore = failed;
  let nginx;
  try {
    const csp = readFileSync(path.join(dist, 'csp-header.txt'), 'utf8').trim();
    const port = await freePort();
    // root → a directory whose `base` path holds the build, as the config's comment asks.
    const root = path.join(work, 'www');
    mirror(path.join(root, cfg.base), dist);
    const origin = `http://127.0.0.1:${port}`;
    const at = (p) => `${origin}${cfg.base}${p.replace(/^\//, '')}`;
    nginx = await startNginx(renderConfig(path.join(ROOT, cfg.file), { csp, root, port }), work);
    await waitForPort(port, nginx);

    const pages = listPages(dist).filter((p) => p !== '/404.html');
    await check(
      `${pages.length} pages: 200, gzip, revalidated, with CSP, nosniff, Referrer-Policy`,
      async () => {
        const problems = [];
        for (const page of pages) {
          const res = await get(at(page));
          const p = [
            ...(res.status === 200 ? [] : [`status ${res.status}`]),
            ...(res.headers['content-type']?.startsWith('text/html') ? [] : ['not text/html']),
            ...(res.headers['content-encoding'] === 'gzip' ? [] : ['not gzipped']),
            ...(res.headers['cache-control'] === 'no-cache'
              ? []
              : [`Cache-Control ${res.headers['cache-control']}`]),
            ...securityHeaders(res, csp),
          ];
          if (p.length) problems.push(`${page}: ${p.join(', ')}`);
        }
        return problems.join('\n');
      },
    );

    await check('a page without its trailing slash redirects, relative to this host', async () => {
      const page = pages.find((p) => p.split('/').length > 3) ?? pages[1];
      const res = await get(at(page.replace(/\/$/, '')));
      expectEqual(res.status, 301, `${page} without slash`);
      expectEqual(new URL(res.headers.location, origin).href, at(page), 'Location');
    });

    await check('/_astro/ files: immutable for a year, gzip for text, right types', async () => {
      const problems = [];
      for (const file of readdirSync(path.join(dist, '_astro'))) {
        const res = await get(at(`_astro/${file}`));
        const type = res.headers['content-type'] ?? '';
        const text = /\.(js|css|svg)$/.test(file);
        const p = [
          ...(res.status === 200 ? [] : [`status ${res.status}`]),
          ...(res.headers['cache-control'] === IMMUTABLE
            ? []
            : [`Cache-Control ${res.headers['cache-control']}`]),
          ...(text && res.raw.length > 256 && res.headers['content-encoding'] !== 'gzip'
            ? ['not gzipped']
            : []),
          ...(file.endsWith('.js') && !/javascript/.test(type) ? [`type ${type}`] : []),
          ...(file.endsWith('.css') && !type.startsWith('text/css') ? [`type ${type}`] : []),
          ...(res.headers['x-content-type-options'] === 'nosniff' ? [] : ['no nosniff']),
        ];
        if (p.length) problems.push(`${file}: ${p.join(', ')}`);
      }
      return problems.join('\n');
    });

    await check('/pagefind/ files: 200 and revalidated', async () => {
      const problems = [];
      for (const file of readdirSync(path.join(dist, 'pagefind')).filter((f) => !f.includes('/'))) {
        if (!/\.(js|json|css|pagefind|pf_meta)$/.test(file)) continue;
        const res = await get(at(`pagefind/${file}`));
        if (res.status !== 200 || res.headers['cache-control'] !== 'no-cache') {
          problems.push(`${file}: ${res.status}, Cache-Control ${res.headers['cache-control']}`);
        }
      }
      return problems.join('\n');
    });

    await check('.wasm is served as application/wasm', async () => {
      const res = await get(at('probe.wasm'));
      expectEqual(res.status, 200, 'status');
      expectEqual(res.headers['content-type'], 'application/wasm', 'Content-Type');
    });

    const notFound = readFileSync(path.join(dist, '404.html'));
    for (const missing of [
      'no-such-page/',
      'connect/no-such-guide/',
      '_astro/no-such.js',
      '404.html',
    ]) {
      await check(
        `${cfg.base}${missing} answers 404 with the site's 404 page and headers`,
        async () => {
          const res = await get(at(missing));
          expectEqual(res.status, 404, 'status');
          if (!res.body.equals(notFound)) throw new Error('body is not the site’s 404.html');
          return securityHeaders(res, csp).join(', ');
        },
      );
    }
    if (cfg.base !== '/') {
      await check(
        'outside the sub-path: 404 with the site’s 404 page; the bare prefix redirects',
        async () => {
          const outside = await get(`${origin}/connect/`);
          expectEqual(outside.status, 404, '/connect/ status');
          if (!outside.body.equals(notFound)) throw new Error('body is not the site’s 404.html');
          const bare = await get(`${origin}${cfg.base.replace(/\/$/, '')}`);
          expectEqual(bare.status, 301, `${cfg.base} without slash`);
          expectEqual(new URL(bare.headers.location, origin).pathname, cfg.base, 'Location');
        },
      );
    }

    await check(
      `every link and asset of every page resolves${cfg.base === '/' ? '' : ` under ${cfg.base}`}`,
      async () => {
        const urls = new Set();
        for (const page of [...pages, '/404.html']) {
          for (const url of references(dist, page, at(page), origin)) urls.add(url);
        }
        const problems = [];
        for (const url of urls) {
          if (!new URL(url).pathname.startsWith(cfg.base))
            problems.push(`${url}: outside ${cfg.base}`);
          const res = await get(url);
          if (res.status !== 200) problems.push(`${url}: ${res.status}`);
        }
        if (urls.size < pages.length) problems.push(`only ${urls.size} references found`);
        return problems.join('\n');
      },
    );

    await check(
      'Chromium: search works with the CSP as a header; WASM loads; 0 violations, 0 errors, 0 off-site requests',
      async () => {
        const context = await browser.newContext();
        const errors = [];
        const foreign = [];
        const wasm = [];
        await context.route('**/*', (route) => {
          const url = route.request().url();
          if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
            return route.continue();
          }
          foreign.push(url);
          return route.abort();
        });
        await context.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (e) => {
            console.error(
              `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`,
            );
          });
        });
        const page = await context.newPage();
        page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
        page.on('console', (msg) => {
          if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
        });
        page.on('response', (res) => {
          if (/\/pagefind\/wasm\.[^/]+\.pagefind$/.test(res.url())) wasm.push(res.status());
        });
        try {
          const res = await page.goto(at('/'), { waitUntil: 'load' });
          const header = res?.headers()['content-security-policy'] ?? '';
          if (!header.includes("frame-ancestors 'none'"))
            throw new Error('page came without the CSP header');
          const open = page.locator('site-search button[data-open-modal]');
          await page.waitForFunction(
            () =>
              !document
                .querySelector('site-search button[data-open-modal]')
                ?.hasAttribute('disabled'),
          );
          await open.click();
          await page.locator('#starlight__search input').fill(SEARCH_QUERY);
          const results = page.locator('#starlight__search .pagefind-ui__result-link');
          await results.first().waitFor({ timeout: 15_000 });
          const hrefs = await results.evaluateAll((links) => links.map((a) => a.href));
          const outside = hrefs.filter((h) => !h.startsWith(`${origin}${cfg.base}`));
          return [
            ...(hrefs.length ? [] : ['no search results']),
            ...(outside.length ? [`results outside ${cfg.base}: ${outside.join(', ')}`] : []),
            ...(wasm.length && wasm.every((s) => s === 200)
              ? []
              : [`WASM responses: ${wasm.join(', ') || 'none'}`]),
            ...errors,
            ...foreign.map((u) => `off-site request: ${u}`),
          ].join('\n');
        } finally {
          await context.close();
        }
      },
    );
  } catch (err) {
    await check(`${cfg.file}: nginx runs the config`, () => {
      throw err;
    });
  } finally {
    await nginx?.stop();
    const log = path.join(work, 'logs', 'error.log');
    const errorsLogged = existsSync(log) ? readFileSync(log, 'utf8').trim() : '';
    // 404s are logged as errors by design; the log only helps when a check failed.
    if (errorsLogged && failed > failedBefore)
      console.log(`  nginx error.log:\n${errorsLogged.replace(/^/gm, '    ')}`);
    rmSync(work, { recursive: true, force: true });
  }
}

await browser.close();
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
