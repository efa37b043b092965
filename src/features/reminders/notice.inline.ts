/**
 * Inline at the top of every page's content, right after <eis-expiry-notice> (ExpiryNotice.astro;
 * bundled by src/build/inline-script.ts): runs the precheck on the notice, marks it when reminders
 * exist (so the notice's module loads and can follow midnight) and shows it when one is due, all
 * before the first paint — from the reminders of this tab's organisation (tab-org.ts). Then
 * starts the island watchdog (src/lib/island-watchdog.ts). Before all that, it sets the page's
 * module scripts to load after the first paint (src/lib/after-paint.ts).
 */
import { loadAfterPaint } from '../../lib/after-paint';
import { noticePrecheck } from './notice-precheck';
import { watchIslands } from '../../lib/island-watchdog';
import { tabPrefix } from '../../lib/storage/tab-org';
import { recordVisit } from '../changes/visit-record';

// First, so nothing below can keep the page's modules from loading (src/lib/after-paint.ts).
loadAfterPaint();
const el = document.currentScript?.previousElementSibling as HTMLElement | null | undefined;
try {
  const result = el ? noticePrecheck(window.localStorage, new Date(), tabPrefix()) : 0;
  if (result) el!.setAttribute('data-reminders', '');
  if (result > 1) el!.hidden = false;
} catch {
  // Blocked storage: the notice stays hidden and the page runs on.
}
watchIslands();
// The reader's visit, on every page (src/features/changes/visit-record.ts).
recordVisit();
