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
    globalSetup: ['./tests/dom/support/inline-scripts.ts'],
    // Each file still gets its own module graph and window (the elements register themselves and
    // the stores are module state), in a VM context of a shared worker rather than a worker thread
    // of its own: 13 CPU-s for the layer instead of 37 (05.12.2026, 2 cores). esbuild and
    // satteri cannot load inside a VM context: tests/dom/support/setup.ts stands in for them.
    pool: 'vmThreads',
  },
});
