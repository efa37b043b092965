/** The guides' content in the built site: figures, step ids, checklists, and no source typos. */
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/paths';
import { listContentPages, mainContent, readPage } from '../helpers/pages';

// «Вся инструкция для печати» (/print/) repeats every guide with ids prefixed per guide and is not
// indexed; tests/build/print-page.test.ts checks it.
const pages = listContentPages(DIST).filter((p) => p !== '/print/');
const docs = pages.map((p) => ({ path: p, doc: readPage(DIST, p) }));

describe('figures', () => {
  it('there are at least 20 numbered figures across the site', () => {
    const count = docs.reduce(
      (n, { doc }) => n + doc.querySelectorAll('figure[id^="ris-"]').length,
      0,
    );
    expect(count).toBeGreaterThanOrEqual(20);
  });

  it.each(pages)(
    '%s: every figure has an id, a «Рисунок N.» caption and an accessible name',
    (path) => {
      const doc = readPage(DIST, path);
      doc.querySelectorAll('figure').forEach((figure, i) => {
        const n = i + 1;
        expect(figure.id).toBe(`ris-${n}`); // numbering restarts on each page and runs in order
        expect(figure.querySelector('figcaption')?.text.trim()).toMatch(
          new RegExp(`^Рисунок ${n}\\. \\S`),
        );
        const drawing = figure.querySelector('[role="img"]');
        const img = figure.querySelector('img');
        expect(drawing?.getAttribute('aria-label') || img?.getAttribute('alt')).toBeTruthy();
        if (drawing) expect(drawing.hasAttribute('data-pagefind-ignore')).toBe(true);
      });
    },
  );

  it.each(pages)(
    '%s: every figure is referred to from the text, and every #ris-N exists',
    (path) => {
      const doc = readPage(DIST, path);
      const ids = new Set(doc.querySelectorAll('figure[id^="ris-"]').map((f) => f.id));
      const refs = new Set(
        mainContent(doc)
          .querySelectorAll('a[href^="#ris-"]')
          .map((a) => a.getAttribute('href')!.slice(1))
          .filter((id) => /^ris-\d+$/.test(id)),
      );
      for (const ref of refs) expect(ids, `#${ref}`).toContain(ref);
      for (const id of ids) expect(refs, `figure ${id} is never referred to`).toContain(id);
    },
  );
});

describe('steps and checklists', () => {
  it.each(pages)('%s: step ids are unique and each step sits in a checklist <ol>', (path) => {
    const doc = readPage(DIST, path);
    const steps = doc.querySelectorAll('li.eis-step');
    const ids = steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const step of steps) expect(step.parentNode?.tagName).toBe('OL');
  });

  it('checklist ids are unique across the site', () => {
    const ids = docs.flatMap(({ doc }) =>
      doc.querySelectorAll('eis-checklist').map((c) => c.getAttribute('data-checklist-id')),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(7);
  });

  it('«Мой прогресс» lists every checklist of the site, with its step count', () => {
    const progress = readPage(DIST, '/tools/progress/');
    const listed = Object.fromEntries(
      progress
        .querySelectorAll('[data-checklist]')
        .map((li) => [
          li.getAttribute('data-checklist'),
          Number(/\d+/.exec(li.querySelector('.eis-progress__count')!.text)?.[0]),
        ]),
    );
    const onPages = Object.fromEntries(
      docs.flatMap(({ doc }) =>
        doc
          .querySelectorAll('eis-checklist')
          .map((c) => [
            c.getAttribute('data-checklist-id'),
            c.querySelectorAll('li.eis-step').length,
          ]),
      ),
    );
    expect(listed).toEqual(onPages);
  });
});

describe('text', () => {
  const TYPOS = [
    'Закртыо',
    'Закрото',
    'Планный',
    'что бы',
    'какой то',
    'привели привели',
    'влияет за взаимодействие',
  ];
  it.each(pages)("%s has none of the source documents' typos", (path) => {
    const text = readPage(DIST, path).text;
    for (const typo of TYPOS) expect(text).not.toContain(typo);
  });

  const guides = docs.filter(({ doc }) => doc.querySelector('eis-checklist')).map((d) => d.path);
  it.each(guides)('%s: step texts put UI names in bold «»', (path) => {
    const steps = mainContent(readPage(DIST, path)).querySelectorAll('.eis-step__body');
    const quoted = steps.filter((s) => s.text.includes('«'));
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.some((s) => s.querySelectorAll('strong').some((b) => b.text.includes('«')))).toBe(
      true,
    );
  });
});

describe('what search indexes', () => {
  const ignored = (el: { closest(sel: string): unknown }) =>
    Boolean(el.closest('[data-pagefind-ignore]'));

  it.each(pages)(
    '%s: captions, steps and warnings are indexed; drawings and island chrome are not',
    (path) => {
      const main = mainContent(readPage(DIST, path));
      const body = readPage(DIST, path).querySelector('[data-pagefind-body]');
      expect(body, 'Starlight marks the content as the search body').toBeTruthy();
      for (const caption of main.querySelectorAll('figcaption'))
        expect(ignored(caption)).toBe(false);
      for (const step of main.querySelectorAll('.eis-step__body'))
        expect(ignored(step)).toBe(false);
      for (const aside of main.querySelectorAll('aside.starlight-aside'))
        expect(ignored(aside)).toBe(false);
      for (const drawing of main.querySelectorAll('.eis-figure__drawing'))
        expect(ignored(drawing)).toBe(true);
      for (const chrome of main.querySelectorAll(
        '.eis-checklist__bar, .eis-tree__wizard, eis-reminder, eis-progress ul',
      )) {
        expect(ignored(chrome)).toBe(true);
      }
    },
  );

  it('the glossary is indexed', () => {
    const glossary = mainContent(readPage(DIST, '/reference/glossary/'));
    const terms = glossary.querySelectorAll('dt');
    expect(terms.length).toBeGreaterThanOrEqual(15);
    for (const dt of terms) expect(ignored(dt)).toBe(false);
  });
});
