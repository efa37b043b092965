/**
 * The shipped nginx configs (deploy/), run on Debian's real nginx over the fresh builds
 * (playwright.config.ts project `deploy`; `npm run test:deploy`). For deploy/nginx.conf (dist/ at
 * `/`) and deploy/nginx-subpath.conf (dist-eis/ at `/eis/`), each pointed at its build and
 * started on a free loopback port:
 *   - every page: 200, gzip, revalidated, nosniff, Referrer-Policy, and as Content-Security-Policy
 *     exactly the page's own policy (its <meta>, from the build's nginx-csp.map) + frame-ancestors;
 *   - /_astro/ immutable; /pagefind/ revalidated; .wasm as application/wasm; unknown paths 404
 *     with the site's 404 page; every link and asset of every page resolves (under the sub-path);
 *   - the search feedback beacon (`<base>_feedback`): 204, no cookie, its own log with the query
 *     and the page and without the address;
 *   - HTTPS (deploy/nginx.conf, with a self-signed certificate made here): HSTS and the same CSP;
 *   - Chromium over that nginx: search works with the CSP as a header (the WASM loads), with no
 *     CSP violation, no error and no request to another origin.
 * Without nginx every test is skipped with the reason (.ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
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
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { fileForPage, listPages, readPage } from '../../harness/pages';
import { ROOT } from '../helpers/paths';
import { freePort, NGINX, NO_NGINX, startNginx } from '../helpers/nginx';
import { feedbackUrl } from '../../src/features/search/search-feedback';
import { AFTER_PAINT_SRC, DEFERRED } from '../../src/lib/after-paint';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SEARCH_QUERY = 'токен';

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  raw: Buffer;
}

function get(url: string): Promise<Response> {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(
      url,
      { headers: { 'accept-encoding': 'gzip' }, rejectUnauthorized: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, raw });
        });
      },
    );
    req.on('error', reject);
  });
}

/** A beacon as the browser sends it: POST, no body, no cookie. */
function post(url: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-length': '0' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, raw: body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** The page's own policy, as its built <meta> states it. */
function metaPolicy(dist: string, page: string): string {
  const meta = readPage(dist, page).querySelector('meta[http-equiv="content-security-policy" i]');
  const policy = meta?.getAttribute('content');
  if (!policy) throw new Error(`${page} has no CSP <meta>`);
  return policy;
}

/** Internal references of a page (links, stylesheets, scripts, images), as absolute URLs. */
function references(dist: string, page: string, pageUrl: string, origin: string): Set<string> {
  const doc = readPage(dist, page);
  const refs = [
    ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
    ...doc.querySelectorAll('link[href]').map((l) => l.getAttribute('href')!),
    ...doc.querySelectorAll('script[src], img[src]').map((s) => s.getAttribute('src')!),
    ...doc.querySelectorAll(DEFERRED).map((s) => s.getAttribute(AFTER_PAINT_SRC)!),
  ];
  const out = new Set<string>();
  for (const ref of refs) {
    if (ref.startsWith('#')) continue; // the page itself
    const url = new URL(ref, pageUrl);
    if (url.origin !== origin) continue;
    url.hash = '';
    out.add(url.href);
  }
  return out;
}

interface Running {
  origin: string;
  /** HTTPS origin, when the config listens on 443. */
  secure?: string;
  at(sitePath: string): string;
  stop(): Promise<void>;
  log(): string;
  /** The search feedback log. */
  feedback(): string;
}

/**
 * The config as an operator would fill it in: root and the CSP map's include at the build,
 * listening on loopback ports, the certificate made here. Each substitution must happen exactly
 * once (or, for TLS, not at all in a config without it).
 */
function renderConfig(
  file: string,
  o: {
    root: string;
    map: string;
    port: number;
    tlsPort: number;
    cert: string;
    key: string;
    feedback: string;
  },
): { text: string; tls: boolean } {
  let text = readFileSync(file, 'utf8');
  const once = (re: RegExp, value: string, what: string, optional = false) => {
    const hits = text.match(new RegExp(re.source, 'gm'))?.length ?? 0;
    if (hits === 0 && optional) return false;
    if (hits !== 1) throw new Error(`${path.basename(file)}: expected one ${what}, found ${hits}`);
    text = text.replace(re, value);
    return true;
  };
  once(/^(\s*)listen\s+80;$/m, `$1listen 127.0.0.1:${o.port};`, '`listen 80;`');
  once(/^(\s*)root\s+\S+;$/m, `$1root ${o.root};`, '`root …;`');
  once(/\/var\/log\/nginx\/eis-feedback\.log/, o.feedback, 'the feedback log');
  once(/^(\s*)include\s+\S*nginx-csp\.map;$/m, `$1include ${o.map};`, '`include …nginx-csp.map;`');
  const tls = once(
    /^(\s*)listen\s+443\s+ssl;$/m,
    `$1listen 127.0.0.1:${o.tlsPort} ssl;`,
    '`listen 443 ssl;`',
    true,
  );
  if (tls) {
    once(/^(\s*)ssl_certificate\s+\S+;$/m, `$1ssl_certificate ${o.cert};`, 'ssl_certificate');
    once(/^(\s*)ssl_certificate_key\s+\S+;$/m, `$1ssl_certificate_key ${o.key};`, 'ssl key');
  }
  return { text, tls };
}

async function serveConfig(file: string, dist: string, base: string): Promise<Running> {
  const work = mkdtempSync(path.join(tmpdir(), 'eis-nginx-'));
  for (const sub of ['logs', 'tmp']) mkdirSync(path.join(work, sub), { recursive: true });
  // root → a directory whose `base` path holds the build (as symlinks: the build stays untouched)
  // and a tiny valid WebAssembly module, to check the type nginx sends for .wasm.
  const root = path.join(work, 'www');
  const served = path.join(root, base);
  mkdirSync(served, { recursive: true });
  for (const entry of readdirSync(dist))
    symlinkSync(path.join(dist, entry), path.join(served, entry));
  writeFileSync(path.join(served, 'probe.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  const cert = path.join(work, 'cert.pem');
  const key = path.join(work, 'key.pem');
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr}`);
  const [port, tlsPort] = [await freePort(), await freePort()];
  const feedback = path.join(work, 'logs', 'feedback.log');
  const { text, tls } = renderConfig(path.join(ROOT, file), {
    root,
    feedback,
    map: path.join(dist, 'nginx-csp.map'),
    port,
    tlsPort,
    cert,
    key,
  });
  const nginx = await startNginx({ work, server: text, port });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    ...(tls ? { secure: `https://127.0.0.1:${tlsPort}` } : {}),
    at: (p) => `${origin}${base}${p.replace(/^\//, '')}`,
    log: nginx.errorLog,
    feedback: () => (existsSync(feedback) ? readFileSync(feedback, 'utf8') : ''),
    stop: async () => {
      await nginx.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

const CONFIGS = [
  { file: 'deploy/nginx.conf', dist: path.join(ROOT, 'dist'), base: '/' },
  { file: 'deploy/nginx-subpath.conf', dist: path.join(ROOT, 'dist-eis'), base: '/eis/' },
];

for (const cfg of CONFIGS) {
  test.describe(`${cfg.file} (site at ${cfg.base})`, () => {
    // One nginx for the checks of this config, in one worker, in order; a failing check does
    // not stop the others.
    test.describe.configure({ mode: 'default' });
    test.skip(!NGINX, NO_NGINX);
    let nginx: Running;
    const pages = listPages(cfg.dist).filter((p) => p !== '/404.html');
    /** The header each page must carry: its own policy, plus what a <meta> cannot say. */
    const cspOf = (page: string) => `${metaPolicy(cfg.dist, page)}; frame-ancestors 'none'`;
    const securityHeaders = (res: Response, page: string) => [
      ...(res.headers['content-security-policy'] === cspOf(page)
        ? []
        : [
            `CSP ${res.headers['content-security-policy'] ?? '(none)'} ≠ the page's own + frame-ancestors`,
          ]),
      ...(res.headers['x-content-type-options'] === 'nosniff' ? [] : ['no nosniff']),
      ...(res.headers['referrer-policy'] ? [] : ['no Referrer-Policy']),
    ];

    test.beforeAll(async () => {
      nginx = await serveConfig(cfg.file, cfg.dist, cfg.base);
    });
    test.afterAll(async () => {
      await nginx?.stop();
    });
    test.afterEach(async ({}, info) => {
      // 404s are logged as errors by design; the log only helps when a check failed.
      if (info.status !== info.expectedStatus && nginx) {
        await info.attach('nginx error.log', { body: nginx.log(), contentType: 'text/plain' });
      }
    });

    test(`every page: 200, gzip, revalidated, nosniff, Referrer-Policy, its own CSP`, async () => {
      const problems: string[] = [];
      for (const page of pages) {
        const res = await get(nginx.at(page));
        const p = [
          ...(res.status === 200 ? [] : [`status ${res.status}`]),
          ...(res.headers['content-type']?.startsWith('text/html') ? [] : ['not text/html']),
          ...(res.headers['content-encoding'] === 'gzip' ? [] : ['not gzipped']),
          ...(res.headers['cache-control'] === 'no-cache'
            ? []
            : [`Cache-Control ${res.headers['cache-control']}`]),
          ...securityHeaders(res, page),
        ];
        if (p.length) problems.push(`${page}: ${p.join(', ')}`);
      }
      expect(problems).toEqual([]);
    });

    test('a page without its trailing slash redirects, relative to this host', async () => {
      const page = pages.find((p) => p.split('/').length > 3) ?? pages[1]!;
      const res = await get(nginx.at(page.replace(/\/$/, '')));
      expect(res.status, `${page} without slash`).toBe(301);
      expect(new URL(res.headers.location!, nginx.origin).href).toBe(nginx.at(page));
    });

    test('/_astro/ files: immutable for a year, gzip for text, right types', async () => {
      const problems: string[] = [];
      for (const file of readdirSync(path.join(cfg.dist, '_astro'))) {
        const res = await get(nginx.at(`_astro/${file}`));
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
      expect(problems).toEqual([]);
    });

    test('/pagefind/ files: 200 and revalidated', async () => {
      const problems: string[] = [];
      const files = readdirSync(path.join(cfg.dist, 'pagefind')).filter((f) =>
        /\.(js|json|css|pagefind|pf_meta)$/.test(f),
      );
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const res = await get(nginx.at(`pagefind/${file}`));
        if (res.status !== 200 || res.headers['cache-control'] !== 'no-cache') {
          problems.push(`${file}: ${res.status}, Cache-Control ${res.headers['cache-control']}`);
        }
      }
      expect(problems).toEqual([]);
    });

    test(`the search feedback beacon at ${cfg.base}_feedback: 204, no cookie, its own log without the address`, async () => {
      const beacon = feedbackUrl(
        cfg.base,
        'unhelpful',
        'куда вводить токен',
        `${cfg.base}services/token/`,
      )!;
      const res = await post(`${nginx.origin}${beacon}`);
      expect(res.status).toBe(204);
      expect(res.headers['set-cookie']).toBeUndefined();
      // nginx writes its log line after the response is sent: the client can read the file first.
      await expect.poll(() => nginx.feedback().trim(), 'the feedback log line').not.toBe('');
      const lines = nginx.feedback().trim().split('\n');
      expect(lines).toHaveLength(1);
      const args = new URLSearchParams(lines[0]!.split(' ')[1]);
      expect(args.get('k')).toBe('unhelpful');
      expect(args.get('q')).toBe('куда вводить токен');
      expect(args.get('p')).toBe(`${cfg.base}services/token/`);
      expect(lines[0]).not.toContain('127.0.0.1');
    });

    test('.wasm is served as application/wasm', async () => {
      const res = await get(nginx.at('probe.wasm'));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/wasm');
    });

    for (const missing of [
      'no-such-page/',
      'connect/no-such-guide/',
      '_astro/no-such.js',
      '404.html',
    ]) {
      test(`${cfg.base}${missing} answers 404 with the site's 404 page and headers`, async () => {
        const res = await get(nginx.at(missing));
        expect(res.status).toBe(404);
        expect(
          res.body.equals(readFileSync(fileForPage(cfg.dist, '/404.html'))),
          'the site’s 404.html',
        ).toBe(true);
        expect(securityHeaders(res, '/404.html')).toEqual([]);
      });
    }

    if (cfg.base !== '/') {
      test('outside the sub-path: 404 with the site’s 404 page; the bare prefix redirects', async () => {
        const outside = await get(`${nginx.origin}/connect/`);
        expect(outside.status).toBe(404);
        expect(outside.body.equals(readFileSync(fileForPage(cfg.dist, '/404.html')))).toBe(true);
        const bare = await get(`${nginx.origin}${cfg.base.replace(/\/$/, '')}`);
        expect(bare.status).toBe(301);
        expect(new URL(bare.headers.location!, nginx.origin).pathname).toBe(cfg.base);
      });
    } else {
      test('HTTPS: HSTS for a year, and each page its own CSP', async () => {
        expect(nginx.secure, 'deploy/nginx.conf listens on 443 with TLS').toBeTruthy();
        for (const page of ['/', '/services/token/']) {
          const res = await get(`${nginx.secure}${page}`);
          expect(res.status, page).toBe(200);
          expect(res.headers['strict-transport-security'], page).toBe('max-age=31536000');
          expect(securityHeaders(res, page), page).toEqual([]);
        }
      });
    }

    test(`every link and asset of every page resolves under ${cfg.base}`, async () => {
      const urls = new Set<string>();
      for (const page of [...pages, '/404.html']) {
        for (const url of references(cfg.dist, page, nginx.at(page), nginx.origin)) urls.add(url);
      }
      expect(urls.size).toBeGreaterThanOrEqual(pages.length);
      const problems: string[] = [];
      for (const url of urls) {
        if (!new URL(url).pathname.startsWith(cfg.base))
          problems.push(`${url}: outside ${cfg.base}`);
        const res = await get(url);
        if (res.status !== 200) problems.push(`${url}: ${res.status}`);
      }
      expect(problems).toEqual([]);
    });

    test('Chromium: search works with the CSP as a header; WASM loads; no violation, error or off-site request', async ({
      page,
    }) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      const wasm: number[] = [];
      page.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(nginx.origin) && !/^(data|blob):/.test(url)) foreign.push(url);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(
            `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`,
          );
        });
      });
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
      });
      page.on('response', (res) => {
        if (/\/pagefind\/wasm\.[^/]+\.pagefind$/.test(res.url())) wasm.push(res.status());
      });
      const res = await page.goto(nginx.at('/'), { waitUntil: 'load' });
      expect(res?.headers()['content-security-policy']).toBe(cspOf('/'));
      const open = page.locator('site-search button[data-open-modal]');
      await expect(open).toBeEnabled();
      await open.click();
      await page.getByRole('combobox', { name: 'Поиск по сайту' }).fill(SEARCH_QUERY);
      const results = page.locator('#starlight__search').getByRole('option');
      await expect(results.first()).toBeVisible({ timeout: 15_000 });
      const hrefs = await results.evaluateAll((links) =>
        links.map((a) => (a as HTMLAnchorElement).href),
      );
      expect(hrefs.filter((h) => !h.startsWith(`${nginx.origin}${cfg.base}`))).toEqual([]);
      expect(wasm.length).toBeGreaterThan(0);
      expect(wasm.every((s) => s === 200)).toBe(true);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    });
  });
}
