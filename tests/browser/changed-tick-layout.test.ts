/**
 * «Шаг изменился после вашей отметки» moves nothing the reader is looking at. A reader comes back
 * to a step they ticked before its text changed, straight to it (a link to #step, as «Мой
 * прогресс» and the plan give), so the viewport starts at that step; the note must be in its place
 * from the first paint: no layout shift, and no checkbox moves while the reader then scrolls
 * through the page. (The note used to be inserted after load and pushed every step below it
 * down, under the reader's pointer.)
 */
import { readFileSync } from 'node:fs';
import { expect, seedStorage, test } from '../helpers/fixtures';
import type { Page } from '@playwright/test';
import { KEYS } from '../../src/lib/storage/keys';

const GUIDE = '/connect/web-torgi-ks/';
const LIST = 'web-torgi-ks';
const STEP = 'wtks-enter-password-twice';
const LOCK = JSON.parse(readFileSync('src/content/checklists.lock.json', 'utf8')) as {
  checklists: Record<string, { hashes: Record<string, string> }>;
};

/** Each step checkbox's top edge in document coordinates, rounded to whole pixels. */
const places = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.eis-step__check')].map((box) =>
      Math.round(box.getBoundingClientRect().top + window.scrollY),
    ),
  );

/** Two animation frames: whatever the browser had to lay out is laid out and painted. */
const settle = (page: Page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

test('a changed ticked step: the note is there from the first paint, no step moves', async ({
  page,
  context,
  site,
}) => {
  // The lock file's hash of the step is not the tick's: the step changed after the tick.
  expect(LOCK.checklists[LIST]!.hashes[STEP]).not.toBe('0badc0de');
  await seedStorage(context, { [`${KEYS.tickPrefix}${LIST}:${STEP}`]: '0badc0de' });
  // Layout shifts from the first paint on (as tests/browser/layout-shift.test.ts counts them).
  await context.addInitScript(() => {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
    const win = window as unknown as { __cls: () => number };
    let cls = 0;
    const add = (entries: PerformanceEntryList) => {
      for (const entry of entries as Shift[]) if (!entry.hadRecentInput) cls += entry.value;
    };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    win.__cls = () => (add(observer.takeRecords()), cls);
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(site.url(`${GUIDE}#${STEP}`), { waitUntil: 'load' });
  const step = page.locator(`li#${STEP}`);
  await expect(step.getByText('Шаг изменился после вашей отметки')).toBeVisible();
  // The note's button works once the module has loaded: only then is everything in place.
  await expect(step.getByRole('button', { name: 'Проверил — оставить отметку' })).toBeEnabled();
  await settle(page);
  expect(await page.evaluate(() => (window as unknown as { __cls: () => number }).__cls())).toBe(0);
  const first = await places(page);
  // The reader scrolls a screen at a time, back to the top and down to the end.
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await frame();
      await frame();
    }
  });
  expect(await places(page)).toEqual(first);
});
