/**
 * One way to write an island: `defineIsland(tag, { data, load, writes, connect })` defines the
 * custom element once and, on every connection:
 * - gives `connect` an AbortSignal aborted on disconnection: listeners added with `{ signal }` and
 *   store subscriptions passed to `untilAbort` go away with it, so an element moved around the
 *   document is bound exactly once;
 * - reads and checks its data: `data` is a schema over the page's data blob (src/lib/island-data.ts);
 *   data that fails it stops the island with a notice instead of running on a guess;
 * - `load: 'near'` connects only when the element comes near the viewport (its module is loaded
 *   the same way by its component: whenNear in src/lib/when-near.ts); until connected the HTML
 *   keeps its controls disabled; `[data-until-ready]` controls are enabled once `connect` has run;
 * - `writes: true` (it changes the reader's data) refuses to act inside another site's frame;
 * - a `connect` that throws leaves the island disabled with the notice of a failed script.
 */
import type { Schema } from './island-schema';
import { pageData } from './island-data';

/**
 * The notice of an island that cannot work (island-failure.ts): loaded only then, so a page whose
 * islands work carries none of its words.
 */
const fail = (el: HTMLElement, framed: boolean) =>
  void import('./island-failure').then((m) =>
    m.islandFailed(el, framed ? m.FRAMED : m.SCRIPT_FAILED),
  );

/**
 * Run `start` once `el` comes near the viewport (600px ahead; at once without IntersectionObserver,
 * and before printing, which needs the island filled in), unless `signal` aborts first.
 */
function whenNear(el: Element, start: () => void, signal: AbortSignal): void {
  if (!('IntersectionObserver' in window)) return start();
  const go = () => {
    observer.disconnect();
    if (!signal.aborted) start();
  };
  const observer = new IntersectionObserver(
    (entries) => entries.some((e) => e.isIntersecting) && go(),
    {
      rootMargin: '600px 0px',
    },
  );
  observer.observe(el);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  window.addEventListener('beforeprint', go, { once: true, signal });
}

/**
 * True inside a frame of another origin (a static host cannot send `frame-ancestors`): islands
 * that change the reader's data then refuse to act. Reading a cross-origin top's location throws.
 */
function foreignFrame(): boolean {
  try {
    return window.top !== window.self && window.top?.location.origin !== location.origin;
  } catch {
    return true;
  }
}

export interface IslandContext<D> {
  /** Aborted when the element leaves the document. */
  signal: AbortSignal;
  /** The page data, checked by the island's schema. */
  data: D;
}

/** What a schema reads: the `data` handed to `connect`. */
export type DataOf<S> = S extends Schema<infer T> ? T : undefined;

export interface IslandOptions<S extends Schema<unknown>> {
  data?: S;
  load?: 'eager' | 'near';
  writes?: boolean;
  connect(el: HTMLElement, context: IslandContext<DataOf<S>>): void;
}

/** Unsubscribe (nanostores' `listen`/`subscribe` return values) when `signal` aborts. */
export function untilAbort(signal: AbortSignal, ...offs: (() => void)[]): void {
  if (signal.aborted) offs.forEach((off) => off());
  else signal.addEventListener('abort', () => offs.forEach((off) => off()), { once: true });
}

export function defineIsland<S extends Schema<unknown> = Schema<undefined>>(
  tag: string,
  options: IslandOptions<S>,
): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;

  class Island extends HTMLElement {
    private wiring: AbortController | undefined;

    connectedCallback(): void {
      this.wiring?.abort();
      const wiring = new AbortController();
      this.wiring = wiring;
      if (options.writes && foreignFrame()) return fail(this, true);
      const start = () => {
        const data = options.data ? pageData(options.data) : undefined;
        try {
          if (data === undefined && options.data) throw new Error(`${tag}: no valid page data`);
          options.connect(this, { signal: wiring.signal, data: data as DataOf<S> });
        } catch (error) {
          wiring.abort();
          fail(this, false);
          // Reported, not swallowed: the browser tests fail on console errors.
          console.error(error);
          return;
        }
        this.querySelectorAll<HTMLButtonElement>('[data-until-ready]').forEach(
          (c) => (c.disabled = false),
        );
      };
      if (options.load === 'near') whenNear(this, start, wiring.signal);
      else start();
    }

    disconnectedCallback(): void {
      this.wiring?.abort();
      this.wiring = undefined;
    }
  }

  customElements.define(tag, Island);
}
