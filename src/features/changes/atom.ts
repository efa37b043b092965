/**
 * The Atom feed of the site's change notes (RFC 4287): the same entries as «Что изменилось»,
 * newest first. Pure: the endpoint (src/pages/changes.xml.ts) passes the model's changes, the
 * base path and, when the site's address is known (SITE_URL), the site; links are then absolute,
 * else root-relative with the base. Ids stay the same across builds: the entry's page address
 * and date (`urn:` names without a site address).
 */
import type { SiteChange } from '../../site/change-notes';
import { withBase } from '../../lib/base-path';
import { formatIsoRu } from './change-dates';

export interface FeedOptions {
  /** Feed title: the «Что изменилось» page's own title. */
  title: string;
  /** The site's name, the feed's author. */
  siteTitle: string;
  /** Site path of «Что изменилось», without base. */
  pageHref: string;
  base: string;
  site?: URL | undefined;
}

const escape = (s: string) =>
  s
    .replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

const stamp = (date: string) => `${date}T00:00:00Z`;

export function changesFeed(changes: readonly SiteChange[], o: FeedOptions): string {
  const url = (href: string) => {
    const path = withBase(href, o.base);
    return o.site ? new URL(path, o.site).href : path;
  };
  const id = (key: string) =>
    o.site
      ? url(key)
      : `urn:eis-changes:${key.replace(/[^A-Za-z0-9-]+/g, ':').replace(/^:|:$/g, '')}`;
  const updated = changes[0]?.date ?? '2026-01-01';
  // Two notes of one page and day are told apart by their place in that day's list.
  const seen = new Map<string, number>();
  const entries = changes.map((c) => {
    const key = `${c.href}#${c.date}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const link = c.steps[0] ? `${c.href}#${c.steps[0]}` : c.href;
    const note = c.wording ? ' (не меняет действий)' : '';
    return [
      '  <entry>',
      `    <id>${escape(id(`${c.href}#change-${c.date}-${n}`))}</id>`,
      `    <title>${escape(`${c.title}: ${c.summary}`)}</title>`,
      `    <updated>${stamp(c.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escape(url(link))}"/>`,
      `    <summary>${escape(`${formatIsoRu(c.date)} — ${c.summary}${note}`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">',
    `  <title>${escape(`${o.siteTitle} — ${o.title}`)}</title>`,
    `  <id>${escape(id('/changes.xml'))}</id>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(url('/changes.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(url(o.pageHref))}"/>`,
    `  <author><name>${escape(o.siteTitle)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
