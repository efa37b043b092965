import { describe, expect, it } from 'vitest';
import { scanChecklists } from '../../src/lib/checklist-scan';

const SAMPLE = `---
title: Пример
---
import { Steps } from '@astrojs/starlight/components';
import Checklist from '~/components/Checklist.astro';
import Step from '~/components/Step.astro';

Вводный текст.

<Checklist id="first-list" title="Первый список">
<Step id="open-page">
Откройте страницу.
</Step>
<Step title="Второй шаг" id='fill-form'>
Заполните форму: **логин** и пароль.
</Step>
<Step id="save">Сохраните.</Step>
</Checklist>

<Steps>
1. Не чек-лист.
</Steps>

<Checklist title='Второй' id='second-list'>
  <Step id='a-step'>
    Текст.
  </Step>
  <Step id="b-step" />
</Checklist>
`;

describe('scanChecklists', () => {
  it('finds both checklists with their steps in order', () => {
    expect(scanChecklists(SAMPLE)).toEqual([
      {
        id: 'first-list',
        title: 'Первый список',
        steps: ['open-page', 'fill-form', 'save'],
      },
      { id: 'second-list', title: 'Второй', steps: ['a-step', 'b-step'] },
    ]);
  });

  it('reads attributes in either quote style', () => {
    expect(scanChecklists(`<Checklist id='single'><Step id='s1'>x</Step></Checklist>`)).toEqual([
      { id: 'single', steps: ['s1'] },
    ]);
    expect(scanChecklists(`<Checklist id="double"><Step id="s1">x</Step></Checklist>`)).toEqual([
      { id: 'double', steps: ['s1'] },
    ]);
  });

  it('omits the title when there is none', () => {
    const [list] = scanChecklists('<Checklist id="no-title"><Step id="a">x</Step></Checklist>');
    expect(list).toEqual({ id: 'no-title', steps: ['a'] });
    expect(list).not.toHaveProperty('title');
  });

  it('takes attributes spread over several lines', () => {
    const mdx = `<Checklist
  id="multi"
  title="Много строк"
>
<Step
  id="one"
>x</Step>
</Checklist>`;
    expect(scanChecklists(mdx)).toEqual([{ id: 'multi', title: 'Много строк', steps: ['one'] }]);
  });

  it('ignores <Steps>, checklists without id and steps without id', () => {
    const mdx = `<Steps>1. a</Steps>
<Checklist title="Без id"><Step id="x">x</Step></Checklist>
<Checklist id="ok"><Step>без id</Step><Step id="y">y</Step></Checklist>`;
    expect(scanChecklists(mdx)).toEqual([{ id: 'ok', steps: ['y'] }]);
  });

  it('returns nothing for a page without checklists', () => {
    expect(scanChecklists('')).toEqual([]);
    expect(scanChecklists('# Заголовок\n\nТекст без чек-листов.')).toEqual([]);
  });

  it('picks up a checklist added to the page', () => {
    const before = scanChecklists(SAMPLE);
    const after = scanChecklists(
      `${SAMPLE}\n<Checklist id="new-list"><Step id="a">Новый шаг.</Step></Checklist>\n`,
    );
    expect(after).toHaveLength(before.length + 1);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)).toEqual({ id: 'new-list', steps: ['a'] });
  });

  it('picks up a step added to an existing checklist', () => {
    const mdx = SAMPLE.replace(
      '<Step id="save">',
      '<Step id="check">Проверьте.</Step>\n<Step id="save">',
    );
    expect(scanChecklists(mdx)[0]?.steps).toEqual(['open-page', 'fill-form', 'check', 'save']);
  });
});
