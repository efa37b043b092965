/**
 * The HTML, DOM, CSS and JS-API features of the built site against the readers' browsers
 * (package.json "browserslist"), by the list in src/features/old-browsers/features.ts:
 * - a feature found in the output that some target lacks must declare what happens there;
 * - a declared fallback's proof must be in the output too (a fallback that got lost fails);
 * - features the build lowers for the targets (CSS nesting …) must not be in the output;
 * - the known gaps found are exactly the declared ones, so a fixed gap is removed from the list.
 * Also: no <a> without href in the built HTML (crawlers and screen readers skip such links).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import browserslist from 'browserslist';
import {
  FEATURES,
  lackingTargets,
  targetMinimums,
  type Detect,
  type Where,
} from '../../src/features/old-browsers/features';
import { DIST, ROOT } from '../helpers/paths';
import { fileForPage, listPages } from '../helpers/pages';

const QUERY: string[] = JSON.parse(
  readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
).browserslist;
const TARGETS = targetMinimums(browserslist(QUERY));

const pages = listPages(DIST).map((page) => readFileSync(fileForPage(DIST, page), 'utf8'));

/** Stylesheets the pages link, plus their inline <style> blocks. */
function css(): string[] {
  const files = new Set<string>();
  const inline: string[] = [];
  for (const html of pages) {
    for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)) {
      const href = /href="([^"]+)"/.exec(m[0])?.[1];
      if (href?.startsWith('/')) files.add(path.join(DIST, href));
    }
    for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) inline.push(m[1] ?? '');
  }
  return [...[...files].map((f) => readFileSync(f, 'utf8')), ...inline];
}

/** Our bundles, Pagefind's scripts that the search loads, and the pages' inline scripts. */
function js(): string[] {
  const astro = readdirSync(path.join(DIST, '_astro'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.m?js$/.test(e.name))
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'));
  const pagefind = ['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js'].map((f) =>
    readFileSync(path.join(DIST, 'pagefind', f), 'utf8'),
  );
  const inline = pages.flatMap((html) =>
    [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? ''),
  );
  return [...astro, ...pagefind, ...inline];
}

const OUTPUT: Record<Where, string[]> = { html: pages, css: css(), js: js() };
const found = (d: Detect) => OUTPUT[d.in].some((text) => d.pattern.test(text));
const used = FEATURES.filter((f) => f.detect.some(found));

describe('built HTML, CSS and JS features against the browser targets', () => {
  it('reads the targets and finds the output to scan', () => {
    expect(TARGETS).toEqual({ chrome: 109, edge: 109, firefox: 115, safari: 15 });
    expect(OUTPUT.html.length).toBeGreaterThan(10);
    expect(OUTPUT.css.length).toBeGreaterThan(1);
    expect(OUTPUT.js.length).toBeGreaterThan(10);
  });

  it('lists each feature once', () => {
    const ids = FEATURES.map((f) => f.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('declares what happens where a used feature is missing in a target', () => {
    const undeclared = used
      .filter((f) => lackingTargets(f, TARGETS).length > 0 && f.fallback === null)
      .map((f) => `${f.id} (missing in ${lackingTargets(f, TARGETS).join(', ')})`);
    expect(undeclared).toEqual([]);
  });

  it('finds the proof of every declared fallback of a used feature', () => {
    const lost = used
      .filter((f) => f.fallback?.kind === 'fallback' && f.fallback.proof)
      .filter((f) => f.fallback?.kind === 'fallback' && !found(f.fallback.proof!))
      .map((f) => f.id);
    expect(lost).toEqual([]);
  });

  it('ships no feature that the build is meant to lower for the targets', () => {
    const raw = used.filter((f) => f.fallback?.kind === 'lowered').map((f) => f.id);
    expect(raw).toEqual([]);
  });

  it('has exactly the declared known gaps (a fixed one leaves the list)', () => {
    const gaps = FEATURES.filter((f) => f.fallback?.kind === 'gap').map((f) => f.id);
    expect(used.filter((f) => f.fallback?.kind === 'gap').map((f) => f.id)).toEqual(gaps);
    expect(gaps).toEqual(['dialog', 'wasm-unsafe-eval']);
  });

  it('uses the Popover API, which the targets lack, only with the menu fallback', () => {
    // The reason this list exists (issue 20): Starlight ≥ 0.42's mobile menu.
    expect(used.map((f) => f.id)).toEqual(expect.arrayContaining(['popover', 'popover-open']));
    expect(
      lackingTargets(
        FEATURES.find((f) => f.id === 'popover')!,
        TARGETS,
      ),
    ).toEqual(['chrome', 'edge', 'firefox', 'safari']);
  });
});

describe('links in the built HTML', () => {
  it('has no <a> without href', () => {
    const bare = listPages(DIST).flatMap((page, i) =>
      [...(pages[i] ?? '').matchAll(/<a(?![^>]*\shref=)(\s[^>]*)?>/g)].map(
        (m) => `${page}: ${m[0]}`,
      ),
    );
    expect(bare).toEqual([]);
  });
});
