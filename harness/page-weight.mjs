// @ts-check
/**
 * Page weight of a built site: gzip bytes of each page's HTML, of the JavaScript it loads and of its
 * CSS. Shared by `npm run bench` (scripts/bench.mjs) and tests/build/budget.test.ts.
 *
 * - JS: every `<script src>` and `<link rel="modulepreload">`, plus the modules they import
 *   statically (followed transitively through the built files; dynamic `import()` is not followed,
 *   it loads on demand), plus the inline scripts.
 * - CSS: every `<link rel="stylesheet">` (print sheets included: the browser fetches them too),
 *   plus `@import`ed sheets, plus the inline `<style>` elements.
 * - Each file is gzipped on its own (level 9), as a static host would send it; a module shared by
 *   several scripts counts once per page. Inline scripts are gzipped together as one blob, and so
 *   are inline styles (they travel inside the HTML; this is their share of it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { fileForPage, listPages } from './pages.ts';
import { AFTER_PAINT_SRC, AFTER_PAINT_TYPE } from '../src/lib/after-paint.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The bare Starlight project the budget compares against. */
export const BARE_FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'bare-starlight');

/**
 * The site's islands: the custom element each renders and a pattern for the built file names of
 * its client script. Astro names a component's script after the component
 * (`Checklist.astro_astro_type_script_index_0_lang.<hash>.js`); should the bundler ever emit the
 * `*.client.ts` module as a chunk of its own, that name is matched too. Shared library chunks are
 * deliberately not matched: `checklist-scan` (case-sensitive `Checklist`) and a `tree` chunk of
 * src/features/plan/tree.ts, which «Мой прогресс» legitimately uses to show the plan.
 */
export const ISLANDS = [
  { name: 'Checklist', script: /Checklist|checklist\.client/, tag: '<eis-checklist' },
  { name: 'Reminder', script: /Reminder|reminder\.client/, tag: '<eis-reminder' },
  { name: 'ExpiryNotice', script: /ExpiryNotice|notice\.client/, tag: '<eis-expiry-notice' },
  { name: 'DecisionTree', script: /DecisionTree|tree\.client/, tag: '<eis-tree' },
  { name: 'Progress', script: /Progress|progress\.client/, tag: '<eis-progress' },
  { name: 'PageAsk', script: /PageAsk|page-ask\.client/, tag: '<eis-page-ask' },
];

/**
 * @typedef {{ path: string, bytes: number, gzip: number }} FileWeight
 *   `path` is relative to the site directory (`_astro/page.abc.js`).
 * @typedef {{ count: number, bytes: number, gzip: number }} InlineWeight
 * @typedef {{ gzip: number, files: FileWeight[], inline: InlineWeight, external: string[] }} AssetWeight
 *   `gzip` is the total: files + inline. `external` lists URLs on other origins (not measured).
 * @typedef {{
 *   page: string,
 *   html: { bytes: number, gzip: number },
 *   js: AssetWeight,
 *   css: AssetWeight,
 *   islands: string[],
 *   tags: string[],
 * }} PageWeight
 *   `islands`: island scripts the page loads (ISLANDS names); `tags`: islands whose element is in
 *   the HTML.
 */

/** @param {string | Buffer} data */
export function gzipSize(data) {
  return gzipSync(data, { level: 9 }).length;
}

const ORIGIN = 'http://site.invalid';
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
// Static imports and re-exports with a path specifier, as bundlers print them:
// `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`. `import(` is dynamic and
// does not match; a specifier must start with `/`, `./` or `../`, which rules out strings that
// merely contain the word import.
const STATIC_IMPORT =
  /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])(\.{0,2}\/[^"'\s]+)\1/g;
const CSS_IMPORT = /@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1/g;

/**
 * Maps a URL of the site to a file in `dir`, or undefined for another origin.
 * @param {string} dir
 * @param {string} base
 * @param {URL} url
 */
function fileForUrl(dir, base, url) {
  if (url.origin !== ORIGIN) return undefined;
  const pathname = decodeURIComponent(url.pathname);
  if (!pathname.startsWith(base)) {
    throw new Error(`${url.pathname} is outside the site base ${base}`);
  }
  return path.join(dir, pathname.slice(base.length));
}

/**
 * Follows static imports (JS) or `@import` (CSS) from the entry URLs through the built files.
 * @param {string} dir
 * @param {string} base
 * @param {URL[]} entries
 * @param {RegExp} pattern capture group 2 is the specifier
 * @returns {{ files: FileWeight[], external: string[] }}
 */
function closure(dir, base, entries, pattern) {
  /** @type {Map<string, FileWeight>} */
  const seen = new Map();
  /** @type {string[]} */
  const external = [];
  const queue = [...entries];
  while (queue.length) {
    const url = /** @type {URL} */ (queue.shift());
    const file = fileForUrl(dir, base, url);
    if (!file) {
      if (!external.includes(url.href)) external.push(url.href);
      continue;
    }
    const rel = path.relative(dir, file).split(path.sep).join('/');
    if (seen.has(rel)) continue;
    if (!existsSync(file)) throw new Error(`${url.pathname} is referenced but not in ${dir}`);
    const data = readFileSync(file);
    seen.set(rel, { path: rel, bytes: data.length, gzip: gzipSize(data) });
    for (const m of data.toString('utf8').matchAll(pattern)) {
      const spec = /** @type {string} */ (m[2]);
      if (/^(?:data|https?):/.test(spec)) continue;
      queue.push(new URL(spec, url));
    }
  }
  return { files: [...seen.values()].sort((a, b) => b.gzip - a.gzip), external };
}

/** @param {string[]} texts */
function inline(texts) {
  const blob = texts.join('\n');
  return {
    count: texts.length,
    bytes: Buffer.byteLength(blob),
    gzip: texts.length ? gzipSize(blob) : 0,
  };
}

/**
 * Island names (ISLANDS) whose script is among `files`.
 * @param {FileWeight[]} files
 */
export function islandsIn(files) {
  return ISLANDS.filter((island) =>
    files.some((f) => island.script.test(path.posix.basename(f.path))),
  ).map((island) => island.name);
}

/**
 * Weight of one built page.
 * @param {string} dir built site directory
 * @param {string} sitePath page path as listPages() returns it
 * @param {{ base?: string }} [options] `base`: the site's base path if built under one
 * @returns {PageWeight}
 */
export function pageWeight(dir, sitePath, { base = '/' } = {}) {
  const html = readFileSync(fileForPage(dir, sitePath), 'utf8');
  const doc = parse(html);
  const pageUrl = new URL(base.replace(/\/$/, '') + sitePath, ORIGIN);

  /** @type {URL[]} */
  const scripts = [];
  /** @type {string[]} */
  const inlineScripts = [];
  for (const el of doc.querySelectorAll('script')) {
    const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
    // A module script the build deferred to after the first paint (src/lib/after-paint.ts).
    const deferred = type === AFTER_PAINT_TYPE && el.getAttribute(AFTER_PAINT_SRC);
    if (deferred) {
      scripts.push(new URL(deferred, pageUrl));
      continue;
    }
    if (!JS_TYPES.has(type)) continue;
    const src = el.getAttribute('src');
    if (src) scripts.push(new URL(src, pageUrl));
    else if (el.rawText.trim()) {
      inlineScripts.push(el.rawText);
      // An inline module may import built files too.
      for (const m of el.rawText.matchAll(STATIC_IMPORT)) {
        scripts.push(new URL(/** @type {string} */ (m[2]), pageUrl));
      }
    }
  }
  /** @type {URL[]} */
  const sheets = [];
  for (const el of doc.querySelectorAll('link[href]')) {
    const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = /** @type {string} */ (el.getAttribute('href'));
    if (rel.includes('stylesheet')) sheets.push(new URL(href, pageUrl));
    else if (rel.includes('modulepreload')) scripts.push(new URL(href, pageUrl));
  }
  const inlineStyles = doc
    .querySelectorAll('style')
    .map((el) => el.rawText)
    .filter((t) => t.trim());

  const jsFiles = closure(dir, base, scripts, STATIC_IMPORT);
  const cssFiles = closure(dir, base, sheets, CSS_IMPORT);
  const jsInline = inline(inlineScripts);
  const cssInline = inline(inlineStyles);
  const sum = (/** @type {FileWeight[]} */ files) => files.reduce((n, f) => n + f.gzip, 0);
  return {
    page: sitePath,
    html: { bytes: Buffer.byteLength(html), gzip: gzipSize(html) },
    js: { gzip: sum(jsFiles.files) + jsInline.gzip, ...jsFiles, inline: jsInline },
    css: { gzip: sum(cssFiles.files) + cssInline.gzip, ...cssFiles, inline: cssInline },
    islands: islandsIn(jsFiles.files),
    tags: ISLANDS.filter((island) => html.includes(island.tag)).map((island) => island.name),
  };
}

/**
 * Weights of every page of a built site.
 * @param {string} dir
 * @param {{ base?: string }} [options]
 */
export function siteWeights(dir, options) {
  return listPages(dir).map((p) => pageWeight(dir, p, options));
}

/**
 * The heaviest page by a figure.
 * @param {PageWeight[]} weights
 * @param {'js' | 'css' | 'html'} key
 */
export function heaviest(weights, key) {
  return weights.reduce((a, b) => (b[key].gzip > a[key].gzip ? b : a));
}

/**
 * Runs `astro build` with this project's Astro, on the same Node. Returns the wall time in ms;
 * throws with the build's output if it fails.
 * @param {{ root?: string, outDir: string, env?: Record<string, string> }} options
 */
export function astroBuild({ root = ROOT, outDir, env = {} }) {
  const astro = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const started = performance.now();
  const res = spawnSync(process.execPath, [astro, 'build', '--root', root, '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    // NODE_ENV is set explicitly: vitest exports NODE_ENV=test, and a build in that mode differs
    // (Starlight leaves out search), which would skew the comparison.
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (res.status !== 0) {
    throw new Error(
      `astro build --root ${root} failed (${res.error?.message ?? `exit ${res.status}`}):\n` +
        `${res.stdout ?? ''}\n${res.stderr ?? ''}`,
    );
  }
  return ms;
}

/**
 * Builds the bare Starlight fixture into `outDir` and returns the weight of its one doc page.
 * @param {string} outDir
 */
export function bareStarlight(outDir) {
  const ms = astroBuild({ root: BARE_FIXTURE, outDir });
  return { ms, weight: pageWeight(outDir, '/') };
}

/** @param {number} n bytes */
export function kb(n) {
  return `${(n / 1024).toFixed(1)} KB`;
}
