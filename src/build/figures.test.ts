import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { FigureError, figuresPlugin } from './figures';

const FILE = '/site/src/content/docs/services/token.mdx';

/** Compile MDX with the figures plugin, as the site's Markdown processor does; JSX kept. */
function compile(mdx: string): string {
  const result = mdxToJs(mdx, {
    mdastPlugins: [figuresPlugin()],
    jsx: true,
    fileURL: pathToFileURL(FILE),
  });
  // The plugin is synchronous, so is the compile.
  if (result instanceof Promise) throw new Error('expected a synchronous compile');
  return result.code;
}

function failure(mdx: string): FigureError {
  try {
    compile(mdx);
  } catch (e) {
    expect(e).toBeInstanceOf(FigureError);
    return e as FigureError;
  }
  throw new Error('expected a FigureError');
}

const PAGE = `import { Figure } from '~/components';

Откройте меню ([рисунок](#fig:menu)), затем форму ([рисунок](#fig:form), выноска 1).

<Figure name="menu" caption="Меню" alt="Схема меню">
  <Win />
</Figure>

Как на [рисунке](#fig:menu), и ещё раз — [рисунка](#fig:form).

<Figure name="form" caption="Форма" alt="Схема формы" />
`;

describe('figures numbered by the build', () => {
  it('numbers figures in page order and passes the number to <Figure>', () => {
    const code = compile(PAGE);
    expect(code).toMatch(/<Figure name="menu" caption="Меню" alt="Схема меню" n="1">/);
    expect(code).toMatch(/<Figure name="form" caption="Форма" alt="Схема формы" n="2" \/>/);
  });

  it('turns references into «рисунок N» links to #ris-N, in the word form the author wrote', () => {
    const code = compile(PAGE);
    expect(code).toContain('href="#ris-1">{"рисунок 1"}');
    expect(code).toContain('href="#ris-2">{"рисунок 2"}');
    expect(code).toContain('href="#ris-1">{"рисунке 1"}');
    expect(code).toContain('href="#ris-2">{"рисунка 2"}');
    expect(code).not.toContain('#fig:');
  });

  it('renumbers everything when a figure is inserted; no reference is edited', () => {
    const inserted = PAGE.replace(
      '<Figure name="menu"',
      '<Figure name="login" caption="Вход" alt="Схема входа" />\n\n<Figure name="menu"',
    );
    const code = compile(inserted);
    expect(code).toContain('<Figure name="login" caption="Вход" alt="Схема входа" n="1" />');
    expect(code).toMatch(/<Figure name="menu"[^>]* n="2">/);
    expect(code).toMatch(/<Figure name="form"[^>]* n="3" \/>/);
    expect(code).toContain('href="#ris-2">{"рисунок 2"}');
    expect(code).toContain('href="#ris-3">{"рисунок 3"}');
  });

  it('leaves pages without figures and other links alone', () => {
    const code = compile('Текст со [ссылкой](#ris-select-is-options) и [страницей](/a/).');
    expect(code).toContain('href="#ris-select-is-options"');
    expect(code).toContain('href="/a/"');
  });

  it('a reference to a figure defined later in the page works', () => {
    const code = compile('См. [рисунок](#fig:late).\n\n<Figure name="late" caption="c" alt="a" />');
    expect(code).toContain('href="#ris-1">{"рисунок 1"}');
  });
});

describe('figure mistakes fail the build with the file, the line and the fix', () => {
  it('an unknown figure name', () => {
    const err = failure(PAGE.replace('#fig:form), выноска', '#fig:from), выноска'));
    expect(err.message).toContain(`${FILE}:3`);
    expect(err.message).toContain('#fig:from names no figure on this page');
    expect(err.message).toContain('"menu", "form"');
    expect(err.hint).toContain('`[рисунок](#fig:services-form)`');
  });

  it('a hand-written number, in the figure or in the reference', () => {
    expect(failure(PAGE.replace('<Figure name="form"', '<Figure n={2} name="form"')).hint).toMatch(
      /Remove n/,
    );
    expect(failure(PAGE.replace('[рисунок](#fig:menu)', '[рисунок 1](#fig:menu)')).message).toMatch(
      /one plain word without a number/,
    );
  });

  it('a missing, invalid or duplicate name', () => {
    expect(failure('<Figure caption="c" alt="a" />').message).toMatch(/invalid name/);
    expect(failure('<Figure name="Services_Form" caption="c" alt="a" />').message).toContain(
      '"Services_Form"',
    );
    const dup = failure(
      '<Figure name="a" caption="c" alt="a" />\n\n<Figure name="a" caption="d" alt="b" />',
    );
    expect(dup.message).toContain(`${FILE}:3`);
    expect(dup.message).toContain('Two figures on this page are named "a"');
  });
});
