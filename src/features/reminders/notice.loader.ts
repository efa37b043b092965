/**
 * Loads the site-wide expiry notice only where it can have something to say: on pages with the
 * reminder form, where the inline precheck found stored reminders (`data-reminders`), or when
 * another tab stores one. Pages of readers who never set a reminder load only these few bytes.
 */
const load = () => void import('./notice.client');

if (document.querySelector('eis-reminder, eis-expiry-notice[data-reminders]')) {
  load();
} else {
  const onStorage = (event: StorageEvent) => {
    if (!event.key?.startsWith('eis:')) return;
    window.removeEventListener('storage', onStorage);
    load();
  };
  window.addEventListener('storage', onStorage);
}
