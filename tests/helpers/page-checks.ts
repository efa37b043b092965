/**
 * What the browser tests read off a page as laid out, each in one `page.evaluate`, described for
 * the failure message. every-page.test.ts runs them all on one load of each page.
 */
import type { Page } from '@playwright/test';

/** Elements that stick out to the right of a narrow page (at most five, for the message). */
export const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    // Only a page that scrolls sideways needs the culprits named (for the failure message).
    if (root.scrollWidth <= root.clientWidth) {
      return { scroll: root.scrollWidth, client: root.clientWidth, wide: [] };
    }
    const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > root.clientWidth + 1 && el.checkVisibility();
      })
      .slice(0, 5)
      .map(
        (el) =>
          `${el.localName}.${[...el.classList].join('.')} → ${Math.round(el.getBoundingClientRect().right)}px`,
      );
    return { scroll: root.scrollWidth, client: root.clientWidth, wide };
  });

/**
 * On a phone (issue 19, «The reader's way»): tables, drawings and the header's site title as laid
 * out — a table wider than its box, a cell off-screen, a drawing wider than its figure (a mock
 * screen cut off), a title cut off — and the page itself scrolling sideways.
 */
export const cut = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    document.querySelectorAll<HTMLElement>('.sl-markdown-content table').forEach((table, i) => {
      if (!table.checkVisibility()) return;
      if (table.scrollWidth > table.clientWidth + 1)
        found.push(`table ${i + 1}: ${table.scrollWidth} px of content in ${table.clientWidth} px`);
      for (const cell of table.querySelectorAll('th, td')) {
        const r = cell.getBoundingClientRect();
        if (r.right > width + 1) {
          found.push(`table ${i + 1}: a cell ends at ${Math.round(r.right)} px of ${width}`);
          break;
        }
      }
    });
    document.querySelectorAll<HTMLElement>('.eis-figure__drawing').forEach((drawing) => {
      if (drawing.scrollWidth > drawing.clientWidth + 1)
        found.push(
          `figure ${drawing.closest('figure')?.id ?? '?'}: a drawing of ${drawing.scrollWidth} px in ${drawing.clientWidth} px`,
        );
    });
    const root = document.documentElement;
    if (root.scrollWidth > width)
      found.push(`the page scrolls sideways: ${root.scrollWidth} px in ${width} px`);
    const title = document.querySelector<HTMLElement>('.site-title');
    if (title) {
      for (const el of [title, ...title.querySelectorAll<HTMLElement>('*')]) {
        if (!el.checkVisibility()) continue;
        const r = el.getBoundingClientRect();
        if (el.scrollWidth > el.clientWidth + 1 || r.right > width + 1)
          found.push(`site title ${el.localName}: ${el.scrollWidth} px in ${el.clientWidth} px`);
      }
    }
    return found;
  });

/**
 * No unstyled control (issue 19, «Smaller»): every <button> (and input button) in the document —
 * hidden ones too, such as «Отменить» that appears after a reset — has the site's own background
 * and border, not the browser's; every link has the site's colour, not the browser's default
 * blue rgb(0, 0, 238) or visited purple rgb(85, 26, 139).
 *
 * The browser's defaults are read, not assumed: a <button> and a link inside a shadow root, which
 * the site's styles do not reach, inherit only the page's colour scheme, so they show exactly what
 * an unstyled control looks like in that theme. A visited link's colour cannot be read from a
 * script (browsers hide it), so the stylesheets are read instead: a rule that colours `:link`
 * without `:visited` leaves visited links in the browser's purple.
 */
export const unstyled = (page: Page) =>
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
