/**
 * Reader words → site words, as data: what readers type for something the site calls otherwise.
 * Used at query time (search-engine.ts): a query that says it brings up the page (first, unless a
 * pasted error message opens its entry), searched by the site's own words if Pagefind did not find
 * it. Nothing is added to the pages, so nothing shows in a snippet. Pure: no DOM.
 *
 * `say`: phrasings, each a list of word beginnings that must all be in the query (in any order);
 * `site`: the words the page itself uses; `page`: the page, relative to the site's base;
 * `anchor`: the section the result opens.
 */
import { editDistance } from '../../lib/edit-distance';
import { STOP_WORDS, words } from './search-query';

export interface Synonym {
  say: readonly string[];
  site: string;
  page: string;
  /** The section that answers, when it is not the page's top (its heading's id). */
  anchor?: string;
  /**
   * The error dictionary's entry (its id) for the same words said as a failure: first when the
   * query reads like an error («ошибка аутентификации», «401 Unauthorized» from a log), second
   * after the page otherwise.
   */
  entry?: string;
  /**
   * Only when the query says nothing else: each of its words is a stop word, a word of FILLER or
   * one of this synonym's word beginnings («не работает» alone, not «токен не работает»).
   */
  alone?: true;
}

/** Words that add nothing to a failure said alone: «всё опять сломалось», «у нас ничего не работает». */
const FILLER = new Set(
  'ничего совсем вообще опять снова срочно сегодня делать нас меня мне вс все всё помощь'.split(
    ' ',
  ),
);

export const SYNONYMS: readonly Synonym[] = [
  {
    // «обратиться без авторизации»: a request without signing in (listed before «авторизация»,
    // which pins the login guide: the first listed leads).
    say: [
      'обращен без авторизац',
      'обращен без вход',
      'обращен не входя',
      'поддержк без авторизац',
      'поддержк без вход',
      'написат без вход',
      'зайти обращен',
      'войти обращен',
      'зайти поддержк',
      'войти поддержк',
    ],
    site: 'обращение без входа в лк',
    page: 'support/create-request/',
    anchor: 'обращение-без-входа-в-лк',
  },
  {
    say: ['авторизац', 'аутентификац', 'unauthorized', '401', 'не пускает', 'вход в систем'],
    site: 'логин пароль интеграции',
    page: 'connect/https-credentials/',
    entry: 'err-login-password-incorrect',
  },
  {
    // «откуда брать пароль», «где взять логин»: getting them in ЕИС, not entering them.
    say: [
      'откуда пароль',
      'откуда логин',
      'взять пароль',
      'взять логин',
      'брать пароль',
      'брать логин',
      '=получить пароль',
      '=получить логин',
      '=получать пароль',
      'получени пароль',
      'получени логин',
    ],
    site: 'логин пароль интеграции',
    page: 'connect/https-credentials/',
  },
  {
    // «неверный логин или пароль»: the message ЕИС gives, in the words readers remember.
    say: ['неверн логин', 'неверн пароль', 'неправильн логин', 'неправильн пароль'],
    site: 'логин пароль некорректны',
    page: 'connect/https-credentials/',
    entry: 'err-login-password-incorrect',
  },
  {
    say: ['заблокирова учетн', 'заблокирова запис', 'заблокирова пользовател', 'блокировк учетн'],
    site: 'телефоны поддержки',
    page: 'support/knowledge-base/',
  },
  {
    // «код участника документооборота», «код ЭДО»: what readers call the ЭДО identifier.
    say: ['код участник документооборот', 'код участник эдо', 'код эдо'],
    site: 'идентификатор участника эдо',
    page: 'activation/edo-identifier/',
  },
  {
    // «сайт сам предупредил за месяц до конца срока»: the reminder.
    say: [
      'предупред срок',
      'предупред конц',
      'предупред заканчива',
      'предупрежд срок',
      'предупрежд конц',
      'предупрежд заканчива',
      'оповест срок',
      'оповещ срок',
    ],
    site: 'напоминание о сроках',
    page: 'tools/reminder/',
  },
  {
    say: [
      'подключ школ',
      'подключ учрежден',
      'подключ организац еис',
      // «подключить больницу к ЕИС»: any organisation the reader names, with ЕИС.
      'подключ еис',
      'перв раз',
      'впервые',
      'какая инструкц нужн',
      'какую инструкц',
      'новичок',
      'новеньк',
    ],
    site: 'с чего начать',
    page: 'tools/start/',
  },
  {
    // «что поменяли в инструкции про токен», «обновилась ли инструкция»: the changes page (its
    // section for that guide is the best-scoring one).
    say: [
      'измен инструкц',
      'помен инструкц',
      'обнови инструкц',
      'обновлен инструкц',
      'правк инструкц',
      'правк словар',
      'последн правк',
      'что нового',
      'истори измен',
      'журнал измен',
      'rss',
      'подпис обновлен',
    ],
    site: 'что изменилось',
    page: 'reference/changes/',
  },
  {
    say: [
      'сменил реквизит',
      'изменил реквизит',
      'нов реквизит',
      'сменил инн',
      'нов инн',
      'сменил кпп',
      'нов кпп',
      'изменил кпп',
      'изменил инн',
      'поменял инн',
      'поменял кпп',
      'поменял реквизит',
      'смен реквизит',
      'смен инн',
      'смен кпп',
      'реорганизац',
      'переименов',
      // «заново зарегистрировались в ЕИС»: re-registration in the reader's words.
      'заново зарегистр',
      'заново регистрац',
      'повторно зарегистр',
      'повторн регистрац',
      'снова зарегистр',
      'перезарегистр',
      // The guide's own word, and «переоформлялись».
      'перерегистр',
      'переоформ',
    ],
    site: 'перерегистрации организации',
    page: 'connect/re-registration/',
  },
  {
    // «распечатать мой план»: «Мой план» prints it (listed before the print page: it ranks first).
    say: ['распечат план', 'печат план', 'напечат план'],
    site: 'мой план',
    page: 'tools/progress/',
    anchor: 'moy-plan',
  },
  {
    // «бумажный вариант», «инструкция на бумаге»; not «записала на бумажку» (a scrap of paper).
    say: ['печат', 'распечат', 'напечат', 'принтер', 'pdf', 'пдф', 'бумажн', 'бумаг инструкц'],
    site: 'инструкция для печати',
    page: 'print/',
  },
  {
    // «что делать сначала, когда в ЕИС проблема»: the order of actions before writing in.
    say: [
      'сначала проблем',
      'перв очеред проблем',
      'порядок действ проблем',
      'до обращен проблем',
      'искать решени',
      'поиск решени',
    ],
    site: 'порядок действий при проблеме',
    page: 'support/knowledge-base/',
    anchor: 'порядок-действий-при-проблеме',
  },
  {
    // «когда решат моё обращение», «к какому числу обещают ответить»: the planned date.
    say: [
      'когда решат',
      'срок решени',
      'к какому числу',
      'плановый срок',
      'сколько ждать',
      'долго ждать',
      'ждать ответ',
    ],
    site: 'плановый срок решения',
    page: 'support/request-statuses/',
    anchor: 'плановый-срок-решения',
  },
  {
    // «найти обращение по номеру», «вкладка закрытых»: the search line and tabs of the page
    // «Техническая поддержка» (before the list below: the first phrasing names the section).
    say: [
      'обращен номер',
      'обращен всей организац',
      'тикет всей организац',
      'поиск обращен',
      'найти обращен',
      'свое обращен',
      'вкладк обращен',
      'закрытые обращен',
      'черновик обращен',
    ],
    site: 'техническая поддержка мои обращения',
    page: 'support/request-statuses/',
    anchor: 'страница-техническая-поддержка',
  },
  {
    // «где список моих обращений», «найти своё обращение по номеру»: where they are listed.
    say: ['мои обращен', 'моих обращен', 'список обращен'],
    site: 'где смотреть свои обращения',
    page: 'support/request-statuses/',
  },
  {
    // «не работает», «всё сломалось», «помогите», «help»: a failure that names nothing (no
    // task, no message). The dictionary's questions find which one it is; any word more
    // («токен не работает») and the usual ranking answers.
    say: [
      'не работа',
      'не получа',
      'не выходит',
      'слома',
      'помоги',
      'ошибк',
      'проблем',
      'сбо',
      'глюч',
      'беда',
      'help',
      'sos',
      'интеграц не работа',
      'обмен не работа',
      'связ не работа',
    ],
    alone: true,
    site: 'найдите свою ошибку',
    page: 'reference/troubleshooting/',
    anchor: 'diagnostic',
  },
  {
    // «глоссарий», «словарь терминов», «расшифровка сокращений», «термины» said alone name the
    // glossary as a whole: it opens at its start, not at whichever term the section model likes
    // best (the engine: an `alone` synonym without an anchor). Writers of twelve corpora labelled
    // such questions with the page.
    say: ['глоссари', 'словар', 'термин', 'сокращен', 'аббревиатур', 'расшифровк'],
    alone: true,
    site: 'глоссарий термины сокращения',
    page: 'reference/glossary/',
  },
  {
    // «главная», «прогресс» said alone name a page too: the home page and «Мой прогресс» at
    // their start («главная» found «Как создать обращение» first; «прогресс» opened «Перенос»).
    say: ['главн'],
    alone: true,
    site: 'настройка интеграции',
    page: '',
  },
  {
    say: ['прогресс'],
    alone: true,
    site: 'мой прогресс',
    page: 'tools/progress/',
  },
  {
    // «какая у меня ошибка», «помогите определить ошибку»: the dictionary's questions.
    say: ['какая меня ошибк', 'определ ошибк', 'определ свою ошибк', 'найти свою ошибк'],
    site: 'найдите свою ошибку',
    page: 'reference/troubleshooting/',
    anchor: 'diagnostic',
  },
  // The reader's own records on «Мой прогресс» and «Напоминание о сроках» (sections of the
  // islands: «галочки» and «отметки» are the site's ticks only together with these words).
  {
    say: [
      'перен галочк',
      'перен отметк',
      'перенос галочк',
      'перенос отметк',
      'сброс галочк',
      'сброс отметк',
      'сбросить все',
      'обнул отметк',
      'обнул галочк',
      'обнул прогресс',
      'сброс прогресс',
      'очист отметк',
      'очист галочк',
      'очист прогресс',
      'снять все галочк',
      'снять все отметк',
      'галочк компьютер',
      'отметк компьютер',
      'галочк ноутбук',
      'отметк ноутбук',
      'перен прогресс',
      'перенос прогресс',
      'прогресс компьютер',
      'прогресс ноутбук',
    ],
    site: 'мой прогресс',
    page: 'tools/progress/',
    anchor: 'perenos',
  },
  {
    say: [
      'нескольк организац отметк',
      'нескольк школ отметк',
      'нескольк учрежден отметк',
      'отметк отдельно',
      'галочк отдельно',
      'отметк для кажд',
      'галочк для кажд',
    ],
    site: 'мой прогресс',
    page: 'tools/progress/',
    anchor: 'organizacii',
  },
  {
    // «сколько шагов я уже сделал»: every checklist's count on «Мой прогресс».
    say: [
      'сколько шагов',
      'сколько сделал',
      'сколько выполн',
      'что уже сделал',
      'все чек-лист',
      'все чеклист',
      'все списки',
    ],
    site: 'мой прогресс',
    page: 'tools/progress/',
    anchor: 'vse-spiski',
  },
  {
    // «сайт куда-то отправляет мои данные?»: the privacy note.
    say: [
      '=сайт отправля',
      '=сайт собира',
      '=сайт передает',
      '=сайт сохраня',
      'куки',
      'cookie',
      'конфиденциальн',
      'приватн',
      'персональн данн',
    ],
    site: 'что сайт отправляет',
    page: 'tools/progress/',
    anchor: 'что-сайт-отправляет',
  },
  {
    // «меньше месяца до конца срока»: what to do when a date comes near.
    say: ['меньше месяц', 'срок подход конц', 'скоро конец срок'],
    site: 'когда срок подходит к концу',
    page: 'tools/reminder/',
    anchor: 'когда-срок-подходит-к-концу',
  },
  {
    // «токен или РИС — что выбрать»: how to tell which path is yours.
    say: [
      'выбрать токен',
      'выбрать рис',
      'выбор токен',
      'выбор рис',
      'токен или рис',
      'какой путь',
      'разниц рис',
      'разниц токен',
      'отлич рис',
      'отлич токен',
    ],
    site: 'какой путь ваш',
    page: 'services/overview/',
    anchor: 'как-понять-какой-путь-ваш',
  },
  {
    say: ['мои напоминан', 'сохранен напоминан', 'удал напоминан', 'список напоминан'],
    site: 'напоминание о сроках',
    page: 'tools/reminder/',
    anchor: 'vashi-napominaniya',
  },
  // The home page: what readers call it, and its sections.
  {
    say: ['главн страниц', 'домашн страниц', 'стартов страниц', 'начальн страниц'],
    site: 'настройка интеграции',
    page: '',
  },
  {
    say: ['основн инструкц', 'главн инструкц', 'список инструкц', 'перечень инструкц'],
    site: 'основные инструкции',
    page: '',
    anchor: 'основные-инструкции',
  },
  {
    // «на картинках настоящие скриншоты?»: the figures are schemes, as «Для кого этот сайт» says.
    say: [
      'скриншот настоящ',
      'скриншот реальн',
      'картинк настоящ',
      'картинк реальн',
      'рисунк настоящ',
      'рисунк реальн',
      'снимк экран',
      'схем экран',
      // «кому адресован этот сайт»
      'для кого сайт',
      '=кому сайт',
      'кому предназнач',
      'кому адресова',
      '=сайт только',
      // «на картинках многоточия вместо названий»: names the sources lack are «…».
      'многоточ',
    ],
    site: 'для кого этот сайт',
    page: '',
    anchor: 'для-кого-этот-сайт',
  },
  {
    // «опросник», «анкета»: readers' name for the questions of «С чего начать» (the site says
    // «вопросы»).
    say: ['опросник', 'анкет'],
    site: 'с чего начать',
    page: 'tools/start/',
    anchor: 'вопросы',
  },
  {
    // «составить план настройки»: the questions of «С чего начать» (after the home page's own
    // name: «план на главной странице» is the home page's).
    say: ['состав план', 'подобр план', 'план настройк'],
    site: 'с чего начать',
    page: 'tools/start/',
  },
  {
    // «куда вставлять идентификатор ЭДО»: where it is entered (the token is an «идентификатор»
    // too: only with «ЭДО»).
    say: [
      'куда идентификатор эдо',
      'вставл идентификатор эдо',
      'вставит идентификатор эдо',
      'ввод идентификатор эдо',
      'вводит идентификатор эдо',
      'ввести идентификатор эдо',
    ],
    site: 'где вводится идентификатор',
    page: 'activation/edo-identifier/',
    anchor: 'где-вводится-идентификатор',
  },
  {
    // «какие разделы на сайте», «про что сайт»: how the site is laid out.
    say: ['какие разделы', 'разделы сайт', 'про что сайт', 'структура сайт', 'устроен сайт'],
    site: 'как устроен сайт',
    page: '',
    anchor: 'как-устроен-сайт',
  },
  {
    // «ЕИС лежит», «сбой в ЕИС», «техработы»: outages are announced in the news first.
    say: [
      'сбо еис',
      'еис лежит',
      'портал лежит',
      'упал еис',
      'авари',
      'техработ',
      'технически работ',
    ],
    site: 'новости и уведомления',
    page: 'support/knowledge-base/',
    anchor: 'новости-и-уведомления',
  },
  {
    // «моей ошибки нет в списке», «ничего не помогло»: what to do next.
    say: [
      'моей нет',
      'моей ошибк нет',
      'нет в списке',
      'нет моей',
      'ничего не помогл',
      'не помогл',
    ],
    site: 'если ничего не помогло',
    page: 'reference/troubleshooting/',
    anchor: 'if-nothing-helped',
  },
  {
    // «консультация или ошибка — какой вид ставить»: choosing the request's kind, not a failure.
    say: ['вид обращен', 'консультац или ошибк', 'ошибк или консультац'],
    site: 'вид обращения консультация или ошибка',
    page: 'support/create-request/',
    anchor: 'вид-обращения-консультация-или-ошибка',
  },
  {
    // «словарь ошибок», «список всех ошибок»: «Ошибки и решения» (after «моей нет в списке»).
    say: ['словар ошибок', 'список ошибок', 'справочник ошибок', 'перечень ошибок', 'все ошибки'],
    site: 'ошибки и решения',
    page: 'reference/troubleshooting/',
  },
  {
    say: ['куда звон', 'позвонить', 'дозвон', 'номер телефон', 'горяч лини'],
    site: 'телефоны поддержки',
    page: 'support/knowledge-base/',
    anchor: 'телефоны-поддержки',
  },
];

/**
 * Reader words that ask for a kind of section rather than a topic: on any page that has that
 * section (its heading's id), the result opens it. «что будет в итоге» → each guide's
 * «Что получится». `say` as in SYNONYMS: word beginnings that must all be in the query.
 */
export interface SectionWords {
  say: readonly string[];
  /** The id of the section's heading, the same on every page that has it. */
  section: string;
  /** Words in a row that tell a failure instead: the section is not asked for. */
  unless?: RegExp;
}

export const SECTION_WORDS: readonly SectionWords[] = [
  {
    // «пошагово как подать обращение», «порядок шагов»: each guide's «Шаги». First: said with
    // another kind («что в ЕИС, что потом в торгах, по порядку»), it is the one asked for (round
    // 16: with «=что =потом», 2893 → 2899 of 3318 tuning first places).
    say: ['пошагов', 'шаг за шагом', 'порядок шагов', 'по пунктам', '=шаги', 'по порядку'],
    section: 'шаги',
  },
  {
    say: [
      'получится',
      'получу',
      'получим',
      'результат',
      'итог',
      'что будет',
      'что выйдет',
      'что произойд',
      'что случится',
      'что появится',
      'что станет',
      '=изменится',
      'чем законч',
      'чем заканч',
    ],
    section: 'что-получится',
  },
  {
    // «кто выдаёт…», «какие права нужны…»: «Кто может это сделать». «=кто»: the word itself, not
    // «кто-то»; a question «кто такой…» asks for a term (search-engine.ts DEFINITION).
    say: [
      '=кто',
      'чьи права',
      'какие права нужн',
      'какие полномочия',
      'под каким пользовател',
      // «чья учётка нужна», «под кем заходить», «какая роль нужна».
      '=чья',
      '=чьей',
      '=чей',
      'под кем',
      'какая роль',
      'роль нужн',
      // «может получить сотрудник или только руководитель?», «могу я сама…».
      'или только',
      'могу сам',
    ],
    section: 'кто-может-это-сделать',
    // «сама не могу зайти в торги» tells a failure; «могу я сама…» asks who may.
    unless: /(?:^| )не могу(?: |$)/,
  },
  {
    // «прошли, что дальше», «какой следующий шаг»: each guide's «Что дальше».
    say: [
      'что дальше',
      'куда дальше',
      'что еще сдела',
      'дальше что',
      'следующ шаг',
      'что еще настро',
      'настро дальше',
      'делать дальше',
      // «что потом», not «потому что» nor «чтобы потом».
      '=что =потом',
      'следующ инструкц',
    ],
    section: 'что-дальше',
  },
  {
    say: [
      'понадоб',
      'потребует',
      'нужно для',
      'нужно чтобы',
      'необходимо для',
      'что нужно иметь',
      'нужен ли',
      'нужна ли',
      'нужно ли',
      'нужны ли',
      // «что приготовить перед…», «что подготовить заранее».
      'подготов',
      'приготов',
      'под рукой',
    ],
    section: 'что-понадобится',
  },
];

/**
 * Words that name a control or a place in a program («кнопка», «флажок», «окно», «вкладка»,
 * «ссылка», «нажать») or ask where («куда», «где»): a question about a detail of a step. A
 * guide's answer to it is in «Шаги», not in the short sections around them (search-engine.ts).
 */
export const STEP_DETAIL_WORDS: readonly string[] = [
  'нажим',
  'нажат',
  'нажм',
  'кнопк',
  'флаг',
  'флажк',
  'флажок',
  'галочк',
  'галк',
  'окн',
  'окошк',
  'вкладк',
  'меню',
  'ссылк',
  '=куда',
  '=где',
];

/** Whether a query asks about a detail of a step (STEP_DETAIL_WORDS). */
export function asksStepDetail(query: string): boolean {
  const typed = words(query);
  return STEP_DETAIL_WORDS.some((start) => has(typed, start));
}

/** The synonyms a query uses: every word beginning of one of its phrasings is in the query. */
export function matchSynonyms(query: string, list: readonly Synonym[] = SYNONYMS): Synonym[] {
  // Two entries for one place («какая у меня ошибка» is both a failure said alone and the
  // dictionary's questions): the first.
  const seen = new Set<string>();
  return matching(query, list).filter((syn) => {
    const place = `${syn.page}#${syn.anchor ?? ''}#${syn.entry ?? ''}`;
    return !seen.has(place) && !!seen.add(place);
  });
}

/** The section ids a query asks for (SECTION_WORDS), in list order. */
export function matchSections(
  query: string,
  list: readonly SectionWords[] = SECTION_WORDS,
): string[] {
  const typed = words(query).join(' ');
  return matching(query, list)
    .filter((s) => !s.unless?.test(typed))
    .map((s) => s.section);
}

/** A word beginning of a phrasing; `=word` is that whole word only. */
function has(typed: readonly string[], start: string): boolean {
  return start.startsWith('=')
    ? typed.includes(start.slice(1))
    : typed.some((w) => w.startsWith(start));
}

function matching<T extends { say: readonly string[]; alone?: true }>(
  query: string,
  list: readonly T[],
): T[] {
  const typed = words(query);
  return list.filter(
    (syn) =>
      syn.say.some((phrase) => phrase.split(' ').every((start) => has(typed, start))) &&
      (!syn.alone ||
        typed.every(
          (w) => STOP_WORDS.has(w) || FILLER.has(w) || said(syn, w) || nearlySaid(syn, w),
        )),
  );
}

/**
 * Whether a word begins with one of a synonym's word beginnings of five letters or more, but for
 * one slip: «словрь сокращений» is said alone as «словарь сокращений» is. Only for the words
 * around a phrasing said alone (the phrasing itself must be typed as it is).
 */
function nearlySaid(syn: { say: readonly string[] }, word: string): boolean {
  return syn.say.some((phrase) =>
    phrase
      .split(' ')
      .some(
        (start) =>
          start.length >= 5 &&
          [-1, 0, 1].some((d) => editDistance(start, word.slice(0, start.length + d), 1) <= 1),
      ),
  );
}

/** Whether a word is one of a synonym's word beginnings. */
function said(syn: { say: readonly string[] }, word: string): boolean {
  return syn.say.some((phrase) => phrase.split(' ').some((start) => word.startsWith(start)));
}
