/**
 * The npm-packaged Chromium (@sparticuz/chromium) works as the last fallback: on Linux x64
 * it is launched explicitly, whatever browser the rest of the run uses, and renders a page.
 */
import { describe, expect, inject, it } from 'vitest';
import { launchChromium, packagedSupported, unpackPackagedChromium } from '../../harness/chromium';

describe('packaged Chromium', () => {
  if (packagedSupported(process.platform, process.arch)) {
    it('unpacks, launches and renders the home page in Russian', async () => {
      const executable = await unpackPackagedChromium();
      expect(executable, '@sparticuz/chromium is installed').toBeTruthy();
      const { origin } = inject('siteRoot');
      const browser = await launchChromium(executable);
      try {
        const page = await browser.newPage();
        await page.goto(`${origin}/`);
        await expect
          .poll(() => page.getByRole('heading', { level: 1 }).textContent())
          .toMatch(/[А-Яа-яЁё]/);
      } finally {
        await browser.close();
      }
    });
  } else {
    it('is not offered off Linux x64', () => {
      expect(packagedSupported(process.platform, process.arch)).toBe(false);
    });
  }
});
