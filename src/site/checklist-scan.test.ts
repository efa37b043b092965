import { describe, expect, it } from 'vitest';
import { ChecklistIdError, scanChecklists } from './checklist-mdx';

/** The error `scanChecklists` throws for `mdx`, as message + hint. */
function failure(mdx: string, file = 'docs/x.mdx'): { message: string; hint: string } {
  try {
    scanChecklists(mdx, file);
  } catch (e) {
    expect(e).toBeInstanceOf(ChecklistIdError);
    const err = e as ChecklistIdError;
    return { message: err.message, hint: err.hint ?? '' };
  }
  throw new Error('expected scanChecklists to throw');
}

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
  title="Много строк">
<Step
  id="one">x</Step>
</Checklist>`;
    expect(scanChecklists(mdx)).toEqual([{ id: 'multi', title: 'Много строк', steps: ['one'] }]);
  });

  it('ignores <Steps> and other components', () => {
    const mdx = `<Steps>1. a</Steps>
<Aside><Steps>x</Steps></Aside>
<Checklist id="ok"><Step id="y">y</Step></Checklist>`;
    expect(scanChecklists(mdx)).toEqual([{ id: 'ok', steps: ['y'] }]);
  });

  it('ignores a <Step> inside an MDX comment', () => {
    const mdx = `<Checklist id="list">
<Step id="kept">Текст.</Step>
{/* <Step id="commented">Старый шаг.</Step> */}
{/*
<Step id="commented-block">
Старый шаг.
</Step>
*/}
</Checklist>
{/* <Checklist id="commented-list"><Step id="a">x</Step></Checklist> */}`;
    expect(scanChecklists(mdx)).toEqual([{ id: 'list', steps: ['kept'] }]);
  });

  it('keeps a title containing ">" and quotes of the other kind', () => {
    const mdx = `<Checklist id="arrow" title="Администрирование > Пользователи">
<Step id="a">x</Step>
</Checklist>
<Checklist id="quotes" title='Кнопка «Сохранить» и "Отмена"'><Step id="b">x</Step></Checklist>`;
    expect(scanChecklists(mdx)).toEqual([
      { id: 'arrow', title: 'Администрирование > Пользователи', steps: ['a'] },
      { id: 'quotes', title: 'Кнопка «Сохранить» и "Отмена"', steps: ['b'] },
    ]);
  });

  it('reads string ids next to JSX expression attributes', () => {
    const mdx = `<Checklist id="expr" data-x={{ a: '<Step id="fake">' }}>
<Step id="one" extra={[1, 2]} flag>x</Step>
<Step note={"id='fake2'"} id="two">y</Step>
</Checklist>`;
    expect(scanChecklists(mdx)).toEqual([{ id: 'expr', steps: ['one', 'two'] }]);
  });

  it('finds steps wrapped in other content, and ignores Steps-like text in code', () => {
    const mdx = `<Checklist id="nested">
<Step id="first">

Текст с **выделением** и [ссылкой](#x).

<Aside type="note">
Внутри: \`<Step id="in-code">\`
</Aside>

\`\`\`
<Step id="in-fence">
\`\`\`

</Step>
<div>
<Step id="wrapped">В обёртке.</Step>
</div>
</Checklist>`;
    expect(scanChecklists(mdx)).toEqual([{ id: 'nested', steps: ['first', 'wrapped'] }]);
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

describe('scanChecklists: ids that break the rule fail the build', () => {
  it.each([
    ['Token', 'token'],
    ['token_list', 'token-list'],
    ['1-step', 'step'],
    ['a'.repeat(81), 'a'.repeat(80)],
  ])('checklist id %j: names file, line and id, suggests a fix', (id, fix) => {
    const { message, hint } = failure(
      `# T\n\n<Checklist id="${id}">\n<Step id="a">x</Step>\n</Checklist>`,
    );
    expect(message).toContain('docs/x.mdx:3');
    expect(message).toContain(`"${id}"`);
    expect(message).toContain('checklist id');
    expect(hint).toContain(`id="${fix}"`);
  });

  it('rejects an invalid step id', () => {
    const { message, hint } = failure(
      `<Checklist id="ok">\n<Step id="Open_Page">x</Step>\n</Checklist>`,
    );
    expect(message).toContain('docs/x.mdx:2');
    expect(message).toMatch(/step id "Open_Page" is invalid/);
    expect(hint).toContain('id="open-page"');
  });

  it('rejects a missing id and an id written as an expression', () => {
    expect(failure(`<Checklist title="Без id"><Step id="x">x</Step></Checklist>`).message).toMatch(
      /<Checklist> has no id/,
    );
    expect(failure(`<Checklist id="ok"><Step>без id</Step></Checklist>`).message).toMatch(
      /<Step> has no id/,
    );
    expect(failure(`<Checklist id="ok"><Step id={'x'}>x</Step></Checklist>`).message).toMatch(
      /expression/,
    );
  });

  it('rejects a duplicate step in a list', () => {
    const { message, hint } = failure(`<Checklist id="ok">
<Step id="same">a</Step>
<Step id="same">b</Step>
</Checklist>`);
    expect(message).toContain('docs/x.mdx:3');
    expect(message).toContain('"same" is used twice in the checklist "ok"');
    expect(hint).toMatch(/keep its id/);
  });

  it('rejects a duplicate checklist id and a duplicate anchor on the page', () => {
    expect(
      failure(`<Checklist id="a"><Step id="x">x</Step></Checklist>
<Checklist id="a"><Step id="y">y</Step></Checklist>`).message,
    ).toContain('checklist id "a" is used twice on this page');
    const anchor = failure(`<Checklist id="a"><Step id="x">x</Step></Checklist>
<Checklist id="b"><Step id="x">y</Step></Checklist>`);
    expect(anchor.message).toContain('"x" is used twice on this page');
    expect(anchor.hint).toMatch(/anchor/);
    expect(
      failure(`<div id="x" />\n<Checklist id="a"><Step id="x">x</Step></Checklist>`).message,
    ).toContain('"x" is used twice on this page');
  });

  it("does not take a component's id prop for an anchor", () => {
    // <ErrorSaid id="err-…"> names an error dictionary entry; it renders no element with that id.
    expect(
      scanChecklists(`<ErrorSaid id="err-x" />\n<ErrorContact id="err-x" />
<Checklist id="a"><Step id="x">x</Step></Checklist>`),
    ).toEqual([{ id: 'a', steps: ['x'] }]);
  });

  it('rejects a step id that is also a figure anchor (#ris-N)', () => {
    const err = failure(`<Figure name="menu" caption="c" alt="a" />
<Checklist id="a"><Step id="ris-1">x</Step></Checklist>`);
    expect(err.message).toContain(
      '"ris-1" is used twice on this page (figure 1 and a step of "a")',
    );
    expect(
      scanChecklists(`<Figure name="m" caption="c" alt="a" />
<Checklist id="a"><Step id="ris-2">x</Step></Checklist>`),
    ).toEqual([{ id: 'a', steps: ['ris-2'] }]);
  });

  it('rejects a step outside a checklist and nested checklists', () => {
    expect(failure(`<Step id="lonely">x</Step>`).message).toContain('<Step> outside a <Checklist>');
    expect(
      failure(`<Checklist id="a"><Checklist id="b"><Step id="x">x</Step></Checklist></Checklist>`)
        .message,
    ).toContain('inside the checklist "a"');
  });
});
