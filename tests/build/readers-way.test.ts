/**
 * The reader's way over the built site: a returning reader's resume block on both tree pages
 * (server-rendered hidden, shown before the first paint by a script that is the tree's first
 * child), no page that tells a reader they cannot start, and the login-and-password guide's status
 * knowing that re-registration also meets its requirement.
 */
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/paths';
import { listContentPages, readPage } from '../helpers/pages';
import { KEYS } from '../../src/lib/storage/keys';

describe('resume «Ваш план: шаг N из M»', () => {
  it.each(['/', '/tools/start/'])('%s renders the block hidden, decided before paint', (page) => {
    const tree = readPage(DIST, page).querySelector('eis-tree')!;
    const block = tree.querySelector('.eis-tree__resume')!;
    expect(block.hasAttribute('hidden')).toBe(true);
    expect(block.querySelector('[data-resume-link]')?.getAttribute('href')).toBe(
      '/tools/progress/',
    );
    const change = block.querySelector('button[data-change]')!;
    expect(change.text.trim()).toBe('Изменить ответы');
    expect(change.hasAttribute('disabled')).toBe(true);
    // The pre-paint script runs before the questions are parsed: it is the tree's first child.
    const first = tree.childNodes.find((n) => n.nodeType === 1) as unknown as {
      tagName: string;
      text: string;
    };
    expect(first.tagName).toBe('SCRIPT');
    expect(first.text).toContain(JSON.stringify(KEYS.plan));
    expect(first.text).toContain('data-resume');
  });
});

describe('«Сначала: …», never «Нельзя начать»', () => {
  it('no built page says a guide cannot be started', () => {
    for (const page of listContentPages(DIST))
      expect(readPage(DIST, page).text, page).not.toMatch(/Нельзя начать/);
  });

  it('«Ввод логина и пароля» knows that re-registration also gives the login and password', () => {
    const blob = readPage(DIST, '/connect/web-torgi-ks/').querySelector('#eis-data')!.text;
    const { guides } = (JSON.parse(blob) as { guide: { guides: Record<string, { href: string }> } })
      .guide;
    expect(Object.keys(guides).sort()).toEqual(['https', 'rereg', 'wtks']);
    expect(guides['rereg']?.href).toBe('/connect/re-registration/');
  });
});
