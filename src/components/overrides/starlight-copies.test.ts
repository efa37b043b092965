/**
 * Where we copy upstream code rather than wrap it, each copied part is compared with the upstream
 * file it was taken from (whitespace aside): our copy cannot drift, and an upgrade that changes a
 * copied part fails here with what to re-check. A copy whose parts are not marked yet is pinned to
 * the hash of its whole upstream file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const modules = fileURLToPath(new URL('../../../node_modules/', import.meta.url));
const starlight = path.join(modules, '@astrojs/starlight');

const read = (file: string) => readFileSync(file, 'utf8');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Whitespace collapsed: a copy may be re-indented, not changed. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text between `/* copy:NAME begin … *\/` and `/* copy:NAME end *\/` in our file. */
function copied(file: string, name: string): string {
  const text = read(file);
  const m = new RegExp(
    `/\\* copy:${name} begin[^*]*\\*/([\\s\\S]*?)/\\* copy:${name} end \\*/`,
  ).exec(text);
  if (!m) throw new Error(`${file}: no copy:${name} region`);
  return m[1]!;
}

/** The blocks of a copied region (split at blank lines): each must be in upstream as it is. */
const blocks = (region: string) =>
  region
    .split(/\n\s*\n/)
    .map(squash)
    .filter(Boolean);

const ours = (rel: string) => fileURLToPath(new URL(`../../../${rel}`, import.meta.url));
const SEARCH = ours('src/features/search/Search.astro');

/**
 * Each copy we keep, compared with what it was copied from, part by part: a copy that drifts
 * from upstream fails, and so does an upstream change of a copied part (not of the rest).
 */
const PART_COPIES = [
  {
    name: 'Search.astro: button and dialog styles',
    upstream: path.join(starlight, 'dist/components/Search.astro'),
    parts: () => blocks(copied(SEARCH, 'starlight-search')),
    recheck: 'Copy the changed rules of the first <style> of the upstream file into Search.astro.',
  },
  {
    name: 'Search.astro: the modal-open rule',
    upstream: path.join(starlight, 'dist/components/Search.astro'),
    parts: () => blocks(copied(SEARCH, 'starlight-search-global')),
    recheck: 'Copy the upstream [data-search-modal-open] rule.',
  },
  {
    name: 'Search.astro: the inline ⌘K script',
    upstream: path.join(starlight, 'dist/components/Search.astro'),
    parts: () => [
      squash(/<script is:inline>([\s\S]*?)<\/script>/.exec(read(SEARCH))?.[1] ?? 'missing'),
    ],
    recheck: 'Copy the upstream inline script.',
  },
  {
    name: 'nojs-light.css: light-theme colours',
    upstream: path.join(starlight, 'dist/style/props.css'),
    parts: () =>
      (
        read(ours('src/components/overrides/nojs-light.css')).match(/--sl-[\w-]+:[^;]+;/g) ?? []
      ).map(squash),
    recheck: 'Copy the new light-theme values of props.css into nojs-light.css.',
  },
];

describe('copies of upstream code match upstream, part by part', () => {
  it.each(PART_COPIES)('$name', ({ upstream, parts, recheck }) => {
    const source = squash(read(upstream));
    const list = parts();
    expect(list.length).toBeGreaterThan(0);
    for (const part of list) {
      expect(
        source.includes(part),
        `not in ${path.basename(upstream)}: «${part}». ${recheck}`,
      ).toBe(true);
    }
  });
});

/** Copies pinned to their whole upstream file (their parts are not marked yet). */
const COPIES = [
  {
    upstream: path.join(starlight, 'dist/components/ThemeSelect.astro'),
    sha256: 'eb2256fe869a33d0328bee6e9fd31c0b5770ab7fe6c3b752c9961d56a625e10e',
    recheck:
      'src/components/overrides/ThemeSelect.astro copies its markup and inline updatePickers() ' +
      'call, and theme-select.client.ts its element (with safe storage). Compare both with the ' +
      'new upstream file; if upstream now survives full storage, use <Default /> instead.',
  },
];

describe('copies of upstream code are pinned to the upstream file', () => {
  it.each(COPIES)('$upstream', ({ upstream, sha256: pinned, recheck }) => {
    expect(
      sha256(upstream),
      `${path.relative(process.cwd(), upstream)} changed upstream. ${recheck} Then update the hash in src/components/overrides/starlight-copies.test.ts.`,
    ).toBe(pinned);
  });
});

describe('wrapped Starlight components still behave as our additions assume', () => {
  it('ThemeProvider reads storage behind `typeof localStorage` (our guard sets it to undefined)', () => {
    const source = read(path.join(starlight, 'dist/components/ThemeProvider.astro'));
    expect(
      source,
      "src/components/overrides/ThemeProvider.astro makes blocked storage read as undefined, relying on Starlight's `typeof localStorage` check; upstream changed it, re-check the guard.",
    ).toContain("typeof localStorage !== 'undefined' && localStorage.getItem('starlight-theme')");
    expect(source).toContain('window.StarlightThemeProvider =');
  });
});
