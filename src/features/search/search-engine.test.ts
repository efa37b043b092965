import { describe, expect, it } from 'vitest';
import {
  asksDefinition,
  errorGroup,
  excerptParts,
  failureFirst,
  kindFirst,
  firstWords,
  pageOf,
  junkExcerpt,
  literalPlan,
  searchSite,
  MAX_CHARS,
  MAX_PLANNED,
  MAX_SUB_RESULTS,
  termEntry,
  exactTermEntry,
  changesSection,
  tidyExcerpt,
  type EngineData,
  type SubResult,
  type PageData,
} from './search-engine';
import { FEATURES, type RerankModel } from './search-rerank';
import { SECTION_FEATURES, type SectionModel } from './search-section-choice';
import { loadVocabulary, namedTerm, planQuery, siteWord } from './search-query';
import type { MessageEntry } from './search-messages';
import { encodeLetters, loadLetters } from './search-russian';
import { asksStepDetail, matchSections, matchSynonyms } from './search-synonyms';
import { wordsFake } from './pagefind-fake';
import { encodeAsked, loadAsked } from './search-asked';

describe('excerpts are text, never HTML', () => {
  it('splits marks and decodes entities; any other tag is dropped, not rendered', () => {
    const parts = excerptParts(
      'a &lt;b&gt; <img src=x onerror="alert(1)"><mark>пароль</mark> &amp; c',
    );
    expect(parts).toEqual([
      { text: 'a <b> ', mark: false },
      { text: 'пароль', mark: true },
      { text: ' & c', mark: false },
    ]);
  });

  it('knows a keyword list and strips a source preamble', () => {
    expect(junkExcerpt('пароль сменился; нажал ссылку; пароль сбросился')).toBe(true);
    expect(tidyExcerpt('Дословно в источнике «Порядок»: При нажатии')).toBe('При нажатии');
  });
});

describe('bounded query', () => {
  it('reads at most MAX_CHARS characters', () => {
    const plan = literalPlan('пароль '.repeat(5000));
    expect(plan.terms[0]).toBe('пароль');
    expect(plan.terms.length).toBeLessThanOrEqual(2);
    expect(literalPlan(`${'а'.repeat(MAX_CHARS)} токен`).terms).not.toContain('токен');
  });

  it('reads a word copied with soft hyphens, stress marks or Latin lookalikes, or typed with a letter held down, as the word', async () => {
    expect(literalPlan('об\u00adнару\u00adже\u00adно паро\u0301ль').terms).toEqual([
      'обнаружено',
      'пароль',
    ]);
    // The marks are no characters the reader sees: they do not use up MAX_CHARS.
    expect(literalPlan(`${'а\u00ad'.repeat(MAX_CHARS - 10)} токен`).terms).toContain('токен');
    const pagefind = wordsFake([{ url: '/services/token/', sections: [['шаги', 'выдать токен']] }]);
    const paths = async (q: string) =>
      (await searchSite(pagefind, { messages: [] }, q)).hits.map((h) => h.path);
    expect(await paths('то\u00adкен')).toEqual(['/services/token/']);
    expect(await paths('то\u0301кен')).toEqual(['/services/token/']);
    // Latin «o» and «e» inside the Cyrillic word.
    expect(await paths('тoкeн')).toEqual(['/services/token/']);
    expect(literalPlan('пapoль EИС').terms).toEqual(['пароль', 'еис']);
    // A letter held down: read as two (search-query.ts letterDoubled reads two as one).
    expect(literalPlan('тоооокен пароооль').terms).toEqual(['тоокен', 'парооль']);
  });

  it('plans at most MAX_PLANNED words: each costs a scan of the vocabulary', () => {
    const many = Array.from({ length: 40 }, (_, i) => `слово${i}`).join('  ');
    expect(firstWords(many, MAX_PLANNED).split(/\s+/)).toHaveLength(MAX_PLANNED);
    expect(firstWords(' пароль  для  интеграции ', 2)).toBe(' пароль  для');
    expect(firstWords('токен', 5)).toBe('токен');
  });
});

describe('Russian letter triples', () => {
  it('a word of the table looks Russian; junk and unreadable data do not', () => {
    const table = loadLetters(encodeLetters(['пароль', 'отказано']))!;
    expect(table.looksRussian('пароль')).toBe(true);
    expect(table.looksRussian('кщдшщ')).toBe(false);
    expect(loadLetters({ triples: 42 })).toBeUndefined();
    expect(loadLetters({ triples: '%%%' })).toBeUndefined();
    expect(loadLetters(null)).toBeUndefined();
  });
});

describe('synonyms', () => {
  it('a reader phrase brings its page', () => {
    expect(matchSynonyms('сменились реквизиты').map((s) => s.page)).toEqual([
      'connect/re-registration/',
    ]);
    expect(matchSynonyms('401 Unauthorized')[0]?.page).toBe('connect/https-credentials/');
    expect(matchSynonyms('токен')).toEqual([]);
    expect(matchSynonyms('нужен бумажный вариант инструкции')[0]?.page).toBe('print/');
    // A scrap of paper is no printed guide.
    expect(matchSynonyms('скопировала идентификатор на бумажку и потеряла')).toEqual([]);
    expect(matchSynonyms('как дозвониться до оператора')[0]?.anchor).toBe('телефоны-поддержки');
    // Readers' «опросник» is the site's «Вопросы» of «С чего начать».
    expect(matchSynonyms('что отвечать в опроснике про рис')[0]).toMatchObject({
      page: 'tools/start/',
      anchor: 'вопросы',
    });
  });

  it('a failure said alone opens the dictionary’s questions; one that names a thing does not', () => {
    const places = (q: string) => matchSynonyms(q).map((s) => `${s.page}#${s.anchor}`);
    const diagnostic = ['reference/troubleshooting/#diagnostic'];
    for (const q of [
      'не работает',
      'у нас опять всё сломалось, помогите!',
      'help',
      'ничего не получается',
      'интеграция не работает',
    ])
      expect(places(q), q).toEqual(diagnostic);
    for (const q of ['токен не работает', 'не работает кнопка продолжить', 'помогите с паролем'])
      expect(places(q), q).not.toContain(diagnostic[0]);
  });

  it('the reader’s own ticks and reminders: their sections; «галочки» alone is a flag', () => {
    const anchor = (q: string) => matchSynonyms(q).map((s) => `${s.page}#${s.anchor}`);
    expect(anchor('как перенести галочки на ноутбук')).toEqual(['tools/progress/#perenos']);
    expect(anchor('отметки отдельно для каждой школы')).toEqual(['tools/progress/#organizacii']);
    expect(anchor('удалить старое напоминание')).toEqual(['tools/reminder/#vashi-napominaniya']);
    expect(anchor('какая у меня ошибка')).toEqual(['reference/troubleshooting/#diagnostic']);
    expect(anchor('что делать сначала при проблеме в еис')).toEqual([
      'support/knowledge-base/#порядок-действий-при-проблеме',
    ]);
    expect(anchor('когда решат моё обращение')).toEqual([
      'support/request-statuses/#плановый-срок-решения',
    ]);
    expect(matchSynonyms('где список моих обращений').map((s) => s.page)).toEqual([
      'support/request-statuses/',
    ]);
    expect(matchSynonyms('как создать обращение')).toEqual([]);
    const page = (q: string) => matchSynonyms(q).map((s) => s.page);
    expect(page('завхоз просит код участника документооборота')).toEqual([
      'activation/edo-identifier/',
    ]);
    expect(page('пусть сайт предупредит до конца срока')).toEqual(['tools/reminder/']);
    expect(page('не знаю, какая инструкция мне нужна')).toEqual(['tools/start/']);
    expect(page('я новенькая, куда смотреть')).toEqual(['tools/start/']);
    expect(page('код ошибки 401')).not.toContain('activation/edo-identifier/');
    expect(matchSynonyms('какие галочки ставить в веб-торгах')).toEqual([]);
    expect(matchSynonyms('добавить напоминание о токене')).toEqual([]);
  });

  it('«что поменяли в инструкции …» brings the changes page first; a changed password does not', () => {
    for (const q of [
      'что поменяли в инструкции про токен',
      'обновилась ли инструкция про перерегистрацию',
      'последние правки в словаре ошибок',
      'подписаться на обновления через RSS',
    ]) {
      // First: listed before «словарь ошибок» (which «… в словаре ошибок» also says).
      expect(matchSynonyms(q)[0]?.page, q).toBe('reference/changes/');
    }
    expect(matchSynonyms('поменяли пароль в кабинете')).toEqual([]);
  });

  it('round 11: the home page, outages, requests by number, one’s progress, the path to choose', () => {
    const anchor = (q: string) => matchSynonyms(q).map((s) => `${s.page}#${s.anchor ?? ''}`);
    expect(anchor('открыть главную страницу')).toEqual(['#']);
    expect(anchor('на картинках настоящие экраны?')).toEqual(['#для-кого-этот-сайт']);
    expect(anchor('ЕИС лежит с утра')).toEqual(['support/knowledge-base/#новости-и-уведомления']);
    expect(anchor('моей ошибки нет в списке')).toEqual([
      'reference/troubleshooting/#if-nothing-helped',
    ]);
    expect(anchor('сколько шагов я уже сделала')).toEqual(['tools/progress/#vse-spiski']);
    expect(anchor('сайт отправляет мои данные?')).toEqual(['tools/progress/#что-сайт-отправляет']);
    expect(anchor('рис или токен, что выбрать')).toEqual([
      'services/overview/#как-понять-какой-путь-ваш',
    ]);
    expect(anchor('заново зарегистрировались в ЕИС')).toEqual(['connect/re-registration/#']);
    expect(anchor('подключить поликлинику к ЕИС')).toEqual(['tools/start/#']);
    // The narrower phrasing is listed first: «найти своё обращение» opens the page's search line.
    expect(anchor('найти своё обращение по номеру')[0]).toBe(
      'support/request-statuses/#страница-техническая-поддержка',
    );
    expect(anchor('распечатать мой план')[0]).toBe('tools/progress/#moy-plan');
    expect(anchor('сколько ждать ответа от техподдержки')).toEqual([
      'support/request-statuses/#плановый-срок-решения',
    ]);
    expect(anchor('перенести прогресс на другой компьютер')).toEqual(['tools/progress/#perenos']);
    expect(anchor('предупреждает ли еис, что заканчивается срок')).toEqual(['tools/reminder/#']);
    expect(anchor('словарь ошибок')).toEqual(['reference/troubleshooting/#']);
    expect(matchSynonyms('неверный логин')[0]?.entry).toBe('err-login-password-incorrect');
    expect(anchor('куда вставлять идентификатор эдо в программе')).toEqual([
      'activation/edo-identifier/#где-вводится-идентификатор',
    ]);
    // The token is an «идентификатор» too.
    expect(matchSynonyms('ввести идентификатор в блок токен')).toEqual([]);
    expect(anchor('какие разделы есть на сайте')).toEqual(['#как-устроен-сайт']);
    // «без авторизации» is listed before «авторизация» (the login guide): it leads.
    expect(anchor('подать обращение без авторизации')[0]).toBe(
      'support/create-request/#обращение-без-входа-в-лк',
    );
    expect(matchSynonyms('база знаний не открывается без входа')).toEqual([]);
    expect(anchor('клиент не может зайти в лк, как отправить обращение')).toEqual([
      'support/create-request/#обращение-без-входа-в-лк',
    ]);
    expect(anchor('консультация или ошибка — какой вид ставить')).toEqual([
      'support/create-request/#вид-обращения-консультация-или-ошибка',
    ]);
    expect(anchor('на картинках многоточия вместо названий')).toEqual(['#для-кого-этот-сайт']);
    // Not every «лежит», «выбрать», «сбой» or screenshot.
    expect(matchSynonyms('обращение закрыли: такой сбой уже был в новостях')).toEqual([]);
    expect(matchSynonyms('где лежит обучающее видео')).toEqual([]);
    // «выбрать вид обращения» is the request's kind, not the token-or-РИС choice.
    expect(anchor('как выбрать вид обращения')).toEqual([
      'support/create-request/#вид-обращения-консультация-или-ошибка',
    ]);
    expect(matchSynonyms('можно ли приложить скриншоты к обращению')).toEqual([]);
  });
});

describe('section words', () => {
  it('a question about the outcome asks for «Что получится»; «получить» does not', () => {
    expect(matchSections('что будет в итоге с токеном')).toEqual(['что-получится']);
    expect(matchSections('результат настройки')).toEqual(['что-получится']);
    expect(matchSections('получить токен')).toEqual([]);
    expect(matchSections('чем заканчивается настройка после перерегистрации')).toEqual([
      'что-получится',
    ]);
  });

  it('«кто …» asks for «Кто может это сделать», «что нужно для …» for «Что понадобится»', () => {
    expect(matchSections('кто выдает токен')).toEqual(['кто-может-это-сделать']);
    expect(matchSections('кто-то нажал ссылку')).toEqual([]);
    expect(matchSections('что нужно для прав рис')).toEqual(['что-понадобится']);
    expect(matchSections('нужен ли блокнот')).toEqual(['что-понадобится']);
    expect(matchSections('что произойдёт после отправки')).toEqual(['что-получится']);
    expect(matchSections('что изменится в кабинете')).toEqual(['что-получится']);
    expect(matchSections('что изменилось в инструкции')).toEqual([]);
  });

  it('«что дальше», «какой следующий шаг» ask for «Что дальше»; «дальше» alone does not', () => {
    expect(matchSections('перерегистрацию прошли, что дальше')).toEqual(['что-дальше']);
    expect(matchSections('пароль получен, какой следующий шаг')).toEqual(['что-дальше']);
    expect(matchSections('обзор прочитал, куда дальше')).toEqual(['что-дальше']);
    expect(matchSections('получил идентификатор, что ещё сделать')).toEqual(['что-дальше']);
    expect(matchSections('что появится в кабинете')).toEqual(['что-получится']);
    expect(matchSections('не пускает дальше')).toEqual([]);
  });

  it('«пошагово» asks for «Шаги»; «подготовить», «под рукой» for «Что понадобится»', () => {
    expect(matchSections('пошагово как подать обращение')).toEqual(['шаги']);
    expect(matchSections('что подготовить заранее')).toEqual(['что-понадобится']);
    expect(matchSections('что иметь под рукой')).toEqual(['что-понадобится']);
    expect(matchSections('подобрать план по шагам')).toEqual([]);
    expect(matchSections('чья учетка нужна, чтобы токен выдать')).toEqual([
      'кто-может-это-сделать',
    ]);
    expect(matchSections('под кем заходить, роль какая нужна')).toEqual(['кто-может-это-сделать']);
    expect(matchSections('может получить сотрудник или только руководитель?')).toEqual([
      'кто-может-это-сделать',
    ]);
    expect(matchSections('могу я сама получить токен?')).toEqual(['кто-может-это-сделать']);
    // A failure told, not a question of who may: «не могу».
    expect(matchSections('сама не могу зайти в торги')).toEqual([]);
    expect(matchSections('перерегистрация шаги по порядку')).toEqual(['шаги']);
    expect(matchSections('логин получен, какие следующие инструкции')).toEqual(['что-дальше']);
    // «потому что» is no «что потом», nor «чтобы потом».
    expect(matchSections('обращение закрыли, потому что сбой')).toEqual([]);
    expect(matchSections('на какой срок выдать токен, чтобы потом не получать заново')).toEqual([]);
    expect(matchSections('пароль ввели, что потом')).toEqual(['что-дальше']);
  });

  it('«по порядку», «пошагово» said with another kind ask for «Шаги» first', () => {
    expect(matchSections('что делать в еис, что потом в торгах, по порядку')).toEqual([
      'шаги',
      'что-дальше',
    ]);
  });
});

describe('a detail of a step', () => {
  it('a control or «где», «куда» asks for a detail of a step; «окончание», «нигде» do not', () => {
    expect(asksStepDetail('где ставить флаг для сервисов отдачи')).toBe(true);
    expect(asksStepDetail('какую кнопку нажать после копирования')).toBe(true);
    expect(asksStepDetail('куда вписать логин в торгах')).toBe(true);
    expect(asksStepDetail('окончание срока токена')).toBe(false);
    expect(asksStepDetail('токена нигде нет')).toBe(false);
  });

  const pagefind = wordsFake([
    {
      url: '/services/token/',
      sections: [
        ['_top', 'токен'],
        ['кто-может-это-сделать', 'флаг сервисов отдачи ставит администратор'],
        [
          'шаги',
          'откройте карточку пользователя выберите срок токена отметьте разрешить использование сервисов отдачи нажмите сохранить скопируйте токен вставьте в веб-торги',
        ],
      ],
    },
  ]);
  /** Where the first result leads, decoded. */
  const firstOf = async (pf: typeof pagefind, q: string) =>
    decodeURIComponent((await searchSite(pf, { messages: [] }, q)).hits[0]!.url);
  const url = (q: string) => firstOf(pagefind, q);

  it('opens a guide at «Шаги», not at a short section around them that has more of its words', async () => {
    expect(await url('где ставить флаг сервисов отдачи')).toBe('/services/token/#шаги');
  });

  it('opens «Шаги», not the top of the guide, though the top holds every word', async () => {
    const guide = wordsFake([
      {
        url: '/connect/web-torgi-ks/',
        sections: [
          ['_top', 'куда вводить пароль еис'],
          ['шаги', 'откройте настройки нажмите сохранить'],
        ],
      },
    ]);
    const first = (q: string) => firstOf(guide, q);
    expect(await first('куда вводить пароль еис')).toBe('/connect/web-torgi-ks/#шаги');
  });

  it('a guide whose frame only the words chose opens at «Шаги»; a frame asked for opens', async () => {
    const guide = wordsFake([
      {
        url: '/connect/https-credentials/',
        sections: [
          ['_top', 'интеграция'],
          ['что-дальше', 'что дальше: введите логин и пароль в веб-торги'],
          ['шаги', 'откройте карточку'],
        ],
      },
    ]);
    const first = (q: string) => firstOf(guide, q);
    expect(await first('логин и пароль')).toBe('/connect/https-credentials/#шаги');
    expect(await first('логин и пароль, что дальше')).toBe(
      '/connect/https-credentials/#что-дальше',
    );
  });

  it('a guide that nothing opens at a section opens at «Шаги»; a term asked for stays on top', async () => {
    const guide = wordsFake([
      {
        url: '/connect/web-torgi-ks/',
        sections: [
          ['_top', 'пароль еис веб-торги'],
          ['шаги', 'откройте настройки нажмите сохранить'],
        ],
      },
      { url: '/reference/glossary/', sections: [['_top', 'глоссарий']] },
    ]);
    const first = (q: string) => firstOf(guide, q);
    expect(await first('пароль еис веб-торги')).toBe('/connect/web-torgi-ks/#шаги');
    expect(await first('что такое веб-торги')).toBe('/connect/web-torgi-ks/');
  });

  it('leaves the section a question asks for by its kind («кто …»), and a question without such words', async () => {
    expect(await url('кто ставит флаг сервисов отдачи')).toBe(
      '/services/token/#кто-может-это-сделать',
    );
    expect(await url('администратор сервисов отдачи')).toBe(
      '/services/token/#кто-может-это-сделать',
    );
  });
});

describe('words together', () => {
  it('a page whose one section has every word ranks before one that has them apart', async () => {
    const pagefind = wordsFake([
      {
        url: '/long/',
        sections: [
          ['_top', 'длинная страница'],
          ['a', 'старое дело'],
          ['b', 'напоминание где-то'],
        ],
      },
      {
        url: '/tool/',
        sections: [
          ['_top', 'инструмент'],
          ['list', 'старое напоминание удалить'],
        ],
      },
    ]);
    const answer = await searchSite(pagefind, { messages: [] }, 'старое напоминание');
    expect(answer.hits.map((h) => h.url)).toEqual(['/tool/#list', '/long/#a']);
  });
});

describe('the changes page', () => {
  it('does not lead a question about a guide’s task, only one about changes', async () => {
    const pagefind = wordsFake([
      {
        url: '/reference/changes/',
        sections: [['page-edo', 'идентификатор эдо вставлять веб-торги изменения']],
      },
      { url: '/activation/edo-identifier/', sections: [['где', 'идентификатор эдо вставлять']] },
    ]);
    const paths = async (q: string) =>
      (await searchSite(pagefind, { messages: [] }, q)).hits.map((h) => h.path);
    expect(await paths('идентификатор эдо вставлять')).toEqual([
      '/activation/edo-identifier/',
      '/reference/changes/',
    ]);
    expect((await paths('история изменений идентификатор эдо'))[0]).toBe('/reference/changes/');
  });
});

describe('a question’s kind with a slip in it', () => {
  it('is read in the corrected query too: «подготвить…» asks «Что понадобится»', async () => {
    const pagefind = wordsFake([
      {
        url: '/services/token/',
        sections: [
          ['_top', 'токен'],
          ['что-понадобится', 'подготовить доступ'],
          ['шаги', 'выдать токен срок'],
        ],
      },
    ]);
    const vocab = loadVocabulary({
      pages: 2,
      words: { '1': 'токен подготовить доступ выдать срок' },
    });
    const answer = await searchSite(pagefind, { vocab, messages: [] }, 'подготвить токен');
    expect(answer.plan.understood).toBe('подготовить токен');
    expect(decodeURIComponent(answer.hits[0]?.url ?? '')).toBe('/services/token/#что-понадобится');
  });
});

describe('a page’s title as the query', () => {
  const pagefind = wordsFake([
    {
      url: '/connect/https-credentials/',
      title: 'Логин и пароль',
      sections: [
        ['_top', 'логин пароль'],
        ['шаги', 'пароль изменилось что изменилось нажмите'],
      ],
    },
    {
      url: '/reference/changes/',
      title: 'Что изменилось',
      sections: [
        ['_top', 'что изменилось'],
        ['page-https', 'логин пароль изменилось'],
      ],
    },
    {
      url: '/tools/progress/',
      title: 'Мой прогресс',
      sections: [
        ['_top', 'мой'],
        ['perenos', 'прогресс перенос прогресс прогресс'],
      ],
    },
  ]);
  const first = async (q: string) => (await searchSite(pagefind, { messages: [] }, q)).hits[0]?.url;

  it('leads, opened at its start, though another page has more of its words', async () => {
    expect(await first('Что изменилось')).toBe('/reference/changes/');
    expect(await first('что  изменилось?')).toBe('/reference/changes/');
    expect(await first('мой прогресс')).toBe('/tools/progress/');
    // More words than the title: the usual ranking.
    expect(await first('что изменилось пароль нажмите')).toBe(
      `/connect/https-credentials/#${encodeURIComponent('шаги')}`,
    );
  });

  it('a guide named by its title opens at its «Шаги»', async () => {
    expect(await first('логин и пароль')).toBe(
      `/connect/https-credentials/#${encodeURIComponent('шаги')}`,
    );
  });
});

describe('the caller’s pause', () => {
  it('is awaited between the ranking’s three stages, and the answer is the same', async () => {
    const pagefind = wordsFake([
      { url: '/a/', sections: [['_top', 'токен срок']] },
      { url: '/b/', sections: [['x', 'токен продлить срок']] },
    ]);
    let pauses = 0;
    const pause = async () => {
      pauses += 1;
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    };
    const plain = await searchSite(pagefind, { messages: [] }, 'продлить токен срок');
    const paused = await searchSite(pagefind, { messages: [] }, 'продлить токен срок', { pause });
    // The three stages, and before the second page while scoring and while choosing sections.
    expect(pauses).toBe(5);
    expect(paused.hits.map((h) => h.url)).toEqual(plain.hits.map((h) => h.url));
    expect(plain.hits.length).toBeGreaterThan(0);
  });

  it('is awaited before every page but the first while the pages are scored and their sections chosen', async () => {
    const pagefind = wordsFake(
      Array.from({ length: 9 }, (_, i) => ({
        url: `/p${i}/`,
        sections: [['_top', `токен срок страница${i}`]] as [string, string][],
      })),
    );
    let pauses = 0;
    const pause = async () => {
      pauses += 1;
    };
    const plain = await searchSite(pagefind, { messages: [] }, 'токен срок');
    const paused = await searchSite(pagefind, { messages: [] }, 'токен срок', { pause });
    expect(plain.hits).toHaveLength(9);
    // Before pages 2 to 9 while scoring them and again while choosing their sections, and the
    // ranking's three.
    expect(pauses).toBe(19);
    expect(paused.hits.map((h) => h.url)).toEqual(plain.hits.map((h) => h.url));
  });

  it('stops a search the caller has aborted: it rejects and asks Pagefind nothing more', async () => {
    const fake = wordsFake([
      { url: '/a/', sections: [['_top', 'токен срок']] },
      { url: '/b/', sections: [['x', 'токен продлить срок']] },
    ]);
    let searches = 0;
    const pagefind = {
      search: (query: string) => {
        searches += 1;
        return fake.search(query);
      },
    };
    const controller = new AbortController();
    // The reader types on while the first stage's answer is being read.
    const pause = async () => controller.abort();
    const run = searchSite(pagefind, { messages: [] }, 'продлить токен срок', {
      pause,
      signal: controller.signal,
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    const asked = searches;
    expect(asked).toBeGreaterThan(0);
    // Aborted before it starts: not one Pagefind search.
    await expect(
      searchSite(pagefind, { messages: [] }, 'продлить токен срок', { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(searches).toBe(asked);
  });
});

describe('synonyms in the engine', () => {
  const pagefind = wordsFake([
    { url: '/connect/web-torgi-ks/', sections: [['_top', 'подключить еис web-торги-кс']] },
    { url: '/tools/start/', sections: [['_top', 'с чего начать подключить']] },
    {
      url: '/tools/progress/',
      sections: [
        ['_top', 'мой прогресс'],
        ['vse-spiski', 'все чек-листы отметки'],
        ['perenos', 'перенос и сброс отметки'],
      ],
    },
  ]);
  const vocab = loadVocabulary({
    pages: 3,
    words: { '1': 'с чего начать web-торги-кс мой прогресс перенос сброс', '2': 'подключить еис' },
  });
  const russian = loadLetters(encodeLetters(['подключить', 'больницу', 'к', 'еис']));

  it('are read in its ЙЦУКЕН reading: «gjlrk.xbnm ,jkmybwe r tbc» is «подключить больницу к еис»', async () => {
    const answer = await searchSite(
      pagefind,
      { vocab, russian, messages: [] },
      'gjlrk.xbnm ,jkmybwe r tbc',
    );
    expect(answer.plan.understood).toBe('подключить больницу к еис');
    expect(answer.hits[0]?.path).toBe('/tools/start/');
  });

  it('are read in the corrected query too: «подклюить еис» is «подключить еис»', async () => {
    const answer = await searchSite(
      pagefind,
      { vocab, russian, messages: [] },
      'подклюить еис web-торги-кс',
    );
    expect(answer.plan.understood).toBe('подключить еис web-торги-кс');
    expect(answer.hits[0]?.path).toBe('/tools/start/');
  });

  it('of two pages the reader’s words pin, the one listed first leads', async () => {
    const pages = wordsFake([
      // Pagefind's first, with every word together too.
      { url: '/print/', sections: [['_top', 'распечатать мой план инструкция для печати']] },
      {
        url: '/tools/progress/',
        sections: [
          ['_top', 'мой прогресс'],
          ['moy-plan', 'мой план распечатать'],
        ],
      },
    ]);
    const answer = await searchSite(pages, { messages: [] }, 'распечатать мой план');
    expect(answer.hits.map((h) => h.url)).toEqual(['/tools/progress/#moy-plan', '/print/']);
  });

  it('a kind of section the question asks for comes before a synonym’s section', async () => {
    const pages = wordsFake([
      {
        url: '/services/overview/',
        sections: [
          ['_top', 'токен или рис'],
          ['как-понять-какой-путь-ваш', 'какой путь ваш'],
          ['что-дальше', 'что дальше'],
        ],
      },
    ]);
    const answer = await searchSite(pages, { messages: [] }, 'выбрал токен или рис, что дальше');
    expect(answer.hits[0]?.url).toBe(`/services/overview/#${encodeURIComponent('что-дальше')}`);
  });

  it('of two phrasings for one page, the first listed names the section', async () => {
    const answer = await searchSite(
      pagefind,
      { vocab, russian, messages: [] },
      'обнулить все отметки в чек-листах',
    );
    expect(answer.hits[0]?.url).toBe('/tools/progress/#perenos');
  });
});

describe('words in the title', () => {
  it('of pages with as many words together, the one whose title has more of them first', async () => {
    const pagefind = wordsFake([
      { url: '/other/', title: 'Ввод пароля', sections: [['a', 'старое напоминание']] },
      { url: '/reminder/', title: 'Напоминание о сроках', sections: [['b', 'старое напоминание']] },
    ]);
    const answer = await searchSite(pagefind, { messages: [] }, 'старое напоминание');
    expect(answer.hits.map((h) => h.path)).toEqual(['/reminder/', '/other/']);
  });
});

describe('a synonym with a dictionary entry', () => {
  const pages = [
    {
      url: '/connect/https-credentials/',
      sections: [['_top', 'логин пароль интеграции авторизация']] as [string, string][],
    },
    {
      url: '/reference/troubleshooting/',
      sections: [
        ['_top', 'ошибки'],
        ['err-login-password-incorrect', 'логин пароль интеграции некорректны'],
      ] as [string, string][],
    },
  ];
  const messages = [
    { path: 'reference/troubleshooting/', id: 'err-x', title: 'Другая ошибка', phrases: ['x'] },
  ];
  const vocab = loadVocabulary({
    pages: 2,
    words: { '1': 'авторизация некорректны ошибки', '2': 'логин пароль интеграции' },
  });

  it('a failure («401 Unauthorized») opens the entry first, the bare word the guide first', async () => {
    const pagefind = wordsFake(pages);
    const urls = async (q: string) =>
      (await searchSite(pagefind, { messages, vocab }, q)).hits.map((h) =>
        decodeURIComponent(h.url),
      );
    expect((await urls('401 Unauthorized'))[0]).toBe(
      '/reference/troubleshooting/#err-login-password-incorrect',
    );
    expect((await urls('авторизация')).slice(0, 2)).toEqual([
      '/connect/https-credentials/',
      '/reference/troubleshooting/#err-login-password-incorrect',
    ]);
  });
});

describe('section kinds first', () => {
  const page = (url: string, ids: string[]) =>
    ({
      url,
      anchors: ids.map((id) => ({ element: 'h2', id, text: id, location: 0 })),
    }) as unknown as PageData;
  const glossary = page('/reference/glossary/', []);
  const create = page('/support/create-request/', ['кто-может-это-сделать']);
  const kb = page('/support/knowledge-base/', []);

  it('a page with the asked section moves before those without it, pinned pages stay', () => {
    const ranked = [glossary, kb, create];
    kindFirst(ranked, ['кто-может-это-сделать'], new Set(['/support/knowledge-base/']));
    expect(ranked).toEqual([kb, create, glossary]);
  });

  it('of the guides with the section, the one whose title has the question’s words first', () => {
    const titled = (url: string, title: string) =>
      ({ ...page(url, ['что-дальше']), meta: { title } }) as unknown as PageData;
    const wtks = titled('/connect/web-torgi-ks/', 'Ввод логина и пароля в Web-Торги-КС');
    const rereg = titled('/connect/re-registration/', 'После перерегистрации организации');
    const ranked = [glossary, wtks, rereg];
    kindFirst(ranked, ['что-дальше'], new Set(), ['перерегистрацию', 'прошли', 'дальше']);
    expect(ranked).toEqual([rereg, wtks, glossary]);
  });

  it('no asked kind, no change', () => {
    const ranked = [glossary, create];
    kindFirst(ranked, [], new Set());
    expect(ranked).toEqual([glossary, create]);
  });
});

describe('a phone number typed as one word', () => {
  it('opens the section that lists it, however spaced there', async () => {
    const fake = wordsFake([
      {
        url: '/kb/',
        sections: [
          ['_top', 'база знаний 88006009089'],
          ['faq', 'вопросы ответы'],
          ['телефоны', 'Телефоны 8 800 600-90-89'],
        ],
      },
    ]);
    const [hit] = (await searchSite(fake, { messages: [] }, '88006009089')).hits;
    expect(decodeURIComponent(hit!.url)).toBe('/kb/#телефоны');
  });
});

describe('the guide a kind question is about', () => {
  it('is found by its section even when it has none of the question’s other words', async () => {
    const pagefind = wordsFake([
      {
        url: '/token/',
        title: 'Токен',
        sections: [
          ['_top', 'токен должен'],
          ['кто-может-это-сделать', 'кто может это сделать должен заказчик рис'],
        ],
      },
      {
        url: '/ris/',
        title: 'Права доступа к РИС',
        sections: [
          ['_top', 'права доступа'],
          ['кто-может-это-сделать', 'кто может это сделать администратор'],
        ],
      },
    ]);
    const answer = await searchSite(pagefind, { messages: [] }, 'кто должен для рис');
    expect(answer.hits.map((h) => decodeURIComponent(h.url))).toEqual([
      '/ris/#кто-может-это-сделать',
      '/token/#кто-может-это-сделать',
    ]);
    // Without the asked kind, the page without the words is not brought in.
    const plain = await searchSite(pagefind, { messages: [] }, 'должен рис');
    expect(plain.hits.map((h) => h.path)).toEqual(['/token/']);
  });

  it('comes in when every page with all the words has them for the filler', async () => {
    const filler = (url: string) => ({
      url,
      sections: [['_top', 'должен права рис']] as [string, string][],
    });
    const pages = [filler('/a/'), filler('/b/'), filler('/c/')];
    const topic = { url: '/ris/', sections: [['_top', 'права рис']] as [string, string][] };
    const named = loadVocabulary({
      pages: 4,
      words: { '3': 'должен', '4': 'права рис' },
      named: 'права рис',
    });
    const all = loadVocabulary({
      pages: 4,
      words: { '3': 'должен', '4': 'права рис' },
      named: 'должен права рис',
    });
    const paths = async (vocab: typeof named) =>
      (
        await searchSite(wordsFake([...pages, topic]), { messages: [], vocab }, 'должен права рис')
      ).hits.map((h) => h.path);
    expect(await paths(named)).toContain('/ris/');
    expect(await paths(all)).not.toContain('/ris/');
  });

  it('comes in too when dropping words stops at pages that have the reader’s own verb', async () => {
    const page = (url: string, text: string) => ({
      url,
      sections: [['_top', text]] as [string, string][],
    });
    const pages = [
      page('/glossary/', 'дату предоставления доступа ставить рис'),
      // Dropping «доступа» finds these two: three pages, and the dropping stops.
      page('/f1/', 'дату предоставления ставить рис'),
      page('/f2/', 'дату предоставления ставить рис'),
      page('/ris/', 'дату предоставления доступа рис'),
    ];
    const vocab = loadVocabulary({
      pages: 8,
      // «предоставления» is the rarest (every word but it finds only the glossary).
      words: { '1': 'предоставления ставить', '2': 'дату', '5': 'доступа рис' },
      named: 'дату предоставления доступа рис',
    });
    const answer = await searchSite(
      wordsFake(pages),
      { messages: [], vocab },
      'какую дату предоставления доступа ставить для рис',
    );
    expect(answer.hits.map((h) => h.path)).toContain('/ris/');
  });
});

describe('a group of errors', () => {
  const dict = {
    url: '/reference/troubleshooting/',
    anchors: [
      { element: 'h2', id: 'starlight__on-this-page', text: 'На этой странице', location: 0 },
      { element: 'h2', id: 'expiry', text: 'Сроки действия', location: 1 },
      { element: 'h3', id: 'err-token-expired', text: 'Истёк срок действия токена', location: 2 },
      { element: 'h2', id: 'support-requests', text: 'Обращения в поддержку', location: 3 },
    ],
  } as unknown as PageData;
  const group = (raw: string, terms: string[]) =>
    errorGroup(raw, terms, [dict], '/reference/troubleshooting/');

  it('opens the dictionary’s group whose heading has the question’s other words', () => {
    expect(group('ошибки из-за сроков действия', ['ошибки', 'сроков', 'действия'])).toBe('expiry');
    expect(group('Типичные проблемы с обращениями', ['типичные', 'проблемы', 'обращениями'])).toBe(
      'support-requests',
    );
    expect(
      // Two of five words: the heading has two, which is enough.
      group('ошибки со сроком действия токена и идентификатора эдо', [
        'ошибки',
        'сроком',
        'действия',
        'токена',
        'идентификатора',
        'эдо',
      ]),
    ).toBe('expiry');
  });

  it('one error, a heading with too few of the words, or no dictionary: no group', () => {
    expect(group('ошибка срок действия', ['ошибка', 'срок', 'действия'])).toBeUndefined();
    expect(group('ошибки при вводе пароля', ['ошибки', 'вводе', 'пароля'])).toBeUndefined();
    expect(group('ошибки', ['ошибки'])).toBeUndefined();
    expect(
      errorGroup('ошибки сроков', ['сроков'], [], '/reference/troubleshooting/'),
    ).toBeUndefined();
  });
});

describe('failures first', () => {
  const page = (url: string) => ({ url }) as unknown as PageData;
  const guide = page('/connect/https-credentials/');
  const dict = page('/reference/troubleshooting/');
  const section = (id: string, matched: number) => ({
    id,
    title: '',
    start: 0,
    end: 1,
    score: 1,
    matched,
  });
  const plan = (error: boolean) => ({ ...literalPlan('x'), error });

  it('a failure goes to the dictionary entry that has as many of its words as the guide', () => {
    const ranked = [guide, dict];
    const best = (p: PageData) => (p === dict ? section('err-continue', 3) : section('шаги', 3));
    failureFirst(ranked, plan(true), new Set(), best, '/reference/troubleshooting/');
    expect(ranked).toEqual([dict, guide]);
  });

  it('or to the entry whose heading names three of its words, though the guide has more', () => {
    const told = {
      ...literalPlan('нажал сохранить в карточке и пароль сменился'),
      error: true,
    };
    const heading = (title: string) => (p: PageData) =>
      p === dict ? { ...section('err-password-reset-by-save', 3), title } : section('шаги', 5);
    const ranked = [guide, dict];
    const named = heading('Нажали «Сохранить» — пароль снова изменился');
    failureFirst(ranked, told, new Set(), named, '/reference/troubleshooting/');
    expect(ranked).toEqual([dict, guide]);
    // Two of its words in the heading are not enough.
    const fewer = [guide, dict];
    const two = heading('Нажали «Сохранить»');
    failureFirst(fewer, told, new Set(), two, '/reference/troubleshooting/');
    expect(fewer).toEqual([guide, dict]);
  });

  it('a task question, a weaker entry, or a page the reader’s words pin keeps the guide first', () => {
    const strong = (p: PageData) => (p === dict ? section('err-continue', 3) : section('шаги', 2));
    const weak = (p: PageData) => (p === dict ? section('err-continue', 1) : section('шаги', 2));
    const cases: [boolean, typeof strong, Set<string>][] = [
      [false, strong, new Set()],
      [true, weak, new Set()],
      [true, strong, new Set(['/connect/https-credentials/'])],
    ];
    for (const [error, best, pinned] of cases) {
      const ranked = [guide, dict];
      failureFirst(ranked, plan(error), pinned, best, '/reference/troubleshooting/');
      expect(ranked).toEqual([guide, dict]);
    }
    // A group heading of the dictionary is no entry.
    const ranked = [guide, dict];
    const group = (p: PageData) => (p === dict ? section('expiry', 3) : section('шаги', 1));
    failureFirst(ranked, plan(true), new Set(), group, '/reference/troubleshooting/');
    expect(ranked).toEqual([guide, dict]);
  });
});

describe('reader words: a request to support', () => {
  it('«заявка» in a support question is the site’s «обращение»', () => {
    expect(siteWord('заявку')).toBe('обращение');
    expect(siteWord('заявка')).toBe('обращение');
  });
});

describe('reader words', () => {
  it('a reader word is searched as the site word and still shown as typed', () => {
    expect(siteWord('просрочен')).toBe('истек');
    expect(siteWord('токен')).toBeUndefined();
    expect(siteWord('напоминалка')).toBe('напоминание');
    expect(siteWord('напомнит')).toBe('напоминание');
    expect(siteWord('завести')).toBe('создать');
    // «заведующая» (a school's head) is no «завести».
    expect(siteWord('заведующая')).toBeUndefined();
    expect(siteWord('вбивает')).toBe('ввести');
    expect(siteWord('госзакупок')).toBe('еис');
    expect(siteWord('админке')).toBe('администрирование');
    const wt = loadVocabulary({ pages: 3, words: { '1': 'web-торги пароль' } });
    expect(planQuery('в ВТ пароль', wt, { corrections: false }).terms).toEqual([
      'web-торги',
      'пароль',
    ]);
    const web = loadVocabulary({ pages: 3, words: { '1': 'web-торги' } });
    expect(planQuery('вебторгах', web, { corrections: false }).terms).toEqual(['web-торги']);
    const vocab = loadVocabulary({ pages: 3, words: { '1': 'истек токен' } });
    const plan = planQuery('просрочен токен', vocab, { corrections: false });
    expect(plan.terms).toEqual(['истек', 'токен']);
    expect(plan.understood).toBe('просрочен токен');
    expect(plan.corrected).toBe(false);
  });
});

describe('term questions', () => {
  const glossary = {
    url: '/reference/glossary/',
    anchors: [
      {
        element: 'dt',
        id: 'token',
        text: 'Токен (идентификатор для использования сервисов отдачи)',
        location: 9,
      },
      { element: 'dt', id: 'output-services', text: 'Сервисы отдачи', location: 3 },
      { element: 'h2', id: 'что-дальше', text: 'Что дальше', location: 20 },
    ],
  } as unknown as PageData;

  it('knows a question for a meaning', () => {
    expect(asksDefinition('что такое сервисы отдачи')).toBe(true);
    expect(asksDefinition('ГоИС расшифровка')).toBe(true);
    expect(asksDefinition('лк это')).toBe(true);
    expect(asksDefinition('web-торги-кс что за программа')).toBe(true);
    expect(asksDefinition('как получить токен')).toBe(false);
    expect(asksDefinition('что считается закупкой малого объёма')).toBe(true);
    expect(asksDefinition('уполномоченное учреждение это роль?')).toBe(true);
    // The section every guide has is no term question.
    expect(asksDefinition('обычный сотрудник может это сделать?')).toBe(false);
  });

  it('opens the entry whose name has every word, the one with fewest other words', () => {
    expect(termEntry(glossary, ['сервисы', 'отдачи'])).toBe('output-services');
    expect(termEntry(glossary, ['токен'])).toBe('token');
    expect(termEntry(glossary, ['дальше'])).toBeUndefined();
  });

  it('or all but one of three words or more («сервисы отдачи это роль?»), never of two', () => {
    expect(termEntry(glossary, ['сервисы', 'отдачи', 'роль'])).toBe('output-services');
    expect(termEntry(glossary, ['сервисы', 'роль'])).toBeUndefined();
    expect(termEntry(glossary, ['сервисы', 'роль', 'права'])).toBeUndefined();
  });

  it('reads the term a longer question names: after «что такое», before «— это», the first of two', () => {
    expect(
      namedTerm(
        'Объясните простыми словами, что такое электронное активирование и при чём тут акты?',
      ),
    ).toEqual(['электронное', 'активирование']);
    expect(namedTerm('ЛК заказчика и ЛК 44-ФЗ одно и то же? что вообще значит лк')).toEqual(['лк']);
    expect(namedTerm('ГоИС — что это за система и то же ли это, что Web-Торги-КС?')).toEqual([
      'гоис',
    ]);
    expect(namedTerm('токен и идентификатор ЭДО — это одно и то же?')).toEqual(['токен']);
    expect(
      namedTerm('администратор организации и лицо, уполномоченное руководителем, — это кто?'),
    ).toEqual(['администратор', 'организации']);
    expect(namedTerm('web-торги-кс что за программа')).toEqual(['web-торги-кс']);
    // A name in quotes: the text before the opening quote is empty, the name follows it.
    expect(namedTerm('что такое «ЛК»?')).toEqual(['лк']);
    expect(namedTerm('как получить токен')).toEqual([]);
  });

  describe('a longer question opens the entry of the term it names', () => {
    const pagefind = wordsFake([
      {
        url: '/services/token/',
        sections: [
          ['_top', 'токен для сервисов отдачи'],
          ['шаги', 'токен и идентификатор эдо одно и то же простыми словами при чём тут акты'],
        ],
      },
      {
        url: '/reference/glossary/',
        sections: [
          ['_top', 'глоссарий'],
          ['token', 'токен идентификатор сервисов отдачи', 'dt', 'Токен (идентификатор)'],
          ['edo', 'эдо электронный документооборот идентификатор', 'dt', 'ЭДО'],
          ['output-services', 'сервисы отдачи', 'dt', 'Сервисы отдачи'],
          ['support-request', 'обращение в поддержку', 'dt', 'Обращение'],
        ],
      },
      {
        url: '/support/request-statuses/',
        sections: [
          ['_top', 'статусы обращений'],
          ['статусы', 'обращение висит в статусе открыто это нормально'],
        ],
      },
    ]);
    const url = async (q: string, messages: MessageEntry[] = []) =>
      decodeURIComponent((await searchSite(pagefind, { messages }, q)).hits[0]!.url);

    it('though the question has words its name has not', async () => {
      expect(await url('что такое сервисы отдачи простыми словами')).toBe(
        '/reference/glossary/#output-services',
      );
    });

    it('and finds the entry by the name alone when the whole question did not find its page', async () => {
      expect(await url('токен и идентификатор эдо — это одно и то же?')).toBe(
        '/reference/glossary/#token',
      );
    });

    it('not by one word of a longer name: «обращение висит… — это нормально?» names no term', async () => {
      expect(await url('обращение висит в статусе открыто — это нормально?')).toBe(
        '/support/request-statuses/#статусы',
      );
    });

    it('before an error message that mentions the term', async () => {
      const message: MessageEntry = {
        path: 'reference/troubleshooting/',
        id: 'err-extra-roles',
        title: 'Сервисы отдачи недоступны',
        phrases: ['сервисы отдачи'],
      };
      expect(await url('сервисы отдачи — что это', [message])).toBe(
        '/reference/glossary/#output-services',
      );
    });
  });
});

describe('a query that is only a term’s name', () => {
  const pagefind = wordsFake([
    {
      url: '/services/ris-rights/',
      sections: [
        ['_top', 'права доступа рис'],
        [
          'шаги',
          'роль уполномоченное учреждение или уполномоченный орган электронное активирование',
        ],
      ],
    },
    {
      url: '/reference/glossary/',
      sections: [
        ['_top', 'глоссарий'],
        [
          'authorized-institution',
          'уполномоченное учреждение роль',
          'dt',
          'Уполномоченное учреждение',
        ],
        ['electronic-activation', 'электронное активирование', 'dt', 'Электронное активирование'],
        ['lk', 'лк личный кабинет', 'dt', 'ЛК — личный кабинет'],
      ],
    },
  ]);
  const url = async (q: string, data: EngineData = { messages: [] }) =>
    decodeURIComponent((await searchSite(pagefind, data, q)).hits[0]!.url);

  it('reads an entry’s name before a dash or a bracket, two words or more, every word', () => {
    const glossary = {
      anchors: [
        { element: 'dt', id: 'lk', text: 'ЛК — личный кабинет', location: 0 },
        { element: 'dt', id: 'token', text: 'Токен (идентификатор)', location: 1 },
        { element: 'dt', id: 'ai', text: 'Уполномоченное учреждение', location: 2 },
        { element: 'dt', id: 'https', text: 'Альтернативная интеграция по HTTPS', location: 3 },
      ],
    } as unknown as PageData;
    expect(exactTermEntry(glossary, ['уполномоченное', 'учреждение'])).toBe('ai');
    // One word is too little to be sure («токен» is a guide's task).
    expect(exactTermEntry(glossary, ['токен'])).toBeUndefined();
    expect(exactTermEntry(glossary, ['личный', 'кабинет'])).toBeUndefined();
    expect(exactTermEntry(glossary, ['уполномоченное', 'учреждение', 'роль'])).toBeUndefined();
    expect(exactTermEntry(glossary, ['уполномоченное', 'роль'])).toBeUndefined();
    // Part of a longer name is not the name.
    expect(exactTermEntry(glossary, ['альтернативная', 'интеграция'])).toBeUndefined();
  });

  it('opens the term’s entry, not the guide that mentions it', async () => {
    expect(await url('уполномоченное учреждение')).toBe(
      '/reference/glossary/#authorized-institution',
    );
  });

  it('but a part of the site the sidebar names so is a place to go, not a term to read', async () => {
    expect(await url('электронное активирование')).not.toMatch(/^\/reference\/glossary\//);
  });

  it('and readers’ questions that agree on another page keep it', async () => {
    const asked = loadAsked(
      encodeAsked(
        [
          ['уполномоченное учреждение', 'services/ris-rights/'],
          ['уполномоченное учреждение где', 'services/ris-rights/'],
          ['уполномоченное учреждение у нас', 'services/ris-rights/'],
        ],
        () => 'Страница',
      ),
    )!;
    expect(await url('уполномоченное учреждение', { messages: [], asked })).toMatch(
      /^\/services\/ris-rights\//,
    );
  });
});

describe('«Что изменилось»: the list of the guide the query names', () => {
  const changes = {
    url: '/reference/changes/',
    excerpt: '',
    meta: { title: 'Что изменилось' },
    anchors: [
      { element: 'h2', id: 'by-page', text: 'По страницам', location: 0 },
      {
        element: 'h3',
        id: 'page-connect-https-credentials',
        text: 'Логин и пароль ЕИС для интеграции по HTTPS',
        location: 1,
      },
      {
        element: 'h3',
        id: 'page-connect-re-registration',
        text: 'После перерегистрации организации',
        location: 2,
      },
      { element: 'h3', id: 'page-services-token', text: 'Токен для сервисов отдачи', location: 3 },
      {
        element: 'h3',
        id: 'page-support-create-request',
        text: 'Как создать обращение в поддержку ЕИС',
        location: 4,
      },
      {
        element: 'h3',
        id: 'page-support-knowledge-base',
        text: 'База знаний и каналы поддержки ЕИС',
        location: 5,
      },
    ],
  } as unknown as PageData;
  const link = (id: string, title = ''): SubResult => ({
    title,
    url: `/reference/changes/#${id}`,
    excerpt: '',
  });
  const id = (s: SubResult | undefined) => s?.url.split('#')[1];

  it('opens the page’s start for a query that names no guide, not some guide’s list', () => {
    expect(
      changesSection(changes, ['изменилось', 'инструкциях'], link('page-services-token')),
    ).toBeUndefined();
    // «ЕИС» is in three titles: it names no guide.
    expect(
      changesSection(changes, ['изменилось', 'еис'], link('page-services-token')),
    ).toBeUndefined();
    // A section that is no guide's list stays.
    expect(id(changesSection(changes, ['изменения', 'страницам'], link('by-page')))).toBe(
      'by-page',
    );
  });

  it('opens the list of the guide the query names, whatever was chosen before', () => {
    expect(
      id(changesSection(changes, ['история', 'изменений', 'перерегистрации'], link('by-page'))),
    ).toBe('page-connect-re-registration');
    expect(
      id(changesSection(changes, ['изменения', 'токен'], link('page-connect-re-registration'))),
    ).toBe('page-services-token');
    expect(id(changesSection(changes, ['изменения', 'токен'], undefined))).toBe(
      'page-services-token',
    );
    // Of two guides named as much, the one chosen before stays.
    expect(
      id(changesSection(changes, ['перерегистрации', 'токен'], link('page-services-token'))),
    ).toBe('page-services-token');
  });

  it('reads only the chosen list’s title when the page came without its sections', () => {
    const bare = { ...changes, anchors: [] } as unknown as PageData;
    const token = link('page-services-token', 'Токен для сервисов отдачи');
    expect(changesSection(bare, ['шаг', 'изменился', 'отметки'], token)).toBeUndefined();
    expect(id(changesSection(bare, ['поменяли', 'токен'], token))).toBe('page-services-token');
  });
});

describe('a page as its own search found it', () => {
  /** Pagefind keeps one object per page and rewrites it whenever a result for it is loaded. */
  const shared = { url: '/p/', content: 'a b c', excerpt: '', meta: {}, locations: [] as number[] };
  const result = (id: string, words: number[], excerpt: string) => ({
    id,
    score: 1,
    data: async () =>
      Object.assign(shared, {
        locations: words,
        excerpt,
        sub_results: [{ title: 't', url: '/p/#t', excerpt, locations: words }],
      }) as PageData,
  });

  it('keeps its words and excerpt when a later search loads the same page', async () => {
    const first = await pageOf(result('1', [0], '<mark>a</mark>'));
    await pageOf(result('2', [2], '<mark>c</mark>'));
    expect(first.locations).toEqual([0]);
    expect(first.excerpt).toBe('<mark>a</mark>');
    expect(first.sub_results?.[0]?.locations).toEqual([0]);
    expect(shared.locations).toEqual([2]);
  });
});

describe('the learned last order (search-rerank.ts)', () => {
  const pagefind = wordsFake([
    { url: '/support/create-request/', sections: [['_top', 'обращение в поддержку закрыли']] },
    { url: '/reference/troubleshooting/', sections: [['_top', 'обращение в поддержку закрыли']] },
  ]);
  const query = 'обращение в поддержку закрыли';
  const paths = async (data: EngineData, options = {}) =>
    (await searchSite(pagefind, data, query, options)).hits.map((h) => h.path);
  const model = (pages: Record<string, number>): RerankModel => ({
    weights: FEATURES.map((f) => (f === 'first place' ? 1 : 0)),
    pages: new Map(Object.entries(pages)),
  });

  it('reorders the first results by its weights, and only when there are any', async () => {
    expect(await paths({ messages: [] })).toEqual([
      '/support/create-request/',
      '/reference/troubleshooting/',
    ]);
    const rerank = model({ 'reference/troubleshooting/': 3 });
    expect(await paths({ messages: [], rerank })).toEqual([
      '/reference/troubleshooting/',
      '/support/create-request/',
    ]);
  });

  it('leaves a literal search («искать как написано») as the rules found it', async () => {
    const rerank = model({ 'reference/troubleshooting/': 3 });
    expect(await paths({ messages: [], rerank }, { literal: true })).toEqual([
      '/support/create-request/',
      '/reference/troubleshooting/',
    ]);
  });

  it('explains what it read: each of the first results’ places, before it reordered them', async () => {
    const answer = await searchSite(pagefind, { messages: [] }, query, { explain: true });
    expect(answer.candidates?.map((c) => [c.page, c.place, c.rulePlace])).toEqual([
      ['support/create-request/', 0, 0],
      ['reference/troubleshooting/', 1, 1],
    ]);
  });

  it('reads readers’ questions page by page for each of the first results', async () => {
    const asked = loadAsked(
      encodeAsked(
        [
          ['поддержку закрыли без ответа', 'reference/troubleshooting/'],
          ['обращение закрыли формально', 'reference/troubleshooting/'],
          ['как создать обращение', 'support/create-request/'],
        ],
        () => 'Страница',
      ),
    )!;
    const answer = await searchSite(pagefind, { messages: [], asked }, query, { explain: true });
    const of = (page: string) => answer.candidates?.find((c) => c.page === page)?.pageModel ?? 0;
    expect(of('reference/troubleshooting/')).toBeGreaterThan(0.5);
    expect(of('support/create-request/')).toBeGreaterThan(0);
    expect(of('reference/troubleshooting/') + of('support/create-request/')).toBeCloseTo(1);
    const literal = await searchSite(pagefind, { messages: [], asked }, query, {
      explain: true,
      literal: true,
    });
    expect(literal.candidates?.every((c) => c.pageModel === 0)).toBe(true);
  });
});

describe('the learned section choice (search-section-choice.ts)', () => {
  const pagefind = wordsFake([
    {
      url: '/connect/https-credentials/',
      sections: [
        ['_top', 'логин и пароль'],
        ['шаги', 'логин и пароль скопировать логин пароль'],
        ['что-получится', 'итог'],
      ],
    },
  ]);
  const query = 'логин и пароль скопировать';
  const first = async (data: EngineData, options = {}) =>
    (await searchSite(pagefind, data, query, options)).hits[0]!.url;
  const model = (ids: Record<string, number>): SectionModel => ({
    weights: SECTION_FEATURES.map(() => 0),
    ids: new Map(Object.entries(ids)),
  });

  it('opens the section its weights prefer, and the rules’ one without a model', async () => {
    expect(await first({ messages: [] })).toBe(
      '/connect/https-credentials/#%D1%88%D0%B0%D0%B3%D0%B8',
    );
    const sections = model({ 'что-получится': 3 });
    expect(decodeURIComponent(await first({ messages: [], sections }))).toBe(
      '/connect/https-credentials/#что-получится',
    );
  });

  it('offers the next section with the query’s words in the model’s order, one only', async () => {
    const fake = wordsFake([
      {
        url: '/token/',
        sections: [
          ['_top', 'токен'],
          ['кто', 'кто может токен срок'],
          ['шаги', 'токен срок получить получить'],
          ['итог', 'итог'],
          ['дальше', 'токен дальше'],
        ],
      },
    ]);
    const sections = model({ дальше: 3, кто: 0.5 });
    const [hit] = (await searchSite(fake, { messages: [], sections }, 'токен срок получить')).hits;
    expect(decodeURIComponent(hit!.url)).toBe('/token/#дальше');
    // One section (MAX_SUB_RESULTS): «Шаги» (the rules’ choice, with its lead) before «Кто»;
    // «Итог» has nothing for the query.
    expect(MAX_SUB_RESULTS).toBe(1);
    expect(hit!.sections.map((s) => decodeURIComponent(s.url))).toEqual(['/token/#шаги']);
  });

  it('offers first the step the query’s words single out, titled by its number and words', async () => {
    const fake = wordsFake([
      {
        url: '/token/',
        sections: [
          ['_top', 'токен'],
          ['шаги', 'шаги'],
          ['login', 'Войдите в кабинет.', 'li'],
          ['term', 'Укажите срок действия токена.', 'li'],
          ['save', 'Нажмите Сохранить.', 'li'],
          ['дальше', 'токен дальше'],
        ],
      },
    ]);
    const search = (query: string, literal = false) =>
      searchSite(fake, { messages: [] }, query, { literal });
    const [hit] = (await search('срок действия токена')).hits;
    expect(hit!.sections[0]).toMatchObject({
      title: 'Шаг 2. Укажите срок действия токена.',
      url: `/token/#term`,
    });
    // Not when no step is singled out, nor for a literal search.
    const [plain] = (await search('токен дальше')).hits;
    expect(plain!.sections.some((s) => s.title.startsWith('Шаг'))).toBe(false);
    const [literal] = (await search('срок действия токена', true)).hits;
    expect(literal!.sections.some((s) => s.title.startsWith('Шаг'))).toBe(false);
  });

  it('leaves a literal search («искать как написано») at the rules’ section', async () => {
    const sections = model({ 'что-получится': 3 });
    expect(decodeURIComponent(await first({ messages: [], sections }, { literal: true }))).toBe(
      '/connect/https-credentials/#шаги',
    );
  });

  it('explains what it read: every section of the page, the rules’ choice marked', async () => {
    const answer = await searchSite(pagefind, { messages: [] }, query, { explain: true });
    const choice = answer.hits[0]!.choice ?? [];
    expect(choice.map((c) => [c.id, c.rules])).toEqual([
      ['_top', false],
      ['шаги', true],
      ['что-получится', false],
    ]);
    // «скопировать» is in the steps only; nothing of the query in «Что получится».
    expect(choice[1]!.matched).toBe(choice[0]!.matched + 1);
    expect(choice[2]!.matched).toBe(0);
  });

  it('reads the page’s questions place by place for each section, the top as the page’s', async () => {
    const asked = loadAsked(
      encodeAsked(
        [
          ['логин и пароль скопировать', 'connect/https-credentials/#что-получится'],
          ['что будет в итоге', 'connect/https-credentials/#что-получится'],
          ['логин пароль что это', 'connect/https-credentials/'],
        ],
        (_page, id) => (id === undefined ? 'Логин' : { 'что-получится': 'Что получится' }[id]),
      ),
    )!;
    const answer = await searchSite(pagefind, { messages: [], asked }, query, { explain: true });
    const of = (id: string) => answer.hits[0]!.choice?.find((c) => c.id === id)?.placeModel;
    expect(of('что-получится')).toBeGreaterThan(0.5);
    expect(of('_top')).toBeGreaterThan(0);
    expect(of('шаги')).toBe(0);
  });
});
