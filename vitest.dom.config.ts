/// <reference types="vitest/config" />
/**
 * The DOM layer: the real .astro components rendered with Astro's Container API (so Astro's Vite
 * plugins are needed: getViteConfig), their HTML put into happy-dom, their custom elements
 * imported and driven.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'dom',
    environment: './tests/dom/support/happy-dom-ssr.ts',
    include: ['tests/dom/**/*.test.ts', 'src/**/*.dom.test.ts'],
    // The site's checklists and guides, stood in for (no content layer in the container).
    setupFiles: ['./tests/dom/support/setup.ts'],
    // Each file still gets its own module graph and window (the elements register themselves and
    // the stores are module state), but in a worker thread, not a new process: half the CPU time.
    pool: 'threads',
  },
});
