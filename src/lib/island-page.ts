/**
 * Server side of the page data blob: components put the slices their islands need while the page
 * renders (keyed by the request's `Astro.locals`), each checked by its schema, so a bad slice
 * fails the build rather than an island in a reader's browser. IslandData.astro writes them out.
 */
import { SLICES, type Slices } from './island-slices';

const pages = new WeakMap<object, Partial<Slices>>();

export function putSlice<K extends keyof Slices>(locals: object, name: K, value: Slices[K]): void {
  if (SLICES[name](value) === undefined) {
    throw new Error(`Island data «${name}» does not match its schema: ${JSON.stringify(value)}`);
  }
  const slices = pages.get(locals) ?? {};
  slices[name] = value;
  pages.set(locals, slices);
}

export function slicesOf(locals: object): Partial<Slices> {
  return pages.get(locals) ?? {};
}
