/**
 * `$today`: the reader's local date, which moves on at local midnight while the page is open and
 * is checked again whenever the page comes back from the background or the back/forward cache.
 * Day counts and the expiry notice subscribe to it.
 */
import { atom } from 'nanostores';
import { localDate, msUntilNextLocalDay, toIsoDate } from './dates';

const isoToday = () => toIsoDate(localDate(new Date()));

/** YYYY-MM-DD of the reader's local day. */
export const $today = atom(isoToday());

let timer: ReturnType<typeof setTimeout> | undefined;

function refresh(): void {
  const today = isoToday();
  if ($today.get() !== today) $today.set(today);
  clearTimeout(timer);
  timer = setTimeout(refresh, msUntilNextLocalDay(new Date()));
}

if (typeof document !== 'undefined') {
  refresh();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') refresh();
  });
  window.addEventListener('pageshow', refresh);
  window.addEventListener('focus', refresh);
}
