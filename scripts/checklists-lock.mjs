// @ts-check
/**
 * `npm run checklists:lock`: adds the checklist and step ids found in the MDX pages to
 * src/content/checklists.lock.json (src/build/checklists.ts does the work while Astro loads
 * its config). It never removes an id: a vanished id must be renamed or retired by hand in the lock
 * (see README, «Как добавить чек-лист»).
 */
import { fileURLToPath } from 'node:url';

process.env['EIS_CHECKLISTS_LOCK'] = '1';
const { sync } = await import('astro');
await sync({ root: fileURLToPath(new URL('..', import.meta.url)), logLevel: 'info' });
