/**
 * Reflow (WCAG 2.2 SC 1.4.10): every page at 320 CSS px wide — 1280 px at 400 % zoom — reads
 * without horizontal scrolling, in the light and the dark theme.
 */
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/paths';
import { listPages } from '../helpers/pages';
import { openPage, useSite } from '../helpers/site';

const pages = listPages(DIST);
const site = useSite();

describe.each(['light', 'dark'] as const)('reflow at 320 px, %s theme', (colorScheme) => {
  it.each(pages)('%s has no horizontal scrolling', async (path) => {
    const { context, page, watch } = await openPage(site, {
      colorScheme,
      viewport: { width: 320, height: 640 },
    });
    await page.goto(site.server.url(path), { waitUntil: 'load' });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset['theme']))
      .toBe(colorScheme);
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.right > root.clientWidth + 1 && el.checkVisibility();
        })
        .slice(0, 5)
        .map(
          (el) =>
            `${el.localName}.${[...el.classList].join('.')} → ${Math.round(el.getBoundingClientRect().right)}px`,
        );
      return { scroll: root.scrollWidth, client: root.clientWidth, wide };
    });
    expect(overflow.scroll, overflow.wide.join('; ')).toBeLessThanOrEqual(overflow.client);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
