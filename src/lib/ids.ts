/**
 * The one rule for the ids that name readers' data: checklist ids and step ids. Used by
 * <Checklist>/<Step> (src/features/checklist), the MDX scanner (checklist-scan.ts), the lock
 * file (checklist-lock.ts) and the store (stored.ts), so an id the page accepts is always an id
 * the store keeps.
 *
 * An id is lowercase Latin letters, digits and hyphens, starts with a letter and is at most
 * 80 characters long: it is a URL anchor (`#token-eis-save`) and a part of a storage key
 * (`eis:v2:tick:token:token-eis-save`).
 */
export const ID_MAX_LENGTH = 80;

export const ID_PATTERN = /^[a-z][a-z0-9-]{0,79}$/;

/**
 * A name every plain object already has («constructor»): such an id, read back from storage, would
 * index the object's own method when ticks are grouped by list (`ticks[list]`) and break the page.
 */
const objectsOwn = (id: string) => Object.prototype.hasOwnProperty.call(Object.prototype, id);

export const isId = (v: unknown): v is string =>
  typeof v === 'string' && ID_PATTERN.test(v) && !objectsOwn(v);

/** Why `id` breaks the rule, in words an author can act on; `undefined` for a valid id. */
export function idProblem(id: string): string | undefined {
  if (id === '') return 'it is empty';
  if (id.length > ID_MAX_LENGTH)
    return `it is ${id.length} characters long (at most ${ID_MAX_LENGTH})`;
  const bad = [...new Set(id.replace(/[a-z0-9-]/g, ''))];
  if (bad.length)
    return `it contains ${bad.map((c) => `"${c}"`).join(', ')}: only a–z, 0–9 and "-" are allowed`;
  if (!/^[a-z]/.test(id)) return 'it must start with a lowercase Latin letter';
  if (objectsOwn(id)) return `"${id}" is a name every JavaScript object already has`;
  return undefined;
}

/** A valid id close to `id`, to suggest in an error: `Token_List` → `token-list`. */
export function suggestId(id: string): string {
  const s = id
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, ID_MAX_LENGTH)
    .replace(/-+$/, '');
  if (s && objectsOwn(s)) return `${s}-id`;
  return s || 'step-id';
}

// The anchors a page derives, written once for the components and the scanner.

/** A figure's anchor: `ris-N` (N counts the page's figures in order), as in the source documents. */
export const figureAnchor = (n: number) => `ris-${n}`;

/** The id of a step's text, which labels its checkbox: `<step id>-text`. */
export const stepTextId = (stepId: string) => `${stepId}-text`;
