/**
 * Change notes in the built site: the Atom feed /changes.xml (well-formed XML, the feed's id and
 * updated, one entry per change note, every link resolving to a built page and anchor; absolute
 * links under the base when built with SITE_URL), its <link rel="alternate"> in every page's
 * <head>, «Что изменилось» listing every note, and the «Обновлено» line under each page title.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, DIST_EIS } from '../helpers/paths';
import { listContentPages, listPages, readPage } from '../helpers/pages';
import { loadSiteModel } from '../../src/site/model';
import { changesAnchor } from '../../src/site/change-notes';
import { parseFeed } from '../helpers/atom';

const MODEL = loadSiteModel();

const feedOf = (dir: string) => parseFeed(readFileSync(path.join(dir, 'changes.xml'), 'utf8'));

describe('the Atom feed /changes.xml', () => {
  const feed = feedOf(DIST);

  it('is Atom with a title, an id and the newest change as updated', () => {
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.feed['title']?.[0]).toContain(MODEL.tools.changes.title);
    expect(feed.feed['id']).toHaveLength(1);
    expect(feed.feed['updated']).toEqual([`${MODEL.changes[0]!.date}T00:00:00Z`]);
  });

  it('has one entry per change note, each with one id, updated, title and link', () => {
    expect(MODEL.changes.length).toBeGreaterThan(5);
    expect(feed.entries).toHaveLength(MODEL.changes.length);
    for (const e of feed.entries) {
      expect([e.id.length, e.updated.length, e.title.length, e.links.length]).toEqual([1, 1, 1, 1]);
      expect(e.updated[0]).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    }
    expect(new Set(feed.entries.map((e) => e.id[0])).size).toBe(feed.entries.length);
    const dates = feed.entries.map((e) => e.updated[0]!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('links only to built pages and anchors', () => {
    const pages = new Set(listPages(DIST));
    for (const href of [...feed.selfLinks, ...feed.entries.flatMap((e) => e.links)]) {
      const url = new URL(href, 'http://site');
      if (url.pathname === '/changes.xml') continue;
      expect(pages.has(url.pathname), href).toBe(true);
      if (url.hash) {
        const ids = readPage(DIST, url.pathname)
          .querySelectorAll('[id]')
          .map((el) => el.id);
        expect(ids, href).toContain(decodeURIComponent(url.hash.slice(1)));
      }
    }
  });

  it('built with SITE_URL under /eis/: absolute links under the base', () => {
    const eis = feedOf(DIST_EIS);
    const links = [...eis.selfLinks, ...eis.entries.flatMap((e) => e.links), ...eis.feed['id']!];
    for (const href of links) expect(href).toMatch(/^https:\/\/eis\.example\.org\/eis\//);
    expect(eis.selfLinks).toContain('https://eis.example.org/eis/changes.xml');
    expect(existsSync(path.join(DIST_EIS, 'changes.xml'))).toBe(true);
  });
});

describe('pages and change notes', () => {
  it.each(listContentPages(DIST))('%s offers the feed in its <head>', (page) => {
    const link = readPage(DIST, page).querySelector(
      'head link[rel="alternate"][type="application/atom+xml"]',
    );
    expect(link?.getAttribute('href')).toBe('/changes.xml');
  });

  it('under /eis/ the feed link carries the base', () => {
    const link = readPage(DIST_EIS, '/').querySelector('link[type="application/atom+xml"]');
    expect(link?.getAttribute('href')).toBe('/eis/changes.xml');
  });

  it('«Что изменилось» lists every note once, and each page’s own list under its anchor', () => {
    const doc = readPage(DIST, MODEL.tools.changes.href);
    const items = doc.querySelectorAll('ol.eis-changes > li');
    expect(items).toHaveLength(MODEL.changes.length);
    for (const [i, c] of MODEL.changes.entries()) {
      expect(items[i]!.textContent).toContain(c.summary);
      expect(items[i]!.querySelector(`a[href="${c.href}"]`)?.textContent).toBe(c.title);
      for (const s of c.steps)
        expect(items[i]!.querySelector(`a[href="${c.href}#${s}"]`)).not.toBeNull();
    }
    for (const p of MODEL.pages.filter((x) => x.changes.length)) {
      const list = doc.querySelector(`#${changesAnchor(p.id)}`)?.closest('section');
      expect(list?.querySelectorAll('li')).toHaveLength(p.changes.length);
    }
  });

  it('each page with notes shows one line «Обновлено: ДД.ММ.ГГГГ» with «все изменения», and what changed only when it changed an action', () => {
    for (const p of MODEL.pages) {
      const line = readPage(DIST, p.href).querySelector('.page-updated');
      const latest = p.changes[0];
      if (!latest) {
        expect(line, p.href).toBeNull();
        continue;
      }
      const [y, m, d] = latest.date.split('-');
      const text = line?.textContent.replace(/\s+/g, ' ') ?? '';
      if (latest.wording) {
        expect(text, p.href).toContain(`Обновлено: ${d}.${m}.${y} все изменения`);
        expect(text, p.href).not.toContain(latest.summary);
      } else expect(text, p.href).toContain(`Обновлено: ${d}.${m}.${y} — ${latest.summary}`);
      expect(line?.querySelector('a')?.getAttribute('href')).toBe(
        `${MODEL.tools.changes.href}#${changesAnchor(p.id)}`,
      );
    }
  });
});
