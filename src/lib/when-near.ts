/** Name of the window event an island loader dispatches when its module failed to load. */
export const ISLAND_FAILED_EVENT = 'eis-island-failed';

/**
 * Load an island's script when the island comes near the viewport (Astro's `client:visible`,
 * for a custom element). Its controls stay disabled in the HTML until then, so nothing looks
 * ready before it works; readers who never scroll to it never download it. The element then
 * connects (defineIsland with `load: 'near'`). A module that fails to load is reported to the
 * inline watchdog (src/lib/island-watchdog.ts), which says so in the island.
 */
export function whenNear(selector: string, load: () => Promise<unknown>): void {
  const elements = document.querySelectorAll(selector);
  if (!elements.length) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    load().catch(() => window.dispatchEvent(new Event(ISLAND_FAILED_EVENT)));
  };
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), {
          rootMargin: '600px 0px',
        })
      : undefined;
  if (!observer) return start();
  elements.forEach((el) => observer.observe(el));
  // Printing needs the island filled in, wherever it is on the page.
  window.addEventListener('beforeprint', start, { once: true });
}
