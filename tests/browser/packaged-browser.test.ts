/**
 * The npm-packaged Chromium (@sparticuz/chromium) works as the last fallback: on Linux x64/arm64
 * it is unpacked and launched explicitly, whatever browser the rest of the run uses, and renders
 * a page. Elsewhere the package ships no build, and the test says so.
 */
import { existsSync } from 'node:fs';
import { expect, test } from '../helpers/fixtures';
import { launchChromium, packagedSupported, unpackPackagedChromium } from '../../harness/chromium';

test('the packaged Chromium unpacks, launches and renders the home page in Russian', async ({
  site,
}) => {
  test.skip(
    !packagedSupported(process.platform, process.arch),
    `@sparticuz/chromium ships a Linux x64 build only, not ${process.platform}/${process.arch}`,
  );
  const executable = await unpackPackagedChromium();
  expect(executable, '@sparticuz/chromium is installed').toBeTruthy();
  expect(existsSync(executable!), `${executable} exists`).toBe(true);
  const browser = await launchChromium(executable);
  try {
    const page = await browser.newPage();
    await page.goto(site.url('/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/[А-Яа-яЁё]{3}/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  } finally {
    await browser.close();
  }
});
