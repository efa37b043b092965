import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import type { MdxJsxFlowElementHast } from 'satteri';
import { normaliseBase, withBase } from './base-path';
import { baseLinksPlugin } from '../build/base-links';

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['eis', '/eis/'],
    ['/eis', '/eis/'],
    ['/eis/', '/eis/'],
    [' //a/b// ', '/a/b/'],
  ])('%j → %s', (raw, expected) => expect(normaliseBase(raw)).toBe(expected));
});

describe('withBase', () => {
  it('prefixes root-relative links', () => {
    expect(withBase('/services/token/', '/eis/')).toBe('/eis/services/token/');
    expect(withBase('/services/token/#step', '/eis/')).toBe('/eis/services/token/#step');
  });
  it('leaves other links alone', () => {
    for (const href of [
      'https://zakupki.gov.ru/',
      '//cdn.example/x',
      '#ris-1',
      '../x/',
      'mailto:a@b',
    ]) {
      expect(withBase(href, '/eis/')).toBe(href);
    }
  });
  it('does not prefix twice and is a no-op at the root', () => {
    expect(withBase('/eis/connect/', '/eis/')).toBe('/eis/connect/');
    expect(withBase('/eis', '/eis/')).toBe('/eis');
    expect(withBase('/connect/', '/')).toBe('/connect/');
  });
});

describe('baseLinksPlugin', () => {
  const plugin = baseLinksPlugin('/eis/');
  const element = (href: string) =>
    ({ type: 'element', tagName: 'a', properties: { href }, children: [] }) as Element;

  it('rewrites Markdown links through the visitor context', () => {
    const set: unknown[] = [];
    const ctx = {
      setProperty: (_n: unknown, key: string, value: unknown) => void set.push([key, value]),
    };
    plugin.element.visit(element('/connect/'), ctx);
    plugin.element.visit(element('#ris-1'), ctx);
    expect(set).toEqual([['href', '/eis/connect/']]);
  });

  it('rewrites literal href attributes of JSX elements', () => {
    const node = {
      type: 'mdxJsxFlowElement',
      name: 'LinkCard',
      children: [],
      attributes: [
        { type: 'mdxJsxAttribute', name: 'title', value: 'Токен' },
        { type: 'mdxJsxAttribute', name: 'href', value: '/services/token/' },
      ],
    } as MdxJsxFlowElementHast;
    expect(plugin.mdxJsxFlowElement.visit(node)?.attributes[1]).toMatchObject({
      value: '/eis/services/token/',
    });
    expect(plugin.mdxJsxFlowElement.visit({ ...node, attributes: [] })).toBeUndefined();
  });
});
