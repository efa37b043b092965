import { chromium } from 'playwright-core';
const [, , url, out, theme = 'light', width = '1000', height = '1400', scrollSel = ''] =
  process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: +width, height: +height }, colorScheme: theme });
await p.goto(url);
await p.waitForTimeout(400);
if (scrollSel) await p.locator(scrollSel).first().scrollIntoViewIfNeeded();
await p.screenshot({ path: out });
await b.close();
