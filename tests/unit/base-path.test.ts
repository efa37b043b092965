import { describe, expect, it } from 'vitest';
import { baseLinksPlugin, normaliseBase, withBase } from '../../src/lib/base-path';

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
    for (const href of ['https://zakupki.gov.ru/', '//cdn.example/x', '#ris-1', '../x/', 'mailto:a@b']) {
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
  it('rewrites Markdown links through the visitor context', () => {
    const plugin = baseLinksPlugin('/eis/');
    const set: unknown[] = [];
    const ctx = { setProperty: (_n: never, key: string, value: unknown) => set.push([key, value]) };
    plugin.element.visit({ properties: { href: '/connect/' } }, ctx);
    plugin.element.visit({ properties: { href: '#ris-1' } }, ctx);
    expect(set).toEqual([['href', '/eis/connect/']]);
  });
  it('rewrites literal href attributes of JSX elements', () => {
    const plugin = baseLinksPlugin('/eis/');
    const node = {
      attributes: [
        { type: 'mdxJsxAttribute', name: 'title', value: 'Токен' },
        { type: 'mdxJsxAttribute', name: 'href', value: '/services/token/' },
      ],
    };
    expect(plugin.mdxJsxFlowElement.visit(node)?.attributes[1]?.value).toBe('/eis/services/token/');
    expect(plugin.mdxJsxFlowElement.visit({ attributes: [] })).toBeUndefined();
  });
});
