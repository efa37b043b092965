/**
 * The slices of the page data blob that the tool pages need («С чего начать», «Мой прогресс»), in
 * a module of their own: loading them from island-slices.ts would load every slice's schema
 * there. island-slices.ts re-exports them with the rest.
 */
import { arr, num, obj, oneOf, opt, rec, str } from './island-schema';

const kindInfo = /* @__PURE__ */ obj({ label: str, guide: opt(obj({ href: str, title: str })) });

export const kindsSchema = /* @__PURE__ */ obj({ token: kindInfo, edo: kindInfo, other: kindInfo });

export const guidesSchema = /* @__PURE__ */ rec(
  obj({
    key: str,
    title: str,
    href: str,
    checklist: opt(obj({ id: str, steps: arr(str) })),
    requires: arr(str),
    reminder: opt(oneOf(['token', 'edo'] as const)),
  }),
);

/** Step ids of every checklist («Мой прогресс»). */
export const knownSchema = /* @__PURE__ */ rec(arr(str));

/**
 * Tick renames from the lock file (src/content/checklists.lock.json): old tick id
 * (`<list>:<step>`) → new. A guide carries those of its lists, «Мой прогресс» all of them; a page
 * whose lists have none carries no slice.
 */
export const renamedSchema = /* @__PURE__ */ rec(str);

/**
 * The schema helpers, for the chunks the tool pages load on demand (the plan sheet): importing
 * them from here, not from island-schema.ts, keeps the helpers in this module's chunk instead of
 * a chunk of their own on every tool page.
 */
export { arr, num, obj, opt, rec, str };
