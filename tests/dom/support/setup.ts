/**
 * Setup of every DOM test file:
 * - `Date` reads the frozen NOW of tests/helpers/clock.ts (timers keep running), so «через N
 *   дней» and the expiry notice never depend on the day the suite runs;
 * - Astro's Container API has no content layer, so the two server-only modules that read the
 *   docs collection are stood in for by ./site-data.ts.
 */
import { vi } from 'vitest';
import { NOW } from '../../helpers/clock';

vi.useFakeTimers({ toFake: ['Date'], now: NOW });

vi.mock('../../../src/site/checklists', async () => (await import('./site-data')).checklistsModule);
vi.mock('../../../src/site/guides', async () => (await import('./site-data')).guidesModule);
