/**
 * Loads the site-wide expiry notice only where it can have something to say: on pages with the
 * reminder form, or when reminders are stored (or get stored from another tab). Pages of readers
 * who never set a reminder load a few hundred bytes instead of the stores.
 */
import { KEYS } from '../../lib/keys';
import { getLocalStorage, safeGet } from '../../lib/safe-storage';

const load = () => void import('./notice.client');

if (document.querySelector('eis-reminder') || safeGet(getLocalStorage(), KEYS.reminders)) {
  load();
} else {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== KEYS.reminders) return;
    window.removeEventListener('storage', onStorage);
    load();
  };
  window.addEventListener('storage', onStorage);
}
