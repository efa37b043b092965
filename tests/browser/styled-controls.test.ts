/**
 * No unstyled control on any page, in the light and the dark theme (issue 19, «Smaller»): every
 * <button> (and input button) in the document — hidden ones too, such as «Отменить» that appears
 * after a reset — has the site's own background and border, not the browser's; every link has the
 * site's colour, not the browser's default blue rgb(0, 0, 238) or visited purple
 * rgb(85, 26, 139).
 *
 * The browser's defaults are read, not assumed: a <button> and a link inside a shadow root, which
 * the site's styles do not reach, inherit only the page's colour scheme, so they show exactly what
 * an unstyled control looks like in that theme. A visited link's colour cannot be read from a
 * script (browsers hide it), so the stylesheets are read instead: a rule that colours `:link`
 * without `:visited` leaves visited links in the browser's purple.
 */
import type { Page } from '@playwright/test';
import { DIST } from '../helpers/paths';
import { listPages } from '../helpers/pages';
import { expect, test } from '../helpers/fixtures';

const pages = listPages(DIST);

/** Every control on the page that still wears the browser's own style, described for the message. */
const unstyled = (page: Page) =>
  page.evaluate(() => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<button type="button">x</button><a href="#ua-default">x</a>';
    document.body.append(host);
    const ua = getComputedStyle(shadow.querySelector('button')!);
    const uaButton = {
      background: ua.backgroundColor,
      border: `${ua.borderTopStyle} ${ua.borderTopColor}`,
    };
    const uaLink = getComputedStyle(shadow.querySelector('a')!).color;
    host.remove();
    const browserLinkColours = new Set([uaLink, 'rgb(0, 0, 238)', 'rgb(85, 26, 139)']);

    const name = (el: Element) =>
      `${el.localName}${el.id ? '#' + el.id : ''}${[...el.classList].map((c) => '.' + c).join('')} «${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}»`;
    const found: string[] = [];
    for (const el of document.querySelectorAll(
      'button, input[type="button"], input[type="submit"], input[type="reset"]',
    )) {
      const s = getComputedStyle(el);
      if (s.backgroundColor === uaButton.background)
        found.push(`${name(el)}: browser background ${s.backgroundColor}`);
      if (`${s.borderTopStyle} ${s.borderTopColor}` === uaButton.border)
        found.push(`${name(el)}: browser border ${uaButton.border}`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('a[href]')) {
      // A skip link is clipped away until it has focus: judge it as a reader sees it, focused.
      const clipped = getComputedStyle(el).getPropertyValue('clip') === 'rect(0px, 0px, 0px, 0px)';
      if (clipped) el.focus();
      const { color } = getComputedStyle(el);
      if (clipped) el.blur();
      if (browserLinkColours.has(color)) found.push(`${name(el)}: browser link colour ${color}`);
    }
    // Visited links: a colour given to `:link` but not to `:visited` leaves the browser's purple.
    const rules: CSSStyleRule[] = [];
    const walk = (list: CSSRuleList) => {
      for (const rule of list) {
        if (rule instanceof CSSStyleRule) rules.push(rule);
        if ('cssRules' in rule && rule.cssRules) walk(rule.cssRules as CSSRuleList);
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules);
    /** A selector list's top-level selectors (commas inside `:is(…)` do not split it). */
    const selectors = (list: string) => {
      const out: string[] = [];
      let depth = 0;
      let start = 0;
      for (let i = 0; i < list.length; i++) {
        if (list[i] === '(') depth++;
        else if (list[i] === ')') depth--;
        else if (list[i] === ',' && depth === 0) {
          out.push(list.slice(start, i).trim());
          start = i + 1;
        }
      }
      return [...out, list.slice(start).trim()];
    };
    const coloured = rules.filter((r) => r.style.getPropertyValue('color'));
    const visited = new Set(coloured.flatMap((r) => selectors(r.selectorText)));
    for (const rule of coloured) {
      for (const selector of selectors(rule.selectorText)) {
        if (!/:link\b/.test(selector) || /:visited\b|:any-link\b/.test(selector)) continue;
        if (!visited.has(selector.replace(/:link\b/g, ':visited')))
          found.push(`«${selector}» colours unvisited links only: visited ones stay purple`);
      }
    }
    return found;
  });

test.use({ colorScheme: 'light', viewport: { width: 1280, height: 720 } });

for (const path of pages) {
  test(`${path}: every button and link has the site's style in both themes`, async ({
    page,
    site,
  }) => {
    if (path === '/print/') test.slow();
    await page.goto(site.url(path));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await page.evaluate(async () => {
        await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null)));
      });
      // Islands render their controls after their modules load: retry until the page is clean.
      await expect.poll(() => unstyled(page), `${colorScheme} theme`).toEqual([]);
    }
  });
}
