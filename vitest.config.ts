import { defineConfig } from 'vitest/config';

/**
 * Test layers. `npm test` (scripts/test.mjs) builds the site first, then runs every project.
 * - unit:    pure logic, tests beside the code in src/ and harness/ (node)
 * - dom:     stores and custom elements over the real components' HTML (happy-dom; vitest.dom.config.ts)
 * - build:   assertions over the built dist/ (node)
 * - browser: the built site served locally, driven in Chromium (node + playwright-core)
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts', 'harness/**/*.test.ts'],
          exclude: ['src/**/*.dom.test.ts'],
        },
      },
      // Renders the real .astro components, so it needs Astro's Vite plugins: its own config.
      './vitest.dom.config.ts',
      {
        test: { name: 'build', environment: 'node', include: ['tests/build/**/*.test.ts'] },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          // Once per run: serves dist/ and dist-eis/, launches one Chromium (CHROME_PATH, system,
          // npm-packaged: harness/chromium.ts); each file connects to it (tests/helpers/site.ts).
          globalSetup: ['tests/helpers/browser-setup.ts'],
          // Two files at a time: the work is in Chromium, and two keep both cores busy.
          fileParallelism: true,
          maxWorkers: 2,
          // Files share a worker's loaded modules (playwright-core, helpers): none keeps state.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Retrying assertions wait for the page, also on a busy machine.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
