import { describe, expect, it } from 'vitest';
import { ID_MAX_LENGTH, idProblem, isId, suggestId } from './ids';
import { isId as storeIsId, parseTickId } from './storage/stored';

describe('the id rule (checklists and steps)', () => {
  it.each(['a', 'token', 'token-eis-save', 'ris-1', 'a'.repeat(ID_MAX_LENGTH)])(
    'accepts %j',
    (id) => {
      expect(isId(id)).toBe(true);
      expect(idProblem(id)).toBeUndefined();
    },
  );

  it.each([
    ['', /empty/],
    ['Token', /contains "T"/],
    ['token_list', /contains "_"/],
    ['1-step', /start with a lowercase Latin letter/],
    ['-step', /start with/],
    ['шаг', /contains "ш", "а", "г"/],
    ['step:one', /contains ":"/],
    ['a'.repeat(ID_MAX_LENGTH + 1), /81 characters long \(at most 80\)/],
    ['constructor', /every JavaScript object already has/],
  ])('rejects %j and says why', (id, why) => {
    expect(isId(id)).toBe(false);
    expect(idProblem(id)).toMatch(why);
  });

  it('is the rule the store uses: every id a page accepts is kept in a tick key', () => {
    expect(storeIsId).toBe(isId);
    const longest = 'a'.repeat(ID_MAX_LENGTH);
    expect(parseTickId(`${longest}:${longest}`)).toEqual({ list: longest, step: longest });
    expect(parseTickId(`${longest}a:step`)).toBeUndefined();
  });

  it.each([
    ['Token', 'token'],
    ['token_list', 'token-list'],
    ['Шаг 1 step', 'step'],
    ['--1a', 'a'],
    ['шаг', 'step-id'],
    ['a'.repeat(90), 'a'.repeat(ID_MAX_LENGTH)],
  ])('suggests a valid id for %j', (bad, good) => {
    expect(suggestId(bad)).toBe(good);
    expect(isId(suggestId(bad))).toBe(true);
  });
});
