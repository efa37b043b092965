/**
 * Absolute URLs of the site. scripts/test.mjs builds dist/ without SITE_URL and dist-eis/ with
 * SITE_URL=https://eis.example.org under /eis/:
 * - without SITE_URL nothing points at localhost: no canonical link, no og:url, no sitemap;
 * - with SITE_URL every page names its own address in both, and the sitemap lists every page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, DIST_EIS } from '../helpers/paths';
import { fileForPage, listContentPages, listPages, readPage } from '../helpers/pages';
import { AFTER_PAINT_SRC, DEFERRED } from '../../src/lib/after-paint';

const SITE_URL = 'https://eis.example.org';

function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|xml|txt|json|js|css|webmanifest)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

const attr = (html: string, re: RegExp) => re.exec(html)?.[1];
const canonical = (html: string) => attr(html, /<link\s+rel="canonical"\s+href="([^"]*)"/);
const ogUrl = (html: string) => attr(html, /<meta\s+property="og:url"\s+content="([^"]*)"/);

describe('build without SITE_URL (dist/)', () => {
  it('has no absolute URL pointing at localhost in any file', () => {
    const hits = textFiles(DIST).filter((f) =>
      /https?:\/\/(localhost|127\.0\.0\.1)\b/.test(readFileSync(f, 'utf8')),
    );
    expect(hits.map((f) => path.relative(DIST, f))).toEqual([]);
  });

  it.each(listPages(DIST))('%s has no canonical link and no og:url', (page) => {
    const html = readFileSync(fileForPage(DIST, page), 'utf8');
    expect(html).not.toMatch(/rel="canonical"/);
    expect(html).not.toMatch(/property="og:url"/);
  });

  it('writes no sitemap', () => {
    expect(readdirSync(DIST).filter((f) => f.startsWith('sitemap'))).toEqual([]);
  });
});

describe(`build with SITE_URL=${SITE_URL} under /eis/ (dist-eis/)`, () => {
  const pages = listContentPages(DIST_EIS);

  it.each(pages)('%s names its own address as canonical and og:url', (page) => {
    const html = readFileSync(fileForPage(DIST_EIS, page), 'utf8');
    const expected = `${SITE_URL}/eis${page}`;
    expect(canonical(html)).toBe(expected);
    expect(ogUrl(html)).toBe(expected);
  });

  it('has a sitemap listing every page at the site URL and nothing on localhost', () => {
    expect(existsSync(path.join(DIST_EIS, 'sitemap-index.xml'))).toBe(true);
    const xml = readdirSync(DIST_EIS)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(path.join(DIST_EIS, f), 'utf8'))
      .join('\n');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
    expect(locs).toEqual(pages.map((p) => `${SITE_URL}/eis${p}`).sort());
    const hits = textFiles(DIST_EIS).filter((f) =>
      /https?:\/\/(localhost|127\.0\.0\.1)\b/.test(readFileSync(f, 'utf8')),
    );
    expect(hits.map((f) => path.relative(DIST_EIS, f))).toEqual([]);
  });
});

describe('build under BASE_PATH=/eis/ (dist-eis/)', () => {
  it('every internal link and asset reference points under /eis/', () => {
    for (const page of listPages(DIST_EIS).filter((p) => p !== '/404.html')) {
      const doc = readPage(DIST_EIS, page);
      const refs = [
        ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
        ...doc.querySelectorAll('link[href]').map((l) => l.getAttribute('href')!),
        ...doc.querySelectorAll('script[src], img[src]').map((s) => s.getAttribute('src')!),
        ...doc.querySelectorAll(DEFERRED).map((s) => s.getAttribute(AFTER_PAINT_SRC)!),
      ].filter((h) => h.startsWith('/'));
      const outside = refs.filter((h) => !h.startsWith('/eis/'));
      expect(outside, page).toEqual([]);
    }
  });
});
