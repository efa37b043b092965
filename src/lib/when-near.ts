/**
 * Load an island's script when the island comes near the viewport (Astro's `client:visible`,
 * for a custom element). Its controls stay disabled in the HTML until then, so nothing looks
 * ready before it works; readers who never scroll to it never download it.
 */
export function whenNear(selector: string, load: () => Promise<unknown>): void {
  const elements = document.querySelectorAll(selector);
  if (!elements.length) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    void load();
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
