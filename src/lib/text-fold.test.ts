import { describe, expect, it } from 'vitest';
import { foldText } from './text-fold';

describe('text fold', () => {
  it('folds full-width forms, removes format characters, keeps «№»', () => {
    expect(foldText('ＡＢＣ１２３')).toBe('ABC123');
    expect(foldText('па\u200Bр\u00ADо\u2060ль\uFEFF')).toBe('пароль');
    expect(foldText('\u202Eabc\u202C')).toBe('abc');
    expect(foldText('МБОУ СОШ № 5')).toBe('МБОУ СОШ № 5');
  });

  it('reads unusual dashes as «-» and any run of spaces as one', () => {
    expect(foldText('a\u00A0–\u2003b')).toBe('a - b');
    expect(foldText('план\u2011график\u2212 2026\t\n\u3000 год')).toBe('план-график- 2026 год');
  });

  it('spells an ellipsis as three dots', () => {
    expect(foldText('токен…')).toBe('токен...');
  });
});
