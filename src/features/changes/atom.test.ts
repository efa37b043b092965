import { describe, expect, it } from 'vitest';
import { changesFeed } from './atom';
import type { SiteChange } from '../../site/change-notes';
import { parseFeed } from '../../../tests/helpers/atom';

const CHANGES: SiteChange[] = [
  {
    page: 'services/token',
    href: '/services/token/',
    title: 'Токен',
    date: '2026-12-05',
    summary: 'Шаг <7> & «кнопка»',
    steps: ['token-step'],
    wording: true,
  },
  {
    page: 'services/token',
    href: '/services/token/',
    title: 'Токен',
    date: '2026-11-29',
    summary: 'Раньше',
    steps: [],
    wording: false,
  },
];
const OPTIONS = {
  title: 'Изменения',
  siteTitle: 'Сайт',
  pageHref: '/reference/changes/',
  base: '/',
};

describe('changesFeed', () => {
  it('writes one entry per change, newest first, updated at the newest date', () => {
    const xml = changesFeed(CHANGES, OPTIONS);
    const feed = parseFeed(xml);
    expect(feed.entries).toHaveLength(2);
    expect(feed.feed['title']).toEqual(['Сайт — Изменения']);
    expect(xml).toContain('<updated>2026-12-05T00:00:00Z</updated>');
    expect(xml.indexOf('2026-12-05T')).toBeLessThan(xml.indexOf('2026-11-29T'));
    expect(xml).toContain('href="/services/token/#token-step"');
    expect(xml).toContain('(не меняет действий)');
  });

  it('escapes markup in the text', () => {
    const xml = changesFeed(CHANGES, OPTIONS);
    expect(xml).toContain('Шаг &#60;7&#62; &#38; «кнопка»');
    expect(xml).not.toContain('<7>');
  });

  it('links under the base; absolute links and ids when the site is known', () => {
    const sub = changesFeed(CHANGES, { ...OPTIONS, base: '/eis/' });
    expect(sub).toContain('href="/eis/services/token/#token-step"');
    expect(sub).toContain('<id>urn:eis-changes:changes:xml</id>');
    const site = changesFeed(CHANGES, {
      ...OPTIONS,
      base: '/eis/',
      site: new URL('https://x.org'),
    });
    expect(site).toContain('href="https://x.org/eis/changes.xml"');
    expect(site).toContain('<id>https://x.org/eis/services/token/#change-2026-12-05-1</id>');
  });

  it('gives two notes of one page and day their own ids', () => {
    const twice = [CHANGES[0]!, { ...CHANGES[0]!, summary: 'Ещё' }];
    const ids = parseFeed(changesFeed(twice, OPTIONS)).entries.flatMap((e) => e.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });
});
