/**
 * Setup of every DOM test file. Astro's Container API has no content layer, so the two
 * server-only modules that read the docs collection are stood in for by ./site-data.ts.
 */
import { vi } from 'vitest';

vi.mock(
  '../../../src/components/shared/checklists',
  async () => (await import('./site-data')).checklistsModule,
);
vi.mock(
  '../../../src/components/shared/guides',
  async () => (await import('./site-data')).guidesModule,
);
