/**
 * A query that names a page as a whole opens it at its start, over the built site's real index:
 * the glossary («глоссарий», «словарь терминов», «аббревиатуры», also with a slip around the
 * phrasing), the home page («главная»), «Мой прогресс» («прогресс»). Before round 28 they opened
 * whichever section the section model liked best («глоссарий» → «ЛК», «прогресс» → «Перенос») or
 * another page («главная» → «Как создать обращение»). A term asked about still opens its entry,
 * and «словарь ошибок» is still the dictionary of errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeSearch, type NodeSearch } from '../helpers/search-engine';

let engine: NodeSearch;
beforeAll(async () => {
  engine = await nodeSearch();
}, 60_000);
afterAll(async () => {
  await engine.close();
});

const first = async (query: string) =>
  decodeURIComponent((await engine.search(query)).hits[0]?.url ?? '');

describe('a page named as a whole', () => {
  it.each([
    'глоссарий',
    'словарь терминов',
    'Словарь сокращений',
    'расшифровка сокращений',
    'аббревиатуры',
    'термины',
    // A slip in a word around the phrasing, as the variants test types it.
    'словрь сокращений',
  ])('«%s» opens the glossary at its start', async (query) => {
    expect(await first(query)).toBe('/reference/glossary/');
  });

  it.each([
    ['что такое лк', '/reference/glossary/#lk'],
    ['расшифровка лк', '/reference/glossary/#lk'],
  ])('«%s» still opens the term (%s)', async (query, want) => {
    expect(await first(query)).toBe(want);
  });

  it.each([
    ['главная', '/'],
    ['прогресс', '/tools/progress/'],
    ['мой прогресс', '/tools/progress/'],
  ])('«%s» opens %s at its start', async (query, want) => {
    expect(await first(query)).toBe(want);
  });

  it('«главный бухгалтер уволилась» is not the home page', async () => {
    expect(await first('главный бухгалтер уволилась')).not.toBe('/');
  });

  it('«словарь ошибок» is still the dictionary of errors', async () => {
    expect(await first('словарь ошибок')).toMatch(/^\/reference\/troubleshooting\//);
  });
});
