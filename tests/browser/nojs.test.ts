import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/paths';
import { listContentPages } from '../helpers/pages';
import { openPage, useSite } from '../helpers/site';

const pages = listContentPages(DIST);
const site = useSite();

describe('JavaScript disabled', () => {
  it.each(pages)('%s is readable without JS', async (path) => {
    const { context, page, watch } = await openPage(site, { javaScriptEnabled: false });
    await page.goto(site.server.url(path));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    const main = page.getByRole('main');
    await expect.poll(async () => (await main.innerText()).length).toBeGreaterThan(200);
    // Steps stay an ordinary numbered list with their text visible; no dead controls show.
    for (const step of await page.locator('.eis-step').all()) {
      await expect.poll(() => step.locator('.eis-step__body').isVisible()).toBe(true);
      await expect
        .poll(() => step.getByRole('checkbox', { includeHidden: true }).isVisible())
        .toBe(false);
    }
    await expect.poll(() => main.getByRole('button').count()).toBe(0);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});

describe('JavaScript disabled: the decision tree', () => {
  it.each(['/', '/tools/start/'])(
    '%s shows the tree as sections that link to the token and РИС guides',
    async (path) => {
      const { context, page } = await openPage(site, { javaScriptEnabled: false });
      await page.goto(site.server.url(path));
      const links = () =>
        page
          .getByRole('main')
          .getByRole('link')
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      await expect.poll(links).toContain('/services/token/');
      await expect.poll(links).toContain('/services/ris-rights/');
      await expect.poll(() => page.locator('.eis-tree__static').isVisible()).toBe(true);
      await expect.poll(() => page.locator('.eis-tree__wizard').isVisible()).toBe(false);
      await context.close();
    },
  );
});

describe('JavaScript disabled: the error dictionary', () => {
  it('«Ошибки и решения»: the yes/no diagnostic leads to an entry by plain links', async () => {
    const { context, page } = await openPage(site, { javaScriptEnabled: false });
    await page.goto(site.server.url('/reference/troubleshooting/'));
    const diag = page.locator('.eis-diag');
    const leaf = diag.getByRole('link', { name: 'Ничего из этого или не знаете?' });
    expect(await leaf.isVisible()).toBe(false);
    await diag.getByText('Документ не уходит в ЕИС?').click();
    await leaf.click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#err-login-password-incorrect');
    const inView = () =>
      page.locator('#err-login-password-incorrect').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.top < innerHeight;
      });
    await expect.poll(inView).toBe(true);
    await context.close();
  });
});
