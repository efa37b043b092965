/**
 * The after-paint loader in happy-dom: nothing loads before the page is parsed and its first
 * contentful paint is reported; then each deferred tag becomes a module script in page order;
 * the watchdog hears once every module has run or failed; a background tab loads with the page,
 * and a page whose paint is never reported a second after `load`.
 */
import { describe, expect, it } from 'vitest';
import {
  AFTER_PAINT_SRC,
  AFTER_PAINT_TYPE,
  MODULES_SETTLED_EVENT,
  deferredScripts,
  loadAfterPaint,
} from './after-paint';

const inert = (src: string) =>
  `<script type="${AFTER_PAINT_TYPE}" ${AFTER_PAINT_SRC}="${src}"></script>`;

/**
 * A page and a window whose paint entries, timeouts and events come only when the test says so.
 * Its PerformanceObserver records what it was asked to observe.
 */
function setUp(html: string, { hidden = false } = {}) {
  const doc = document.implementation.createHTMLDocument();
  Object.defineProperty(doc, 'hidden', { value: hidden });
  doc.body.innerHTML = html;
  const observers: { cb: PerformanceObserverCallback; off: boolean; opts?: object }[] = [];
  class FakeObserver {
    entry: (typeof observers)[number];
    constructor(cb: PerformanceObserverCallback) {
      this.entry = { cb, off: false };
      observers.push(this.entry);
    }
    observe(opts: object) {
      this.entry.opts = opts;
    }
  }
  const timeouts: (() => void)[] = [];
  const delays: (number | undefined)[] = [];
  const win = Object.assign(new EventTarget(), {
    PerformanceObserver: FakeObserver,
    setTimeout: (cb: () => void, ms?: number) => {
      delays.push(ms);
      timeouts.push(cb);
    },
  }) as unknown as Window;
  let settled = 0;
  win.addEventListener(MODULES_SETTLED_EVENT, () => (settled += 1));
  return {
    doc,
    win,
    observers,
    modules: () =>
      [...doc.querySelectorAll('script')].filter((s) => s.type === 'module') as HTMLScriptElement[],
    settled: () => settled,
    delays: () => delays,
    /** The parser reached the end of the page. */
    parsed: () => doc.dispatchEvent(new Event('DOMContentLoaded')),
    /** The browser reports a paint entry of this name to every connected observer. */
    paint: (name = 'first-contentful-paint') =>
      observers.forEach((o) => {
        if (o.off) return;
        const list = { getEntriesByName: (n: string) => (n === name ? [{}] : []) };
        o.cb(
          list as unknown as PerformanceObserverEntryList,
          {
            disconnect: () => (o.off = true),
          } as unknown as PerformanceObserver,
        );
      }),
    timeouts: () => timeouts.splice(0).forEach((cb) => cb()),
  };
}

/** Parsed, painted, and the timeout after the paint run. */
const ready = (t: ReturnType<typeof setUp>) => {
  t.parsed();
  t.paint();
  t.timeouts();
};

describe('loadAfterPaint', () => {
  it('loads nothing before the first contentful paint is reported; then every module, in order', () => {
    const t = setUp(`<p>Текст</p>${inert('/_astro/a.js')}<main>${inert('/_astro/b.js')}</main>`);
    loadAfterPaint(t.doc, t.win);
    expect(t.observers).toHaveLength(0); // not before the page is parsed
    t.parsed();
    expect(t.observers.map((o) => o.opts)).toEqual([{ type: 'paint', buffered: true }]);
    t.paint('first-paint'); // a paint with no content yet
    t.timeouts();
    expect(t.modules()).toHaveLength(0);
    t.paint();
    expect(t.observers[0]!.off).toBe(true);
    expect(t.modules()).toHaveLength(0); // in a task after the report
    t.timeouts();
    expect(t.modules().map((s) => s.getAttribute('src'))).toEqual(['/_astro/a.js', '/_astro/b.js']);
    expect(t.modules().every((s) => s.async === false)).toBe(true);
    expect(t.doc.querySelector('main > script')?.getAttribute('src')).toBe('/_astro/b.js');
    expect(deferredScripts(t.doc)).toHaveLength(0);
  });

  it('says the modules settled once, when each has loaded or failed', () => {
    const t = setUp(inert('/_astro/a.js') + inert('/_astro/b.js') + inert('/_astro/c.js'));
    // happy-dom may answer each script itself (loading is off in tests): count every answer.
    let answered = 0;
    const seen: number[] = [];
    for (const type of ['load', 'error']) t.doc.addEventListener(type, () => (answered += 1), true);
    t.win.addEventListener(MODULES_SETTLED_EVENT, () => seen.push(answered));
    loadAfterPaint(t.doc, t.win);
    ready(t);
    t.modules().forEach((s) => s.dispatchEvent(new Event('load')));
    expect(seen[0]).toBe(3);
    expect(t.settled()).toBe(1);
  });

  it('a page without deferred modules settles at once', () => {
    const t = setUp('<p>Текст</p>');
    loadAfterPaint(t.doc, t.win);
    ready(t);
    expect(t.settled()).toBe(1);
  });

  it('a background tab loads with the page, once: a later paint adds no second copy', () => {
    const t = setUp(inert('/_astro/a.js'), { hidden: true });
    loadAfterPaint(t.doc, t.win);
    t.parsed();
    t.win.dispatchEvent(new Event('load'));
    expect(t.delays()).toEqual([0]);
    t.timeouts();
    expect(t.modules()).toHaveLength(1);
    t.paint();
    t.timeouts();
    expect(t.modules()).toHaveLength(1);
  });

  it('a visible tab does not start on load: it waits for its paint, or a second more', () => {
    const t = setUp(inert('/_astro/a.js'));
    loadAfterPaint(t.doc, t.win);
    t.parsed();
    t.win.dispatchEvent(new Event('load'));
    expect(t.modules()).toHaveLength(0);
    expect(t.delays()).toEqual([1000]);
    t.timeouts(); // no paint was ever reported: the backstop after load
    expect(t.modules()).toHaveLength(1);
  });
});
