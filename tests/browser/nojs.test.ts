import { expect, test } from '../helpers/fixtures';
import { DIST } from '../helpers/paths';
import { listContentPages } from '../helpers/pages';

const pages = listContentPages(DIST);

// Every test here reads pages with scripts off: they share the worker's scriptless page
// (tests/helpers/fixtures.ts) instead of a fresh context and renderer each.

test.describe('JavaScript disabled', () => {
  for (const path of pages) {
    test(`${path} is readable without JS`, async ({ scriptless: { page, errors }, site }) => {
      await page.goto(site.url(path));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const main = page.getByRole('main');
      await expect.poll(async () => (await main.innerText()).length).toBeGreaterThan(200);
      // Steps stay an ordinary numbered list with their text visible; no dead controls show.
      // Without scripts the page does not change after it loads: every step is read in one
      // call (a locator per step cost two round trips each, hundreds on /print/).
      const steps = await page.locator('.eis-step').evaluateAll((all: Element[]) => {
        // Playwright's visibility: a box of some size, and not visibility: hidden.
        const shown = (el: Element) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        };
        return all.flatMap((step) => {
          const body = step.querySelector('.eis-step__body');
          const boxes = step.querySelectorAll('input[type="checkbox"], [role="checkbox"]');
          return [
            ...(body && shown(body) ? [] : [`${step.id}: its text is not shown`]),
            ...[...boxes].filter(shown).map(() => `${step.id}: a checkbox shows`),
          ];
        });
      });
      expect(steps).toEqual([]);
      await expect(main.getByRole('button')).toHaveCount(0);
      // The theme choice needs scripts to apply and keep it: not shown (round 27).
      await expect(page.locator('starlight-theme-select').first()).toBeHidden();
      expect(errors).toEqual([]);
    });
  }
});

test.describe('JavaScript disabled: the decision tree', () => {
  for (const path of ['/', '/tools/start/']) {
    test(`${path} shows the tree as sections that link to the token and РИС guides`, async ({
      scriptless: { page },
      site,
    }) => {
      await page.goto(site.url(path));
      const links = () =>
        page
          .getByRole('main')
          .getByRole('link')
          .evaluateAll((as: Element[]) =>
            as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
          );
      await expect.poll(links).toContain('/services/token/');
      await expect.poll(links).toContain('/services/ris-rights/');
      await expect(page.locator('.eis-tree__static')).toBeVisible();
      await expect(page.locator('.eis-tree__wizard')).toBeHidden();
    });
  }
});

test.describe('JavaScript disabled: no text about controls that are not there', () => {
  // The tools' pages spoke of questions to answer, a form, a calendar button and ticks that only
  // scripts show (round 29's accessibility audit); that text now shows only with scripts.
  const promises: Record<string, RegExp> = {
    '/': /Ответьте на вопросы/,
    '/tools/start/': /Ответьте на вопросы|Сделать этим планом/,
    '/tools/reminder/': /Запишите здесь дату|Добавить в календарь/,
    '/tools/progress/': /вы уже отметили/,
  };
  for (const [path, promise] of Object.entries(promises)) {
    test(`${path}`, async ({ scriptless: { page }, site }) => {
      await page.goto(site.url(path));
      const main = page.getByRole('main');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await main.innerText()).not.toMatch(promise);
    });
  }

  test('«С чего начать» says what to do without scripts instead', async ({
    scriptless: { page },
    site,
  }) => {
    await page.goto(site.url('/tools/start/'));
    await expect(
      page.getByText('Без JavaScript план не составляется и не хранится', { exact: false }),
    ).toBeVisible();
  });
});

test.describe('JavaScript disabled: the error dictionary', () => {
  test('«Ошибки и решения»: the yes/no diagnostic leads to an entry by plain links', async ({
    scriptless: { page },
    site,
  }) => {
    await page.goto(site.url('/reference/troubleshooting/'));
    const diag = page.locator('.eis-diag');
    const leaf = diag.getByRole('link', { name: 'Ничего из этого или не знаете?' });
    await expect(leaf).toBeHidden();
    await diag.getByText('Документ не уходит в ЕИС?').click();
    await leaf.click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#err-login-password-incorrect');
    const inView = () =>
      page.locator('#err-login-password-incorrect').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.top < innerHeight;
      });
    await expect.poll(inView).toBe(true);
  });
});

test.describe('JavaScript disabled on a phone (320 px)', () => {
  // An audit of round 29: the search note wrapped to four lines out of the fixed header, its
  // first line above the screen, and the site title was cut to «ЕИС: наст / инте»; the
  // «Обновлено» line cut even the date («07.12.20…»).
  test('the header keeps the title whole and the search note on one line', async ({
    scriptless: { page },
    site,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(site.url('/services/token/'));
    const header = await page.locator('header.header').boundingBox();
    const note = await page.locator('.eis-search-nojs').boundingBox();
    expect(note!.y).toBeGreaterThanOrEqual(header!.y);
    expect(note!.y + note!.height).toBeLessThanOrEqual(header!.y + header!.height);
    const [shown, whole] = await page
      .locator('a.site-title')
      .evaluate((el) => [el.clientWidth, el.scrollWidth]);
    expect(whole).toBeLessThanOrEqual(shown!);
    // The link keeps its name; its visible word is drawn by CSS («Разделы»), so the note has width.
    await expect(page.getByRole('link', { name: 'Все разделы сайта' })).toHaveCount(1);
    expect(note!.width).toBeGreaterThan(40);
    const date = page.locator('.page-updated__date');
    const [dateShown, dateWhole] = await date.evaluate((el) => [el.clientWidth, el.scrollWidth]);
    expect(dateWhole).toBeLessThanOrEqual(dateShown!);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
