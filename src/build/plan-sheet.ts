/**
 * Astro integration: after the build, cuts from every guide's built page what «Распечатать мой
 * план» prints — each step's action, warnings and figures, and the guide's warnings before its
 * checklist (src/features/print/sheet-fragments.ts, a hast transform) — and writes them to
 * PLAN_SHEET_FILE with every guide's title, address and step texts from the site model. Pages
 * carry none of it: the sheet fetches the file on «Распечатать мой план».
 * A checklist step missing from its page fails the build.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSiteModel } from '../site/model';
import { sheetData } from '../site/island-data';
import { guideFragments, type GuideFragments } from '../features/print/sheet-fragments';
import { PLAN_SHEET_FILE, PLAN_SHEET_VERSION } from '../features/print/sheet-file';

export default function planSheet(): AstroIntegration {
  let srcDir = '';
  let base = '/';
  let site: URL | undefined;
  return {
    name: 'eis-plan-sheet',
    hooks: {
      'astro:config:setup': ({ config }) => {
        srcDir = fileURLToPath(config.srcDir);
        base = config.base;
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const guides: Record<string, GuideFragments> = {};
        const model = loadSiteModel(srcDir);
        for (const g of model.guides) {
          if (!g.checklist) continue;
          const file = new URL(`.${g.href}index.html`, dir);
          try {
            guides[g.key] = guideFragments(readFileSync(file, 'utf8'), g.checklist.steps);
          } catch (e) {
            throw new AstroError(
              `Plan sheet: ${fileURLToPath(file)}: ${String(e)}`,
              'Every step of a <Checklist> renders as li.eis-step with its body (src/features/checklist/Step.astro); see src/features/print/sheet-fragments.ts.',
            );
          }
        }
        const out = new URL(PLAN_SHEET_FILE, dir);
        writeFileSync(
          out,
          JSON.stringify({
            v: PLAN_SHEET_VERSION,
            sheet: sheetData(model, { base, site }),
            guides,
          }),
        );
        logger.info(`wrote ${PLAN_SHEET_FILE}: ${Object.keys(guides).length} guides`);
      },
    },
  };
}
