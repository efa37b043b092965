/**
 * «Нашли ответ?» under a page, in Chromium: it shows once its script has run, below the content
 * (with JavaScript off it never shows: tests/browser/nojs.test.ts finds no button in
 * <main>); «Нет» sends one beacon to this site's own `<base>_feedback` with the page's address,
 * an empty query and no cookie.
 */
import { expect, test } from '../helpers/fixtures';
import { enterQuery, openSearch } from '../helpers/search';

test('«Нет» under a guide sends its address to the site’s own feedback path', async ({
  page,
  site,
  watch,
}) => {
  const beacons: { url: string; method: string; cookie: string | undefined }[] = [];
  await page.route(`${site.origin}${site.base}_feedback*`, async (route) => {
    const req = route.request();
    beacons.push({
      url: req.url(),
      method: req.method(),
      cookie: (await req.headerValue('cookie')) ?? undefined,
    });
    await route.fulfill({ status: 204 });
  });
  await page.goto(site.url('/services/token/'));
  await page.getByRole('heading', { name: 'Что дальше' }).scrollIntoViewIfNeeded();
  const no = page.getByRole('button', { name: 'Нет', exact: true });
  await expect(no).toBeVisible();
  // By keyboard: a late island above (the reminder form) may still move the page under a mouse
  // click on a loaded machine, and the reader's Enter is the same click to the page.
  await no.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Адрес этой страницы передан' }),
  ).toBeVisible();
  await expect.poll(() => beacons.length).toBe(1);
  const url = new URL(beacons[0]!.url);
  expect(url.pathname).toBe(`${site.base}_feedback`);
  expect(Object.fromEntries(url.searchParams)).toEqual({
    k: 'unhelpful',
    q: '',
    p: `${site.base}services/token/`,
  });
  expect(beacons[0]!.method).toBe('POST');
  expect(beacons[0]!.cookie).toBeUndefined();
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

// Round 34's red team: a pair the guard would ask a reader about went out whole, typed in either
// layout. Now only the site's own words of it are sent.
test('«Нет» under the results sends only the site’s words of a password-like query', async ({
  page,
  site,
  watch,
}) => {
  const beacons: string[] = [];
  await page.route(`${site.origin}${site.base}_feedback*`, async (route) => {
    beacons.push(route.request().url());
    await route.fulfill({ status: 204 });
  });
  await page.goto(site.url('/services/token/'));
  await openSearch(page);
  await enterQuery(page, 'Gfhjkm: rjnbr');
  await expect(page.locator('#eis-search-results li').first()).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Нет', exact: true }).click();
  await expect.poll(() => beacons.length).toBe(1);
  const q = new URL(beacons[0]!).searchParams.get('q')!;
  expect(q).not.toMatch(/rjnbr|котик/i);
  expect(watch.errors).toEqual([]);
});
