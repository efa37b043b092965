/**
 * Steps stay where they are drawn. A reader scrolls a guide with a finger or mouse on a step's
 * checkbox; if anything above grows after the first paint (a figure drawn late, an island filling
 * in a line), the checkbox moves under the pointer and the tick lands on the wrong step, or on
 * nothing. This once made a CI click miss by 110 px (figures with `content-visibility: auto`).
 * Each guide is scrolled a screen at a time; no checkbox and no heading may move in the document.
 */
import { expect, test } from '../helpers/fixtures';
import type { Page } from '@playwright/test';
import { builtGuides } from '../helpers/built-guides';
import { DIST } from '../helpers/paths';

const guides = Object.values(builtGuides(DIST));

/**
 * The top edge, in document coordinates rounded to whole pixels, of each step checkbox and each
 * heading of the page's content, keyed by what it is: a heading below the steps moving under the
 * reader's pointer is as bad as a step (an island loaded when scrolled near once moved «Что
 * дальше» by 44 px), and a failure names what moved.
 */
const places = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.eis-step__check, main h2')].map((el, i) => [
        `${i} ${el.id || el.closest('[id]')?.id || el.localName}`,
        Math.round(el.getBoundingClientRect().top + window.scrollY),
      ]),
    ),
  );
const steps = (page: Page) => page.locator('.eis-step__check').count();

/** Two animation frames: whatever the last scroll made the browser lay out is laid out. */
const settle = (page: Page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

test('guides exist to check', () => {
  expect(guides.length).toBeGreaterThan(3);
});

for (const guide of guides) {
  test(`${guide.href}: scrolling through the page moves no step and no heading`, async ({
    page,
    site,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(site.url(guide.href));
    // The checklist's script has run (its progress line is written only by it).
    await expect(page.locator('.eis-checklist__progress').first()).toHaveText(/^Выполнено/);
    await settle(page);
    expect(await steps(page)).toBe(guide.steps.length);
    const first = await places(page);
    // One screen at a time, as a reader scrolls, to the end of the page, two frames after each
    // scroll. Twice in about twenty full runs on a loaded two-core machine no frame came for a
    // minute and the test timed out (rounds 32 and 34): each wait for a frame now ends after
    // 100 ms at most, and the frames that did come are counted: without any, nothing was drawn.
    const { scrolls, frames } = await page.evaluate(async () => {
      let frames = 0;
      const frame = () =>
        new Promise<void>((done) => {
          requestAnimationFrame(() => {
            frames += 1;
            done();
          });
          setTimeout(done, 100);
        });
      let scrolls = 0;
      for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        scrolls += 1;
        await frame();
        await frame();
      }
      return { scrolls, frames };
    });
    expect(scrolls).toBeGreaterThan(1);
    expect(frames, 'animation frames while scrolling').toBeGreaterThan(0);
    expect(await places(page)).toEqual(first);
  });
}

/**
 * A guide that requires another draws its status line («Сначала: «…».» and «У меня уже есть
 * логин и пароль») when its module loads, after the steps can be ticked: the room for it is
 * reserved from the first paint (StatusRoom.astro), so the line, in either form, takes no more
 * height than the empty line had. Before, under load, every step moved 36 px (1280 px) to 78 px
 * (375 px) down when it appeared.
 */
for (const width of [375, 1280]) {
  test(`at ${width} px, drawing a guide's status line and the reader's answer moves no step`, async ({
    page,
    site,
  }) => {
    const guide = guides.find((g) => g.href.includes('web-torgi-ks'));
    expect(guide, 'the guide that requires the login and password').toBeDefined();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(site.url(guide!.href));
    const status = page.locator('.eis-checklist__status').first();
    const ask = status.getByRole('button', { name: 'У меня уже есть логин и пароль' });
    await expect(ask).toBeVisible();
    /** The first step's place with the line as drawn, and with the line emptied (its first paint). */
    const drawnAndEmpty = () =>
      page.evaluate(() => {
        const line = document.querySelector('.eis-checklist__status')!;
        const box = document.querySelector('.eis-step__check')!;
        const at = () => Math.round(box.getBoundingClientRect().top + window.scrollY);
        const drawn = at();
        const kids = [...line.childNodes];
        line.replaceChildren();
        const empty = at();
        line.replaceChildren(...kids);
        return { drawn, empty };
      });
    const advice = await drawnAndEmpty();
    expect(advice.drawn).toBe(advice.empty);
    await ask.click();
    await expect(status.getByRole('button', { name: 'Отменить эту отметку' })).toBeVisible();
    const answered = await drawnAndEmpty();
    expect(answered.drawn).toBe(answered.empty);
    expect(answered.drawn).toBe(advice.drawn);
  });
}
