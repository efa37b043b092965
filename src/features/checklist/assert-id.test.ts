import { describe, expect, it } from 'vitest';
import { AstroError } from 'astro/errors';
import { assertId } from './assert-id';

const page = { url: new URL('http://x.invalid/services/token/') };

describe('<Checklist>/<Step> id check at render time', () => {
  it('accepts an id the store keeps', () => {
    expect(() => assertId('token-eis-save', 'step', page)).not.toThrow();
    expect(() => assertId('a'.repeat(80), 'checklist', page)).not.toThrow();
  });

  it.each([
    ['Token', 'checklist', 'id="token"'],
    ['token_list', 'checklist', 'id="token-list"'],
    ['a'.repeat(81), 'step', `id="${'a'.repeat(80)}"`],
  ] as const)(
    'rejects %j with an AstroError naming the page, the id and a fix',
    (id, what, fix) => {
      try {
        assertId(id, what, page);
        throw new Error('expected an AstroError');
      } catch (e) {
        expect(e).toBeInstanceOf(AstroError);
        const err = e as AstroError;
        expect(err.message).toContain(`The ${what} id "${id}" on /services/token/ is invalid`);
        expect(err.hint).toContain(fix);
      }
    },
  );

  it('rejects a missing id', () => {
    expect(() => assertId(undefined, 'step', page)).toThrow(/it is missing/);
  });
});
