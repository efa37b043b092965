import { describe, expect, it } from 'vitest';
import { bestOf, formOf, pageSections, scoreSections, type PageAnchor } from './search-sections';

const at = (element: string, id: string, text: string, location: number): PageAnchor => ({
  element,
  id,
  text,
  location,
});

describe('sections of a page', () => {
  it('cuts the page at its headings and glossary terms, not at figures or steps', () => {
    const content = 'Заголовок вводный текст Шаги один два три Термин ЛК личный кабинет';
    const sections = pageSections(content, [
      at('h1', '_top', 'Заголовок', 0),
      at('h2', 'шаги', 'Шаги', 3),
      at('figure', 'ris-1', '', 5),
      at('dt', 'lk', 'ЛК — личный кабинет', 7),
    ]);
    expect(sections.map((s) => [s.id, s.start, s.end])).toEqual([
      ['_top', 0, 3],
      ['шаги', 3, 7],
      ['lk', 7, 11],
    ]);
  });

  it('a short section about the words beats a long one that mentions them once', () => {
    const filler = Array.from({ length: 400 }, (_, i) => `слово${i}`).join(' ');
    // The long section has each word twice, the short one once: only its length tells them apart.
    const content = `Начало токен выдаёт ${filler} токен выдаёт. Коротко: токен выдаёт администратор`;
    const sections = pageSections(content, [
      at('h1', '_top', 'Начало', 0),
      at('h2', 'кто', 'Кто может это сделать', 406),
    ]);
    const best = bestOf(scoreSections(content, sections, ['токен', 'выдает'], () => 1));
    expect(best?.id).toBe('кто');
  });

  it('the page top gives way to a section with as many of the words, not to one with fewer', () => {
    const scored = (top: number, inner: number, other: number) => [
      { id: '_top', title: '', start: 0, end: 1, score: 9, matched: top },
      { id: 'шаги', title: 'Шаги', start: 1, end: 2, score: 2, matched: inner },
      { id: 'итог', title: 'Итог', start: 2, end: 3, score: 3, matched: other },
    ];
    expect(bestOf(scored(2, 2, 1))?.id).toBe('шаги');
    expect(bestOf(scored(2, 2, 2))?.id).toBe('итог');
    expect(bestOf(scored(2, 1, 1))?.id).toBe('_top');
  });

  it('counts in a section exactly the words that are forms of a term (formOf)', () => {
    const page =
      'рис рисунок токен токена токенов ток xml-файла файл файлы сертификат сертификата ' +
      'сертифицированный сер web-торги-кс web торги е-токен а.б токен. рис. xml xmlфайл';
    const sections = pageSections(page, [
      at('h1', '_top', '', 0),
      at('h2', 'a', 'Раздел', 7),
      at('h2', 'b', 'Ещё', 14),
    ]);
    for (const term of [
      'рис',
      'xml',
      'токен',
      'сертификата',
      'файл',
      'сертифицированного',
      'web',
      'б',
    ]) {
      // The same page with each form of the term written as the term itself, the rest as «x».
      const plain = page
        .split(' ')
        .map((w) => (formOf(term, w.replace(/[^a-zа-я0-9.-]+/g, '')) ? term : 'x'))
        .join(' ');
      const score = (content: string) =>
        scoreSections(content, sections, [term], () => 1).map((s) => [s.score, s.matched]);
      expect(score(page), term).toEqual(score(plain));
    }
  });

  it('an abbreviation is only itself; a compound is read by its parts', () => {
    expect(formOf('рис', 'рис')).toBe(true);
    expect(formOf('рис', 'рисунок')).toBe(false);
    expect(formOf('xml', 'xml-файла')).toBe(true);
    expect(formOf('токен', 'токена')).toBe(true);
  });
});
