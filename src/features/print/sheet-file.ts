/**
 * The file the plan sheet's figures and warnings come from: written into the build by
 * src/build/plan-sheet.ts, fetched (same origin) by plan-sheet.ts when the reader prints.
 * `{"v":1,"guides":{"<guide key>":{"warnings":["<aside…>"],"steps":{"<step id>":"<p>…"}}}}`.
 */
export const PLAN_SHEET_FILE = 'print/plan-sheet.json';
export const PLAN_SHEET_VERSION = 1;
