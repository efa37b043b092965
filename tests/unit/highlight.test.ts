import { describe, expect, it } from 'vitest';
import { highlightTerms, withHighlight } from '../../src/lib/highlight';

describe('highlight', () => {
  it('splits a query into distinct words of two letters or more', () => {
    expect(highlightTerms('  токен  для  сервисов токен я ')).toEqual(['токен', 'для', 'сервисов']);
    expect(highlightTerms('')).toEqual([]);
  });
  it('adds one parameter per word and keeps the fragment', () => {
    expect(withHighlight('/services/token/#token-eis-save', 'срок токена')).toBe(
      '/services/token/?highlight=%D1%81%D1%80%D0%BE%D0%BA&highlight=%D1%82%D0%BE%D0%BA%D0%B5%D0%BD%D0%B0#token-eis-save',
    );
    expect(withHighlight('http://127.0.0.1:4321/eis/a/?highlight=old', 'новое')).toBe(
      'http://127.0.0.1:4321/eis/a/?highlight=%D0%BD%D0%BE%D0%B2%D0%BE%D0%B5',
    );
    expect(withHighlight('/a/', ' ')).toBe('/a/');
  });
});
