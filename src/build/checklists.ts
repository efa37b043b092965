/**
 * Astro integration: before every build (and `astro dev`, `astro check`, `astro sync`) reads the
 * checklists of every MDX page under src/content/docs (the site model's parse, src/site/model.ts)
 * and compares them with the lock file
 * src/content/checklists.lock.json. Fails with an `AstroError` on an invalid or duplicate id, on an
 * id that left the pages without being renamed or retired in the lock, and on an id not locked
 * yet. `npm run checklists:lock` (EIS_CHECKLISTS_LOCK=1) writes the new ids into the lock instead;
 * it never drops an id by itself.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { ChecklistIdError } from '../site/checklist-mdx';
import { diffLock, updateLock } from '../site/checklist-lock';
import {
  LOCK_PATH,
  assertNoFutureChanges,
  loadDocs,
  loadSiteModel,
  readLock,
  stepHashesOf,
} from '../site/model';
import { buildDay } from '../site/change-notes';

export { LOCK_PATH, readLock } from '../site/model';
export const LOCK_ENV = 'EIS_CHECKLISTS_LOCK';

/**
 * Check the site's checklists against the lock; with `write`, add the new ids to the lock and
 * return its new text (the caller writes it). Throws `ChecklistIdError` with the first problem.
 */
export function checkChecklists(srcDir: string, write = false): string | undefined {
  const pages = loadDocs(srcDir);
  const lock = readLock(srcDir);
  const hashes = stepHashesOf(pages);
  const problems = diffLock(lock, pages, hashes);
  const blocking = write ? problems.filter((p) => !p.unlocked) : problems;
  const [first] = blocking;
  if (first) {
    const more = blocking.length > 1 ? ` (and ${blocking.length - 1} more)` : '';
    throw new ChecklistIdError(`${first.message}${more}`, first.hint);
  }
  return write ? `${JSON.stringify(updateLock(lock, pages, hashes), null, 2)}\n` : undefined;
}

export default function checklists(): AstroIntegration {
  return {
    name: 'eis-checklists',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const srcDir = fileURLToPath(config.srcDir);
        const text = checkChecklists(srcDir, process.env[LOCK_ENV] === '1');
        if (text === undefined) {
          // The whole model (frontmatter, guides, tool pages) fails here, before any page renders;
          // so does a change note dated after today.
          assertNoFutureChanges(loadSiteModel(srcDir), buildDay());
          return;
        }
        const file = path.join(srcDir, LOCK_PATH);
        // The lock is committed: keep it in the project's Prettier style.
        const options = await prettier.resolveConfig(file);
        const pretty = await prettier.format(text, { ...options, filepath: file });
        if (!existsSync(file) || readFileSync(file, 'utf8') !== pretty) {
          writeFileSync(file, pretty);
          logger.info(`wrote ${path.relative(process.cwd(), file)}`);
        } else logger.info(`${path.relative(process.cwd(), file)} is up to date`);
      },
    },
  };
}
