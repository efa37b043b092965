import { describe, expect, it } from 'vitest';
import {
  ASKED,
  askedStems,
  askedAnchors,
  askedPages,
  askedPlaces,
  askedSectionOf,
  askedVote,
  encodeAsked,
  loadAsked,
  loadAskedInTasks,
  nearestAsked,
  VOTE,
  type AskedData,
} from './search-asked';
import { searchSite } from './search-engine';
import { wordsFake } from './pagefind-fake';

const TITLES: Record<string, string> = {
  'connect/https-credentials/': 'Логин и пароль',
  'connect/https-credentials/#кто-может': 'Кто может это сделать',
  'connect/https-credentials/#шаги': 'Шаги',
  'support/create-request/': 'Обращение в поддержку',
  'reference/glossary/': 'Словарь',
};
const titleOf = (page: string, id?: string) => TITLES[id === undefined ? page : `${page}#${id}`];

const EXAMPLES: [string, string][] = [
  ['бухгалтер уволилась и унесла пароль от интеграции', 'connect/https-credentials/'],
  ['уволился сотрудник, пароль интеграции потерян', 'connect/https-credentials/'],
  ['кто у нас получает пароль интеграции', 'connect/https-credentials/#кто-может'],
  ['кто в школе получает логин интеграции', 'connect/https-credentials/#кто-может'],
  ['обращение закрыли без ответа, куда жаловаться', 'support/create-request/'],
  ['закрыли обращение формально', 'support/create-request/'],
  ['что такое интеграция', 'reference/glossary/'],
  ['что значит интеграция с порталом', 'reference/glossary/'],
  ['у меня нет заголовка на такой странице', 'nowhere/'],
  ['какой кнопкой закрыть окно с паролем', 'connect/https-credentials/#шаги'],
  ['окно с паролем закрыть кнопкой отмена', 'connect/https-credentials/#шаги'],
];

describe('readers’ questions as a model', () => {
  const model = loadAsked(encodeAsked(EXAMPLES, titleOf))!;

  it('reads a question by its word beginnings, without filler', () => {
    expect(askedStems('Кто же получает пароль, пароля?')).toEqual(['получ', 'парол']);
    expect(ASKED.stem).toBe(5);
    // A reader's word as the site's (search-query.ts READER_WORDS): «вбить» is «ввести».
    expect(askedStems('вбить пароль на госзакупках')).toEqual(['ввест', 'парол', 'еис']);
  });

  it('reads the same model in tasks, pausing between parts of the questions', async () => {
    // 1500 questions: the work stops between every 300, before the norms and between every 300 of them.
    const many = Array.from({ length: 1500 }, (_, i): [string, string] => {
      const [q, place] = EXAMPLES[i % EXAMPLES.length]!;
      // A word of its own per question (stems keep five letters): «абвгы» for 0123.
      const own = [...String(i).padStart(4, '0')].map((d) => 'абвгдежзик'[Number(d)]).join('');
      return [`${q} ${own}ы`, place];
    });
    const data = encodeAsked(many, titleOf);
    let pauses = 0;
    const inTasks = await loadAskedInTasks(data, async () => {
      pauses += 1;
    });
    expect(inTasks).toEqual(loadAsked(data));
    expect(inTasks?.examples.length).toBeGreaterThan(1000);
    expect(pauses).toBe(9);
    // Malformed data: nothing, without a pause and without throwing.
    await expect(loadAskedInTasks({ places: 'x' }, async () => void (pauses += 1))).resolves.toBe(
      undefined,
    );
    expect(pauses).toBe(9);
  });

  it('stores places with titles; a place the site lacks is left out', () => {
    const data = encodeAsked(EXAMPLES, titleOf);
    expect(data.places.map((p) => p.page)).not.toContain('nowhere/');
    expect(data.places).toContainEqual({
      page: 'connect/https-credentials/',
      title: 'Логин и пароль',
      anchor: 'кто-может',
      section: 'Кто может это сделать',
    });
    expect(data.questions).toHaveLength(EXAMPLES.length - 1);
    // The same words for the same place, in any order or form, are stored once.
    const twice = encodeAsked(
      [
        ['новый пароль', 'connect/https-credentials/'],
        ['Пароль новый?', 'connect/https-credentials/'],
        ['новый пароль', 'connect/https-credentials/#шаги'],
      ],
      titleOf,
    );
    expect(twice.questions).toHaveLength(2);
    // An id that is no heading (a checklist step) counts for its page.
    const step = encodeAsked([['где кнопка', 'connect/https-credentials/#step-3']], titleOf);
    expect(step.places).toEqual([{ page: 'connect/https-credentials/', title: 'Логин и пароль' }]);
  });

  it('a question the closest ones agree on gets their page; their section when they agree', () => {
    const guess = nearestAsked(model, 'главбух уволилась, пароль интеграции унесла');
    expect(guess?.place.page).toBe('connect/https-credentials/');
    expect(guess?.share).toBeGreaterThanOrEqual(ASKED.share);
    expect(nearestAsked(model, 'кто получает пароль интеграции')?.place.anchor).toBe('кто-может');
    expect(nearestAsked(model, 'обращение закрыли')?.place.page).toBe('support/create-request/');
  });

  it('no guess for words no question has, or a weak likeness', () => {
    expect(nearestAsked(model, 'погода завтра')).toBeUndefined();
    expect(nearestAsked(model, 'пароль погода завтра снег дождь ветер')).toBeUndefined();
    expect(nearestAsked(model, '')).toBeUndefined();
  });

  it('a term question is answered only by term questions, a failure only by failures', () => {
    expect(nearestAsked(model, 'интеграция с порталом')?.place.page).not.toBe(
      'reference/glossary/',
    );
    expect(nearestAsked(model, 'что такое интеграция с порталом')?.place.page).toBe(
      'reference/glossary/',
    );
    // «закрыли» reads as a failure: only the failures about a request answer it.
    expect(nearestAsked(model, 'закрыли обращение')?.place.page).toBe('support/create-request/');
  });

  it('the softer vote: every page the closest questions name, by share, with their section', () => {
    // «жаловаться на пароль»: too unlike any one question for a guess, but the vote leans.
    expect(nearestAsked(model, 'жаловаться на пароль')).toBeUndefined();
    const vote = askedVote(model, 'жаловаться на пароль')!;
    expect(vote.pages.get('support/create-request/')!.share).toBeGreaterThan(0.9);
    const shares = [...vote.pages.values()].reduce((sum, p) => sum + p.share, 0);
    expect(shares).toBeCloseTo(1);
    expect(vote.pages.get('connect/https-credentials/')?.section?.anchor).toBe('шаги');
    expect(askedVote(model, 'погода завтра')).toBeUndefined();
  });

  it('in the vote a question of another kind counts less, but counts; one word is no vote', () => {
    // «интеграция сайта» is no term question: the one term question still leans it, at
    // VOTE.otherKind of its likeness.
    const vote = askedVote(model, 'интеграция сайта')!;
    const term = askedVote(model, 'что такое интеграция сайта')!;
    expect(vote.similarity).toBeCloseTo(VOTE.otherKind * term.similarity);
    expect(vote.pages.get('reference/glossary/')!.share).toBeGreaterThan(0.9);
    expect(ASKED.words).toBe(2);
    expect(askedVote(model, 'интеграция')).toBeUndefined();
    expect(nearestAsked(model, 'интеграции')).toBeUndefined();
  });

  it('the vote of a longer question weighs more: it says enough to read others by', () => {
    expect(VOTE.weightLong).toBeGreaterThan(VOTE.weight);
    expect(askedVote(model, 'жаловаться на пароль')?.weight).toBe(VOTE.weight);
    const long = 'куда жаловаться если обращение по паролю интеграции закрыли формально';
    expect(askedStems(long).length).toBeGreaterThanOrEqual(VOTE.long);
    expect(askedVote(model, long)?.weight).toBe(VOTE.weightLong);
  });

  it('a page opens at the section its own closest questions agree on', () => {
    const page = 'connect/https-credentials/';
    expect(askedSectionOf(model, 'закрыть окно с паролем', page)?.anchor).toBe('шаги');
    expect(askedSectionOf(model, 'кто получает пароль', page)?.anchor).toBe('кто-может');
    // Only that page's questions vote: another page's are not read as this one's sections.
    expect(askedSectionOf(model, 'куда жаловаться на обращение', page)).toBeUndefined();
    expect(
      askedSectionOf(model, 'закрыть окно с паролем', 'support/create-request/'),
    ).toBeUndefined();
    // Split between the page's top and two sections, no section has half the vote.
    const split = loadAsked(
      encodeAsked(
        [
          ['пароль окно', 'p/#шаги'],
          ['пароль кнопка', 'p/#шаги'],
          ['пароль кто', 'p/#кто'],
          ['пароль получает школа', 'p/'],
          ['пароль выдаёт директор', 'p/'],
        ],
        (_page, id) => (id === undefined ? 'Страница' : { шаги: 'Шаги', кто: 'Кто' }[id]),
      ),
    )!;
    expect(askedSectionOf(split, 'пароль', 'p/')).toBeUndefined();
    expect(askedSectionOf(split, 'пароль окно', 'p/')?.anchor).toBe('шаги');
  });

  it('the site’s closest questions share their section ids, whatever their page', () => {
    const byId = loadAsked(
      encodeAsked(
        [
          ['кто получает пароль', 'a/#кто'],
          ['кто вводит токен', 'b/#кто'],
          ['как ввести токен', 'b/#шаги'],
          ['токен где взять', 'b/'],
        ],
        (_page, id) => (id === undefined ? 'Страница' : { шаги: 'Шаги', кто: 'Кто' }[id]),
      ),
    )!;
    const shares = askedAnchors(byId, 'кто вводит пароль');
    // «кто» of page a and of page b count for one id; a question of no section counts for none.
    expect(shares.get('кто')).toBeGreaterThan(0.5);
    expect(shares.get('кто')! + (shares.get('шаги') ?? 0)).toBeLessThanOrEqual(1 + 1e-9);
    expect([...shares.keys()]).not.toContain(undefined);
    expect(askedAnchors(byId, 'совсем другое').size).toBe(0);
  });

  it('reads all of a page’s questions together, each page by its share (naive Bayes)', () => {
    const model = loadAsked(
      encodeAsked(
        [
          ['продлить токен', 'a/'],
          ['срок токена', 'a/'],
          ['срок обращения', 'b/'],
          ['срок ответа поддержки', 'b/'],
          ['обращение без ответа', 'b/'],
        ],
        () => 'Страница',
      ),
    )!;
    // Its two words stand in two questions of page a, never together.
    const spread = askedPages(model, 'продлить срок');
    expect(spread.get('a/')).toBeGreaterThan(0.8);
    expect([...spread.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    // One word: the page whose questions say it more often.
    const once = askedPages(model, 'срок');
    expect(once.get('b/')).toBeGreaterThan(once.get('a/')!);
    // Words no question has say nothing.
    expect(askedPages(model, 'совсем другое').size).toBe(0);
    expect(askedPages(model, 'продлить совсем').get('a/')).toBeGreaterThan(0.8);
  });

  it('reads a page’s questions place by place, its top as «»', () => {
    const model = loadAsked(
      encodeAsked(
        [
          ['кто получает пароль', 'a/#кто'],
          ['кто может получить', 'a/#кто'],
          ['пароль скопировать', 'a/#шаги'],
          ['пароль это что', 'a/'],
          ['кто получает токен', 'b/#кто'],
        ],
        (_page, id) => (id === undefined ? 'Страница' : { шаги: 'Шаги', кто: 'Кто' }[id]),
      ),
    )!;
    const places = askedPlaces(model, 'кто получает', 'a/');
    expect([...places.keys()].sort()).toEqual(['', 'кто', 'шаги']);
    expect(places.get('кто')).toBeGreaterThan(0.8);
    expect([...places.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(askedPlaces(model, 'пароль скопировать', 'a/').get('шаги')).toBeGreaterThan(0.5);
    expect(askedPlaces(model, 'кто получает', 'c/').size).toBe(0);
  });

  it('unreadable stored data is no model, never an exception', () => {
    const bad: unknown[] = [
      null,
      42,
      'x',
      { places: 'x', questions: [] },
      { places: [{ page: 1, title: 't' }], questions: ['0 парол'] },
      { places: [{ page: 'p/', title: 't', anchor: 'a' }], questions: ['0 парол'] },
      { places: [{ page: 'p/', title: 't' }], questions: ['9 парол', 'x парол', '0', 5] },
    ];
    for (const data of bad) expect(loadAsked(data)).toBeUndefined();
    const some: AskedData = { places: [{ page: 'p/', title: 't' }], questions: ['0 парол', 'z'] };
    expect(loadAsked(some)?.examples).toHaveLength(1);
  });
});

describe('readers’ questions in the engine', () => {
  const pagefind = wordsFake([
    { url: '/support/create-request/', sections: [['_top', 'обращение поддержка пароль']] },
    { url: '/connect/https-credentials/', sections: [['_top', 'логин пароль интеграция']] },
  ]);
  const asked = loadAsked(encodeAsked(EXAMPLES, titleOf));

  it('the page the closest questions agree on leads, at their section', async () => {
    const answer = await searchSite(pagefind, { messages: [], asked }, 'кто получает пароль');
    expect(decodeURIComponent(answer.hits[0]!.url)).toBe('/connect/https-credentials/#кто-может');
    const without = await searchSite(pagefind, { messages: [] }, 'кто получает пароль');
    expect(without.hits[0]?.path).toBe('/support/create-request/');
  });

  it('a page Pagefind did not bring is added with its title and section', async () => {
    const none = wordsFake([{ url: '/support/create-request/', sections: [['_top', 'пароль']] }]);
    const answer = await searchSite(none, { messages: [], asked }, 'кто получает пароль');
    expect(answer.hits[0]).toMatchObject({
      path: '/connect/https-credentials/',
      title: 'Логин и пароль — Кто может это сделать',
    });
  });

  it('a page opens at the section its own questions agree on, though others are closer', async () => {
    const crowd = loadAsked(
      encodeAsked(
        [
          // Twelve questions of another page, closer to the query than the page's own two.
          ...'школа садик музей театр больница библиотека училище колледж гимназия лицей интернат клуб'
            .split(' ')
            .map((who): [string, string] => [`${who} пароль обращение`, 'support/create-request/']),
          ['кто получает пароль в школе', 'connect/https-credentials/#кто-может'],
          ['кто выдаёт пароль директору', 'connect/https-credentials/#кто-может'],
          ['что такое токен', 'reference/glossary/'],
        ],
        titleOf,
      ),
    );
    const two = wordsFake([
      { url: '/support/create-request/', sections: [['_top', 'обращение пароль']] },
      {
        url: '/connect/https-credentials/',
        sections: [
          ['_top', 'пароль обращение'],
          ['кто-может', 'администратор'],
          ['шаги', 'шаг'],
        ],
      },
    ]);
    const answer = await searchSite(two, { messages: [], asked: crowd }, 'пароль обращение');
    const hit = answer.hits.find((h) => h.path === '/connect/https-credentials/');
    expect(decodeURIComponent(hit!.url)).toBe('/connect/https-credentials/#кто-может');
  });

  it('when they agree with the ranking on the page, its section is theirs', async () => {
    const one = wordsFake([
      {
        url: '/connect/https-credentials/',
        sections: [
          ['_top', 'получает логин интеграции пароль'],
          ['кто-может', 'администратор'],
          ['шаги', 'шаг'],
        ],
      },
    ]);
    const q = 'получает пароль интеграции';
    const learned = await searchSite(one, { messages: [], asked }, q);
    expect(decodeURIComponent(learned.hits[0]!.url)).toBe('/connect/https-credentials/#кто-может');
    // Without them, a guide that nothing opens at a section opens at its steps.
    const ranked = await searchSite(one, { messages: [] }, q);
    expect(decodeURIComponent(ranked.hits[0]!.url)).toBe('/connect/https-credentials/#шаги');
  });

  it('without a guess, the vote still reorders: the page the questions lean to comes first', async () => {
    const both = wordsFake([
      { url: '/connect/https-credentials/', sections: [['_top', 'пароль интеграция']] },
      { url: '/support/create-request/', sections: [['_top', 'обращение пароль']] },
    ]);
    const q = 'жаловаться на пароль';
    const ranked = await searchSite(both, { messages: [] }, q);
    expect(ranked.hits.map((h) => h.path)).toEqual([
      '/connect/https-credentials/',
      '/support/create-request/',
    ]);
    const voted = await searchSite(both, { messages: [], asked }, q);
    expect(voted.hits.map((h) => h.path)).toEqual([
      '/support/create-request/',
      '/connect/https-credentials/',
    ]);
  });

  it('a page only the questions name joins the results, at the section they agree on', async () => {
    const both = wordsFake([
      { url: '/support/create-request/', sections: [['_top', 'закрыли обращение пароль']] },
      {
        url: '/connect/https-credentials/',
        sections: [
          ['_top', 'пароль'],
          ['шаги', 'шаг'],
        ],
      },
    ]);
    const answer = await searchSite(both, { messages: [], asked }, 'пароль закрыли');
    expect(answer.hits.map((h) => decodeURIComponent(h.url)).sort()).toEqual([
      '/connect/https-credentials/#шаги',
      '/support/create-request/',
    ]);
    const ranked = await searchSite(both, { messages: [] }, 'пароль закрыли');
    expect(ranked.hits.map((h) => h.path)).toEqual(['/support/create-request/']);
  });

  it('their section comes before the one with most of the words', async () => {
    const one = wordsFake([
      {
        url: '/connect/https-credentials/',
        sections: [
          ['_top', 'пароль'],
          ['кто-может', 'закрыли пароль'],
          ['шаги', 'шаг'],
        ],
      },
    ]);
    const q = 'пароль закрыли';
    const ranked = await searchSite(one, { messages: [] }, q);
    expect(decodeURIComponent(ranked.hits[0]!.url)).toBe('/connect/https-credentials/#кто-может');
    const learned = await searchSite(one, { messages: [], asked }, q);
    expect(decodeURIComponent(learned.hits[0]!.url)).toBe('/connect/https-credentials/#шаги');
  });

  it('a literal search is not second-guessed', async () => {
    const answer = await searchSite(pagefind, { messages: [], asked }, 'кто получает пароль', {
      literal: true,
    });
    expect(answer.hits[0]?.path).toBe('/support/create-request/');
  });
});
