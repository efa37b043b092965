/**
 * Every internal link and anchor in the built site resolves: the target page exists and, for
 * `#hash` links, an element with that id exists on the target page. (starlight-links-validator
 * checks Markdown links at build time; this also covers links and ids rendered by components.)
 */
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/paths';
import { listPages, readPage } from '../helpers/pages';

const pages = listPages(DIST);
const idsByPage = new Map(
  pages.map((p) => [
    p,
    new Set(
      readPage(DIST, p)
        .querySelectorAll('[id]')
        .map((el) => el.id),
    ),
  ]),
);

function normalise(pathname: string): string {
  if (pathname.endsWith('.html') || pathname.endsWith('/')) return pathname;
  return /\.[a-z0-9]+$/i.test(pathname) ? pathname : `${pathname}/`;
}

describe('internal links and anchors', () => {
  it.each(pages)('%s links only to existing pages and anchors', (page) => {
    const doc = readPage(DIST, page);
    const broken: string[] = [];
    for (const a of doc.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (/^(mailto:|tel:)/.test(href)) continue;
      const url = new URL(href, `http://site${page}`);
      if (url.host !== 'site') continue;
      const target = normalise(decodeURIComponent(url.pathname));
      const isPage = idsByPage.has(target);
      if (!isPage) {
        if (!/\.[a-z0-9]+$/i.test(target) || target.endsWith('.html')) broken.push(href);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && !idsByPage.get(target)!.has(hash)) broken.push(href);
    }
    expect(broken).toEqual([]);
  });

  it.each(pages)('%s has no duplicate ids', (page) => {
    const ids = readPage(DIST, page)
      .querySelectorAll('[id]')
      .map((el) => el.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });
});
