/**
 * The feedback beacon: when a query finds nothing, or a reader answers «Нет» to «Нашли ответ?»,
 * the page sends one `navigator.sendBeacon` to its own origin, `<base>_feedback`, with the query
 * (cleaned by the secret guard first) and the page's path, and nothing else: no cookies
 * (`credentials` are not sent by a beacon to a path that sets none, and the server sets none),
 * no identifiers, no time of its own. deploy/nginx.conf answers 204 and writes it to a log of its
 * own without the IP address; `npm run report:feedback -- <log>` sums it up.
 * Pure but for send(): the body is built and checked without a browser.
 */
import { findSecret, judgeLabel } from '../../lib/secret-guard';

export type FeedbackKind = 'nothing' | 'unhelpful';

/** Characters of a query sent at most. */
export const MAX_FEEDBACK_QUERY = 120;

/**
 * The query with every word that looks like a password, token or identifier left out: a word the
 * guard would refuse, or would ask a reader about before saving («Masha12», «qwer1234»), since
 * nobody can be asked here (no reader question of the search corpora has such a word); and, when
 * the query as a whole holds a secret, every word with a Latin letter or a digit.
 */
export function cleanQuery(query: string): string {
  if (typeof query !== 'string') return '';
  const cut = query
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 4 * MAX_FEEDBACK_QUERY);
  if (!cut) return '';
  // Secrets can span words: a GUID typed in groups («3f2504e0 4f89 11d3 …»), a login and its
  // password («login ivanov password Qw12xz9»). Dropping only the words that look like one alone
  // would send the rest of it, so when the guard refuses the query as a whole, every word with a
  // Latin letter or a digit goes too: «токен 3f2504e0 4f89 … истёк» sends «токен истёк».
  const whole = findSecret(cut) !== undefined;
  const kept = cut
    .split(' ')
    .filter((w) => judgeLabel(w).verdict === 'ok' && !(whole && /[A-Za-z\d]/.test(w)));
  const text = kept.join(' ');
  if (findSecret(text) !== undefined) return '';
  return text.slice(0, MAX_FEEDBACK_QUERY);
}

/** The beacon's URL, in the query string (nginx logs $args; a body would not be logged). */
export function feedbackUrl(
  base: string,
  kind: FeedbackKind,
  query: string,
  page: string,
): string | undefined {
  const q = cleanQuery(query);
  if (kind === 'nothing' && !q) return undefined;
  const params = new URLSearchParams({ k: kind, q, p: page.slice(0, 200) });
  return `${base}_feedback?${params.toString()}`;
}

/** Send it; never throws, never blocks (a blocked beacon is simply not sent). */
export function send(url: string | undefined): boolean {
  if (!url || typeof navigator === 'undefined' || !navigator.sendBeacon) return false;
  try {
    return navigator.sendBeacon(url);
  } catch {
    return false;
  }
}
