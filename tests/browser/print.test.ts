/** Printing a guide: clean paper, steps as ☐/☑ boxes, figures kept whole, link targets shown. */
import { expect, test } from '../helpers/fixtures';

test.describe('print', () => {
  test('a guide prints without chrome, with boxes for steps and whole figures', async ({
    page,
    site,
  }) => {
    await page.goto(site.url('/services/token/'));
    await page.locator('#token-eis-save .eis-step__check').check();
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      [
        'header',
        'nav.sidebar',
        '#starlight__sidebar',
        'site-search',
        '.right-sidebar-container',
        'starlight-theme-select',
        '.eis-checklist__bar',
        'eis-reminder form',
        'mobile-starlight-toc',
        '.pagination-links',
      ]
        .map((sel) => {
          const el = document.querySelector(sel);
          if (!el) return null;
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          return style.display === 'none' ||
            style.visibility === 'hidden' ||
            box.width * box.height === 0
            ? null
            : sel;
        })
        .filter(Boolean),
    );
    expect(hidden).toEqual([]);
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('.eis-step')].map(
        (li) => getComputedStyle(li, '::before').content,
      ),
    );
    expect(marks.length).toBeGreaterThan(3);
    expect(new Set(marks)).toEqual(new Set(['"☐"', '"☑"']));
    expect(
      marks[
        [...(await page.locator('.eis-step').evaluateAll((l) => l.map((x) => x.id)))].indexOf(
          'token-eis-save',
        )
      ],
    ).toBe('"☑"');
    const figureBreak = await page
      .locator('figure')
      .first()
      .evaluate((f) => getComputedStyle(f).breakInside);
    expect(figureBreak).toBe('avoid');
    // External link targets are printed after the link text.
    const after = await page
      .locator('main a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/\(https?:\/\//);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});
