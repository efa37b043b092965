import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { DIST } from '../helpers/paths';
import { listPages } from '../helpers/pages';
import { openPage, useSite } from '../helpers/site';
import { AXE_TAGS, formatViolations } from '../helpers/axe';

const pages = listPages(DIST);
const site = useSite();

describe.each(['light', 'dark'] as const)('axe, %s theme', (colorScheme) => {
  // «Вся инструкция для печати» (/print/) holds every guide: axe needs longer there.
  it.each(pages)(
    '%s has no WCAG 2.2 A/AA violations',
    async (path) => {
      const { context, page } = await openPage(site, { colorScheme });
      await page.goto(site.server.url(path));
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(formatViolations(results.violations)).toEqual([]);
      await context.close();
    },
    240_000,
  );
});
