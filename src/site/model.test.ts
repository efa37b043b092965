/**
 * The site model (src/site/model.ts) in plain Node: what it reads from this project's pages, and
 * how it fails on a broken page — an AstroError naming the file (and line) and the fix.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AstroError } from 'astro/errors';
import { buildSiteModel, loadSiteModel, guideTableOf, knownSteps } from './model';
import { GUIDE_KEYS } from './guide-keys';
import { PRINT_PAGE } from '../features/print/print-page';

const SRC = path.resolve('src');

describe('the model of this site', () => {
  const model = loadSiteModel(SRC);

  it('is built once per process', () => {
    expect(loadSiteModel(SRC)).toBe(model);
  });

  it('has every guide key, each guide with its page and, where it has one, its checklist', () => {
    expect(model.guides.map((g) => g.key).sort()).toEqual([...GUIDE_KEYS].sort());
    const token = model.guides.find((g) => g.key === 'token')!;
    expect(token).toMatchObject({ id: 'services/token', href: '/services/token/' });
    expect(token.checklist?.id).toBe('token');
    expect(token.summary).toBe('10 шагов: шаги 1–6 — в ЛК ЕИС, шаги 7–10 — в Web-Торги-КС.');
    const list = model.checklists.find((l) => l.id === 'token')!;
    expect(list.href).toBe('/services/token/');
    expect(list.file).toBe('src/content/docs/services/token.mdx');
    expect(list.steps).toEqual(token.checklist!.steps);
    expect(guideTableOf(model)['token']!.checklist).toEqual(token.checklist);
    expect(knownSteps(model)['token']).toEqual(list.steps);
  });

  it('has each step’s first paragraph, figure references as on the page and for paper', () => {
    const list = model.checklists.find((l) => l.id === 'token')!;
    expect(list.texts.map((t) => t.id)).toEqual(list.steps);
    expect(list.texts[0]!.text).toBe(
      'Войдите в ЛК заказчика в ЕИС под учётной записью администратора организации.',
    );
    const save = list.texts.find((t) => t.id === 'token-eis-save')!;
    expect(save.text).toBe('Нажмите кнопку «Сохранить» (рисунок 2, выноска 3).');
    expect(save.paper).toBe('Нажмите кнопку «Сохранить».');
  });

  it('has the warnings of each step (cautions and dangers, not notes or tips)', () => {
    const https = model.checklists.find((l) => l.id === 'https-credentials')!;
    const close = https.texts.find((t) => t.id === 'https-close-with-cancel')!;
    expect(close.warnings.map((w) => [w.type, w.title])).toEqual([
      ['danger', 'Не нажимайте «Сохранить»'],
    ]);
    expect(close.warnings[0]!.text.length).toBeGreaterThan(20);
    const token = model.checklists.find((l) => l.id === 'token')!;
    // token-note-identifier has a note and a tip only.
    expect(token.texts.find((t) => t.id === 'token-note-identifier')!.warnings).toEqual([]);
  });

  it('names the tool pages by their pages’ titles', () => {
    const page = (id: string) => model.pages.find((p) => p.id === id)!;
    expect(model.tools.progress).toEqual({
      title: page('tools/progress').title,
      href: '/tools/progress/',
      description: page('tools/progress').description,
    });
    expect(model.tools.start.href).toBe('/tools/start/');
    expect(model.tools.reminder.href).toBe('/tools/reminder/');
    expect(model.tools.troubleshooting.href).toBe('/reference/troubleshooting/');
    expect(model.tools.print).toEqual(PRINT_PAGE);
  });

  it('carries each page’s change notes and all of them newest first', () => {
    expect(model.tools.changes.href).toBe('/reference/changes/');
    const token = model.pages.find((p) => p.id === 'services/token')!;
    expect(token.changes.length).toBeGreaterThan(0);
    expect(token.changes[0]!.date >= token.changes.at(-1)!.date).toBe(true);
    const dates = model.changes.map((c) => c.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(model.changes.length).toBe(model.pages.reduce((n, p) => n + p.changes.length, 0));
  });

  it('hashes each step’s text', () => {
    for (const list of model.checklists) {
      expect(list.hashes).toHaveLength(list.steps.length);
      for (const h of list.hashes) expect(h).toMatch(/^[0-9a-f]{8}$/);
    }
  });

  it('keeps the site order: sections, then sidebar order', () => {
    const sections = model.pages.map((p) => p.section).filter((s) => s !== 'index');
    const rank = (s: string) => model.sections.findIndex((x) => x.directory === s);
    expect(sections.map(rank)).toEqual([...sections.map(rank)].sort((a, b) => a - b));
    expect(model.reminderKinds.token?.href).toBe('/services/token/');
  });
});

describe('a broken page fails the model with the file and the fix', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });

  /** A throwaway site of `src/content/docs/<name>.mdx` pages (full text, frontmatter included). */
  function site(pages: Record<string, string>): string {
    dir = mkdtempSync(path.join(tmpdir(), 'eis-model-'));
    const src = path.join(dir, 'src');
    for (const [name, text] of Object.entries(pages)) {
      const file = path.join(src, 'content', 'docs', name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    return src;
  }
  const page = (front: string, body = '') =>
    `---\ntitle: 'Страница'\nreviewed: 2026-11-22\n${front}---\n\n${body}\n`;

  function thrown(fn: () => unknown): AstroError {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(AstroError);
      return e as AstroError;
    }
    throw new Error('expected an AstroError');
  }

  it('a bad step id: file and line', () => {
    const src = site({
      'services/a.mdx': page('', '<Checklist id="a">\n<Step id="Bad_Id">x</Step>\n</Checklist>'),
    });
    const err = thrown(() => buildSiteModel(src));
    expect(err.message).toMatch(/^src\/content\/docs\/services\/a\.mdx:\d+: The step id "Bad_Id"/);
    expect(err.hint).toContain('bad-id');
  });

  it('frontmatter the schema refuses: file and field', () => {
    const src = site({ 'services/a.mdx': `---\ntitle: 'A'\n---\n\nText.\n` });
    const err = thrown(() => buildSiteModel(src));
    expect(err.message).toContain('src/content/docs/services/a.mdx: frontmatter reviewed');
    expect(err.hint).toContain('src/site/page-schema.ts');
  });

  it('guide.systems naming a step the checklist does not have', () => {
    const src = site({
      'services/a.mdx': page(
        "guide:\n  key: token\n  systems:\n    - { in: 'ЛК ЕИС', from: one, to: nine }\n",
        '<Checklist id="a">\n<Step id="one">x</Step>\n</Checklist>',
      ),
    });
    const err = thrown(() => buildSiteModel(src));
    expect(err.message).toBe(
      'src/content/docs/services/a.mdx: guide.systems: step id "nine" is not in the page\'s checklist',
    );
    expect(err.hint).toContain('one');
  });

  it('a guide key the plan needs and no page declares', () => {
    const src = site({ 'services/a.mdx': page('guide:\n  key: token\n') });
    expect(thrown(() => buildSiteModel(src)).message).toContain(
      'no page declares guide key "rereg"',
    );
  });

  it('a change note naming a step the page does not have, or dated after the build', () => {
    const list = '<Checklist id="a">\n<Step id="one">x</Step>\n</Checklist>';
    const unknown = site({
      'services/a.mdx': page(
        "changes:\n  - { date: 2026-11-29, summary: 'Шаг', steps: [two] }\n",
        list,
      ),
    });
    const err = thrown(() => buildSiteModel(unknown, undefined, '2026-12-05'));
    expect(err.message).toBe(
      'src/content/docs/services/a.mdx: changes[0].steps names "two", which is not a step on this page',
    );
    expect(err.hint).toContain('one');
    rmSync(dir, { recursive: true, force: true });
    const future = site({
      'services/a.mdx': page("changes:\n  - { date: '2026-12-06', summary: 'Шаг' }\n", list),
    });
    expect(thrown(() => buildSiteModel(future, undefined, '2026-12-05')).message).toContain(
      'changes[0].date 2026-12-06 is in the future',
    );
  });

  it('is rebuilt when a source file changes', () => {
    const src = site({ 'services/a.mdx': page('', 'Text.') });
    const first = thrown(() => loadSiteModel(src));
    expect(first.message).toContain('no page declares guide key');
    const file = path.join(src, 'content', 'docs', 'services', 'a.mdx');
    writeFileSync(file, page('', '<Checklist id="a">\n<Step id="X">x</Step>\n</Checklist>'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(thrown(() => loadSiteModel(src)).message).toContain('The step id "X"');
  });
});
