/**
 * Issue 10 over the built site: phrases the sources do not support stay out, drawings carry only
 * names the sources give (and a visible «Схема» label), each source shows its own date, the same
 * rule is worded the same everywhere, and the no-JS tree reads with its spaces.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { DIST } from '../helpers/paths';
import { listContentPages, mainContent, readPage } from '../helpers/pages';
import { guideFiles } from '../helpers/guide-files';
import { SOURCES } from '../../src/data/sources';
import {
  PASSWORD_LINK,
  RIS_ASK,
  ROLES_OPEN,
  ROLES_RULE,
  SERVICES_CAVEAT,
} from '../../src/features/plan/plans';

const pages = listContentPages(DIST);
const GUIDES = guideFiles();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The whole page, attributes included, without the hidden search-only words readers type. */
const html = (path: string) => {
  const doc = readPage(DIST, path);
  doc.querySelectorAll('p[hidden]').forEach((p) => p.remove());
  return doc.toString();
};
const text = (el: HTMLElement) => norm(el.text);
const main = (path: string) => mainContent(readPage(DIST, path));

/** Statements removed because no source supports them; each must never come back. */
const REMOVED = [
  'то есть из Web-Торги-КС',
  'ГоИС (Web-Торги-КС)',
  'ГоИС — это Web-Торги-КС',
  'государственная информационная система',
  'Пока действует ЕИС 13.1',
  'Пока действует версия ЕИС 13.1',
  'В версии ЕИС 13.1 Система не обрабатывает',
  'ни на что не влияет',
  'Это ожидаемо',
  'Режим отвечает за две вещи',
  'Ошибка о несоответствии регистрационных данных пользователя в ЕИС больше не появится',
  'не закроют без рассмотрения',
  'от 05.04.2013',
  'О контрактной системе в сфере закупок',
  'определяют закупку малого объема',
  'Федеральный закон',
  'Программный комплекс',
  'рисунки показывают, куда нажать',
  'со «Срок действия»',
  'В «Администрировании»',
  '«Регистрационных данных»',
  'обращение в техподдержку',
  // Issue 19: claims no source makes.
  'от названия системы заказчика не зависят',
  'от того, как называется система заказчика, не зависят',
  'повторите шаги на этой странице и получите новый идентификатор',
  'получите новый в ЛК ЕИС',
  'каждый шаг описывает одно действие',
  'в четырёх случаях',
  'документов приемки в Web-Торги-КС',
  'Где ввести идентификатор в Web-Торги-КС',
  'из ЕИС в Web-Торги-КС',
  'передачи из Web-Торги-КС в ЕИС таких документов',
  'Способ передачи документов из Web-Торги-КС в ЕИС',
  'Полное название: «Лицо, уполномоченное руководителем',
];

describe('statements no source supports stay removed', () => {
  it.each(pages)('%s', (path) => {
    // The whole page, attributes included (abbr titles, alt texts, the search-only text).
    const page = norm(html(path));
    for (const phrase of REMOVED) expect(page, phrase).not.toContain(phrase);
  });

  it.each(pages)(
    '%s: every mention of ЕИС 13.1 carries the date of its source, 30.06.2023',
    (path) => {
      const blocks = main(path).querySelectorAll('p:not([hidden]), li, dd');
      for (const block of blocks.filter((b) => b.text.includes('13.1'))) {
        if (block.querySelector('p, li')) continue; // judged by its own paragraphs
        expect(text(block), text(block)).toContain('30.06.2023');
      }
    },
  );
});

describe('drawings', () => {
  /** Labels drawn as if ЕИС named them, which no source does. */
  const UNNAMED = ['Параметры поиска', 'Дата предоставления доступа', 'Поиск', 'Категории'];

  it.each(pages)('%s: every drawing shows a visible «Схема» label', (path) => {
    for (const drawing of main(path).querySelectorAll('.eis-figure__drawing')) {
      const badge = drawing.querySelector('.eis-figure__badge');
      expect(badge?.text.trim()).toBe('Схема');
      expect(drawing.getAttribute('aria-label')).toMatch(/^Схема/);
    }
  });

  it.each(pages)('%s: no drawn label that the sources do not name', (path) => {
    const labels = main(path)
      .querySelectorAll('.mk-field__label, .mk-menu__label')
      .map((l) => norm(l.text).replace(/\*$/, ''));
    for (const label of UNNAMED) expect(labels).not.toContain(label);
  });

  it('the ЕИС dialogs with the login and password name no fields (the sources do not)', () => {
    for (const [path, id] of [
      ['/connect/https-credentials/', 'ris-3'],
      ['/connect/re-registration/', 'ris-2'],
    ] as const) {
      const figure = main(path).querySelector(`#${id}`)!;
      const labels = figure.querySelectorAll('.mk-field__label').map((l) => norm(l.text));
      expect(labels.length).toBeGreaterThan(0);
      expect(new Set(labels)).toEqual(new Set(['…']));
      const titles = figure.querySelectorAll('.mk-win__title').map((t) => norm(t.text));
      expect(titles).not.toContain('Информация о пользователе');
    }
  });

  it('«Вид обращения» is not drawn as check-boxes', () => {
    const figure = main('/support/create-request/').querySelector('#ris-2')!;
    const checks = figure.querySelectorAll('.mk-checkitem').map((c) => norm(c.text));
    expect(checks).not.toContainEqual(expect.stringMatching(/Ошибка|Консультация/));
    expect(checks).toContainEqual(expect.stringMatching(/Интеграция/));
  });

  it('the home page says the drawings are schemes, not screenshots', () => {
    expect(text(main('/'))).toContain('Рисунки — это схемы экранов, а не снимки');
  });
});

describe('sources and their dates', () => {
  const DATES = {
    '000': ['30.06.2023'],
    '003': ['июнь 2026'],
    '004': ['2018', '«до конца 2016 года»'],
  } as const;
  const NAMES = {
    '000': 'Настройка взаимодействия с сервисами ЕИС»',
    '003': 'Сопровождение пользователей ГИС ЕИС ЗАКУПКИ»',
    '004': 'после перерегистрации организации в ЕИС»',
  } as const;

  it.each(pages)('%s: each listed source shows its own date; «Проверено» stays', (path) => {
    const reviewed = readPage(DIST, path).querySelector('.reviewed');
    if (!reviewed) return;
    expect(text(reviewed)).toMatch(/^Проверено: \d{2}\.\d{2}\.\d{4}$/);
    const sources = readPage(DIST, path).querySelector('.page-sources');
    if (!sources) return;
    const line = text(sources);
    for (const [id, dates] of Object.entries(DATES)) {
      const at = line.indexOf(NAMES[id as keyof typeof NAMES]);
      if (at < 0) continue;
      for (const date of dates) expect(line.slice(at), `${id} on ${path}`).toContain(date);
    }
  });

  it('the pages built on 000, 003 and 004 list them', () => {
    const sources = (path: string) => text(readPage(DIST, path).querySelector('.page-sources')!);
    expect(sources('/services/overview/')).toContain('30.06.2023');
    expect(sources('/support/create-request/')).toContain('июнь 2026');
    expect(sources('/connect/re-registration/')).toContain('«до конца 2016 года»');
  });
});

describe('where a literal reader would go wrong', () => {
  it('the extra-roles rule is worded the same on the РИС page, in «Ошибки и решения» and in the tree', () => {
    for (const path of [
      '/services/ris-rights/',
      '/reference/troubleshooting/',
      '/tools/start/',
      '/',
    ]) {
      const body = text(main(path));
      expect(body, path).toContain(norm(ROLES_RULE));
      expect(body, path).toContain(norm(ROLES_OPEN.replace('{guide:ris}', GUIDES['ris']!.title)));
    }
    // No other wording of the rule («повторите… отдельно для каждой роли»).
    for (const path of pages)
      expect(text(main(path))).not.toMatch(/отдельно для (каждой такой )?рол/);
  });

  it.each([
    ['/connect/web-torgi-ks/', 'wtks-enter-password-twice'],
    ['/connect/re-registration/', 'rereg-enter-password'],
    ['/connect/https-credentials/', 'https-copy-login-password'],
  ])('%s: the «без пробелов» warning sits at the step #%s', (path, step) => {
    const li = main(path).querySelector(`#${step}`)!;
    const titles = li.querySelectorAll('aside').map((a) => text(a));
    expect(titles.some((t) => /без пробелов/i.test(t))).toBe(true);
  });

  it('the ЭДО page says which window «Сохранить» belongs to, and that the source is silent on the password', () => {
    const step = text(main('/activation/edo-identifier/').querySelector('#edo-save-identifier')!);
    expect(step).toContain(
      'в диалоговом окне «Выдача идентификатора участника электронного документооборота»',
    );
    expect(step).toMatch(/источник не говорит/);
  });

  it('the support-request title and every link label to it agree', () => {
    const h1 = text(readPage(DIST, '/support/create-request/').querySelector('h1')!);
    expect(h1).toBe(GUIDES['request']!.title);
    for (const path of pages) {
      for (const a of main(path).querySelectorAll('a[href="/support/create-request/"]')) {
        const label = text(a).replace(/[«»]/g, '');
        if (label.startsWith('Как создать обращение')) expect(label, path).toBe(h1);
      }
    }
  });

  it('a link named after the knowledge-base page gives its whole title', () => {
    const h1 = text(readPage(DIST, '/support/knowledge-base/').querySelector('h1')!);
    let named = 0;
    for (const path of pages)
      for (const a of main(path).querySelectorAll('a[href^="/support/knowledge-base/"]')) {
        const label = text(a);
        if (!/странице «База знаний|^«?База знаний и/.test(label)) continue;
        named++;
        expect(label, path).toContain(h1);
      }
    expect(named).toBeGreaterThanOrEqual(5);
  });
});

describe('the tree without JS and in print', () => {
  it.each(['/', '/tools/start/'])('%s: the static tree reads with its spaces and links', (path) => {
    const tree = main(path).querySelector('.eis-tree__static')!;
    const body = text(tree);
    expect(body).toContain(`затем ${GUIDES['wtks']!.title}`);
    expect(body).toContain(`затем ${GUIDES['request']!.title}`);
    for (const block of tree.querySelectorAll('p, li')) {
      expect(text(block)).not.toMatch(/[а-яё][А-ЯЁ]/);
      expect(text(block)).not.toMatch(/ —[^\s]/);
    }
    expect(body).toContain(norm(RIS_ASK));
    expect(body).toContain(norm(SERVICES_CAVEAT));
    expect(body).toContain(PASSWORD_LINK);
    expect(tree.querySelector(`a[href="${GUIDES['overview']!.href}"]`)).toBeTruthy();
  });

  it.each(['/', '/tools/start/'])(
    '%s: every answer in the static tree follows its question («…: да»), never a bare «Да, Да»',
    (path) => {
      const tree = main(path).querySelector('.eis-tree__static')!;
      const answers = tree.querySelectorAll('li > strong').map((s) => text(s));
      expect(answers.length).toBeGreaterThanOrEqual(5);
      for (const a of answers) {
        expect(a).not.toMatch(/^(Да|Нет|Не знаю)[,\s]/);
        // Answers of one path are kept apart by «;»: «да, есть роль…» read as one answer.
        for (const part of a.replace(/ —$/, '').split('; '))
          expect(part, a).toMatch(/^[^:]{8,}: (да|нет|не знаю)$/);
      }
    },
  );

  it.each(['/', '/tools/start/'])(
    '%s: every question of the wizard offers «Не знаю» and says how to check',
    (path) => {
      const questions = main(path).querySelectorAll('.eis-tree__q');
      expect(questions.length).toBeGreaterThanOrEqual(3);
      for (const q of questions) {
        const labels = q.querySelectorAll('.eis-tree__option').map((o) => text(o));
        expect(labels, q.getAttribute('data-q')!).toContain('Не знаю');
        expect(text(q.querySelector('.eis-tree__help')!)).toMatch(/^Как узнать\. \S/);
      }
    },
  );

  it.each(['/', '/tools/start/'])(
    '%s: Web-Торги-КС sends what source 001 lists, not source 002\u2019s list for ГоИС',
    (path) => {
      const send = main(path)
        .querySelectorAll('.eis-tree__option')
        .find((o) => text(o).startsWith('Отправлять документы из Web-Торги-КС'))!;
      expect(text(send)).toContain('план закупок, план-график закупок и т. д.');
      // Source 002's list may be quoted only as source 002's, next to the ГоИС it is about.
      for (const p of CONTENT)
        for (const s of sentences(text(main(p))))
          if (/сведени[яй] о контрактах/.test(s) && s.includes('Web-Торги-КС'))
            expect(s, p).toContain('ГоИС');
    },
  );

  it.each(['/', '/tools/start/'])(
    '%s: no form; «Далее» and the answers are disabled until the script',
    (path) => {
      const tree = main(path).querySelector('eis-tree')!;
      expect(tree.querySelector('form')).toBeNull();
      const next = tree.querySelector('[data-next]')!;
      expect(next.getAttribute('type')).toBe('button');
      expect(next.hasAttribute('disabled')).toBe(true);
      for (const fieldset of tree.querySelectorAll('fieldset'))
        expect(fieldset.hasAttribute('disabled')).toBe(true);
    },
  );
});

/**
 * Issue 19 over the built site. Text «own» to the site: the page's main column without the
 * verbatim quotations of the sources (blockquotes, the source-words lists, the drawings), without
 * Starlight's hidden heading-link labels and without the shared plan texts of src/lib/plans.ts.
 */
const OWN_SKIP = [
  'blockquote',
  'figure',
  '.eis-figure',
  '.eis-source-words',
  '.page-sources',
  '.sl-anchor-link',
  '.eis-roles-rule',
  '.eis-roles-open',
  'eis-tree',
  '[hidden]',
  'script',
  'style',
].join(', ');
const ownText = (path: string) => {
  const m = main(path).clone() as HTMLElement;
  m.querySelectorAll(OWN_SKIP).forEach((el) => el.remove());
  return text(m);
};
/** What is left of a text once every «…» (a name or a source's words) is taken out. */
const unquoted = (s: string) => {
  let out = '';
  let depth = 0;
  for (const c of s) {
    if (c === '«') depth++;
    else if (c === '»') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
};
const sentences = (s: string) => s.split(/(?<=[.!?])\s+/);
const CONTENT = pages.filter((p) => p !== '/print/');

describe('issue 19: every statement as the sources say it', () => {
  it('ЭДО: the documents are imported «из ЕИС в ГоИС», never into a named Web-Торги-КС', () => {
    const doc = readPage(DIST, '/activation/edo-identifier/');
    const description = doc.querySelector('meta[name="description"]')!.getAttribute('content')!;
    expect(description).not.toContain('Web-Торги-КС');
    for (const h of main('/activation/edo-identifier/').querySelectorAll('h2'))
      expect(text(h)).not.toContain('Web-Торги-КС');
    expect(text(main('/activation/edo-identifier/'))).toContain('«из ЕИС в ГоИС»');
    // A sentence that joins the import and Web-Торги-КС must say that the source does not name it.
    for (const path of CONTENT)
      for (const s of sentences(ownText(path)))
        if (/импорт/.test(s) && s.includes('Web-Торги-КС'))
          expect(s, path).toMatch(/не называ|не говорит|не описыва/);
  });

  it('glossary: «Администратор организации» and «Лицо, уполномоченное руководителем…» are two authorities', () => {
    const dt = main('/reference/glossary/').querySelector('#org-administrator')!;
    const dd = dt.nextElementSibling!;
    expect(text(dd)).toContain('два отдельных полномочия');
    expect(text(dd)).not.toContain('Полное название');
    // The ЭТП entries no longer call the long name «Администратор организации».
    expect(text(main('/reference/glossary/'))).not.toContain(
      'названии полномочия «Администратор организации»',
    );
  });

  it('XML exchange files: the external system\u2019s support, never the administrators', () => {
    for (const path of CONTENT)
      for (const s of sentences(ownText(path)))
        if (/XML/.test(s)) expect(s, path).not.toMatch(/администратор/);
    expect(ownText('/reference/troubleshooting/')).toContain(
      'Где взять XML-файлы обмена, подскажет служба технической поддержки внешней системы',
    );
  });

  it('source titles after «дословно в источнике» and in the sources line are the exact titles', () => {
    expect(SOURCES['001']).toBe(
      'Установка связи с единой информационной системой в сфере закупок (ЕИС) для информационного взаимодействия',
    );
    expect(SOURCES['002']).toBe(
      'Порядок получения данных (логина, пароля и идентификатора для импорта документов активирования) для интеграции с ЕИС',
    );
    const exact = new Set(Object.values(SOURCES) as string[]);
    const page = text(main('/reference/troubleshooting/'));
    const named = [...page.matchAll(/дословно в источнике «(.+?)»(?= \(|:)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThanOrEqual(28);
    for (const title of named) expect(exact, title).toContain(title);
  });

  it('token: no renewal procedure; the page says the source describes none', () => {
    for (const path of ['/services/token/', '/tools/reminder/', '/reference/troubleshooting/'])
      expect(ownText(path), path).toMatch(/как продлить токен[^.]*(не описывает|не говорит)/i);
  });

  it('mock windows carry only titles the sources give, otherwise «…»', () => {
    const GIVEN = new Set([
      '…',
      'Регистрационные данные',
      'Выдача идентификатора участника электронного документооборота',
      'Доступ к использованию сервисов отдачи',
      'Настройка взаимодействия с сервисами ЕИС',
      'Права доступа',
      'Часто задаваемые вопросы (FAQ)',
      'Техническая поддержка',
    ]);
    for (const path of CONTENT)
      for (const t of main(path).querySelectorAll('.mk-win__title'))
        expect(GIVEN, `${path}: ${text(t)}`).toContain(text(t));
  });

  it('the ЕИС «Регистрационные данные» card has the same buttons on every page', () => {
    const cards = [
      '/activation/edo-identifier/',
      '/connect/https-credentials/',
      '/connect/re-registration/',
    ].map((path) => {
      const card = main(path)
        .querySelectorAll('.mk-win')
        .find((w) => text(w).includes('Фамилия') && text(w).includes('Полномочия пользователя'))!;
      return card.querySelectorAll('.mk-btn').map((b) => text(b).replace(/^\d+/, ''));
    });
    expect(cards[0]).toContain('Сохранить');
    expect(cards[0]).toContain('Отменить');
    for (const buttons of cards) expect(buttons).toEqual(cards[0]);
  });

  it('every page says each press of the HTTPS link issues a new password, none only «при повторном»', () => {
    for (const path of CONTENT) expect(ownText(path), path).not.toMatch(/при повторном нажатии/i);
    expect(
      text(main('/activation/edo-identifier/').querySelector('#edo-click-issue-identifier-link')!),
    ).toContain('каждое нажатие на эту ссылку выдаёт пользователю новый пароль');
  });

  it('the ЕИС 13.1 warning has the same severity on every page', () => {
    const kinds = CONTENT.flatMap((path) =>
      main(path)
        .querySelectorAll('aside.starlight-aside')
        .filter((a) => text(a).includes('13.1'))
        .map((a) => a.classList.value.find((c) => c.startsWith('starlight-aside--'))),
    );
    expect(kinds.length).toBeGreaterThanOrEqual(3);
    expect(new Set(kinds)).toEqual(new Set(['starlight-aside--caution']));
  });

  it('«Выполнено…» steps line: every step of a guide is in some span, or no span is claimed', () => {
    for (const path of CONTENT) {
      const line = main(path).querySelector('[data-guide-steps]');
      if (!line) continue;
      const body = text(line);
      const total = Number(/(\d+) шаг/.exec(body)![1]);
      const spans = [...body.matchAll(/шаги? (\d+)(?:–(\d+))? — в /g)].map((m) => [
        Number(m[1]),
        Number(m[2] ?? m[1]),
      ]);
      if (!spans.length) continue;
      const covered = new Set(
        spans.flatMap(([a, b]) => Array.from({ length: b! - a! + 1 }, (_, i) => a! + i)),
      );
      for (let n = 1; n <= total; n++)
        expect(covered.has(n), `${path}: step ${n} of «${body}»`).toBe(true);
    }
  });
});

describe('issue 19: the site\u2019s own language', () => {
  it.each(CONTENT)('%s: no «ёлочки» inside «ёлочки» (inner quotes are „лапки“)', (path) => {
    let depth = 0;
    for (const c of ownText(path)) {
      if (c === '«') depth++;
      if (c === '»') depth = Math.max(0, depth - 1);
      expect(depth, path).toBeLessThan(2);
    }
  });

  it.each(CONTENT)('%s: a title after «в» is declined through a word («в разделе «…»»)', (path) => {
    expect(ownText(path)).not.toMatch(
      /(?<![а-яё])в «(Мои обращения|Настройка взаимодействия с сервисами ЕИС: токен|Срок действия|Регистрационные данные)/i,
    );
  });

  it.each(CONTENT)(
    '%s: a request kind or a mode is named, not declined («обращение вида «Консультация»»)',
    (path) => {
      expect(ownText(path)).not.toMatch(/«Консультаци[юеи]»|Это «Консультация»|Заполнили «/);
    },
  );

  it.each(CONTENT)('%s: rights and roles named in a step are in bold «»', (path) => {
    for (const body of main(path).querySelectorAll('.eis-step__body')) {
      const own = body.clone() as HTMLElement;
      own.querySelectorAll('strong, figure, .eis-figure, aside, a').forEach((el) => el.remove());
      expect(text(own)).not.toMatch(/«(Администратор|Руководитель|Заказчик)»/);
    }
  });

  it.each(CONTENT)('%s: dates in the site\u2019s own words are ДД.ММ.ГГГГ', (path) => {
    expect(ownText(path)).not.toMatch(
      /\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4}/,
    );
  });

  it.each(CONTENT)(
    '%s: ё in the site\u2019s own words (sources\u2019 words stay as they are)',
    (path) => {
      expect(unquoted(ownText(path))).not.toMatch(/приемк|объема|(?<![а-яё])еще(?![а-яё])|учетн/i);
    },
  );

  it.each(CONTENT.filter((p) => p !== '/reference/glossary/'))(
    '%s: after <abbr>ЛК</abbr> is introduced, the page says ЛК',
    (path) => {
      const m = main(path).clone() as HTMLElement;
      m.querySelectorAll(OWN_SKIP).forEach((el) => el.remove());
      const abbrs = m.querySelectorAll('abbr[title="личный кабинет"]');
      expect(abbrs.length, path).toBeLessThanOrEqual(1);
      if (!abbrs.length) return;
      abbrs[0]!.replaceWith('\u0000');
      const after = unquoted(text(m).split('\u0000')[1]!);
      expect(after).not.toMatch(/личн[а-яё]* кабинет/i);
    },
  );

  it.each(CONTENT)('%s: the administrators are «вашего субъекта», as in source 000', (path) => {
    for (const s of sentences(ownText(path)))
      if (/администратор/i.test(s)) expect(s, path).not.toContain('вашего региона');
  });
});

describe('issue 19: source talk does not crowd the steps', () => {
  it.each(CONTENT)('%s: one compact «Источник» line, the titles behind a disclosure', (path) => {
    const doc = readPage(DIST, path);
    const lines = doc.querySelectorAll('.page-sources');
    if (!doc.querySelector('.reviewed') || !lines.length) return;
    expect(lines).toHaveLength(1);
    expect(lines[0]!.tagName).toBe('DETAILS');
    expect(text(lines[0]!.querySelector('summary')!)).toMatch(/^(Источник|Источники \(\d\))$/);
    expect(text(doc.querySelector('.reviewed')!)).not.toContain('Источник');
  });

  it('«Ошибки и решения» names the sources outside the quotations only where it matters', () => {
    const m = main('/reference/troubleshooting/').clone() as HTMLElement;
    m.querySelectorAll('details, .eis-err__contact, .sl-anchor-link').forEach((el) => el.remove());
    const mentions = text(m).match(/источник/gi) ?? [];
    expect(mentions.length).toBeLessThanOrEqual(25);
  });
});
