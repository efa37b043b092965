/**
 * Astro integration: before every build (and `astro dev`, `astro check`, `astro sync`) reads the
 * checklists of every MDX page under src/content/docs and compares them with the lock file
 * src/content/checklists.lock.json. Fails with an `AstroError` on an invalid or duplicate id, on an
 * id that left the pages without being renamed or retired in the lock, and on an id not locked
 * yet. `npm run checklists:lock` (EIS_CHECKLISTS_LOCK=1) writes the new ids into the lock instead;
 * it never drops an id by itself.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { ChecklistIdError, scanChecklists } from '../site/checklist-mdx';
import {
  EMPTY_LOCK,
  diffLock,
  parseLock,
  updateLock,
  type ChecklistLock,
} from '../site/checklist-lock';
import type { ChecklistInfo } from '../site/checklist-scan';

export const LOCK_PATH = path.join('content', 'checklists.lock.json');
export const LOCK_ENV = 'EIS_CHECKLISTS_LOCK';

export interface SitePages {
  /** Path relative to the project root, for messages: `src/content/docs/services/token.mdx`. */
  file: string;
  lists: ChecklistInfo[];
}

/** Every MDX page under `<srcDir>/content/docs` with its checklists (throws on a bad page). */
export function readPages(srcDir: string, root = path.dirname(srcDir)): SitePages[] {
  const docs = path.join(srcDir, 'content', 'docs');
  const files = readdirSync(docs, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  return files.map((f) => {
    const full = path.join(docs, f);
    const file = path.relative(root, full).split(path.sep).join('/');
    return { file, lists: scanChecklists(readFileSync(full, 'utf8'), file) };
  });
}

/** The lock file of `srcDir`, or an empty lock when there is none yet. */
export function readLock(srcDir: string): ChecklistLock {
  const file = path.join(srcDir, LOCK_PATH);
  if (!existsSync(file)) return EMPTY_LOCK;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ChecklistIdError(
      `${LOCK_PATH} is not valid JSON: ${String(e)}`,
      'Fix the file or restore it from git.',
    );
  }
  const { lock, problems } = parseLock(json);
  if (problems[0]) throw new ChecklistIdError(problems[0].message, problems[0].hint);
  return lock;
}

/**
 * Check the site's checklists against the lock; with `write`, add the new ids to the lock and
 * return its new text (the caller writes it). Throws `ChecklistIdError` with the first problem.
 */
export function checkChecklists(srcDir: string, write = false): string | undefined {
  const pages = readPages(srcDir);
  const lock = readLock(srcDir);
  const problems = diffLock(lock, pages);
  const blocking = write ? problems.filter((p) => !p.unlocked) : problems;
  const [first] = blocking;
  if (first) {
    const more = blocking.length > 1 ? ` (and ${blocking.length - 1} more)` : '';
    throw new ChecklistIdError(`${first.message}${more}`, first.hint);
  }
  return write ? `${JSON.stringify(updateLock(lock, pages), null, 2)}\n` : undefined;
}

export default function checklists(): AstroIntegration {
  return {
    name: 'eis-checklists',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const srcDir = fileURLToPath(config.srcDir);
        const text = checkChecklists(srcDir, process.env[LOCK_ENV] === '1');
        if (text === undefined) return;
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
