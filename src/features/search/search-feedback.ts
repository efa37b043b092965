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

/** What the dialog knows of a query besides its text. */
export interface QueryContext {
  /** The query as the engine read it (layout and typos corrected): judged as well. */
  understood?: string;
  /** Whether a word (lower case, «ё» as «е», no punctuation) is one of the site's own. */
  known?: (word: string) => boolean;
}

const squeezed = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 4 * MAX_FEEDBACK_QUERY);
const bare = (word: string) =>
  word
    .replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е');

/**
 * The query with every word that looks like a password, token or identifier left out: a word the
 * guard would refuse, or would ask a reader about before saving («Masha12», «qwer1234»), since
 * nobody can be asked here (no reader question of the search corpora has such a word); when the
 * query as a whole holds a secret, every word with a Latin letter or a digit; and when the guard
 * would ask about the query as a whole, every word that is not the site's own.
 */
export function cleanQuery(query: string, context: QueryContext = {}): string {
  if (typeof query !== 'string') return '';
  const cut = squeezed(query);
  if (!cut) return '';
  // Judged as typed and as the engine read it: «Gfhjkm: rjnbr» is «пароль: котик».
  const forms = [cut];
  if (typeof context.understood === 'string' && squeezed(context.understood))
    forms.push(squeezed(context.understood));
  // Secrets can span words: a GUID typed in groups («3f2504e0 4f89 11d3 …»), a login and its
  // password («login ivanov password Qw12xz9»). Dropping only the words that look like one alone
  // would send the rest of it, so when the guard refuses the query as a whole, every word with a
  // Latin letter or a digit goes too: «токен 3f2504e0 4f89 … истёк» sends «токен истёк».
  const verdicts = forms.map((form) => judgeLabel(form).verdict);
  const whole = verdicts.includes('secret');
  // A pair the guard would ask a reader about («petrova_ea солнышко», «Пароль: котик»): the value
  // may be an ordinary Russian word, so only the site's own words stay («пароль»); nothing without
  // the site's words to tell them.
  const doubtful = !whole && verdicts.includes('doubt');
  const kept = cut
    .split(' ')
    .filter(
      (w) =>
        judgeLabel(w).verdict === 'ok' &&
        !(whole && /[A-Za-z\d]/.test(w)) &&
        !(doubtful && !context.known?.(bare(w))),
    );
  const text = kept.join(' ');
  if (findSecret(text) !== undefined) return '';
  return text.slice(0, MAX_FEEDBACK_QUERY);
}

/**
 * The page's path as sent: the address of a page that does not exist can hold anything a reader
 * pasted into it («/connect/token=d3b07384-…/»), so a path the guard would not pass goes as
 * `<base>404`.
 */
export function cleanPage(base: string, page: string): string {
  const path = typeof page === 'string' ? page.slice(0, 200) : '';
  let words = path;
  try {
    words = decodeURIComponent(path);
  } catch {
    // A broken escape: judged as it is.
  }
  const parts = words.split(/[/?#&=;]+/).filter(Boolean);
  return parts.every((part) => judgeLabel(part).verdict === 'ok') &&
    judgeLabel(parts.join(' ')).verdict === 'ok'
    ? path
    : `${base}404`;
}

/** The beacon's URL, in the query string (nginx logs $args; a body would not be logged). */
export function feedbackUrl(
  base: string,
  kind: FeedbackKind,
  query: string,
  page: string,
  context: QueryContext = {},
): string | undefined {
  const q = cleanQuery(query, context);
  if (kind === 'nothing' && !q) return undefined;
  const params = new URLSearchParams({ k: kind, q, p: cleanPage(base, page) });
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
