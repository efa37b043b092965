/**
 * <eis-tree> in happy-dom over the real DecisionTree.astro (Astro's Container API): one question
 * at a time, nothing submitted anywhere, controls disabled until the element upgrades, a plan from
 * a link that never overwrites the reader's saved plan, the storage notice, and one answer per
 * «Далее» after the element is moved. The content collection is not loaded in tests, so the
 * site's checklist index is mocked.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as stores from '../../lib/storage/stores';
import { $storageIssue } from '../../lib/storage/persist';
import { replaceTicksAndPlan } from '../progress/progress-store';
import DecisionTree from './DecisionTree.astro';
import { mount as mountHtml, moveAround, render } from '../../../tests/dom/support/render';

let treeHtml = '';

/** Put the tree on the page and let <eis-tree> upgrade. */
async function mount(html = treeHtml) {
  await import('./tree.client');
  await mountHtml(html);
}

const visible = () => document.querySelector<HTMLElement>('fieldset:not([hidden])')?.dataset['q'];
const next = () => document.querySelector<HTMLButtonElement>('[data-next]')!.click();
const choose = (q: string, value: string) => {
  document.querySelector<HTMLInputElement>(
    `fieldset[data-q="${q}"] input[value="${value}"]`,
  )!.checked = true;
  next();
};
const button = (attr: string) => document.querySelector<HTMLButtonElement>(`[${attr}]`)!;
const planHrefs = () =>
  [...document.querySelectorAll('.eis-tree__plan > li > a:first-child')].map((a) =>
    a.getAttribute('href'),
  );
const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';

afterEach(() => vi.restoreAllMocks());

beforeEach(async () => {
  treeHtml ||= await render(DecisionTree);
  document.body.innerHTML = '';
  replaceTicksAndPlan({ ticks: {}, plan: {} });
  localStorage.clear();
  $storageIssue.set(null);
  history.replaceState(null, '', '/');
});

describe('<eis-tree>', () => {
  it('keeps its controls disabled until it upgrades, and has no form to submit', async () => {
    const template = document.createElement('template');
    template.innerHTML = treeHtml
      .replace('<eis-tree', '<eis-tree-not-yet')
      .replace('</eis-tree>', '</eis-tree-not-yet>');
    template.content.querySelectorAll('script').forEach((script) => script.remove());
    document.body.replaceChildren(template.content);
    expect(document.querySelector('form')).toBeNull();
    expect(button('data-next').disabled).toBe(true);
    expect(document.querySelector<HTMLFieldSetElement>('fieldset[data-q="needs"]')!.disabled).toBe(
      true,
    );
    await mount();
    expect(button('data-next').disabled).toBe(false);
    expect(document.querySelector<HTMLFieldSetElement>('fieldset[data-q="needs"]')!.disabled).toBe(
      false,
    );
    expect(button('data-next').type).toBe('button');
  });

  it('asks one question at a time and builds the plan; finishing saves it when none is saved', async () => {
    await mount();
    expect(visible()).toBe('needs');
    next();
    expect(text('.eis-tree__error')).toMatch(/хотя бы один/);
    choose('needs', 'services');
    expect(visible()).toBe('ris');
    expect(location.search).toBe('?need=services');
    choose('ris', 'no');
    expect(document.querySelector<HTMLElement>('.eis-tree__result')!.hidden).toBe(false);
    await expect.poll(() => planHrefs()).toEqual(['/services/token/']);
    const plan = document.querySelector('.eis-tree__plan')!;
    expect(plan.textContent).toContain('Выполнено 0 из 2');
    expect(plan.textContent).not.toMatch(/—\s*(не начато|в процессе|выполнено)/);
    expect(plan.textContent).toContain('30.06.2023');
    expect(plan.innerHTML).toContain('/tools/reminder/?kind=token');
    expect(stores.$plan.get()).toEqual({ needs: ['services'], ris: 'no' });
    expect(text('.eis-tree__saved')).toMatch(/сохранённый план/);
    expect(button('data-adopt').hidden).toBe(true);
    // «Назад» returns to the РИС question.
    document.querySelector<HTMLButtonElement>('.eis-tree__result [data-back]')!.click();
    expect(visible()).toBe('ris');
    expect(location.search).toBe('?need=services');
  });

  it('«Не знаю» on the РИС question leads on to a provisional plan', async () => {
    await mount();
    choose('needs', 'services');
    choose('ris', 'unknown');
    expect(location.search).toBe('?need=services&ris=unknown');
    await expect.poll(() => planHrefs()).toEqual(['/services/overview/']);
    expect(text('.eis-tree__plan')).toMatch(/предварительный/);
    expect(text('.eis-tree__plan')).toMatch(/администраторов Системы/);
    expect(stores.$plan.get()).toEqual({ needs: ['services'], ris: 'unknown' });
  });

  it('«Не знаю» on the roles question: the rule with its condition, no way to check in the source, whom to ask', async () => {
    await mount();
    choose('needs', 'services');
    choose('ris', 'yes');
    expect(visible()).toBe('roles');
    expect(text('fieldset[data-q="roles"]')).toMatch(/источник не говорит/);
    choose('roles', 'unknown');
    expect(location.search).toBe('?need=services&ris=yes&roles=unknown');
    await expect.poll(() => planHrefs()).toEqual(['/services/ris-rights/']);
    const plan = text('.eis-tree__plan');
    expect(plan).toMatch(/Если у организации есть дополнительно роль/);
    expect(plan).toMatch(/Есть ли у организации такая роль .* источник не говорит/);
    // Whom to ask, once.
    expect(plan.match(/администраторов Системы вашего субъекта или в поддержке ЕИС/g)).toHaveLength(
      1,
    );
    expect(stores.$plan.get()).toEqual({ needs: ['services'], ris: 'yes', roles: 'unknown' });
  });

  it('a plan opened from a link is shown but never overwrites the saved plan until «Сделать этим планом»', async () => {
    stores.savePlan({ needs: ['activation'] });
    history.replaceState(null, '', '/tools/start/?need=services&ris=yes&roles=no');
    await mount();
    await expect.poll(() => planHrefs()).toEqual(['/services/ris-rights/']);
    expect(stores.$plan.get()).toEqual({ needs: ['activation'] });
    expect(text('.eis-tree__saved')).toMatch(/сохранён другой ваш план/);
    expect(button('data-adopt').hidden).toBe(false);
    // Walking the tree to another plan does not overwrite it either.
    document.querySelector<HTMLButtonElement>('.eis-tree__result [data-restart]')!.click();
    choose('needs', 'send');
    await expect
      .poll(() => planHrefs())
      .toEqual(['/connect/https-credentials/', '/connect/web-torgi-ks/']);
    expect(stores.$plan.get()).toEqual({ needs: ['activation'] });
    // The explicit action saves it, and there is a way back.
    button('data-adopt').click();
    expect(stores.$plan.get()).toEqual({ needs: ['send'] });
    expect(button('data-adopt').hidden).toBe(true);
    expect(button('data-undo-adopt').hidden).toBe(false);
    button('data-undo-adopt').click();
    expect(stores.$plan.get()).toEqual({ needs: ['activation'] });
    expect(button('data-undo-adopt').hidden).toBe(true);
    expect(button('data-adopt').hidden).toBe(false);
  });

  it('a link with no saved plan is not saved either, until the button', async () => {
    history.replaceState(null, '', '/tools/start/?need=activation');
    await mount();
    await expect.poll(() => planHrefs()).toEqual(['/activation/edo-identifier/']);
    expect(stores.$plan.get()).toEqual({});
    expect(text('.eis-tree__saved')).toMatch(/не сохранён/);
    button('data-adopt').click();
    expect(stores.$plan.get()).toEqual({ needs: ['activation'] });
    expect(button('data-undo-adopt').hidden).toBe(true);
  });

  it('starts from the answers in the URL', async () => {
    history.replaceState(null, '', '/?need=services&ris=yes');
    await mount();
    expect(visible()).toBe('roles');
  });

  it('with storage full, finishing shows the quiet storage notice and the plan still works', async () => {
    // A real storage failure: the browser refuses the write (quota), the storage engine
    // (src/lib/storage/safe-storage.ts) reports it, and the tree says so once its plan is not kept.
    const setItem = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    await mount();
    expect(text('.eis-tree__notice')).toBe('');
    choose('needs', 'activation');
    await expect.poll(() => planHrefs()).toEqual(['/activation/edo-identifier/']);
    expect(setItem).toHaveBeenCalled();
    expect(localStorage.getItem('eis:v1:plan')).toBeNull();
    expect(stores.$plan.get()).toEqual({ needs: ['activation'] });
    expect($storageIssue.get()).toBe('full');
    expect(text('.eis-tree__notice')).toMatch(/не даёт сайту сохранять/);
    expect(text('.eis-tree__saved')).not.toMatch(/сохранённый/);
  });

  it('moved in the document, answers once per «Далее»', async () => {
    await mount();
    moveAround(document.querySelector('eis-tree')!);
    choose('needs', 'services');
    // Wired twice, one click would also answer the next question (with nothing chosen).
    expect(visible()).toBe('ris');
    expect(text('.eis-tree__error')).toBe('');
    expect(location.search).toBe('?need=services');
  });

  describe('a returning reader with a saved plan', () => {
    const resume = () => document.querySelector<HTMLElement>('.eis-tree__resume')!;
    const tree = () => document.querySelector<HTMLElement>('eis-tree')!;

    it('sees «Ваш план: шаг N из M» with a link to continue, not an empty «Вопрос 1»', async () => {
      replaceTicksAndPlan({ ticks: {}, plan: { needs: ['services'], ris: 'no' } });
      await mount();
      await expect.poll(() => tree().hasAttribute('data-resume')).toBe(true);
      await expect.poll(() => text('[data-resume-where]')).toBe('Ваш план: шаг 1 из 1');
      expect(resume().hidden).toBe(false);
      const link = document.querySelector<HTMLAnchorElement>('[data-resume-link]')!;
      expect(link.getAttribute('href')).toBe('/services/token/');
      expect(link.textContent).toMatch(/^Продолжить: /);
      expect(button('data-change').disabled).toBe(false);
      // Every guide done: the plan says so and leads to «Мой прогресс».
      replaceTicksAndPlan({
        ticks: { token: ['a', 'b'] },
        plan: { needs: ['services'], ris: 'no' },
      });
      await expect.poll(() => text('[data-resume-where]')).toBe('Ваш план выполнен: 1 из 1');
      expect(link.getAttribute('href')).toBe('/tools/progress/');
    });

    it('«Изменить ответы» opens the questions and keeps the saved plan until a new one is saved', async () => {
      const saved = { needs: ['services' as const], ris: 'no' as const };
      replaceTicksAndPlan({ ticks: {}, plan: saved });
      await mount();
      await expect.poll(() => button('data-change').disabled).toBe(false);
      button('data-change').click();
      await expect.poll(() => tree().hasAttribute('data-resume')).toBe(false);
      expect(resume().hidden).toBe(true);
      expect(visible()).toBe('needs');
      expect(
        document.querySelector<HTMLInputElement>(
          'fieldset[data-q="needs"] input[value="services"]',
        )!.checked,
      ).toBe(true);
      expect(stores.$plan.get()).toEqual(saved);
      document.querySelector<HTMLInputElement>(
        'fieldset[data-q="needs"] input[value="services"]',
      )!.checked = false;
      choose('needs', 'activation');
      await expect.poll(() => planHrefs()).toEqual(['/activation/edo-identifier/']);
      // A different plan is shown, the saved one stays until «Сделать этим планом».
      expect(stores.$plan.get()).toEqual(saved);
      expect(resume().hidden).toBe(true);
      button('data-adopt').click();
      expect(stores.$plan.get()).toEqual({ needs: ['activation'] });
    });

    it('answers in the URL win over the resume block', async () => {
      replaceTicksAndPlan({ ticks: {}, plan: { needs: ['services'], ris: 'no' } });
      history.replaceState(null, '', '/?need=activation');
      await mount();
      await expect.poll(() => planHrefs()).toEqual(['/activation/edo-identifier/']);
      expect(tree().hasAttribute('data-resume')).toBe(false);
    });
  });
});
