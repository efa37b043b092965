/**
 * The slices of the page data blob (src/lib/island-data.ts) and their schemas: the same schema
 * checks a slice on the server before it is written into the page, and in the browser after it
 * is parsed. Types come from the schemas' counterparts in the site model and stay equal to them
 * (checked below at compile time).
 */
import { arr, obj, oneOf, opt, rec, str, type Infer, type Schema } from './island-schema';
import type { KindTable } from '../features/reminders/expiry';
import type { GuideTable } from '../site/guide-keys';

import { guidesSchema, kindsSchema, knownSchema, renamedSchema } from './island-slices-tools';
export { guidesSchema, kindsSchema, knownSchema, renamedSchema };

/** This guide and the guides it requires (the guide's status line). */
export const guideSchema = /* @__PURE__ */ obj({ key: str, guides: guidesSchema });

/** The plan panel: this guide's places in the plans, and the titles and links around it. */
export const panelSchema = /* @__PURE__ */ obj({
  places: rec(str),
  titles: rec(obj({ title: str, href: str })),
});

/** A checklist's step ids and text hashes, in step order (from the site model). */
const listSteps = { steps: arr(str), hashes: arr(str) };

/**
 * The page's checklists by id: steps and hashes, and for a step a change note names, the newest
 * one («Шаг изменился после вашей отметки»; a `wording` note asks nothing of the reader).
 */
export const listsSchema = /* @__PURE__ */ rec(
  obj({
    ...listSteps,
    notes: opt(rec(obj({ date: str, text: str, kind: oneOf(['action', 'wording'] as const) }))),
  }),
);

/**
 * What <eis-checklist> reads on every guide: steps and hashes only (an object schema keeps only
 * its own keys); src/features/changes/notes-data.ts checks the notes when a tick needs a look.
 */
export const listsPageSchema = /* @__PURE__ */ obj({ lists: rec(obj(listSteps)) });

/** Every slice a page may carry, by name. (The schemas are marked pure: an inline bundle keeps only those it uses.) */
export const SLICES = {
  kinds: kindsSchema,
  guides: guidesSchema,
  known: knownSchema,
  guide: guideSchema,
  panel: panelSchema,
  /** The titles of the tool pages an island names (site model): «Мой прогресс», «С чего начать». */
  progressTitle: str,
  startTitle: str,
  /** What the search dialog says when its code cannot load (names the troubleshooting page). */
  searchFailed: str,
  lists: listsSchema,
  renamed: renamedSchema,
} satisfies Record<string, Schema<unknown>>;

export type Slices = { [K in keyof typeof SLICES]: Infer<(typeof SLICES)[K]> };

// The schemas read exactly the model's types (a drift fails `astro check`).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const TYPES_AGREE: [Same<Slices['kinds'], KindTable>, Same<Slices['guides'], GuideTable>] = [
  true,
  true,
];
