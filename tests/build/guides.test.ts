/**
 * One source of truth for guides and tool pages (issue 11, «One site model») over the built site:
 * every guide's and tool page's title and link come from its page, through the site model
 * (src/site/model.ts). No such title is written by hand in code under src/ (outside the pages
 * themselves); the home cards, the no-JS tree, «Мой прогресс», the plan panel, search and the
 * islands' data are derived from the pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../helpers/paths';
import { mainContent, readPage } from '../helpers/pages';
import { guideFiles, siteModel } from '../helpers/guide-files';
import { GUIDE_KEYS, type GuideTable } from '../../src/site/guide-keys';

const FILES = guideFiles();
const MODEL = siteModel();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The sources of pages: a title is written there, and only there. */
const PAGE_SOURCES = [
  'src/content/docs',
  // The print page's own title and description (an .astro page cannot be read in plain Node).
  'src/features/print/print-page.ts',
];

function codeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(ROOT, full).split(path.sep).join('/');
    if (PAGE_SOURCES.includes(rel)) continue;
    if (entry.isDirectory()) out.push(...codeFiles(full));
    // Tests and labelled test data (*.corpus.ts) are not UI text.
    else if (
      /\.(ts|astro|css|mjs|js)$/.test(entry.name) &&
      !/\.(test|corpus)\.ts$/.test(entry.name)
    )
      out.push(full);
  }
  return out;
}

/** Code without its comments (they may name a page; what readers see may not). */
const withoutComments = (code: string) =>
  code
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/(^|\s)\/\/.*$/gm, '$1');

/**
 * Where `title` is used as a page's name in `code`. Not a page's name: a quoted name right after
 * «блок» (a block of Web-Торги-КС that the sources call so, «Блок «Права доступа к РИС»»), and the
 * words at the start of a longer phrase («Идентификатор участника ЭДО не сохранили?»).
 */
function titleUses(code: string, title: string): number {
  let uses = 0;
  for (let i = code.indexOf(title); i !== -1; i = code.indexOf(title, i + 1)) {
    const before = code.slice(Math.max(0, i - 20), i);
    const after = code.slice(i + title.length, i + title.length + 2);
    if (/(блок|блока|блоке|полей)\s*«$/i.test(before)) continue;
    if (/^ [а-яё]/.test(after)) continue;
    uses += 1;
  }
  return uses;
}

describe('guide and tool page titles live only in their pages', () => {
  const tools = Object.values(MODEL.tools).map((t) => t.title);
  const titles = [...Object.values(FILES).map((g) => g.title), ...tools];

  it('finds the guides, the tool pages and their titles', () => {
    expect(Object.keys(FILES).length).toBeGreaterThanOrEqual(9);
    expect(Object.keys(MODEL.tools).sort()).toEqual(
      ['changes', 'print', 'progress', 'reminder', 'start', 'troubleshooting'].sort(),
    );
    for (const t of titles) expect(t.length).toBeGreaterThan(5);
  });

  it('tells a page’s name from the same words naming something else', () => {
    const t = 'Права доступа к РИС';
    expect(titleUses(`'Блок «${t}» виден в Системе'`, t)).toBe(0);
    expect(titleUses(`'нет блока «${t}»?'`, t)).toBe(0);
    expect(titleUses(`'${t} не настроены?'`, t)).toBe(0);
    expect(titleUses(`'см. «${t}»'`, t)).toBe(1);
    expect(titleUses(`<a href="/x/">${t}</a>`, t)).toBe(1);
  });

  it('no guide or tool page title is written in code under src/', () => {
    const found: string[] = [];
    for (const file of codeFiles(path.join(ROOT, 'src'))) {
      const rel = path.relative(ROOT, file).split(path.sep).join('/');
      // Readers' questions (the search's tuning and held-out sets) quote titles as readers do.
      if (rel.startsWith('src/features/search/questions/')) continue;
      const code = withoutComments(readFileSync(file, 'utf8'));
      for (const title of titles) if (titleUses(code, title)) found.push(`${rel}: «${title}»`);
    }
    expect(found, 'take the title from the site model (src/site/guides.ts, toolPages)').toEqual([]);
  });

  it('links to the tool pages carry their pages’ titles', () => {
    const guide = mainContent(readPage(DIST, FILES['token']!.href));
    const panel = guide.querySelector('eis-plan-panel nav')!;
    expect(norm(panel.querySelector('[data-last] a')!.text)).toBe(MODEL.tools.progress.title);
    expect(panel.querySelector('[data-last] a')!.getAttribute('href')).toBe(
      MODEL.tools.progress.href,
    );
    expect(norm(panel.querySelector('a[data-plan]')!.text)).toBe(
      `Весь план — «${MODEL.tools.start.title}»`,
    );
    // Islands get the titles they name in the page data blob (island-slices.ts).
    const slices = (page: ReturnType<typeof readPage>) =>
      JSON.parse(page.querySelector('script#eis-data')!.text) as Record<string, unknown>;
    const progress = readPage(DIST, MODEL.tools.progress.href);
    const el = progress.querySelector('eis-progress')!;
    expect(slices(progress)['startTitle']).toBe(MODEL.tools.start.title);
    const startLink = el.querySelector(`.eis-progress__plan a[href="${MODEL.tools.start.href}"]`)!;
    expect(norm(startLink.text)).toBe(`«${MODEL.tools.start.title}»`);
    expect(slices(readPage(DIST, MODEL.tools.start.href))['progressTitle']).toBe(
      MODEL.tools.progress.title,
    );
    const home = readPage(DIST, '/');
    const search = home.querySelector('site-search')!;
    expect(slices(home)['searchFailed']).toContain(`«${MODEL.tools.troubleshooting.title}»`);
    const fallback = search.querySelector(`a[href="${MODEL.tools.troubleshooting.href}"]`)!;
    expect(norm(fallback.text)).toBe(MODEL.tools.troubleshooting.title);
    const print = readPage(DIST, MODEL.tools.print.href);
    expect(norm(print.querySelector('h1')!.text)).toBe(MODEL.tools.print.title);
    for (const key of ['start', 'progress', 'reminder', 'troubleshooting'] as const) {
      const h1 = readPage(DIST, MODEL.tools[key].href).querySelector('h1')!;
      expect(norm(h1.text), key).toBe(MODEL.tools[key].title);
    }
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
      const steps = FILES[key]!.checklist!.steps.length;
      // The page shows the model's steps, one list item each.
      expect(
        main.querySelectorAll('[data-step-id]').map((li) => li.id),
        key,
      ).toEqual(FILES[key]!.checklist!.steps);
      const line = norm(main.querySelector('[data-guide-steps]')!.text);
      expect(line, key).toMatch(new RegExp(`^В инструкции ${steps} шаг`));
      expect(main.querySelector('.eis-checklist__status[data-status]'), key).toBeTruthy();
    }
  });
});
