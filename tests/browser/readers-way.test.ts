/**
 * Issue 19, «The reader's way», what only a browser shows (that on phones every table column and
 * the whole site title are in view is checked on every page by every-page.test.ts, on its one load):
 *   - «Ошибки и решения» at 360 × 740: a reader who arrives at an entry by its link sees its
 *     «Что сделать» on the first screen;
 *   - «Ввод логина и пароля в Web-Торги-КС» itself advises «Сначала: …» with both ways in and
 *     «У меня уже есть логин и пароль», and a reader who came through re-registration is not
 *     sent back to the HTTPS guide;
 *   - the expiry notice on a 360 px phone is one short entry (a count and a link, «Уже продлил»)
 *     in a strip at most a fifth of the screen, not a third;
 *   - a print from the dark theme comes out on white: no dark page background, which Chromium
 *     would also paint into the sheet's margins.
 */
import type { Page } from '@playwright/test';
import { DIST } from '../helpers/paths';
import { expect, seedStorage, test } from '../helpers/fixtures';
import { builtGuides } from '../helpers/built-guides';
import { FROZEN, freezeClock, isoFromToday } from '../helpers/clock';
import { encodeReminder } from '../../src/features/reminders/reminder-codec';
import { KEYS } from '../../src/lib/storage/keys';
import { ERROR_ENTRIES } from '../../src/data/errors';

test.describe('«Ошибки и решения», 360 × 740', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('every entry reached by its link shows «Что сделать» on the first screen', async ({
    page,
    site,
  }) => {
    await page.goto(site.url('/reference/troubleshooting/'));
    expect(ERROR_ENTRIES.length).toBeGreaterThan(20);
    for (const { id } of ERROR_ENTRIES) {
      // As a link from another page lands: the browser scrolls the entry's heading into place.
      const where = await page.evaluate(async (entry) => {
        location.hash = entry;
        await new Promise(requestAnimationFrame);
        const heading = document.getElementById(entry)!;
        let block = (heading.closest('.sl-heading-wrapper') ?? heading).nextElementSibling;
        while (block && !block.textContent!.trim().startsWith('Что сделать'))
          block = block.nextElementSibling;
        if (!block) return null;
        // The first line of «Что сделать» is on the screen.
        const top = block.getBoundingClientRect().top;
        const line = parseFloat(getComputedStyle(block).lineHeight) || 24;
        return { top, bottom: top + line, screen: innerHeight };
      }, id);
      expect.soft(where, `#${id}: no «Что сделать»`).not.toBeNull();
      if (where)
        expect
          .soft(where.bottom, `#${id}: «Что сделать» at ${Math.round(where.top)} px`)
          .toBeLessThanOrEqual(where.screen);
    }
  });
});

test.describe('«Сначала: …» on the guide itself', () => {
  const G = builtGuides(DIST);
  const status = (page: Page) => page.locator('.eis-checklist__status');

  test('a new reader: advice with both ways in, and «У меня уже есть логин и пароль»', async ({
    page,
    site,
  }) => {
    await page.goto(site.url(G['wtks']!.href));
    await expect(status(page)).toHaveText(
      `Сначала: ${G['https']!.title} или ${G['rereg']!.title}. У меня уже есть логин и пароль`,
    );
    await expect(status(page).getByRole('link', { name: G['rereg']!.title })).toBeVisible();
    await expect(
      status(page).getByRole('button', { name: 'У меня уже есть логин и пароль' }),
    ).toBeEnabled();
    // Advice, not a lock: the steps can be ticked.
    await expect(page.getByRole('checkbox').first()).toBeEnabled();
  });

  test('after re-registration: not sent back to the HTTPS guide', async ({
    context,
    page,
    site,
  }) => {
    const { checklist, steps } = G['rereg']!;
    expect(steps.length).toBeGreaterThan(1);
    await seedStorage(
      context,
      Object.fromEntries(steps.map((s) => [`eis:v2:tick:${checklist}:${s}`, '1'])),
    );
    await page.goto(site.url(G['wtks']!.href));
    await expect(status(page)).toHaveText('Не начато');
  });
});

test.describe('the expiry notice at 360 × 740', () => {
  test.use({ ...FROZEN.context, viewport: { width: 360, height: 740 } });
  test('three reminders, one expired: one short line with the count and «Уже продлил»', async ({
    context,
    page,
    site,
  }) => {
    await freezeClock(context);
    const reminder = (id: string, date: string) => [
      `${KEYS.reminderPrefix}${id}`,
      encodeReminder({ id, kind: 'token', label: '', date, seq: 0 }),
    ];
    await seedStorage(
      context,
      Object.fromEntries([
        reminder('r-old00001', isoFromToday(-3)),
        reminder('r-soon0001', isoFromToday(5)),
        reminder('r-soon0002', isoFromToday(9)),
      ]),
    );
    await page.goto(site.url('/connect/https-credentials/'));
    const notice = page.locator('eis-expiry-notice');
    await expect(notice.getByRole('link', { name: /Уже продлил/ })).toBeVisible();
    await expect(notice).toContainText('3');
    await expect(notice).not.toContainText('Требуют внимания ещё записей');
    const { height } = (await notice.boundingBox())!;
    // A strip of small text (the wording, then the links and «Скрыть»), not a third of the
    // 740 px screen as before (252 px); 147 px now, with every target 24 px tall.
    expect(height).toBeLessThanOrEqual(740 / 5);
    // Each link and the button is a target of at least 24 px (WCAG 2.2 SC 2.5.8): the links stand
    // one under another, so neither can rely on spacing.
    const targets = notice.locator('a, button');
    await expect(targets).toHaveCount(3);
    for (const target of await targets.all()) {
      expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    }
  });
});

test('a print from the dark theme has a white page and dark text', async ({ page, site }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(site.url('/connect/https-credentials/'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  const colours = await page.evaluate(() => {
    const bg = (el: Element) => getComputedStyle(el).backgroundColor;
    return {
      html: bg(document.documentElement),
      body: bg(document.body),
      text: getComputedStyle(document.querySelector('main p')!).color,
    };
  });
  const light = (rgb: string) => {
    const [r, g, b, a = 1] = rgb.match(/[\d.]+/g)!.map(Number);
    return a === 0 || Math.min(r!, g!, b!) >= 240;
  };
  expect(light(colours.html), `html background ${colours.html}`).toBe(true);
  expect(light(colours.body), `body background ${colours.body}`).toBe(true);
  const [r, g, b] = colours.text.match(/\d+/g)!.map(Number);
  expect(Math.max(r!, g!, b!), `text ${colours.text}`).toBeLessThan(100);
});
