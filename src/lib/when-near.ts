/**
 * Run `start` when `el` comes near the viewport (Astro's `client:visible`, for a custom element),
 * or at once where IntersectionObserver is missing, or before printing (the island must be filled
 * in wherever it is on the page). Aborting `signal` cancels the wait.
 */
export function whenElementNear(el: Element, start: () => void, signal?: AbortSignal): void {
  let started = false;
  const go = () => {
    if (started || signal?.aborted) return;
    started = true;
    observer?.disconnect();
    start();
  };
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go(), {
          rootMargin: '600px 0px',
        })
      : undefined;
  if (!observer) return go();
  observer.observe(el);
  signal?.addEventListener('abort', () => observer.disconnect(), { once: true });
  window.addEventListener('beforeprint', go, signal ? { once: true, signal } : { once: true });
}

/** Name of the window event an island loader dispatches when its module failed to load. */
export const ISLAND_FAILED_EVENT = 'eis-island-failed';

/**
 * Load an island's module when the first of its elements comes near the viewport. Its controls
 * stay disabled in the HTML until then, so nothing looks ready before it works; readers who never
 * scroll to it never download it. A module that fails to load is reported to the inline watchdog
 * (src/features/reminders/notice.inline.ts), which says so in the island.
 */
export function whenNear(selector: string, load: () => Promise<unknown>): void {
  const elements = document.querySelectorAll(selector);
  if (!elements.length) return;
  const controller = new AbortController();
  const start = () => {
    controller.abort();
    load().catch(() => window.dispatchEvent(new Event(ISLAND_FAILED_EVENT)));
  };
  elements.forEach((el) => whenElementNear(el, start, controller.signal));
}
