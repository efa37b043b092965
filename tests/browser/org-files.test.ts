/**
 * Progress files across organisations in Chromium (issue 22): a subordinate customer with one
 * organisation downloads its progress; the centre, with two organisations, loads the file as a
 * new one and has three, the subordinate's ticks under the new organisation's keys.
 */
import { expect, test } from '../helpers/fixtures';
import { tickStep } from '../helpers/ticks';
import {
  addAsNewOrganisation,
  chooseProgressFile,
  downloadProgress,
  loadAsNewOrganisation,
} from '../helpers/progress-file';

const GUIDE = '/services/token/';
const TICK = 'token:token-eis-save';

test('a subordinate’s file joins as a new organisation', async ({ page, browser, site, watch }) => {
  // The subordinate: one organisation, one tick, «Скачать прогресс».
  await page.goto(site.url(GUIDE));
  await tickStep(page, 'token-eis-save');
  await page.goto(site.url('/tools/progress/'));
  const bytes = await downloadProgress(page);
  // One organisation: today's file, without the section of organisations.
  expect(JSON.parse(bytes.toString('utf8'))).not.toHaveProperty('orgs');

  // The centre: another browser profile with two organisations and nothing ticked.
  const centre = await browser.newContext();
  await centre.addInitScript(() => {
    try {
      if (!localStorage.getItem('eis:v1:orgs')) {
        localStorage.setItem(
          'eis:v1:orgs',
          JSON.stringify({
            v: 1,
            data: {
              orgs: [
                { id: '', name: 'Управление образования' },
                { id: 'o-sosh5abcd', name: 'МБОУ СОШ № 5' },
              ],
            },
          }),
        );
      }
    } catch {
      // about:blank has no storage
    }
  });
  const tab = await centre.newPage();
  await tab.goto(site.url('/tools/progress/'));
  await chooseProgressFile(tab, bytes, 'Гимназия-16');
  await expect(tab.getByRole('combobox', { name: 'Объединить с' })).toHaveValue('');
  await addAsNewOrganisation(tab, 'Гимназия-16');
  await expect(tab.locator('.eis-orgs__list .eis-orgs__name')).toHaveText([
    'Управление образования',
    'МБОУ СОШ № 5',
    'Гимназия-16',
  ]);
  const ticks = await tab.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.includes(':tick:')),
  );
  expect(ticks).toEqual([expect.stringMatching(new RegExp(`^eis:o-[a-z0-9]+:v2:tick:${TICK}$`))]);
  // The new organisation's row of the matrix counts the tick.
  await expect(tab.getByRole('row', { name: /Гимназия-16/ })).toContainText('1 из');
  await centre.close();
  expect(watch.errors).toEqual([]);
});

test('a file loaded as the first new organisation shows in the list at once', async ({
  page,
  site,
  watch,
}) => {
  // No organisation added yet: the «Организации» panel has not loaded. Loading a colleague's file
  // as a new organisation creates the registry, and the list must show both without a reload.
  await page.goto(site.url(GUIDE));
  await tickStep(page, 'token-eis-save');
  await page.goto(site.url('/tools/progress/'));
  await loadAsNewOrganisation(page, await downloadProgress(page), 'Гимназия-16');
  await expect(page.locator('.eis-orgs__list .eis-orgs__name')).toHaveText([
    'Моя организация',
    'Гимназия-16',
  ]);
  await expect(page.getByRole('row', { name: /Гимназия-16/ })).toContainText('1 из');
  expect(watch.errors).toEqual([]);
});
