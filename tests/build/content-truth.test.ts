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
    const line = text(reviewed);
    expect(line).toMatch(/^Проверено: \d{2}\.\d{2}\.\d{4}/);
    for (const [id, dates] of Object.entries(DATES)) {
      const at = line.indexOf(NAMES[id as keyof typeof NAMES]);
      if (at < 0) continue;
      for (const date of dates) expect(line.slice(at), `${id} on ${path}`).toContain(date);
    }
  });

  it('the pages built on 000, 003 and 004 list them', () => {
    expect(text(readPage(DIST, '/services/overview/').querySelector('.reviewed')!)).toContain(
      '30.06.2023',
    );
    expect(text(readPage(DIST, '/support/create-request/').querySelector('.reviewed')!)).toContain(
      'июнь 2026',
    );
    expect(text(readPage(DIST, '/connect/re-registration/').querySelector('.reviewed')!)).toContain(
      '«до конца 2016 года»',
    );
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
