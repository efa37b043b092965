/**
 * The island watchdog, run inline at the top of every page (notice.inline.ts) so that it works
 * when no module does: when a page script fails to load (an `error` event on a <script>, or a
 * lazily loaded island module reporting ISLAND_FAILED_EVENT), or an island that stores the
 * reader's data is still not upgraded once the page's modules have run (after-paint.ts), each
 * such island shows a quiet notice where the reader acts (island-failure.ts), and a tick made
 * then is marked as not saved.
 * The expiry notice never stays on «Проверяем сроки действия…».
 */
import {
  NOTICE_FAILED,
  SCRIPT_FAILED,
  WRITES_ATTR,
  islandFailed,
  markUnsaved,
} from './island-failure';
import { ISLAND_FAILED_EVENT } from './when-near';
import { MODULES_SETTLED_EVENT } from './after-paint';

/** Not upgraded: its element was never defined (no module defined it). */
const idle = (el: Element) => !customElements.get(el.localName);
const waiting = (doc: Document, selector: string) =>
  [...doc.querySelectorAll(selector)].filter(idle);

export function watchIslands(doc: Document = document, win: Window = window): void {
  let failed = false;
  const fail = () => {
    failed = true;
    waiting(doc, `[${WRITES_ATTR}]`).forEach((el) => islandFailed(el, SCRIPT_FAILED));
    const notice = waiting(doc, 'eis-expiry-notice')[0] as HTMLElement | undefined;
    const text = notice && !notice.hidden && notice.querySelector('.eis-notice__text');
    if (text) text.textContent = NOTICE_FAILED;
  };
  doc.addEventListener(
    'error',
    (event) => {
      if ((event.target as Element | null)?.tagName === 'SCRIPT') fail();
    },
    true,
  );
  win.addEventListener(ISLAND_FAILED_EVENT, fail);
  // The page's module scripts load after its first paint (after-paint.ts) and have all run or
  // failed when the loader says so; islands loaded near the viewport report themselves.
  // Islands loaded when near (`="near"`) report themselves; every other one (Astro writes the
  // bare attribute as `="true"`) must be upgraded by now.
  win.addEventListener(MODULES_SETTLED_EVENT, () => {
    if (waiting(doc, `[${WRITES_ATTR}]:not([${WRITES_ATTR}="near"])`).length) fail();
  });
  doc.addEventListener('change', (event) => {
    const island = failed && (event.target as Element).closest?.(`[${WRITES_ATTR}]`);
    if (island && idle(island)) markUnsaved(island);
  });
}
