import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import { DIST } from '../helpers/paths';
import { listPages, readPage } from '../helpers/pages';
import { AFTER_PAINT_SRC, AFTER_PAINT_TYPE, DEFERRED } from '../../src/lib/after-paint';

const pages = listPages(DIST);

describe('built pages', () => {
  it('the site has its pages', () => {
    expect(pages).toContain('/');
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  it.each(pages)('%s has lang="ru", one h1, a title and a meta description', (page) => {
    const doc = readPage(DIST, page);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('ru');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('title')?.text.trim()).not.toBe('');
    const description =
      doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description.length).toBeGreaterThanOrEqual(50);
  });

  // Lighthouse's model (README.md, «Скорость») and a real slow line alike: each render-blocking
  // stylesheet is one more request before the first paint, on a connection of its own.
  it.each(pages)('%s waits for one stylesheet, with the system font first', (page) => {
    const blocking = readPage(DIST, page)
      .querySelectorAll('link[rel="stylesheet"]')
      .filter((link) => !link.closest('noscript'))
      .filter((link) => ['', 'all', 'screen'].includes(link.getAttribute('media') ?? ''))
      .map((link) => link.getAttribute('href'));
    expect(blocking).toHaveLength(1);
    // Text is set in the system's interface font first (src/styles/custom.css): Starlight's own
    // list starts with names most machines lack, which doubled the first layout of a long guide.
    const fonts: string[] = [];
    postcss
      .parse(readFileSync(path.join(DIST, blocking[0]!), 'utf8'))
      .walkDecls('--sl-font', (decl) => void fonts.push(decl.value.trim()));
    expect(fonts).toEqual(['system-ui']);
  });

  it.each(pages)('%s fetches no module script before its first paint', (page) => {
    const doc = readPage(DIST, page);
    expect(doc.querySelectorAll('script[type="module"][src], link[rel="modulepreload"]')).toEqual(
      [],
    );
    const deferred = doc.querySelectorAll(DEFERRED).map((s) => s.getAttribute(AFTER_PAINT_SRC));
    expect(deferred.length).toBeGreaterThan(0);
    for (const src of deferred) expect(existsSync(path.join(DIST, src!))).toBe(true);
    // The inline script that loads them after the paint (notice.inline.ts) is on the page.
    const inline = doc.querySelectorAll('script:not([src]):not([type])').map((s) => s.rawText);
    expect(inline.some((code) => code.includes(`"${AFTER_PAINT_TYPE}"`))).toBe(true);
  });

  it('every page description is unique', () => {
    const seen = new Map<string, string>();
    for (const page of pages.filter((p) => p !== '/404.html')) {
      const d = readPage(DIST, page)
        .querySelector('meta[name="description"]')
        ?.getAttribute('content');
      expect(d, `${page} repeats the description of ${seen.get(d ?? '')}`).toBeDefined();
      expect(seen.has(d!), `${page} repeats the description of ${seen.get(d!)}`).toBe(false);
      seen.set(d!, page);
    }
  });

  it.each(pages.filter((p) => p !== '/' && p !== '/404.html'))(
    '%s shows «Проверено: ДД.ММ.ГГГГ»',
    (page) => {
      const text = readPage(DIST, page).querySelector('.reviewed')?.text ?? '';
      expect(text).toMatch(/^Проверено: \d{2}\.\d{2}\.\d{4}( · Источники: «.+[»)])?$/);
    },
  );

  it('has a favicon and a logo that exist', () => {
    const doc = readPage(DIST, '/');
    const icon = doc
      .querySelector('link[rel="shortcut icon"], link[rel="icon"]')
      ?.getAttribute('href');
    expect(icon).toBeTruthy();
    expect(existsSync(path.join(DIST, icon!))).toBe(true);
    const logo = doc.querySelector('header img')?.getAttribute('src');
    expect(logo).toBeTruthy();
    expect(existsSync(path.join(DIST, logo!))).toBe(true);
  });

  it('has no placeholder text anywhere', () => {
    for (const page of pages) {
      const html = readFileSync(
        path.join(DIST, page.endsWith('/') ? `${page}index.html` : page),
        'utf8',
      );
      expect(html, page).not.toMatch(/в разработке|Черновик страницы|lorem ipsum|TODO/i);
    }
  });
});

describe('search index', () => {
  it('Pagefind built an index covering every content page', () => {
    expect(existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(
      readFileSync(path.join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    );
    const ru = Object.entries(entry.languages as Record<string, { page_count: number }>).find(
      ([lang]) => lang.startsWith('ru'),
    );
    expect(ru, 'a Russian index').toBeDefined();
    // Not indexed: the 404 page. «Вся инструкция для печати» (/print/) is, by its cover only.
    const unindexed = ['/404.html'];
    expect(ru![1].page_count).toBe(pages.filter((p) => !unindexed.includes(p)).length);
  });

  // With JavaScript off, the search control says search needs it and links to the home page as
  // the list of all sections (src/features/search/Search.astro); where the sidebar cannot open
  // (no JavaScript and no Popover API: Chrome 109–113, round 27's old-browser check) it is the
  // only way to every page. So the home page's own content links every page.
  it('the home page links every page from its content', () => {
    const main = readPage(DIST, '/').querySelector('main');
    const linked = new Set(
      (main?.querySelectorAll('a[href]') ?? []).map(
        (a) => new URL(a.getAttribute('href')!, 'http://x/').pathname,
      ),
    );
    const missing = pages.filter((p) => p !== '/' && p !== '/404.html' && !linked.has(p));
    expect(missing).toEqual([]);
  });
});
