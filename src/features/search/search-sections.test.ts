import { describe, expect, it } from 'vitest';
import {
  bestOf,
  bestStep,
  formOf,
  numberSection,
  pageSections,
  scoreSections,
  stepsOf,
  type PageAnchor,
} from './search-sections';

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

  it('a heading word that is also in the page title earns no heading bonus (round 28)', () => {
    // «Как создать обращение»: every heading there may say «обращение»; it tells no section apart.
    const content =
      'Как создать обращение вступление Обращение без входа в ЛК позвоните по телефону';
    const anchors = [at('h2', 'без-входа', 'Обращение без входа в ЛК', 3)];
    const score = (title: string, term: string) =>
      scoreSections(content, pageSections(content, anchors, title), [term], () => 1)[1]!.score;
    expect(score('Как создать обращение', 'обращение')).toBeLessThan(
      score('Как создать запрос', 'обращение'),
    );
    // A heading word the title does not have keeps its bonus.
    expect(score('Как создать обращение', 'входа')).toBe(score('Как создать запрос', 'входа'));
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

describe('the steps of a guide', () => {
  // «Шаги» from word 3 to 31; three steps, then a list item of the next section.
  const content = [
    'Токен вводный текст',
    'Шаги',
    'Войдите в кабинет под администратором. Потом дальше.',
    'Укажите срок действия токена, по возможности наиболее длительный, чтобы не получать его снова.',
    'Нажмите кнопку Сохранить (рисунок 2, выноска 3).',
    'Дальше пункт',
  ].join(' ');
  const anchors = [
    at('h1', '_top', 'Токен', 0),
    at('h2', 'шаги', 'Шаги', 3),
    at('li', 'login', '', 4),
    at('li', 'term', '', 11),
    at('li', 'save', '', 24),
    at('h2', 'дальше', 'Дальше', 31),
    at('li', 'after', '', 32),
  ];
  const steps = stepsOf(content, anchors, pageSections(content, anchors)[1]);

  it('are the list items with an id inside «Шаги», numbered, titled by their first sentence', () => {
    expect(steps.map((s) => [s.id, s.number, s.start, s.end])).toEqual([
      ['login', 1, 4, 11],
      ['term', 2, 11, 24],
      ['save', 3, 24, 31],
    ]);
    expect(steps[0]!.title).toBe('Войдите в кабинет под администратором.');
    // Without the figure it points to.
    expect(steps[2]!.title).toBe('Нажмите кнопку Сохранить.');
    // Ten words at most, cut with an ellipsis.
    expect(steps[1]!.title).toBe(
      'Укажите срок действия токена, по возможности наиболее длительный, чтобы не…',
    );
    expect(stepsOf(content, anchors, undefined)).toEqual([]);
  });

  it('the one step the query’s words single out, or none', () => {
    const one = () => 1;
    expect(bestStep(content, steps, ['срок', 'токена'], one)?.id).toBe('term');
    expect(bestStep(content, steps, ['кнопку', 'сохранить'], one)?.id).toBe('save');
    // One word of two is not enough; a word every step has does not single one out.
    expect(bestStep(content, steps, ['срок', 'пароль'], one)).toBeUndefined();
    const same = steps.map((s) => ({ ...s, start: 4, end: 11 }));
    expect(bestStep(content, same, ['войдите', 'кабинет'], one)).toBeUndefined();
    expect(bestStep(content, steps, ['сохранить'], one)?.id).toBe('save');
  });

  it('reads a step’s first words as its text, not as a heading that counts extra', () => {
    const text =
      'Шаги Сохранить изменения. Проверьте данные. Потом нажмите сохранить и снова сохранить.';
    const marks = [at('h2', 'шаги', 'Шаги', 0), at('li', 'x', '', 1), at('li', 'y', '', 3)];
    const two = stepsOf(text, marks, pageSections(text, marks)[0]);
    expect(two.map((s) => s.title)).toEqual(['Сохранить изменения.', 'Проверьте данные.']);
    // Once in a short step against twice in a longer one: neither clearly ahead.
    expect(bestStep(text, two, ['сохранить'], () => 1)).toBeUndefined();
  });
});

describe('the section that lists a phone number', () => {
  const content =
    'Поддержка 88006009089 Порядок звоните потом Телефоны 8 800 600-90-89 и +7 495 811-21-11';
  const sections = pageSections(content, [
    at('h1', '_top', 'Поддержка', 0),
    at('h2', 'порядок', 'Порядок', 2),
    at('h2', 'телефоны', 'Телефоны', 5),
  ]);
  it('finds the number however the page and the reader space it, never at the page’s top', () => {
    expect(numberSection(content, sections, '88006009089')).toBe('телефоны');
    expect(numberSection(content, sections, '+78006009089')).toBe('телефоны');
    expect(numberSection(content, sections, '74958112111')).toBe('телефоны');
    expect(numberSection(content, sections, '88006009088')).toBeUndefined();
    // Not a phone number: too short to single one out.
    expect(numberSection(content, sections, '600')).toBeUndefined();
  });
});
