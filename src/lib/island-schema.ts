/**
 * A tiny validator for island data, shared by the server (checks each slice before it is
 * serialised, so a bad slice fails the build) and the browser (checks what it parsed, so a broken
 * or tampered blob reads as "no data" instead of throwing). Zod (`astro/zod`) would do the same
 * but costs ~14 KB gzip in the browser even tree-shaken, over the budget of
 * tests/build/budget.test.ts; this is a few hundred bytes. A schema returns the value it accepts
 * (objects rebuilt with only their declared fields) or `undefined`.
 */
export type Schema<T> = (value: unknown) => T | undefined;
export type Infer<S> = S extends Schema<infer T> ? T : never;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const str: Schema<string> = (v) => (typeof v === 'string' ? v : undefined);

export const num: Schema<number> = (v) =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

/** One of a fixed set of strings. */
export const oneOf =
  <const T extends string>(values: readonly T[]): Schema<T> =>
  (v) =>
    values.includes(v as T) ? (v as T) : undefined;

/** Every item must pass: a list with one bad item is not half-read. */
export const arr =
  <T>(item: Schema<T>): Schema<T[]> =>
  (v) => {
    if (!Array.isArray(v)) return undefined;
    const out: T[] = [];
    for (const x of v) {
      const ok = item(x);
      if (ok === undefined) return undefined;
      out.push(ok);
    }
    return out;
  };

export const rec =
  <T>(item: Schema<T>): Schema<Record<string, T>> =>
  (v) => {
    if (!isObject(v)) return undefined;
    const out: Record<string, T> = {};
    for (const key of Object.keys(v)) {
      const ok = item(v[key]);
      if (ok === undefined) return undefined;
      out[key] = ok;
    }
    return out;
  };

/** Marks a field of `obj` optional: absent is fine, present must pass. */
export interface Optional<T> {
  optional: Schema<T>;
}
export const opt = <T>(s: Schema<T>): Optional<T> => ({ optional: s });

type Shape = Record<string, Schema<unknown> | Optional<unknown>>;
type Required<S extends Shape> = {
  [K in keyof S as S[K] extends Optional<unknown> ? never : K]: Infer<S[K]>;
};
type Optionals<S extends Shape> = {
  [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Optional<infer T>
    ? T
    : never;
};
type Flat<T> = { [K in keyof T]: T[K] };

export const obj =
  <S extends Shape>(shape: S): Schema<Flat<Required<S> & Optionals<S>>> =>
  (v) => {
    if (!isObject(v)) return undefined;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const field = shape[key]!;
      if (typeof field !== 'function') {
        if (v[key] === undefined) continue;
        const ok = field.optional(v[key]);
        if (ok === undefined) return undefined;
        out[key] = ok;
        continue;
      }
      const ok = field(v[key]);
      if (ok === undefined) return undefined;
      out[key] = ok;
    }
    return out as Flat<Required<S> & Optionals<S>>;
  };
