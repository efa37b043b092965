import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { SheetFragmentError, guideFragments } from './sheet-fragments';

const aside = (type: string, title: string, text: string) =>
  `<aside aria-label="${title}" class="starlight-aside starlight-aside--${type}"><p class="starlight-aside__title" aria-hidden="true">${title}</p><div class="starlight-aside__content"><p>${text}</p></div></aside>`;

const figure = (n: number, caption: string) =>
  `<figure id="ris-${n}" class="eis-figure astro-x"><div class="eis-figure__drawing astro-x" role="img" aria-label="Схема ${n}"><span class="mk-el mk-btn">Сохранить</span></div><figcaption class="astro-x">Рисунок ${n}. ${caption}</figcaption></figure>`;

const step = (id: string, body: string) =>
  `<li id="${id}" class="eis-step" data-step-id="${id}"><input type="checkbox" class="eis-step__check" aria-labelledby="${id}-text"><div class="eis-step__body" id="${id}-text">${body}</div></li>`;

const page = (content: string) =>
  `<!doctype html><html lang="ru"><head><title>x</title></head><body><aside class="starlight-aside starlight-aside--danger"><p>Не из статьи</p></aside><main><div class="sl-markdown-content">${content}</div></main></body></html>`;

const GUIDE = page(
  [
    '<h2 id="shagi">Шаги</h2>',
    aside('danger', 'Пароль меняется', 'При каждом открытии окна.'),
    aside('note', 'Заметка', 'Не предупреждение.'),
    '<eis-checklist class="eis-checklist"><ol class="eis-checklist__steps">',
    step('open', '<p>Откройте раздел (<a href="#ris-1">рисунок 1</a>).</p><p>Второй абзац.</p>'),
    step(
      'click',
      `<p>Нажмите <strong>ссылку</strong> (<a href="#ris-2">рисунок 2</a>).</p>${aside('danger', 'Каждое нажатие — новый пароль', 'См. <a href="/connect/web-torgi-ks/">Ввод</a>.')}${aside('tip', 'Совет', 'Не печатается.')}${figure(2, 'Карточка')}<script>alert(1)</script>`,
    ),
    step(
      'copy',
      `<p>Скопируйте.</p>${aside('caution', 'Без пробелов', 'Копируйте без пробелов.')}`,
    ),
    '</ol></eis-checklist>',
    aside('caution', 'После шагов', 'Не в начале.'),
    figure(1, 'Раздел'),
  ].join(''),
);

describe('guideFragments', () => {
  const f = guideFragments(GUIDE, ['open', 'click', 'copy']);

  it('keeps a step’s action, its caution and danger warnings and its figures, in order', () => {
    expect(f.steps['click']).toBe(
      '<p>Нажмите <strong>ссылку</strong> (рисунок 2).</p>' +
        '<aside aria-label="Каждое нажатие — новый пароль" class="starlight-aside starlight-aside--danger"><p class="starlight-aside__title" aria-hidden="true">Каждое нажатие — новый пароль</p><div class="starlight-aside__content"><p>См. Ввод.</p></div></aside>' +
        '<figure class="eis-figure astro-x"><div class="eis-figure__drawing astro-x" role="img" aria-label="Схема 2"><span class="mk-el mk-btn">Сохранить</span></div><figcaption class="astro-x">Рисунок 2. Карточка</figcaption></figure>',
    );
    expect(f.steps['copy']).toContain('Копируйте без пробелов.');
  });

  it('leaves out further paragraphs, tips and notes, scripts, checkboxes, ids and links', () => {
    const all = Object.values(f.steps).join('');
    for (const gone of [
      'Второй абзац',
      'Не печатается',
      'Не предупреждение',
      'alert',
      '<input',
      'id=',
      '<a ',
      'aria-labelledby',
    ]) {
      expect(all).not.toContain(gone);
    }
  });

  it('puts a figure outside every step with the first step that refers to it', () => {
    expect(f.steps['open']).toContain('Рисунок 1. Раздел');
    expect(parse(f.steps['open']!).querySelectorAll('figure')).toHaveLength(1);
    expect(parse(f.steps['click']!).querySelectorAll('figure')).toHaveLength(1);
  });

  it('keeps the guide’s own warnings before its checklist, not those after it or outside it', () => {
    expect(f.warnings).toHaveLength(1);
    expect(f.warnings[0]).toContain('При каждом открытии окна.');
  });

  it('fails on a step that is not on the page', () => {
    expect(() => guideFragments(GUIDE, ['open', 'gone'])).toThrow(SheetFragmentError);
  });

  it('reads the markup as HTML, not as text', () => {
    const tricky = page(
      step(
        'a',
        '<p title="<figure class=&quot;eis-figure&quot;>">Шаг <!-- <aside class="starlight-aside--danger"> --></p>',
      ),
    );
    expect(guideFragments(tricky, ['a']).steps['a']).toBe(
      '<p title="<figure class=&quot;eis-figure&quot;>">Шаг <!-- <aside class="starlight-aside--danger"> --></p>',
    );
  });
});
