/** Printing a guide: clean paper, steps as ☐/☑ boxes, figures kept whole, link targets shown. */
import { expect, test } from '../helpers/fixtures';
import { tickStep } from '../helpers/ticks';

test.describe('print', () => {
  test('a guide prints without chrome, with boxes for steps and whole figures', async ({
    page,
    site,
  }) => {
    await page.goto(site.url('/services/token/'));
    await tickStep(page, 'token-eis-save');
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

  // Round 27: the reminder's box printed empty and bordered where its form was hidden.
  test('the reminder page prints no empty box where the form was', async ({ page, site }) => {
    await page.goto(site.url('/tools/reminder/'));
    await page.emulateMedia({ media: 'print' });
    const box = await page
      .locator('eis-reminder')
      .first()
      .evaluate((el) => [getComputedStyle(el).borderTopWidth, getComputedStyle(el).paddingTop]);
    expect(box).toEqual(['0px', '0px']);
  });

  // A browser with `@page` margin boxes prints the site, date and address there, and not again
  // after the text (that line is for Chromium before 131: tests/old-browser).
  test('with margin boxes, no second copy of the running header after the text', async ({
    page,
    site,
  }) => {
    await page.goto(site.url('/services/token/'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('html')).not.toHaveAttribute('data-no-margin-boxes');
    const after = await page
      .locator('main')
      .evaluate((main) => getComputedStyle(main, '::after').content);
    expect(after).not.toContain('Проверено');
  });

  test('a reader in the dark theme prints dark text on white paper, with no stylesheet of its own', async ({
    page,
    site,
  }) => {
    const sheets: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'stylesheet') sheets.push(new URL(r.url()).pathname);
    });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(site.url('/services/token/'));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const colours = () =>
      page.evaluate(() => {
        const rgb = (c: string) => (c.match(/\d+/g) ?? []).slice(0, 3).map(Number);
        const body = getComputedStyle(document.body);
        const page = getComputedStyle(document.documentElement);
        return {
          // The margins: a transparent body shows the page's own background.
          background: rgb(
            body.backgroundColor === 'rgba(0, 0, 0, 0)'
              ? page.backgroundColor
              : body.backgroundColor,
          ),
          text: rgb(getComputedStyle(document.querySelector('main p')!).color),
        };
      });
    const light = (c: number[]) => Math.min(...c) >= 180;
    const dark = (c: number[]) => Math.max(...c) <= 90;
    const screen = await colours();
    expect(dark(screen.background) && light(screen.text)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const paper = await colours();
    expect(light(paper.background), `paper ${paper.background.join(',')}`).toBe(true);
    expect(dark(paper.text), `text ${paper.text.join(',')}`).toBe(true);
    // The print colours come with the page's stylesheets: the only stylesheet for print alone
    // is Starlight's own.
    expect(sheets.filter((s) => /nojs-light/.test(s))).toEqual([]);
  });
});
