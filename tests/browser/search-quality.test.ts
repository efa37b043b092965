/**
 * Search quality: reader questions in eight classes, entered into the real search dialog (opened
 * with Ctrl+K) on the built site. Each question is entered whole (one input event): the ranking
 * depends on the query only, and typing key by key is tested in search.test.ts. Prints top-1 per
 * class; fails if a class falls under 90 % top-1 or all questions together under 97 % top-3.
 * Every error message of the sources, pasted as it is and retyped, must open its entry of «Ошибки
 * и решения» first. A second test: no question that has at least one word the site uses returns
 * nothing (each question is typed once: the class tests record how many pages it found, the
 * second test reads that record).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useSite } from '../helpers/site';
import { enterQuery, openSearch, resultLinks, resultPages } from '../helpers/search';
import { QUERIES, QUERY_CLASSES, type QueryClass } from '../helpers/search-queries';

const site = useSite();
let page: Page;
const top1 = new Map<QueryClass, number>();
let top3 = 0;
const misses: string[] = [];
/** Pages found per question, as the dialog showed them when the question was typed. */
const found = new Map<string, number>();

beforeAll(async () => {
  page = (await openPage(site)).page;
  await page.goto(site.server.url('/'));
  await openSearch(page);
});

const percent = (n: number, of: number) => Math.round((100 * n) / of);

/** Pasted error messages: each its own test (and time), its entry's own link first. */
const ENTRIES: QueryClass = 'pasted error messages';

describe('search quality, by class', () => {
  it.each((Object.keys(QUERY_CLASSES) as QueryClass[]).filter((cls) => cls !== ENTRIES))(
    '%s: at least 90 % of questions find their guide first',
    async (cls) => {
      const questions = QUERY_CLASSES[cls];
      let first = 0;
      for (const [query, expected] of questions) {
        await enterQuery(page, query);
        const pages = await resultPages(page);
        found.set(query, pages.length);
        if (pages[0] === expected) first += 1;
        else misses.push(`${cls}: «${query}» → ${pages.slice(0, 3).join(', ') || 'nothing'}`);
        if (pages.slice(0, 3).includes(expected)) top3 += 1;
      }
      top1.set(cls, first);
      expect(
        percent(first, questions.length),
        `${cls}: top-1 ${first} of ${questions.length}`,
      ).toBeGreaterThanOrEqual(90);
    },
  );

  it.each(QUERY_CLASSES[ENTRIES])('pasted «%s» opens %s first', async (query, expected) => {
    await enterQuery(page, query);
    const links = await resultLinks(page);
    if (links[0] === expected) top1.set(ENTRIES, (top1.get(ENTRIES) ?? 0) + 1);
    if (links.slice(0, 3).includes(expected)) top3 += 1;
    expect(links[0]).toBe(expected);
  });

  it('at least 97 % of all questions find their guide in the top 3', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(100);
    expect(percent(top3, QUERIES.length)).toBeGreaterThanOrEqual(97);
  });

  afterAll(() => {
    const lines = [...top1].map(
      ([cls, n]) =>
        `${cls}: ${n}/${QUERY_CLASSES[cls].length} (${percent(n, QUERY_CLASSES[cls].length)} %)`,
    );
    console.log(
      [
        `search top-1 by class — ${lines.join('; ')}`,
        `top-3 overall: ${top3}/${QUERIES.length} (${percent(top3, QUERIES.length)} %)`,
        ...misses.map((m) => `not first: ${m}`),
      ].join('\n  '),
    );
  });
});

/** Questions with words the site uses among words it does not. */
const MIXED = [
  'как снять все галочки',
  'пароль не принимается веб торги почему',
  'zzzqx токен',
  'фывапролд пароль ЕИС',
  'абракадабра обращение в поддержку',
  'токен истёк вчера вечером срочно',
  'куда жаловаться на ЕИС',
];

describe('no dead ends', () => {
  it.each([...MIXED, ...QUERIES.filter(([, e]) => !e.includes('#')).map(([q]) => q)])(
    '«%s» has at least one word on the site and finds something',
    async (query) => {
      if (!found.has(query)) {
        await enterQuery(page, query);
        found.set(query, (await resultPages(page)).length);
      }
      expect(found.get(query), `«${query}»`).toBeGreaterThan(0);
    },
  );
});
