/**
 * «Вся инструкция для печати» (/print/) as built: every guide once, in the sidebar's group order,
 * each figure with its guide's prefix and its own «Рисунок N.» numbering, unique ids, no island
 * left live, and not in the search index.
 */
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/paths';
import { listPages, readPage } from '../helpers/pages';
import { siteModel } from '../helpers/guide-files';
import { AFTER_PAINT_SRC, DEFERRED } from '../../src/lib/after-paint';

const GROUPS = ['connect', 'services', 'activation', 'support', 'reference'];
const doc = readPage(DIST, '/print/');
// Every page of those groups but «Что изменилось» (its address is on the cover instead).
const guides = listPages(DIST).filter(
  (p) => GROUPS.includes(p.split('/')[1] ?? '') && p !== '/reference/changes/',
);

describe('/print/', () => {
  it('holds every guide once, by group in the sidebar order, and lists them in its contents', () => {
    const sections = doc.querySelectorAll('section.eis-manual__guide > h2');
    const titles = sections.map((h) => h.text.trim());
    expect(titles.sort()).toEqual(
      guides.map((p) => readPage(DIST, p).querySelector('h1')!.text.trim()).sort(),
    );
    const groups = sections.map((h) => GROUPS.indexOf(h.id.split('-')[0]!));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    const contents = doc
      .querySelectorAll('.eis-manual__contents a')
      .map((a) => a.getAttribute('href'));
    expect(contents).toEqual(sections.map((h) => `#${h.id}`));
  });

  it('leaves the change log out and gives its address on the cover', () => {
    expect(doc.querySelectorAll('section.eis-manual__guide > h2').map((h) => h.text)).not.toContain(
      'Что изменилось',
    );
    const cover = doc.querySelector('.eis-manual__cover')!;
    expect(cover.text).toMatch(/Что изменилось в инструкциях — на сайте:/);
    expect(cover.querySelector('a[href$="/reference/changes/"]')).not.toBeNull();
  });

  it('numbers figures per guide under the guide’s prefix; every id is unique', () => {
    for (const section of doc.querySelectorAll('section.eis-manual__guide')) {
      const prefix = section.querySelector('h2')!.id;
      section.querySelectorAll('figure').forEach((figure, i) => {
        expect(figure.id).toBe(`${prefix}--ris-${i + 1}`);
        expect(figure.querySelector('figcaption')!.text.trim()).toMatch(
          new RegExp(`^Рисунок ${i + 1}\\. \\S`),
        );
      });
    }
    const ids = doc.querySelectorAll('[id]').map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('is static paper: no island elements, checkboxes or island scripts; only its cover indexed', () => {
    const main = doc.querySelector('.eis-manual')!;
    expect(main.querySelectorAll('eis-checklist, eis-reminder, input, button, form')).toHaveLength(
      0,
    );
    expect(main.querySelectorAll('.eis-step').length).toBeGreaterThan(40);
    expect(
      doc.querySelectorAll(DEFERRED).map((s) => s.getAttribute(AFTER_PAINT_SRC)),
    ).not.toContainEqual(expect.stringMatching(/Checklist|Reminder/));
    // Found by search («печать», «PDF») by its title and cover; the guides it repeats are not
    // indexed twice, so they never compete with the guides themselves.
    expect(doc.querySelector('[data-pagefind-body]')).not.toBeNull();
    const guides = doc.querySelectorAll('.eis-manual__guide');
    expect(guides.length).toBeGreaterThan(5);
    expect(guides.every((g) => g.hasAttribute('data-pagefind-ignore'))).toBe(true);
  });

  it('prints every checklist of the model in its paper form, step by step, under the guide’s prefix', () => {
    const model = siteModel();
    expect(doc.querySelectorAll('.eis-checklist--paper')).toHaveLength(model.checklists.length);
    for (const list of model.checklists) {
      const prefix = list.href.slice(1, -1).replace(/\//g, '-');
      const section = doc.querySelector(`section.eis-manual__guide:has(> h2#${prefix})`)!;
      const steps = section.querySelectorAll('.eis-checklist--paper > ol > li.eis-step');
      expect(
        steps.map((li) => li.id),
        list.id,
      ).toEqual(list.steps.map((id) => `${prefix}--${id}`));
      for (const li of steps) expect(li.querySelector('input, .eis-step__check')).toBeNull();
    }
    // Paper has no reminder form and no checklist toolbar.
    expect(doc.querySelectorAll('.eis-checklist__bar, .eis-reminder, form')).toHaveLength(0);
  });

  it('cover names the five sources with their dates; links between guides stay on the page', () => {
    const cover = doc.querySelector('.eis-manual__cover')!.text;
    expect(cover).toMatch(/Дата сборки: \d{2}\.\d{2}\.\d{4}/);
    expect(cover).toContain('опубликован 30.06.2023');
    expect(doc.querySelectorAll('.eis-manual__cover li')).toHaveLength(5);
    const see = doc.querySelectorAll('main a[data-see]');
    expect(see.length).toBeGreaterThan(10);
    for (const a of see) expect(a.getAttribute('href')).toMatch(/^#[a-z]+-[a-z-]+/);
  });
});
