/**
 * The file «Распечатать мой план» prints from: written into the build by src/build/plan-sheet.ts,
 * fetched (same origin) by plan-sheet.ts only when the reader prints, so no page carries it.
 * `{"v":2,"sheet":{"<guide key>":{"title","address","list","steps":[{"id","text","warnings"}]}},
 *   "guides":{"<guide key>":{"warnings":["<aside…>"],"steps":{"<step id>":"<p>…"}}}}`:
 * `sheet` — titles, addresses and step texts from the site model (src/site/island-data.ts);
 * `guides` — the warnings and figures cut from the built guide pages (sheet-fragments.ts).
 */
import type { Infer } from '../../lib/island-schema';
import { arr, num, obj, opt, rec, str } from '../../lib/island-slices-tools';
import type { SheetData } from '../../site/island-data';

export const PLAN_SHEET_FILE = 'print/plan-sheet.json';
export const PLAN_SHEET_VERSION = 2;

/** By guide key, the title, address and steps (text and warnings) printed on the sheet. */
export const sheetSchema = /* @__PURE__ */ rec(
  obj({
    title: str,
    address: str,
    list: opt(str),
    steps: arr(obj({ id: str, text: str, warnings: arr(str) })),
  }),
);

/** The whole file, checked in the browser before anything of it is printed. */
export const sheetFileSchema = /* @__PURE__ */ obj({
  v: num,
  sheet: sheetSchema,
  guides: rec(obj({ warnings: arr(str), steps: rec(str) })),
});

/** The schema and the site model's type stay the same (checked at compile time). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SHEET_TYPES_MATCH: Same<Infer<typeof sheetSchema>, SheetData> = true;
