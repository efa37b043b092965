import { defineConfig } from 'vitest/config';

/**
 * Test layers. `npm test` (scripts/test.mjs) builds the site first, then runs every project.
 * - unit:    pure logic, tests beside the code in src/ and harness/ (node)
 * - dom:     stores and custom elements over the real components' HTML (happy-dom; vitest.dom.config.ts)
 * - build:   assertions over the built dist/ (node)
 * - bench:   `npm run bench:search` over dist/ (not in `npm test`)
 * - train:   `npm run train:search` over dist/: writes the search reranker's weights (not in `npm test`)
 * The browser layer is @playwright/test (playwright.config.ts), not a vitest project.
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
          // Pure logic: no file changes a global it does not put back (the two that swap
          // globalThis.crypto or spy on JSON.parse restore them), so the files share a worker's
          // loaded modules, in threads rather than processes (a third of the CPU time).
          isolate: false,
          pool: 'threads',
        },
      },
      // Renders the real .astro components, so it needs Astro's Vite plugins: its own config.
      './vitest.dom.config.ts',
      {
        test: {
          name: 'build',
          environment: 'node',
          include: ['tests/build/**/*.test.ts'],
          // The search bench is its own project (below): it measures, and its one bound (searches
          // per question) is asserted by search-quality.test.ts over the same questions.
          exclude: ['tests/build/search-bench.test.ts', 'tests/build/guard-bench.test.ts'],
          // The files only read dist/ and keep no module state: they share a worker's loaded
          // modules (the HTML parser, the page lists) instead of importing them once per file.
          isolate: false,
        },
      },
      {
        // `npm run bench:search`: not part of `npm test` (scripts/test.mjs names its projects).
        test: {
          name: 'bench',
          environment: 'node',
          include: ['tests/build/search-bench.test.ts', 'tests/build/guard-bench.test.ts'],
        },
      },
      {
        test: { name: 'train', environment: 'node', include: ['tests/train/**/*.train.ts'] },
      },
    ],
  },
});
