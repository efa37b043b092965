/**
 * The reader's organisations (issue 22): a pure model of the registry — add, rename, remove,
 * the limit and the name checks — and its stored record. The first organisation (id '') is the
 * reader's data under today's keys; it can be renamed, not removed. Every further organisation
 * gets an id `o-…` and its own keys (src/lib/storage/org-scope.ts).
 */
import { INVISIBLE } from '../../lib/text-fold';
import { judgeLabel } from '../../lib/secret-guard';
import { ORGS_KEY, ORG_ID } from './org-keys';
import { defineRecord, isObject } from '../../lib/storage/record';

export const MAX_ORGS = 100;
export const MAX_NAME = 80;
/** The first organisation's name until the reader renames it. */
export const FIRST_ORG_NAME = 'Моя организация';

export interface Org {
  /** '' for the first organisation (today's keys), `o-…` for the others. */
  id: string;
  name: string;
}

/** In the reader's order; the first organisation always first. */
export type Registry = readonly Org[];

export const ONE_ORG: Registry = [{ id: '', name: FIRST_ORG_NAME }];

/** A name as kept: no control or invisible characters, single spaces, at most MAX_NAME. */
export function cleanName(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(INVISIBLE, '')
    .replace(/ {2,}/g, ' ')
    .trim()
    .slice(0, MAX_NAME)
    .trim();
}

/** Two names of one organisation: equal but for letter case. */
export const sameName = (a: string, b: string) =>
  a.toLocaleLowerCase('ru') === b.toLocaleLowerCase('ru');

export type NameCheck = { ok: true; name: string; doubt?: string } | { ok: false; message: string };

/**
 * Whether `input` can name an organisation (`except`: the one being renamed). A name that only
 * may be a password is allowed after the reader confirms (`doubt` holds the reason).
 */
export function checkName(registry: Registry, input: string, except?: string): NameCheck {
  const name = cleanName(input);
  if (!name) return { ok: false, message: 'Введите название организации.' };
  const judgement = judgeLabel(name);
  if (judgement.verdict === 'secret') {
    return {
      ok: false,
      message: `Название не сохранено: ${judgement.reason ?? 'похоже на пароль'}.`,
    };
  }
  if (registry.some((o) => o.id !== except && sameName(o.name, name))) {
    return { ok: false, message: `Организация «${name}» уже есть в списке.` };
  }
  return judgement.verdict === 'doubt'
    ? { ok: true, name, doubt: judgement.reason ?? 'похоже на пароль' }
    : { ok: true, name };
}

export type OrgChange = { ok: true; registry: Registry; org: Org } | { ok: false; message: string };

export const LIMIT_MESSAGE = `Организаций может быть не больше ${MAX_ORGS}.`;

/** Add an organisation named `input` (already confirmed if in doubt) with id `id`. */
export function addOrg(registry: Registry, input: string, id: string): OrgChange {
  if (registry.length >= MAX_ORGS) return { ok: false, message: LIMIT_MESSAGE };
  if (!ORG_ID.test(id) || registry.some((o) => o.id === id)) {
    return { ok: false, message: 'Не удалось добавить организацию, попробуйте ещё раз.' };
  }
  const check = checkName(registry, input);
  if (!check.ok) return check;
  const org = { id, name: check.name };
  return { ok: true, registry: [...registry, org], org };
}

export function renameOrg(registry: Registry, id: string, input: string): OrgChange {
  const index = registry.findIndex((o) => o.id === id);
  if (index < 0) return { ok: false, message: 'Этой организации уже нет в списке.' };
  const check = checkName(registry, input, id);
  if (!check.ok) return check;
  const org = { id, name: check.name };
  return { ok: true, registry: registry.map((o, i) => (i === index ? org : o)), org };
}

export function removeOrg(registry: Registry, id: string): OrgChange {
  const org = registry.find((o) => o.id === id);
  if (!org) return { ok: false, message: 'Этой организации уже нет в списке.' };
  if (!id) return { ok: false, message: 'Первую организацию можно переименовать, но не удалить.' };
  return { ok: true, registry: registry.filter((o) => o.id !== id), org };
}

/** A new organisation id (`o-` and 10 random letters or digits). */
export function newOrgId(random: () => number = Math.random): string {
  let out = 'o-';
  for (let i = 0; i < 10; i += 1) out += Math.floor(random() * 36).toString(36);
  return out;
}

/** The name given to an organisation whose stored name can no longer be shown. */
export const UNNAMED = 'Организация без названия';

/** `name`, or `name (2)`, `name (3)`… — the first not `taken` (given in lower case). */
function numbered(name: string, taken: (lower: string) => boolean): string {
  let candidate = name;
  for (let n = 2; taken(candidate.toLocaleLowerCase('ru')); n += 1) {
    const tail = ` (${n})`;
    candidate = `${name.slice(0, MAX_NAME - tail.length).trim()}${tail}`;
  }
  return candidate;
}

/** `name`, or `name (2)`… — the first that no organisation of `registry` has (case aside). */
export function freeName(registry: Registry, name: string): string {
  const names = new Set(registry.map((o) => o.name.toLocaleLowerCase('ru')));
  return numbered(name, (lower) => names.has(lower));
}

/**
 * Read a registry: the first organisation is always there and first; names are cleaned; entries
 * with a bad id or a repeated id are dropped; at most MAX_ORGS. An organisation whose name the
 * guard now refuses, or whose name repeats another's, keeps its place and its data under another
 * name («Организация без названия», «школа 5 (2)»): a later, stricter guard never makes a
 * reader's organisation vanish. `dirty` when what is kept differs from what was stored.
 */
export function decodeRegistry(data: unknown): { value: Registry; dirty: boolean } | undefined {
  if (!isObject(data) || !Array.isArray(data['orgs'])) return undefined;
  const out: Org[] = [];
  let first: Org | undefined;
  // Seen ids and names in sets: a broken list of thousands within the record's length is read in
  // one pass (compared pairwise, 1 500 entries held a page for 0.6 s).
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const entry of data['orgs']) {
    const id = isObject(entry) ? entry['id'] : undefined;
    const raw = isObject(entry) ? entry['name'] : undefined;
    const cleaned = typeof raw === 'string' ? cleanName(raw) : '';
    const bad =
      typeof id !== 'string' ||
      (id !== '' && !ORG_ID.test(id)) ||
      ids.has(id) ||
      (id === '' && first !== undefined) ||
      out.length + 1 >= MAX_ORGS;
    if (bad) continue;
    const shown = cleaned && judgeLabel(cleaned).verdict !== 'secret' ? cleaned : UNNAMED;
    const name = numbered(shown, (lower) => names.has(lower));
    names.add(name.toLocaleLowerCase('ru'));
    ids.add(id);
    if (id === '') first = { id, name };
    else out.push({ id, name });
  }
  const value = [first ?? ONE_ORG[0]!, ...out].slice(0, MAX_ORGS);
  return { value, dirty: JSON.stringify(value) !== JSON.stringify(data['orgs']) };
}

/** The registry: `eis:v1:orgs` = {"v":1,"data":{"orgs":[{"id":"","name":"…"},…]}}. */
export const ORGS = /* @__PURE__ */ defineRecord<Registry>({
  key: ORGS_KEY,
  version: 1,
  decode: (data) => decodeRegistry(data),
  encode: (orgs) => ({ orgs }),
  maxLength: 200 + MAX_ORGS * (MAX_NAME * 6 + 40),
});
