/**
 * One JSON data blob per page: `<script type="application/json" id="eis-data">` (IslandData.astro,
 * rendered once by the MarkdownContent override), holding a slice per kind of data the page's
 * islands need: the reminder kinds, the guide table, the plan panel's titles… Parsed once per blob;
 * each slice is checked by its schema (src/lib/island-schema.ts) when read. A missing, broken or
 * wrong-shaped slice reads as `undefined`, never as an exception.
 */
import type { Schema } from './island-schema';

export const DATA_ID = 'eis-data';

let parsedFrom: Element | null = null;
let parsed: Record<string, unknown> = {};

function blob(): Record<string, unknown> {
  const el = typeof document === 'undefined' ? null : document.getElementById(DATA_ID);
  if (el !== parsedFrom) {
    parsedFrom = el;
    parsed = {};
    try {
      const v: unknown = JSON.parse(el?.textContent || '{}');
      if (v && typeof v === 'object' && !Array.isArray(v)) parsed = v as Record<string, unknown>;
    } catch {
      // an unreadable blob gives no data
    }
  }
  return parsed;
}

/**
 * The page data as `schema` reads it (an `obj` schema picks the slices it names), or `undefined`
 * when a slice it needs is missing or invalid.
 */
export function pageData<T>(schema: Schema<T>): T | undefined {
  return schema(blob());
}

/**
 * JSON safe inside `<script>`: `<` is escaped (so no `</script>`, `<!--` or `-->` can close or
 * change the element) and so are U+2028/U+2029. `>` and `&` are escaped too, for good measure.
 */
export function serialiseData(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
