/**
 * Astro integration: after the build, every page's module scripts wait for its first paint
 * (src/lib/after-paint.ts says why). Each `<script type="module" src="…"></script>` that has no
 * other attribute and no content becomes an inert `<script type="eis-after-paint" data-src="…">`
 * in the same place; the inline script every page carries (notice.inline.ts) loads them after
 * the paint. Elements are found by an HTML parser and replaced at their source offsets, so every
 * other byte of the page stays as Astro wrote it.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { parse } from 'node-html-parser';
import { AFTER_PAINT_SRC, AFTER_PAINT_TYPE } from '../lib/after-paint';
import { htmlFiles } from './html-files';

const attr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** Whether one of the page's inline scripts is the loader (it names the inert type). */
const hasLoader = (root: ReturnType<typeof parse>) =>
  root
    .querySelectorAll('script')
    .some(
      (el) =>
        !el.hasAttribute('src') &&
        !el.hasAttribute('type') &&
        el.rawText.includes(`"${AFTER_PAINT_TYPE}"`),
    );

/**
 * The page with its module scripts deferred (`file` names it in errors); a page without module
 * scripts is returned as it is. A page that would defer scripts nobody loads is an error.
 */
export function deferModuleScripts(html: string, file = 'a page'): string {
  const root = parse(html, { comment: true });
  const tags = root
    .querySelectorAll('script[type="module"][src]')
    .filter((el) => Object.keys(el.attributes).length === 2 && !el.rawText.trim());
  if (!tags.length) return html;
  if (!hasLoader(root)) {
    throw new AstroError(
      `after-paint: ${file} has module scripts but not the inline script that loads them.`,
      'Every page carries it through <ExpiryNotice /> in the Banner override ' +
        '(src/features/reminders/notice.inline.ts calls loadAfterPaint()); render it on this page.',
    );
  }
  let out = '';
  let at = 0;
  for (const tag of tags) {
    const [start, end] = tag.range;
    const src = tag.getAttribute('src')!;
    out += `${html.slice(at, start)}<script type="${AFTER_PAINT_TYPE}" ${AFTER_PAINT_SRC}="${attr(src)}"></script>`;
    at = end;
  }
  return out + html.slice(at);
}

export default function afterPaint(): AstroIntegration {
  return {
    name: 'eis-after-paint',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        const root = fileURLToPath(dir);
        for await (const file of htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const next = deferModuleScripts(html, path.relative(root, file));
          if (next !== html) {
            await writeFile(file, next);
            pages += 1;
          }
        }
        logger.info(`module scripts wait for the first paint on ${pages} pages`);
      },
    },
  };
}
