import { describe, expect, it } from 'vitest';
import { fixSearchButton } from '../../src/lib/search-button';

const starlight =
  '<site-search><button data-open-modal disabled aria-label="Поиск" aria-keyshortcuts="Control+K" class="a">' +
  '<svg aria-hidden="true"></svg><span class="sl-hidden md:sl-block a" aria-hidden="true">Поиск</span>' +
  '<kbd class="x"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>' +
  '<dialog aria-label="Поиск"></dialog></site-search>';

describe('fixSearchButton', () => {
  const fixed = fixSearchButton(starlight);
  it('names the button by its visible text', () => {
    const button = fixed.match(/<button[\s\S]*?<\/button>/)![0];
    expect(button).not.toContain('aria-label');
    expect(button).toContain('<span class="sl-hidden md:sl-block a eis-search-label">Поиск</span>');
    expect(button).toContain('aria-keyshortcuts="Control+K"');
  });
  it('leaves the dialog label and the icon alone', () => {
    expect(fixed).toContain('<dialog aria-label="Поиск">');
    expect(fixed).toContain('<svg aria-hidden="true">');
  });
  it('is a no-op when the markup changes shape', () => {
    expect(fixSearchButton('<div>no button</div>')).toBe('<div>no button</div>');
  });
});
