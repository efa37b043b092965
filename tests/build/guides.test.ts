/**
 * One source of truth for guides (issue 11) over the built site: every guide's title and link
 * come from its MDX. No guide title is written in code under src/ (outside src/content/docs); the
 * home cards, the no-JS tree, «Мой прогресс» and the islands' data are derived from the pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../helpers/paths';
import { mainContent, readPage } from '../helpers/pages';
import { guideFiles } from '../helpers/guide-files';
import { GUIDE_KEYS, type GuideTable } from '../../src/site/guide-keys';

const FILES = guideFiles();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Where a title's words may stand in code because they name something else the sources name
 * the same way. Each entry says why.
 */
const ALLOWED: { file: string; title: string; why: string }[] = [
  {
    file: 'src/features/plan/tree.ts',
    title: 'Права доступа к РИС',
    why: 'the name of the block in Web-Торги-КС («Блок «Права доступа к РИС» виден в Системе»)',
  },
  {
    file: 'src/features/search/search-text.ts',
    title: 'Ошибки и решения',
    why: 'the search dialog names its fallback link by hand (a client string table, no content access)',
  },
  {
    file: 'src/data/errors.ts',
    title: 'Права доступа к РИС',
    why: 'the source quotes the Web-Торги-КС block «Права доступа к РИС» verbatim',
  },
  {
    file: 'src/data/errors.ts',
    title: 'Идентификатор участника ЭДО',
    why: 'a diagnostic question about the identifier itself («Идентификатор участника ЭДО не сохранили?»)',
  },
];

function codeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== path.join(ROOT, 'src/content/docs')) out.push(...codeFiles(full));
    } else if (/\.(ts|astro|css|mjs|js)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
      out.push(full);
  }
  return out;
}

describe('guide titles live only in their MDX', () => {
  const titles = Object.values(FILES).map((g) => g.title);

  it('finds the guides and their titles', () => {
    expect(Object.keys(FILES).length).toBeGreaterThanOrEqual(9);
    for (const t of titles) expect(t.length).toBeGreaterThan(5);
  });

  it('no guide title is written in code under src/', () => {
    const found: string[] = [];
    for (const file of codeFiles(path.join(ROOT, 'src'))) {
      const rel = path.relative(ROOT, file).split(path.sep).join('/');
      const text = readFileSync(file, 'utf8');
      for (const title of titles) {
        if (!text.includes(title)) continue;
        if (ALLOWED.some((a) => a.file === rel && a.title === title)) continue;
        found.push(`${rel}: «${title}»`);
      }
    }
    expect(found, 'take the title from the guide (siteGuides / guideTable) instead').toEqual([]);
  });

  it('the islands get the guides from the pages: titles and links equal the MDX', () => {
    const blob = readPage(DIST, '/tools/progress/').querySelector('script#eis-data')!;
    const table = JSON.parse(blob.text).guides as GuideTable;
    expect(Object.keys(table).sort()).toEqual(Object.keys(FILES).sort());
    for (const [key, g] of Object.entries(table)) {
      expect(g.title).toBe(FILES[key]!.title);
      expect(g.href).toBe(FILES[key]!.href);
      const h1 = readPage(DIST, g.href).querySelector('h1')!;
      expect(norm(h1.text)).toBe(g.title);
    }
    // The order comes from the frontmatter: entering the password needs it from ЕИС first.
    expect(table['wtks']!.requires).toEqual(['https']);
  });

  it('the home cards are the guides with a card text, with their own titles and links', () => {
    const cards = mainContent(readPage(DIST, '/')).querySelectorAll('.sl-link-card');
    expect(cards.length).toBeGreaterThanOrEqual(6);
    for (const card of cards) {
      const a = card.querySelector('a')!;
      const guide = Object.values(FILES).find((g) => g.href === a.getAttribute('href'));
      expect(guide, a.getAttribute('href')!).toBeDefined();
      expect(norm(a.text)).toBe(guide!.title);
    }
  });

  it('the no-JS tree links every guide of the plans by its own title', () => {
    const tree = mainContent(readPage(DIST, '/tools/start/')).querySelector('.eis-tree__static')!;
    const links = tree.querySelectorAll('a');
    expect(links.length).toBeGreaterThan(10);
    for (const a of links) {
      const guide = Object.values(FILES).find((g) => g.href === a.getAttribute('href'));
      expect(guide, a.getAttribute('href')!).toBeDefined();
      expect(norm(a.text)).toBe(guide!.title);
    }
    // Notes quote titles through placeholders that the build resolves.
    expect(tree.text).not.toContain('{guide:');
  });

  it('«Мой прогресс» says what must be done first, with links, for guides that require one', () => {
    const item = readPage(DIST, '/tools/progress/').querySelector('[data-guide="wtks"]')!;
    const blocked = item.querySelector('.eis-progress__blocked')!;
    expect(blocked.hasAttribute('hidden')).toBe(true);
    // Advice, not a lock; the element adds «или «После перерегистрации»» (status-view.ts).
    expect(norm(blocked.text)).toBe(`Сначала: ${FILES['https']!.title}`);
    expect(blocked.querySelector('a')!.getAttribute('href')).toBe(FILES['https']!.href);
    expect(item.hasAttribute('data-total')).toBe(false);
  });
});

describe('the top of each guide: plan panel slot, status slot, steps per system', () => {
  // Every guide key the plans use (src/site/guide-keys.ts).
  const inPlans = [...GUIDE_KEYS];

  it.each(inPlans.map((k) => [k]))(
    '%s: the plan panel is an empty, hidden element around a labelled nav',
    (key) => {
      const main = mainContent(readPage(DIST, FILES[key]!.href));
      const nav = main.querySelector('eis-plan-panel.eis-plan-panel')!;
      expect(nav, key).toBeTruthy();
      expect(nav.querySelector('nav')!.getAttribute('aria-label')).toBe('Ваш план');
      expect(nav.hasAttribute('hidden')).toBe(true);
      expect(nav.querySelector('[data-step]')!.text).toBe('');
      expect(nav.querySelector('[data-count]')!.text).toBe('');
      for (const li of nav.querySelectorAll('[data-prev], [data-next]'))
        expect(li.querySelector('a')!.text).toBe('');
      // The inline script that decides before the first paint follows it directly.
      expect(nav.nextElementSibling?.tagName).toBe('SCRIPT');
    },
  );

  it('pages that are not guides have no plan panel', () => {
    for (const path of [
      '/',
      '/tools/progress/',
      '/reference/glossary/',
      '/support/knowledge-base/',
    ])
      expect(readPage(DIST, path).querySelector('.eis-plan-panel'), path).toBeNull();
  });

  it('each guide with a checklist says how many steps and in which systems, from the checklist', () => {
    const token = mainContent(readPage(DIST, FILES['token']!.href));
    expect(norm(token.querySelector('[data-guide-steps]')!.text)).toBe(
      'В инструкции 10 шагов: шаги 1–6 — в ЛК ЕИС, шаги 7–10 — в Web-Торги-КС.',
    );
    for (const key of ['https', 'wtks', 'rereg', 'ris', 'edo', 'request']) {
      const main = mainContent(readPage(DIST, FILES[key]!.href));
      const steps = main.querySelectorAll('[data-step-id]').length;
      const line = norm(main.querySelector('[data-guide-steps]')!.text);
      expect(line, key).toMatch(new RegExp(`^В инструкции ${steps} шаг`));
      expect(main.querySelector('.eis-checklist__status[data-status]'), key).toBeTruthy();
    }
  });
});
