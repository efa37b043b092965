import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diffLock, parseLock, tickRenames, updateLock, type ChecklistLock } from './checklist-lock';
import { decodeRenames, tickMoves } from '../features/checklist/tick-renames';
import { ChecklistIdError } from './checklist-mdx';
import { checkChecklists } from '../build/checklists';
import { stepHash } from './step-hash';
import { readDocs, stepHashesOf } from './model';

const page = (file: string, lists: Record<string, string[]>) => ({
  file,
  lists: Object.entries(lists).map(([id, steps]) => ({ id, steps })),
});

const LOCK: ChecklistLock = {
  version: 1,
  checklists: { token: { steps: ['login', 'open', 'save'] } },
};

describe('parseLock', () => {
  it('refuses step hashes that are not 8 hex digits', () => {
    const bad = { version: 1, checklists: { token: { steps: ['a'], hashes: { a: 'xyz' } } } };
    expect(parseLock(bad).problems[0]?.message).toContain('"hashes" of "token"');
  });

  it('reads the documented shape', () => {
    const json = {
      version: 1,
      checklists: {
        token: {
          steps: ['a'],
          renamed: { old: 'a' },
          retired: ['gone'],
          hashes: { a: '0123abcd' },
        },
      },
      renamedChecklists: { 'old-list': 'token' },
      retiredChecklists: ['dead'],
    };
    expect(parseLock(json)).toEqual({ lock: json, problems: [] });
  });

  it.each([
    [null],
    [{ version: 2, checklists: {} }],
    [{ version: 1, checklists: { Token: { steps: [] } } }],
    [{ version: 1, checklists: { token: { steps: ['Bad_Id'] } } }],
    [{ version: 1, checklists: { token: { steps: [], renamed: { a: 'B' } } } }],
    [{ version: 1, checklists: { token: { steps: [], retired: 'a' } } }],
    [{ version: 1, checklists: {}, renamedChecklists: ['a'] }],
  ])('reports a malformed lock: %j', (json) => {
    expect(parseLock(json).problems.length).toBeGreaterThan(0);
  });
});

describe('diffLock', () => {
  it('is clean when the pages match the lock', () => {
    expect(diffLock(LOCK, [page('a.mdx', { token: ['login', 'open', 'save'] })])).toEqual([]);
  });

  it('allows reordering and a reworded page (ids unchanged)', () => {
    expect(diffLock(LOCK, [page('a.mdx', { token: ['save', 'login', 'open'] })])).toEqual([]);
  });

  it('fails on a vanished step id, naming the id and both ways out', () => {
    const [p, ...rest] = diffLock(LOCK, [page('a.mdx', { token: ['login', 'save'] })]);
    expect(rest).toEqual([]);
    expect(p?.id).toBe('token:open');
    expect(p?.message).toContain('"open"');
    expect(p?.message).toContain('a.mdx');
    expect(p?.hint).toContain('"renamed": {"open": "new-id"}');
    expect(p?.hint).toContain('"retired"');
    expect(p?.unlocked).toBeUndefined();
  });

  it('accepts a vanished id that is retired or renamed to a step on the page', () => {
    const lock: ChecklistLock = {
      version: 1,
      checklists: {
        token: {
          steps: ['login', 'open', 'save'],
          renamed: { open: 'open-form' },
          retired: ['save'],
        },
      },
    };
    expect(diffLock(lock, [page('a.mdx', { token: ['login', 'open-form'] })])).toEqual([
      expect.objectContaining({ id: 'token:open-form', unlocked: true }),
    ]);
    const locked = updateLock(lock, [page('a.mdx', { token: ['login', 'open-form'] })]);
    expect(diffLock(locked, [page('a.mdx', { token: ['login', 'open-form'] })])).toEqual([]);
  });

  it('follows rename chains and rejects a rename to a step that is not there', () => {
    const lock: ChecklistLock = {
      version: 1,
      checklists: { token: { steps: ['a', 'b', 'c'], renamed: { a: 'b', b: 'c' } } },
    };
    expect(diffLock(lock, [page('x.mdx', { token: ['c'] })])).toEqual([]);
    const bad = diffLock(
      { version: 1, checklists: { token: { steps: ['a'], renamed: { a: 'z' } } } },
      [page('x.mdx', { token: ['b'] })],
    );
    expect(bad[0]?.hint).toContain('"z"');
  });

  it('rejects a step that is on the page and marked renamed', () => {
    const lock: ChecklistLock = {
      version: 1,
      checklists: { token: { steps: ['a', 'b'], renamed: { a: 'b' } } },
    };
    expect(diffLock(lock, [page('x.mdx', { token: ['a', 'b'] })])[0]?.message).toContain(
      'says it was renamed',
    );
  });

  it('fails on a vanished checklist unless retired or renamed', () => {
    const two: ChecklistLock = {
      version: 1,
      checklists: { token: { steps: ['a'] }, old: { steps: ['x'] } },
    };
    const pages = [page('x.mdx', { token: ['a'] })];
    expect(diffLock(two, pages)[0]?.message).toContain('The checklist "old"');
    expect(diffLock({ ...two, retiredChecklists: ['old'] }, pages)).toEqual([]);
    expect(
      diffLock({ ...two, renamedChecklists: { old: 'new' } }, [
        page('x.mdx', { token: ['a'], new: ['x'] }),
      ]).filter((p) => !p.unlocked),
    ).toEqual([]);
  });

  it('asks for the lock command for new ids', () => {
    const problems = diffLock(LOCK, [
      page('a.mdx', { token: ['login', 'open', 'save', 'check'] }),
      page('b.mdx', { fresh: ['one'] }),
    ]);
    expect(problems.map((p) => [p.id, p.unlocked])).toEqual([
      ['token:check', true],
      ['fresh', true],
    ]);
    expect(problems[0]?.hint).toContain('npm run checklists:lock');
  });

  it('fails on a checklist id used on two pages', () => {
    const problems = diffLock(LOCK, [
      page('a.mdx', { token: ['login', 'open', 'save'] }),
      page('b.mdx', { token: ['login'] }),
    ]);
    expect(problems[0]?.message).toContain('used on two pages: a.mdx and b.mdx');
  });
});

describe('updateLock', () => {
  it('adds new lists and steps, keeps renames and retirements, never drops a list', () => {
    const lock: ChecklistLock = {
      version: 1,
      checklists: { token: { steps: ['a'], renamed: { x: 'a' } }, old: { steps: ['q'] } },
      retiredChecklists: ['old'],
    };
    expect(updateLock(lock, [page('a.mdx', { token: ['a', 'b'], fresh: ['one'] })])).toEqual({
      version: 1,
      checklists: {
        fresh: { steps: ['one'] },
        old: { steps: ['q'] },
        token: { steps: ['a', 'b'], renamed: { x: 'a' } },
      },
      retiredChecklists: ['old'],
    });
  });
});

describe('tickRenames', () => {
  const lock: ChecklistLock = {
    version: 1,
    checklists: {
      token: { steps: ['c', 'd'], renamed: { a: 'b', b: 'c' } },
      other: { steps: ['x'] },
      old: { steps: ['s1', 's2'], renamed: { s0: 's1' } },
      fresh: { steps: ['s1', 's3'], renamed: { s2: 's3' } },
    },
    renamedChecklists: { old: 'fresh' },
  };

  it('maps old tick ids to new ones, chains followed, list renames included', () => {
    expect(tickRenames(lock)).toEqual({
      'token:a': 'token:c',
      'token:b': 'token:c',
      'fresh:s2': 'fresh:s3',
      'old:s0': 'fresh:s1',
      'old:s1': 'fresh:s1',
      'old:s2': 'fresh:s3',
    });
  });

  it('limits to the lists of one page, and is empty for a list without renames', () => {
    expect(tickRenames(lock, ['token'])).toEqual({ 'token:a': 'token:c', 'token:b': 'token:c' });
    expect(tickRenames(lock, ['other'])).toEqual({});
  });
});

describe('tickMoves (the store migration)', () => {
  const renames = { 'token:old': 'token:new', 'token:gone': 'token:kept' };

  it('moves a tick only when the old one exists', () => {
    const have = new Set(['token:old']);
    expect(tickMoves(renames, (id) => have.has(id))).toEqual([['token:old', 'token:new', true]]);
    expect(tickMoves(renames, () => false)).toEqual([]);
  });

  it('does not write over a new tick that is already there; the stale old one is dropped', () => {
    const have = new Set(['token:old', 'token:new']);
    expect(tickMoves(renames, (id) => have.has(id))).toEqual([['token:old', 'token:new', false]]);
  });

  it('ignores a rename to itself', () => {
    expect(tickMoves({ 'a:b': 'a:b' }, () => true)).toEqual([]);
  });

  it('keeps only tick id → tick id of the page’s renames (the blob slice `renamed`)', () => {
    expect(decodeRenames({ 'a:b': 'a:c', 'Bad:x': 'a:d', 'a:e': 'a:Bad', 'a:f': 1 })).toEqual({
      'a:b': 'a:c',
    });
    expect(decodeRenames('not an object')).toEqual({});
    expect(decodeRenames(undefined)).toEqual({});
    expect(decodeRenames([1])).toEqual({});
  });
});

const stepHashesOfSite = (src: string) => stepHashesOf(readDocs(src));

describe('the build check (src/build/checklists.ts) on a site', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A throwaway site: `src/content/docs/<name>.mdx` pages and an optional lock. */
  function site(pages: Record<string, string>, lock?: unknown): string {
    dir = mkdtempSync(path.join(tmpdir(), 'eis-checklists-'));
    const src = path.join(dir, 'src');
    for (const [name, body] of Object.entries(pages)) {
      const file = path.join(src, 'content', 'docs', name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, `---\ntitle: T\n---\n\n${body}\n`);
    }
    if (lock !== undefined) {
      writeFileSync(path.join(src, 'content', 'checklists.lock.json'), JSON.stringify(lock));
    }
    return src;
  }

  const GUIDE = `<Checklist id="token">
<Step id="login">
Войдите.
</Step>
<Step id="open">
Откройте.
</Step>
</Checklist>`;
  const hash = (paper: string) => stepHash({ paper, warnings: [] });
  const LOCKED = {
    version: 1,
    checklists: {
      token: {
        steps: ['login', 'open'],
        hashes: { login: hash('Войдите.'), open: hash('Откройте.') },
      },
    },
  };

  function thrown(fn: () => unknown): ChecklistIdError {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(ChecklistIdError);
      return e as ChecklistIdError;
    }
    throw new Error('expected a ChecklistIdError');
  }

  it('passes a site that matches its lock', () => {
    expect(checkChecklists(site({ 'services/token.mdx': GUIDE }, LOCKED))).toBeUndefined();
  });

  it('fails on an invalid id, naming the file and line', () => {
    const err = thrown(() =>
      checkChecklists(
        site({ 'services/token.mdx': GUIDE.replace('id="open"', 'id="Open_Form"') }, LOCKED),
      ),
    );
    expect(err.message).toContain('src/content/docs/services/token.mdx:9');
    expect(err.message).toContain('"Open_Form"');
    expect(err.hint).toContain('id="open-form"');
  });

  it('fails on a duplicate step, and on a checklist id on two pages', () => {
    expect(
      thrown(() =>
        checkChecklists(site({ 'a.mdx': GUIDE.replace('id="open"', 'id="login"') }, LOCKED)),
      ).message,
    ).toContain('"login" is used twice in the checklist "token"');
    expect(
      thrown(() => checkChecklists(site({ 'a.mdx': GUIDE, 'b.mdx': GUIDE }, LOCKED))).message,
    ).toContain('used on two pages: src/content/docs/a.mdx and src/content/docs/b.mdx');
  });

  it('fails when a locked step disappears, and passes once it is renamed in the lock', () => {
    const renamedPage = { 'a.mdx': GUIDE.replace('id="open"', 'id="open-form"') };
    const err = thrown(() => checkChecklists(site(renamedPage, LOCKED)));
    expect(err.message).toContain('"open"');
    expect(err.hint).toContain('"renamed": {"open": "new-id"}');
    const withRename = {
      version: 1,
      checklists: { token: { steps: ['login', 'open'], renamed: { open: 'open-form' } } },
    };
    // The rename is accepted; the new id still has to be locked.
    expect(thrown(() => checkChecklists(site(renamedPage, withRename))).hint).toContain(
      'npm run checklists:lock',
    );
  });

  it('fails on ids not in the lock, and the lock command writes them', () => {
    const src = site({ 'a.mdx': GUIDE });
    expect(thrown(() => checkChecklists(src)).hint).toContain('npm run checklists:lock');
    const text = checkChecklists(src, true)!;
    expect(JSON.parse(text)).toEqual(LOCKED);
    writeFileSync(path.join(src, 'content', 'checklists.lock.json'), text);
    expect(checkChecklists(src)).toBeUndefined();
    expect(readFileSync(path.join(src, 'content', 'checklists.lock.json'), 'utf8')).toBe(text);
  });

  it('fails when a step’s text changed, and the lock command records its new hash', () => {
    const src = site({ 'a.mdx': GUIDE.replace('Откройте.', 'Откройте окно.') }, LOCKED);
    const err = thrown(() => checkChecklists(src));
    expect(err.message).toContain('The text of the step open of "token"');
    expect(err.hint).toContain('change note');
    expect(err.hint).toContain('npm run checklists:lock');
    const text = checkChecklists(src, true)!;
    expect(JSON.parse(text).checklists.token.hashes).toEqual({
      login: hash('Войдите.'),
      open: hash('Откройте окно.'),
    });
  });

  it('a reworded figure reference is no change to the step', () => {
    const withFigure = (n: string) =>
      `<Figure name="a${n}" caption="A" alt="A">x</Figure>\n\n${GUIDE.replace('Откройте.', 'Откройте ([рисунок](#fig:b)).')}\n\n<Figure name="b" caption="B" alt="B">y</Figure>`;
    const a = stepHashesOfSite(site({ 'a.mdx': withFigure('') }));
    rmSync(dir, { recursive: true, force: true });
    const b = stepHashesOfSite(
      site({
        'a.mdx': withFigure('').replace(/^/, '<Figure name="c" caption="C" alt="C">z</Figure>\n\n'),
      }),
    );
    expect(a['token']!['open']).toBe(b['token']!['open']);
  });

  it('the lock command refuses to drop a vanished id', () => {
    const src = site(
      { 'a.mdx': GUIDE.replace('<Step id="open">\nОткройте.\n</Step>', '') },
      LOCKED,
    );
    expect(thrown(() => checkChecklists(src, true)).message).toContain('"open"');
  });

  it('fails on a malformed lock file', () => {
    expect(
      thrown(() => checkChecklists(site({ 'a.mdx': GUIDE }, { version: 1 }))).message,
    ).toContain('checklists.lock.json');
  });
});
