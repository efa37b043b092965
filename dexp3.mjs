import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await b.newContext();
const p = await ctx.newPage();
for (const path of ['/services/ris-rights/', '/print/']) {
await p.goto('http://127.0.0.1:4399' + path);
let t = Date.now();
const r = await new AxeBuilder({ page: p }).withTags(['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22a','wcag22aa']).analyze();
console.log(path, Date.now() - t, r.violations.map(v => v.id + ' ' + v.nodes.length));
}
await b.close();
