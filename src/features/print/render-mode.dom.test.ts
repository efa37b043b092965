/**
 * The print render mode: a page that renders guides for paper (src/pages/print.astro) sets it in
 * `Astro.locals`, and the components render their paper form — the checklist as a plain list of
 * steps (the print CSS draws ☐), without its bar, checkboxes or notice; no reminder form. On
 * screen they stay islands.
 */
import { describe, expect, it } from 'vitest';
import Checklist from '../checklist/Checklist.astro';
import Step from '../checklist/Step.astro';
import ScreenReminder from './ScreenReminder.astro';
import { render } from '../../../tests/dom/support/render';

const parse = (html: string) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  template.content.querySelectorAll('script').forEach((s) => s.remove());
  return template.content;
};

/** Locals as a page gives them; Starlight's own entries play no part here. */
const asLocals = (locals: Partial<App.Locals>) => locals as App.Locals;

async function checklist(mode: Partial<App.Locals>) {
  const locals = asLocals(mode);
  const steps = await Promise.all(
    ['a', 'b'].map((id) =>
      render(Step, { props: { id }, slots: { default: `<p>Шаг ${id}.</p>` }, locals }),
    ),
  );
  return parse(
    await render(Checklist, { props: { id: 'token' }, slots: { default: steps.join('') }, locals }),
  );
}

describe('render mode', () => {
  it('on paper a checklist is a list of its steps, without island, bar or checkboxes', async () => {
    const paper = await checklist({ eisRenderMode: 'print' });
    expect(paper.querySelector('eis-checklist')).toBeNull();
    expect(paper.querySelectorAll('input, button, [data-checklist-id]')).toHaveLength(0);
    expect(paper.querySelector('.eis-checklist__bar, .eis-checklist__notice')).toBeNull();
    const list = paper.querySelector('.eis-checklist--paper > ol.eis-checklist__steps')!;
    expect([...list.querySelectorAll(':scope > li.eis-step')].map((li) => li.id)).toEqual([
      'a',
      'b',
    ]);
    expect(list.querySelector('#a-text')!.textContent!.trim()).toBe('Шаг a.');
  });

  it('on screen it stays the island, its step count from the site model', async () => {
    const screen = await checklist({});
    const el = screen.querySelector('eis-checklist[data-checklist-id="token"]')!;
    expect(el).not.toBeNull();
    expect(el.querySelectorAll('input.eis-step__check')).toHaveLength(2);
    // The DOM layer's model has the fixture checklist «token» with steps a and b.
    expect(el.querySelector('.eis-checklist__progress')!.textContent!.trim()).toBe('Шагов: 2');
  });

  it('the reminder renders its form on screen and nothing on paper', async () => {
    const screen = parse(await render(ScreenReminder, { props: { kind: 'token' } }));
    expect(screen.querySelector('eis-reminder form')).not.toBeNull();
    const paper = parse(
      await render(ScreenReminder, {
        props: { kind: 'token' },
        locals: asLocals({ eisRenderMode: 'print' }),
      }),
    );
    expect(paper.querySelector('eis-reminder, form, input')).toBeNull();
  });
});
