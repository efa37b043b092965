/**
 * What changed since the reader came: a step ticked against an older text of the step shows
 * «Шаг изменился после вашей отметки» with its change note; «Проверил — оставить отметку» stamps
 * the tick with the step's hash from the lock file and the notice goes, for good. On a frozen
 * clock, with a stored last visit before the change: «изменено после вашего прошлого визита».
 */
import { readFileSync } from 'node:fs';
import { expect, seedStorage, test } from '../helpers/fixtures';
import { KEYS } from '../../src/lib/storage/keys';
import { FROZEN, freezeClock } from '../helpers/clock';
import { builtGuides } from '../helpers/built-guides';
import { readPage } from '../helpers/pages';
import { DIST } from '../helpers/paths';

/**
 * The first step, in the built guides' own data (#eis-data), whose newest change note is of
 * `kind`: «action» changes what the reader does, «wording» only rewords the step. Read from the
 * build, so that a newer note on a step never leaves the test on the wrong kind.
 */
function stepWithNote(kind: 'action' | 'wording') {
  for (const guide of Object.values(builtGuides(DIST))) {
    const data = JSON.parse(readPage(DIST, guide.href).querySelector('script#eis-data')!.text) as {
      lists: Record<string, { notes?: Record<string, { kind: string }> }>;
    };
    const notes = data.lists[guide.checklist]?.notes ?? {};
    const step = Object.keys(notes).find((id) => notes[id]!.kind === kind);
    if (step) return { guide: guide.href, list: guide.checklist, step };
  }
  throw new Error(`no built guide has a step whose newest note is «${kind}»`);
}

// A step whose newest change note changes what the reader does (not `wording: true`).
const { guide: GUIDE, list: LIST, step: STEP } = stepWithNote('action');
// A step whose newest change note is a rewording only: its stale tick asks nothing.
const REWORDED = stepWithNote('wording');
const LOCK = JSON.parse(readFileSync('src/content/checklists.lock.json', 'utf8')) as {
  checklists: Record<string, { hashes: Record<string, string> }>;
};
const HASH = LOCK.checklists[LIST]!.hashes[STEP]!;
const TICK = `${KEYS.tickPrefix}${LIST}:${STEP}`;

test.use(FROZEN.context);

test('a step changed after the tick: the note, «Проверил», and the tick keeps the new hash', async ({
  page,
  context,
  site,
  watch,
}) => {
  await freezeClock(context);
  await seedStorage(context, {
    [TICK]: '0badc0de', // ticked against an older text of the step
    [KEYS.lastVisit]: '{"v":1,"data":{"day":"2026-01-10"}}',
  });
  await page.goto(site.url(GUIDE));
  const step = page.locator(`li#${STEP}`);
  await expect(step.getByText('Шаг изменился после вашей отметки')).toBeVisible();
  await expect(step.getByText('изменено после вашего прошлого визита')).toBeVisible();
  await expect(
    page.locator('.page-updated').getByText('изменено после вашего прошлого визита'),
  ).toBeVisible();
  const keep = step.getByRole('button', { name: 'Проверил — оставить отметку' });
  await keep.click();
  await expect(keep).toHaveCount(0);
  await expect(step.getByRole('checkbox')).toBeChecked();
  await expect(step.getByRole('checkbox')).toBeFocused();
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), TICK)).toBe(HASH);
  // The visit is stored as a day only: the frozen today, the previous visit kept for the day.
  expect(await page.evaluate((k) => localStorage.getItem(k), KEYS.lastVisit)).toBe(
    '{"v":1,"data":{"day":"2026-06-15","before":"2026-01-10"}}',
  );
  await page.reload();
  await expect(step.getByRole('checkbox')).toBeChecked();
  await expect(page.getByRole('button', { name: 'Проверил — оставить отметку' })).toHaveCount(0);
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('a step only reworded after the tick asks nothing', async ({ page, context, site, watch }) => {
  await freezeClock(context);
  const { guide, list, step } = REWORDED;
  await seedStorage(context, { [`${KEYS.tickPrefix}${list}:${step}`]: '0badc0de' });
  // The tick's hash is not the step's, so the note's code loads, reads the note's kind and draws
  // nothing: wait for that code, then one frame, before looking for the note.
  const code = page.waitForResponse((r) => /\/tick-changed\.[\w-]+\.js$/.test(r.url()));
  await page.goto(site.url(guide));
  await code;
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  const item = page.locator(`li#${step}`);
  // The checklist has read the tick (the box is checked), and no note came with it.
  await expect(item.getByRole('checkbox')).toBeChecked();
  await expect(page.locator('.eis-checklist__progress')).toHaveText(/Выполнено 1 из/);
  await expect(page.getByText('Шаг изменился после вашей отметки')).toHaveCount(0);
  expect(watch.errors).toEqual([]);
});

test('a page without a checklist marks its «Обновлено» line changed since the last visit', async ({
  page,
  context,
  site,
  watch,
}) => {
  await freezeClock(context);
  await seedStorage(context, { [KEYS.lastVisit]: '{"v":1,"data":{"day":"2026-01-10"}}' });
  await page.goto(site.url('/reference/troubleshooting/'));
  await expect(page.locator('eis-checklist')).toHaveCount(0);
  await expect(
    page.locator('.page-updated').getByText('изменено после вашего прошлого визита'),
  ).toBeVisible();
  expect(watch.errors).toEqual([]);
});
