/**
 * The progress file's organisations (issue 22), an additive `orgs` section beside today's fields:
 * a reader with two or more organisations exports every one of them (id, name, ticks, plan,
 * reminders), while the top-level fields keep this tab's organisation, so an older site still
 * reads the file. A file with one organisation has no `orgs` and stays exactly as today.
 * Reading goes through parseImport entry by entry, so each organisation is judged like a whole
 * file of today. Loaded only with «Мой прогресс»'s import and export.
 */
import { isObject } from '../../lib/storage/stored';
import { ORG_ID } from '../orgs/org-keys';
import { MAX_NAME, MAX_ORGS, cleanName } from '../orgs/orgs';
import {
  EXPORT_FORMAT,
  FILE_VERSION,
  IMPORT_ERRORS,
  MAX_IMPORT_BYTES,
  buildExport,
  parseImport,
  type ImportResult,
  type ImportSummary,
  type Progress,
  type ProgressFile,
} from './progress-file';

/** One organisation's part of the file. */
export interface FileOrg {
  /** '' for the reader's first organisation, `o-…` for the others. */
  id: string;
  name: string;
  progress: Progress;
}

/** An organisation as read from a file: its progress and what the preview says about it. */
export interface ImportedOrg extends FileOrg {
  summary: ImportSummary | undefined;
}

/** The `orgs` section: each organisation's own fields as the top level holds them. */
export type OrgsSection = ({ id: string; name: string } & Omit<
  ProgressFile,
  'format' | 'v' | 'exported'
>)[];

/**
 * The largest file the site reads: every organisation at the largest one organisation can be,
 * the top-level copy of this tab's, and the names.
 */
export const MAX_ORGS_IMPORT_BYTES = (MAX_ORGS + 1) * MAX_IMPORT_BYTES + MAX_ORGS * MAX_NAME * 8;

/**
 * The file «Скачать прогресс» writes: `top` (this tab's organisation, as today) and, for two or
 * more organisations, the section `orgs`. One organisation: today's file, unchanged.
 */
export function withOrgs<F extends ProgressFile>(
  top: F,
  orgs: readonly FileOrg[],
  now: Date,
): F & { orgs?: OrgsSection } {
  if (orgs.length < 2) return top;
  const section: OrgsSection = orgs.map(({ id, name, progress }) => {
    const { ticks, plan, reminders, hashes } = buildExport(progress, now);
    return { id, name, ticks, plan, reminders, ...(hashes ? { hashes } : {}) };
  });
  return { ...top, orgs: section };
}

export type OrgsImport =
  | { ok: true; kind: 'one'; result: Extract<ImportResult, { ok: true }> }
  | { ok: true; kind: 'many'; orgs: ImportedOrg[] }
  | { ok: false; error: string };

/**
 * Read a file: one with a readable `orgs` section of two or more organisations gives each of
 * them (an organisation without anything the site knows comes with empty progress; bad ids and
 * repeated ids are skipped); any other file is read as today (parseImport).
 */
export function parseOrgsImport(
  text: string,
  known: Record<string, string[]>,
  renames: Readonly<Record<string, string>> = {},
): OrgsImport {
  const file = typeof text === 'string' ? orgsSection(text) : undefined;
  if (!file) {
    const result = parseImport(text, known, renames);
    return result.ok ? { ok: true, kind: 'one', result } : result;
  }
  const orgs: ImportedOrg[] = [];
  for (const entry of file.entries.slice(0, MAX_ORGS)) {
    const id = entry['id'];
    const name = typeof entry['name'] === 'string' ? cleanName(entry['name']) : '';
    if (typeof id !== 'string' || (id !== '' && !ORG_ID.test(id))) continue;
    if (orgs.some((o) => o.id === id)) continue;
    let section: string;
    try {
      section = JSON.stringify({
        format: EXPORT_FORMAT,
        v: FILE_VERSION,
        ticks: entry['ticks'],
        plan: entry['plan'],
        reminders: entry['reminders'],
        hashes: entry['hashes'],
        // The reader's last visit is the file's, not an organisation's: each entry reads it.
        lastVisit: file.lastVisit,
      });
    } catch {
      // A value nested too deep for the browser's stack (Chromium 110 and older): no file the
      // site writes looks like that; refused with a sentence, never silently.
      return { ok: false, error: IMPORT_ERRORS.notOurs };
    }
    const one = parseImport(section, known, renames);
    if (!one.ok && one.error !== IMPORT_ERRORS.empty) return one;
    orgs.push({
      id,
      name,
      progress: one.ok ? one.progress : { ticks: {}, plan: {}, reminders: [] },
      summary: one.ok ? one.summary : undefined,
    });
  }
  if (orgs.length < 2) {
    const result = parseImport(text, known, renames);
    return result.ok ? { ok: true, kind: 'one', result } : result;
  }
  if (!orgs.some((o) => o.summary)) return { ok: false, error: IMPORT_ERRORS.empty };
  return { ok: true, kind: 'many', orgs };
}

/**
 * The `orgs` entries of a file of ours (and its top-level last visit), or `undefined` for a file
 * without the section.
 */
function orgsSection(
  text: string,
): { entries: Record<string, unknown>[]; lastVisit: unknown } | undefined {
  if (text.length > MAX_ORGS_IMPORT_BYTES) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  if (!isObject(parsed) || parsed['format'] !== EXPORT_FORMAT || parsed['v'] !== FILE_VERSION) {
    return undefined;
  }
  const orgs = parsed['orgs'];
  if (!Array.isArray(orgs)) return undefined;
  const entries = orgs.filter(isObject);
  return entries.length >= 2 ? { entries, lastVisit: parsed['lastVisit'] } : undefined;
}

/** The default name of an organisation added from a file. */
export const FILE_ORG_NAME = 'Организация из файла';

/**
 * The name a one-organisation file joins under: the file's name without `.json` (a subordinate
 * may send «Гимназия-16.json»), unless it is the site's own `eis-progress-…` name or empty.
 * The caller checks it with the organisations' rules (the secret guard) and falls back.
 */
export function nameFromFile(fileName: string): string {
  const base = cleanName(fileName.replace(/\.json$/i, '').replace(/[_]+/g, ' '));
  if (!base || /^eis-progress(-\d{4}-\d{2}-\d{2})?( ?\(\d+\))?$/i.test(base)) return FILE_ORG_NAME;
  return base;
}
