/**
 * Loads the site-wide expiry notice only where it can have something to say: on pages with the
 * reminder form, or when reminders are stored (or get stored from another tab). Pages of readers
 * who never set a reminder load a few hundred bytes instead of the stores.
 */
import { KEYS } from '../../lib/keys';
import { getLocalStorage } from '../../lib/safe-storage';

const load = () => void import('./notice.client');

function hasReminders(): boolean {
  try {
    const storage = getLocalStorage();
    if (!storage) return false;
    for (let i = 0; i < storage.length; i += 1) {
      if (storage.key(i)?.startsWith(KEYS.reminderPrefix)) return true;
    }
    return storage.getItem(KEYS.legacyReminders) !== null;
  } catch {
    return false;
  }
}

if (document.querySelector('eis-reminder') || hasReminders()) {
  load();
} else {
  const onStorage = (event: StorageEvent) => {
    if (!event.key?.startsWith(KEYS.reminderPrefix)) return;
    window.removeEventListener('storage', onStorage);
    load();
  };
  window.addEventListener('storage', onStorage);
}
