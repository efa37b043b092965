/**
 * The built site against the readers' browsers, declared once in package.json "browserslist"
 * (Chrome/Edge ≥ 109, Firefox ≥ 115, Safari ≥ 15):
 * - every shipped JS file (dist/_astro, dist/pagefind) and every distinct inline script of the
 *   pages (our bundled *.inline.ts, Starlight's own): no syntax or built-in beyond the targets
 *   (es-check in browserslist mode, with feature detection);
 * - every CSS file a page loads: no feature the targets lack entirely (doiuse over caniuse data).
 *   Partial support is not a failure (caniuse marks e.g. `overflow` partial for old Safari).
 * Anything the targets lack must be listed below with what degrades, or the test fails; an entry
 * that is no longer needed fails too, so the list stays exact. README «Старые браузеры» has the
 * same list for readers of the repository.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { describe, expect, it } from 'vitest';
import postcss from 'postcss';
import doiuse, { type DoiuseUsage } from 'doiuse';
import browserslist from 'browserslist';
import { runChecks } from 'es-check';
import { DIST, ROOT } from '../helpers/paths';
import { fileForPage, listPages } from '../helpers/pages';

const QUERY: string[] = JSON.parse(
  readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
).browserslist;
const BROWSERS = browserslist(QUERY);

/** JS built-ins (es-check feature names) some targets lack, and what then degrades. */
const KNOWN_JS: Record<string, string> = {};

/** CSS features (caniuse ids) some targets lack entirely, and what then degrades. */
const KNOWN_CSS: Record<string, string> = {
  'css-cascade-layers':
    'Safari 15.0–15.3 ignore @layer blocks, i.e. most of Starlight’s theme: pages show in the ' +
    'browser’s default styles plus the site’s own CSS; text, figures and checklists stay readable.',
  'css-has':
    'Firefox 115–120, Safari 15.0–15.3: rules with :has() are skipped — heading-anchor spacing, ' +
    'list spacing in asides, a wider column for callouts in the marking figure (it keeps the ' +
    'two-column layout).',
  'css-focus-visible':
    'Safari 15.0–15.3: the site’s own focus ring is not drawn; the browser’s default focus ' +
    'outline remains.',
  'css-overscroll-behavior': 'Safari 15: scrolling the sidebar to its end may scroll the page.',
  'css-zoom':
    'Firefox 115–125: the mock screens on a printed plan (PlanPrint.astro) print at full size, ' +
    'not at 70 %: the sheet runs longer; nothing is cut (figures are kept whole).',
  'css-widows-orphans': 'Firefox: printed pages may break leaving a single line of a paragraph.',
  'text-size-adjust':
    'Firefox and Safari on desktop ignore it (it only matters for mobile font inflation).',
};

function walk(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** CSS files loaded by at least one page (<link rel="stylesheet">), as paths under dist/. */
function linkedCss(): string[] {
  const files = new Set<string>();
  for (const page of listPages(DIST)) {
    const html = readFileSync(fileForPage(DIST, page), 'utf8');
    for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)) {
      const href = /href="([^"]+)"/.exec(m[0])?.[1];
      if (href?.startsWith('/')) files.add(path.join(DIST, href));
    }
  }
  return [...files].sort();
}

describe('browser targets', () => {
  it('are declared once, for Chrome/Edge 109, Firefox 115 and Safari 15', () => {
    const min = (name: string) =>
      Math.min(
        ...BROWSERS.filter((b) => b.startsWith(`${name} `)).map((b) =>
          parseFloat(b.split(' ')[1] ?? ''),
        ),
      );
    expect([min('chrome'), min('edge'), min('firefox'), min('safari')]).toEqual([
      109, 109, 115, 15,
    ]);
  });
});

/**
 * Every distinct inline script of the built pages (not JSON data), written to a temp directory
 * as classic scripts, named by the first page that has it.
 */
function inlineScripts(dir: string): string[] {
  const seen = new Map<string, string>();
  for (const page of listPages(DIST)) {
    const html = readFileSync(fileForPage(DIST, page), 'utf8');
    for (const m of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
      const [, attrs = '', code = ''] = m;
      if (/type="(?!module|text\/javascript)/.test(attrs) || !code.trim()) continue;
      if (!seen.has(code)) seen.set(code, `${page.replace(/\W+/g, '_')}-${seen.size}.js`);
    }
  }
  return [...seen].map(([code, name]) => {
    const file = path.join(dir, name);
    writeFileSync(file, code);
    return file;
  });
}

describe('shipped JS against the targets', () => {
  const files = [
    ...walk(path.join(DIST, '_astro'), /\.m?js$/),
    ...walk(path.join(DIST, 'pagefind'), /\.m?js$/),
  ];
  const inlineDir = mkdtempSync(path.join(tmpdir(), 'inline-scripts-'));
  const inline = inlineScripts(inlineDir);
  afterAll(() => rmSync(inlineDir, { recursive: true, force: true }));

  it('finds the JS to check', () => {
    expect(files.length).toBeGreaterThan(10);
    // Starlight's theme and our notice precheck and plan panel, at least.
    expect(inline.length).toBeGreaterThanOrEqual(3);
    expect(inline.map((f) => readFileSync(f, 'utf8')).join('\n')).toContain('data-reminders');
  });

  it('uses no syntax and no undocumented built-in the targets lack', async () => {
    const run = async (ignore: string[]) =>
      (await runChecks(
        [
          { files, module: true },
          { files: inline, module: false },
        ].map((set) => ({
          ecmaVersion: 'checkBrowser',
          browserslistQuery: QUERY.join(', '),
          ...set,
          checkFeatures: true,
          ...(ignore.length ? { ignore: ignore.join(',') } : {}),
        })),
      )) as { success: boolean; errors: { file: string; err: Error }[] };
    const strict = await run(Object.keys(KNOWN_JS));
    expect(strict.errors.map((e) => `${path.basename(e.file)}: ${e.err.message}`)).toEqual([]);
    // Every documented exception is still needed: without the list, exactly those show up.
    const all = await run([]);
    const seen = new Set(
      all.errors.flatMap((e) => Object.keys(KNOWN_JS).filter((k) => e.err.message.includes(k))),
    );
    expect([...seen].sort()).toEqual(Object.keys(KNOWN_JS).sort());
  }, 60_000); // es-check parses every file twice: seconds on a busy machine
});

describe('shipped CSS against the targets', () => {
  const files = linkedCss();

  it('finds the CSS the pages load', () => {
    expect(files.length).toBeGreaterThan(1);
  });

  it(
    'uses no feature the targets lack, except the documented degradations',
    { timeout: 60_000 },
    async () => {
      const missing = new Map<string, Set<string>>();
      for (const file of files) {
        await postcss([
          doiuse({
            browsers: BROWSERS,
            onFeatureUsage: (usage: DoiuseUsage) => {
              if (!usage.featureData.missing) return;
              const where = missing.get(usage.feature) ?? new Set<string>();
              where.add(`${path.relative(DIST, file)} (${usage.featureData.missing})`);
              missing.set(usage.feature, where);
            },
          }),
        ]).process(readFileSync(file, 'utf8'), { from: file });
      }
      const undocumented = [...missing].filter(([feature]) => !(feature in KNOWN_CSS));
      expect(undocumented.map(([f, where]) => `${f}: ${[...where].join('; ')}`)).toEqual([]);
      expect([...missing.keys()].sort(), 'every documented degradation is still real').toEqual(
        Object.keys(KNOWN_CSS).sort(),
      );
    },
  );

  it('uses color-mix() and light-dark() only behind @supports (caniuse data has no entry)', () => {
    const bare: string[] = [];
    for (const file of files) {
      postcss.parse(readFileSync(file, 'utf8')).walkDecls((decl) => {
        if (!/\b(color-mix|light-dark)\(/.test(decl.value)) return;
        let node: postcss.Node | postcss.Document | undefined = decl.parent;
        while (node && !(node.type === 'atrule' && (node as postcss.AtRule).name === 'supports')) {
          node = node.parent;
        }
        if (!node) bare.push(`${path.relative(DIST, file)}: ${decl.toString().slice(0, 80)}`);
      });
    }
    expect(bare).toEqual([]);
  });
});
