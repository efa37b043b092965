/**
 * Where we copy upstream code rather than wrap it, the copy is pinned to the upstream file it was
 * taken from. An upgrade of Starlight or Pagefind changes the hash and fails here with what to
 * re-check; after re-checking (and updating the copy), put the new hash here.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const modules = fileURLToPath(new URL('../../../node_modules/', import.meta.url));
const starlight = path.join(modules, '@astrojs/starlight');
const pagefindUi = path.join(modules, '@pagefind/default-ui');

const read = (file: string) => readFileSync(file, 'utf8');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const COPIES = [
  {
    upstream: path.join(starlight, 'dist/components/ThemeSelect.astro'),
    sha256: 'eb2256fe869a33d0328bee6e9fd31c0b5770ab7fe6c3b752c9961d56a625e10e',
    recheck:
      'src/components/overrides/ThemeSelect.astro copies its markup and inline updatePickers() ' +
      'call, and theme-select.client.ts its element (with safe storage). Compare both with the ' +
      'new upstream file; if upstream now survives full storage, use <Default /> instead.',
  },
  {
    upstream: path.join(starlight, 'dist/components/Search.astro'),
    sha256: '619c5c441e1f836ff8df96bbaae71b8ac638f226bc04bbac90c56ba6ddc86874',
    recheck:
      'src/features/search/Search.astro copies its button, dialog, the inline ⌘K script and ' +
      'its scoped and global styles. Compare them with the new upstream file.',
  },
  {
    upstream: path.join(starlight, 'dist/style/props.css'),
    sha256: '1e8e40c6fb332fb99476c837cba8e17e2f0fe074c515391c142651a067d64ce2',
    recheck:
      'src/components/overrides/nojs-light.css copies the light-theme colours and shadows of ' +
      'props.css. Copy the new values.',
  },
  {
    upstream: path.join(pagefindUi, 'css/ui.css'),
    sha256: '09a1a7db89c7b5dbb62c26dd19491c86fe0f2d6022bc56d2e3b9e0045e4b1a16',
    recheck:
      'The second <style is:global> of src/features/search/Search.astro copies the rules of ' +
      "Pagefind UI's stylesheet our form uses. Compare them with the new ui.css.",
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
