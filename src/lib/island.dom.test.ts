/**
 * defineIsland and the inline watchdog in happy-dom: define once, one binding per connection,
 * checked page data, loading near the viewport, refusal inside another site's frame, and the
 * notice when a page script failed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atom } from 'nanostores';
import { defineIsland, untilAbort } from './island';
import { obj, str } from './island-schema';
import { DATA_ID } from './island-data';
import { FRAMED, NOTICE_FAILED, SCRIPT_FAILED, UNSAVED } from './island-failure';
import { watchIslands } from './island-watchdog';
import { ISLAND_FAILED_EVENT } from './when-near';
import { MODULES_SETTLED_EVENT } from './after-paint';
import { flush, moveAround } from '../../tests/dom/support/render';

let n = 0;
/** A fresh tag per test: custom elements cannot be undefined. */
const tag = () => `eis-test-${++n}`;

/** Put HTML on the page as a parsed page has it: each element connects with its children. */
function page(html: string, data?: object): void {
  const template = document.createElement('template');
  template.innerHTML =
    (data
      ? `<script type="application/json" id="${DATA_ID}">${JSON.stringify(data)}</script>`
      : '') + html;
  document.body.replaceChildren(template.content);
}

/** The island's failure notice, once its (lazily loaded) module has put it there. */
const failure = async (el: Element) => {
  await vi.waitFor(() => expect(el.querySelector('.eis-island-failed')).not.toBeNull());
  return el.querySelector('.eis-island-failed')!.textContent;
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('defineIsland', () => {
  it('defines once: a second definition of the tag is ignored', async () => {
    const t = tag();
    const first = vi.fn();
    const second = vi.fn();
    defineIsland(t, { connect: first });
    defineIsland(t, { connect: second });
    page(`<${t}></${t}>`);
    await flush();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  });

  it('binds once per connection: moved around, one click runs one handler, one store listener', async () => {
    const t = tag();
    const $count = atom(0);
    const clicks = vi.fn();
    const signals: AbortSignal[] = [];
    defineIsland(t, {
      connect(el, { signal }) {
        signals.push(signal);
        el.querySelector('button')!.addEventListener('click', clicks, { signal });
        untilAbort(
          signal,
          $count.listen(() => undefined),
        );
      },
    });
    page(`<${t}><button data-until-ready disabled>Go</button></${t}>`);
    await flush();
    const el = document.querySelector(t)!;
    expect(el.querySelector('button')!.disabled).toBe(false);
    moveAround(el);
    expect(signals).toHaveLength(3);
    expect(signals.map((s) => s.aborted)).toEqual([true, true, false]);
    el.querySelector('button')!.click();
    expect(clicks).toHaveBeenCalledTimes(1);
    expect($count.lc).toBe(1);
    el.remove();
    expect($count.lc).toBe(0);
  });

  it('hands connect its checked data, and stops with a notice on broken data', async () => {
    const t = tag();
    const connect = vi.fn();
    defineIsland(t, { data: obj({ kinds: obj({ label: str }) }), writes: true, connect });
    page(`<${t}><button data-until-ready disabled>Go</button></${t}>`, {
      kinds: { label: 'Токен', extra: 1 },
    });
    await flush();
    expect(connect).toHaveBeenCalledWith(document.querySelector(t), {
      signal: expect.any(AbortSignal),
      data: { kinds: { label: 'Токен' } },
    });
    connect.mockClear();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    page(`<${t}><button data-until-ready disabled>Go</button></${t}>`, { kinds: { label: 7 } });
    const el = document.querySelector(t)!;
    expect(await failure(el)).toBe(SCRIPT_FAILED);
    expect(connect).not.toHaveBeenCalled();
    expect(el.querySelector('button')!.disabled).toBe(true);
  });

  it('a connect that throws leaves the controls disabled and says so', async () => {
    const t = tag();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    defineIsland(t, {
      connect() {
        throw new Error('broken');
      },
    });
    page(`<${t}><button data-until-ready disabled>Go</button></${t}>`);
    const el = document.querySelector(t)!;
    expect(await failure(el)).toBe(SCRIPT_FAILED);
    expect(el.querySelector('button')!.disabled).toBe(true);
  });

  describe('near the viewport', () => {
    let observers: { cb: IntersectionObserverCallback; targets: Element[] }[] = [];
    beforeEach(() => {
      observers = [];
      vi.stubGlobal(
        'IntersectionObserver',
        class {
          targets: Element[] = [];
          constructor(public cb: IntersectionObserverCallback) {
            observers.push(this);
          }
          observe(el: Element) {
            this.targets.push(el);
          }
          disconnect() {}
        },
      );
    });
    afterEach(() => vi.unstubAllGlobals());

    it('connects only when near, and its controls stay disabled until then', async () => {
      const t = tag();
      const connect = vi.fn();
      defineIsland(t, { load: 'near', connect });
      page(`<${t}><button data-until-ready disabled>Go</button></${t}>`);
      await flush();
      const el = document.querySelector(t)!;
      expect(connect).not.toHaveBeenCalled();
      expect(el.querySelector('button')!.disabled).toBe(true);
      const [o] = observers;
      o!.cb([{ isIntersecting: true, target: el } as IntersectionObserverEntry], {} as never);
      expect(connect).toHaveBeenCalledTimes(1);
      expect(el.querySelector('button')!.disabled).toBe(false);
    });
  });

  describe("inside another site's frame", () => {
    afterEach(() => {
      delete (window as { top?: unknown }).top;
    });

    it('an island that writes refuses to act and says why; one that does not still works', async () => {
      // A cross-origin top: reading its location throws, as in a browser.
      Object.defineProperty(window, 'top', {
        configurable: true,
        get: () => ({
          get location(): Location {
            throw new DOMException('Blocked a frame', 'SecurityError');
          },
        }),
      });
      const writer = tag();
      const reader = tag();
      const writes = vi.fn();
      const reads = vi.fn();
      defineIsland(writer, { writes: true, connect: writes });
      defineIsland(reader, { connect: reads });
      page(
        `<${writer}><ol><li class="eis-step"><input type="checkbox" class="eis-step__check"></li></ol>` +
          `<button data-until-ready disabled>Сбросить всё</button></${writer}><${reader}></${reader}>`,
      );
      const el = document.querySelector(writer)!;
      expect(await failure(el)).toBe(FRAMED);
      expect(writes).not.toHaveBeenCalled();
      expect(reads).toHaveBeenCalledTimes(1);
      expect(el.querySelector('button')!.disabled).toBe(true);
      expect(el.querySelector('input')!.disabled).toBe(true);
    });
  });
});

describe('the inline watchdog', () => {
  // As Astro writes the bare attribute (`data-island-writes="true"`).
  const checklist = `<eis-never-defined data-island-writes="true">
      <ol><li class="eis-step"><input type="checkbox" class="eis-step__check"></li></ol>
      <button disabled>Сбросить отметки</button>
    </eis-never-defined>`;

  it('once the modules ran, an island that never upgraded says the script failed; ticks show as not saved', () => {
    const doc = document.implementation.createHTMLDocument();
    const win = new EventTarget() as Window;
    doc.body.innerHTML = checklist;
    watchIslands(doc, win);
    const box = doc.querySelector<HTMLInputElement>('input')!;
    box.checked = true; // ticked before the page finished loading
    win.dispatchEvent(new Event(MODULES_SETTLED_EVENT));
    const island = doc.querySelector('eis-never-defined')!;
    expect(island.querySelector('.eis-island-failed')?.textContent).toBe(SCRIPT_FAILED);
    expect(island.querySelector('.eis-step__unsaved')?.textContent).toBe(UNSAVED);
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    expect(island.querySelector('.eis-step__unsaved')).toBeNull();
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    expect(island.querySelector('.eis-step__unsaved')).not.toBeNull();
    expect(box.disabled).toBe(false);
    expect(island.querySelector('button')!.disabled).toBe(true);
  });

  it('an island loaded near the viewport is not blamed when the modules ran, only when its module fails', () => {
    const doc = document.implementation.createHTMLDocument();
    const win = new EventTarget() as Window;
    doc.body.innerHTML = `<eis-later data-island-writes="near"><button disabled>Добавить</button></eis-later>`;
    watchIslands(doc, win);
    win.dispatchEvent(new Event(MODULES_SETTLED_EVENT));
    expect(doc.querySelector('.eis-island-failed')).toBeNull();
    win.dispatchEvent(new Event(ISLAND_FAILED_EVENT));
    expect(doc.querySelector('.eis-island-failed')?.textContent).toBe(SCRIPT_FAILED);
  });

  it('a script that fails to load: the expiry notice stops saying «Проверяем сроки действия…»', () => {
    const doc = document.implementation.createHTMLDocument();
    const win = new EventTarget() as Window;
    doc.body.innerHTML = `<eis-expiry-notice><p class="eis-notice__text">Проверяем сроки действия…</p></eis-expiry-notice>
      <script type="module" src="/_astro/gone.js"></script>`;
    watchIslands(doc, win);
    doc.querySelector('script')!.dispatchEvent(new Event('error'));
    expect(doc.querySelector('.eis-notice__text')!.textContent).toBe(NOTICE_FAILED);
  });

  it('is quiet when every island upgraded', () => {
    const t = tag();
    customElements.define(t, class extends HTMLElement {});
    const win = new EventTarget() as Window;
    page(`<${t} data-island-writes><button>Go</button></${t}>`);
    watchIslands(document, win);
    win.dispatchEvent(new Event(MODULES_SETTLED_EVENT));
    expect(document.querySelector('.eis-island-failed')).toBeNull();
  });
});
