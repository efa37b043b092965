/**
 * Module scripts after the first paint. The build (src/build/after-paint.ts) turns every
 * `<script type="module" src>` of a page into an inert `<script type="eis-after-paint"
 * data-src>`; once the page has been painted, this loader swaps each for the real module script,
 * in page order. Nothing a reader sees first waits for a script: on a slow line the document and
 * the stylesheet have the connections to themselves, and the islands (whose controls stay
 * disabled in the HTML until their element connects) come alive a moment later.
 */

/** The `type` of a module script the build deferred (any non-JavaScript type is never fetched). */
export const AFTER_PAINT_TYPE = 'eis-after-paint';
/** Where the deferred script's address is kept (a data block must not have `src`). */
export const AFTER_PAINT_SRC = 'data-src';
/** Dispatched on window once every deferred module has run or failed to load. */
export const MODULES_SETTLED_EVENT = 'eis-modules-settled';

/** Selects the deferred module scripts (their address is in AFTER_PAINT_SRC). */
export const DEFERRED = `script[type="${AFTER_PAINT_TYPE}"]`;

/** The deferred module scripts of a document, in page order. */
export const deferredScripts = (doc: ParentNode) => doc.querySelectorAll(DEFERRED);

/**
 * Swap the inert tags for module scripts now, in page order (`async = false`). Their addresses
 * come from the build; the page's CSP (`script-src 'self'` and hashes) refuses any other origin.
 */
export function loadDeferred(doc: Document, win: Window): void {
  const tags = deferredScripts(doc);
  let pending = tags.length + 1;
  const settle = () => --pending || win.dispatchEvent(new Event(MODULES_SETTLED_EVENT));
  tags.forEach((tag) => {
    const script = doc.createElement('script');
    script.type = 'module';
    script.async = false;
    script.src = tag.getAttribute(AFTER_PAINT_SRC)!;
    script.onload = script.onerror = settle;
    tag.replaceWith(script);
  });
  settle();
}

/**
 * Load the deferred modules once the whole page is parsed (DOMContentLoaded) and the browser has
 * reported its first contentful paint (a `paint` entry: it comes once the frame is on screen).
 * A tab opened in the background paints nothing: there the modules load with the page; and should
 * no paint be reported at all (no paint timing), a second after `load`. Called while the page is
 * being parsed, by the inline script every page carries (notice.inline.ts).
 */
export function loadAfterPaint(doc: Document = document, win: Window = window): void {
  let started = 0;
  const start = () => started++ || loadDeferred(doc, win);
  doc.addEventListener('DOMContentLoaded', () =>
    new (win as unknown as typeof globalThis).PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length) {
        observer.disconnect();
        win.setTimeout(start);
      }
    }).observe({ type: 'paint', buffered: true }),
  );
  win.addEventListener('load', () => win.setTimeout(start, doc.hidden ? 0 : 1000));
}
