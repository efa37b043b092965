/**
 * The storage registry: every value the site keeps in localStorage is declared once, here or
 * beside its feature, with `defineRecord` — its key (or, for a collection, the prefix of one key
 * per entry), its envelope version, a decoder and an encoder. Stores (persist.ts), migration,
 * undo and the inline prechecks read stored text only through a record's `read`, so one stored
 * value is judged the same by every reader of it.
 *
 * Reading never throws and never parses more than `maxLength` characters: a value that is not
 * JSON, has another version, the wrong shape or is too long is unreadable (`undefined`), left in
 * place and never shown.
 */

/** What a decoder makes of one stored value; `dirty` asks to write the cleaned value back. */
export type Decoded<T> = { value: T; dirty?: boolean } | undefined;

export interface RecordSpec<T> {
  /** The key (`eis:v1:plan`), or for a collection the prefix of its keys (ends with ':'). */
  key: string;
  /**
   * The envelope: the value is stored as `{"v":version,"data":…}`. 0: stored as bare text
   * (ticks are "1"), no envelope.
   */
  version: number;
  /** From the envelope's data (bare text for version 0) to a value; `undefined` if unreadable. */
  decode(data: unknown, id: string): Decoded<T>;
  /** The envelope's data for a value (the bare text for version 0). */
  encode(value: T): unknown;
  /** The longest stored text that is read at all, in UTF-16 code units. */
  maxLength: number;
}

export interface StoredRecord<T> extends Readonly<Omit<RecordSpec<T>, 'key'>> {
  /**
   * The key or prefix as stored in this tab: for a record kept per organisation, persist.ts puts
   * the tab's active organisation into it (src/lib/storage/org-scope.ts).
   */
  key: string;
  /** The key of entry `id` of a collection; the key itself for a single value. */
  keyOf(id?: string): string;
  /** The entry id of a key under a collection's prefix, or `undefined` for any other key. */
  idOf(key: string): string | undefined;
  /** Decode stored text; never throws. */
  read(raw: string | null | undefined, id?: string): Decoded<T>;
  /** The stored text of a value. */
  write(value: T): string;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The data of `{"v":version,"data":…}`, or `undefined` for anything else (never throws). */
export function openEnvelope(raw: string | null | undefined, version: number): unknown {
  if (typeof raw !== 'string' || raw === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isObject(parsed) && parsed['v'] === version ? parsed['data'] : undefined;
  } catch {
    return undefined;
  }
}

export function defineRecord<T>(spec: RecordSpec<T>): StoredRecord<T> {
  const record: StoredRecord<T> = {
    ...spec,
    keyOf: (id = '') => record.key + id,
    idOf: (key) => (key.startsWith(record.key) ? key.slice(record.key.length) : undefined),
    read(raw, id = '') {
      if (typeof raw !== 'string' || raw.length > spec.maxLength) return undefined;
      const data = spec.version === 0 ? raw : openEnvelope(raw, spec.version);
      if (data === undefined) return undefined;
      try {
        return spec.decode(data, id);
      } catch {
        return undefined;
      }
    },
    write(value) {
      const data = spec.encode(value);
      return spec.version === 0 ? String(data) : JSON.stringify({ v: spec.version, data });
    },
  };
  return record;
}
