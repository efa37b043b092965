/**
 * Issue 19: the first question's literal «Не знаю» in the real <eis-tree> (DecisionTree.astro in
 * happy-dom): it is a choice like the others and leads to the support request, with whom to ask;
 * and the list without JavaScript, whose paths keep their answers apart.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { $storageIssue } from '../../lib/storage/persist';
import { replaceTicksAndPlan } from '../progress/progress-store';
import DecisionTree from './DecisionTree.astro';
import { NEEDS_UNKNOWN_NOTE } from './plans';
import { mount as mountHtml, render } from '../../../tests/dom/support/render';

let treeHtml = '';

const planHrefs = () =>
  [...document.querySelectorAll('.eis-tree__plan > li > a:first-child')].map((a) =>
    a.getAttribute('href'),
  );

beforeEach(async () => {
  treeHtml ||= await render(DecisionTree);
  document.body.innerHTML = '';
  replaceTicksAndPlan({ ticks: {}, plan: {} });
  localStorage.clear();
  $storageIssue.set(null);
  history.replaceState(null, '', '/');
});

describe('<eis-tree>: «Не знаю» on «Что вам нужно сделать?»', () => {
  it('is offered with how to check, and leads to a «Консультация» request', async () => {
    await import('./tree.client');
    await mountHtml(treeHtml);
    const needs = document.querySelector<HTMLFieldSetElement>('fieldset[data-q="needs"]')!;
    const unknown = [...needs.querySelectorAll('label')].find(
      (l) => l.textContent?.trim() === 'Не знаю',
    );
    expect(unknown).toBeDefined();
    expect(needs.querySelector('.eis-tree__help')?.textContent).toMatch(/Как узнать\. \S/);
    unknown!.querySelector('input')!.checked = true;
    document.querySelector<HTMLButtonElement>('[data-next]')!.click();
    expect(location.search).toBe('?need=unknown');
    await expect.poll(() => planHrefs()).toEqual(['/support/create-request/']);
    expect(document.querySelector('.eis-tree__plan')!.textContent).toContain('«Консультация»');
    expect(NEEDS_UNKNOWN_NOTE).toContain('администраторов Системы вашего субъекта');
  });
});

describe('the list without JavaScript', () => {
  it('keeps two answers of one path apart with «;», so «да, есть роль…» never reads as one answer', async () => {
    await mountHtml(treeHtml);
    const paths = [...document.querySelectorAll('.eis-tree__static li > strong')].map(
      (s) => s.textContent ?? '',
    );
    const two = paths.filter((p) => p.includes('РИС') && p.includes('роль'));
    expect(two.length).toBeGreaterThanOrEqual(3);
    for (const p of two) expect(p).toMatch(/^Система зарегистрирована как РИС: да; есть роль /);
  });
});
