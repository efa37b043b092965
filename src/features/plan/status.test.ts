import { describe, expect, it } from 'vitest';
import {
  BLOCKED_LABEL,
  STATUS_LABELS,
  countDone,
  guideStatus,
  progressStatus,
  statusKeys,
  statusText,
} from './status';
import type { GuideTable } from '../../site/guide-keys';

describe('countDone', () => {
  const steps = ['a', 'b', 'c', 'd'];

  it('is 0 without ticks', () => {
    expect(countDone(steps, undefined)).toBe(0);
    expect(countDone(steps, [])).toBe(0);
    expect(countDone([], ['a'])).toBe(0);
  });

  it('counts ticked steps on the page', () => {
    expect(countDone(steps, ['a'])).toBe(1);
    expect(countDone(steps, ['a', 'c', 'd'])).toBe(3);
    expect(countDone(steps, steps)).toBe(4);
  });

  it('ignores ticks of steps no longer on the page', () => {
    expect(countDone(steps, ['a', 'gone', 'removed'])).toBe(1);
    expect(countDone(['a', 'b'], ['c', 'd'])).toBe(0);
  });

  it('ignores duplicate ticks', () => {
    expect(countDone(steps, ['a', 'a', 'a'])).toBe(1);
  });

  it('is unaffected by reordering of steps or ticks', () => {
    const ticked = ['d', 'b'];
    expect(countDone(steps, ticked)).toBe(2);
    expect(countDone([...steps].reverse(), ticked)).toBe(2);
    expect(countDone(['c', 'd', 'a', 'b'], [...ticked].reverse())).toBe(2);
  });
});

describe('progressStatus', () => {
  it.each([
    [0, 5, 'not-started'],
    [0, 0, 'not-started'],
    [-1, 5, 'not-started'],
    [1, 5, 'in-progress'],
    [4, 5, 'in-progress'],
    [5, 5, 'done'],
    [6, 5, 'done'],
  ] as const)('%i of %i → %s', (done, total, status) => {
    expect(progressStatus(done, total)).toBe(status);
  });

  it('has a Russian label for every status', () => {
    expect(STATUS_LABELS).toEqual({
      'not-started': 'Не начато',
      'in-progress': 'В процессе',
      done: 'Выполнено',
    });
  });
});

describe('guideStatus (task list with an order)', () => {
  const guides: GuideTable = {
    first: {
      key: 'first',
      title: 'Первая',
      href: '/a/',
      requires: [],
      checklist: { id: 'first', steps: ['a', 'b'] },
    },
    second: {
      key: 'second',
      title: 'Вторая',
      href: '/b/',
      requires: ['first'],
      checklist: { id: 'second', steps: ['x', 'y', 'z'] },
    },
    info: { key: 'info', title: 'Справка', href: '/c/', requires: [] },
  };

  it('has no status for a guide without a checklist', () => {
    expect(guideStatus('info', guides, {})).toBeUndefined();
    expect(guideStatus('missing', guides, {})).toBeUndefined();
  });

  it('is blocked while a required guide is not done and its own work has not started', () => {
    const s = guideStatus('second', guides, { first: ['a'] });
    expect(s).toEqual({ status: 'blocked', done: 0, total: 3, waitingFor: ['first'] });
    expect(statusText(s!, guides)).toBe(`${BLOCKED_LABEL} «Первая»`);
    expect(statusText(s!, guides)).toBe('Сначала: «Первая»');
  });

  it('follows its own ticks once the required guide is done', () => {
    const ticks = { first: ['a', 'b'] };
    expect(guideStatus('second', guides, ticks)?.status).toBe('not-started');
    expect(guideStatus('second', guides, { ...ticks, second: ['x'] })?.status).toBe('in-progress');
    expect(guideStatus('second', guides, { ...ticks, second: ['x', 'y', 'z'] })?.status).toBe(
      'done',
    );
  });

  it('explains rather than locks: work already started shows as it is', () => {
    const s = guideStatus('second', guides, { second: ['x'] });
    expect(s?.status).toBe('in-progress');
    expect(statusText(s!, guides)).toBe('В процессе');
  });

  it('a guide with nothing required is never blocked', () => {
    expect(guideStatus('first', guides, {})?.status).toBe('not-started');
  });
});

describe('guideStatus: the login and password are met in more than one way', () => {
  const g = (key: string, title: string, steps: string[], requires: string[] = []) => ({
    key,
    title,
    href: `/${key}/`,
    requires,
    checklist: { id: key, steps },
  });
  const guides: GuideTable = {
    https: g('https', 'Логин и пароль', ['h1', 'h2']),
    rereg: g('rereg', 'После перерегистрации', ['r1', 'r2']),
    wtks: g('wtks', 'Ввод в Web-Торги-КС', ['w1'], ['https']),
  };

  it('advises (never locks) the HTTPS guide or re-registration while neither is done', () => {
    const s = guideStatus('wtks', guides, {});
    expect(s).toEqual({
      status: 'blocked',
      done: 0,
      total: 1,
      waitingFor: ['https'],
      credentials: 'ask',
    });
    expect(statusText(s!, guides)).toBe('Сначала: «Логин и пароль» или «После перерегистрации»');
  });

  it('is met by re-registration done, without the HTTPS guide', () => {
    const s = guideStatus('wtks', guides, { rereg: ['r1', 'r2'] });
    expect(s).toEqual({ status: 'not-started', done: 0, total: 1, waitingFor: [] });
    // Half of the re-registration is not enough.
    expect(guideStatus('wtks', guides, { rereg: ['r1'] })?.status).toBe('blocked');
  });

  it('is met by the HTTPS guide done', () => {
    expect(guideStatus('wtks', guides, { https: ['h1', 'h2'] })?.status).toBe('not-started');
  });

  it('is met by the reader saying they already have a login and password, with the way back', () => {
    const s = guideStatus('wtks', guides, {}, { hasCredentials: true });
    expect(s?.status).toBe('not-started');
    expect(s?.credentials).toBe('met-by-reader');
    // Not said (or said and taken back): the advice is back.
    expect(guideStatus('wtks', guides, {}, { hasCredentials: false })?.status).toBe('blocked');
    // Once a guide really is done, the reader's answer is not the reason any more.
    expect(
      guideStatus('wtks', guides, { https: ['h1', 'h2'] }, { hasCredentials: true })?.credentials,
    ).toBeUndefined();
  });

  it('the flag meets only the login-and-password requirement', () => {
    const other: GuideTable = { ...guides, ris: g('ris', 'РИС', ['x'], ['rereg']) };
    expect(guideStatus('ris', other, {}, { hasCredentials: true })?.status).toBe('blocked');
  });

  it('reads the guides that also meet a requirement (for the data a guide page carries)', () => {
    expect(statusKeys('wtks', ['https'])).toEqual(['wtks', 'https', 'rereg']);
    expect(statusKeys('edo', [])).toEqual(['edo']);
  });
});
