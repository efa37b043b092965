/**
 * «изменено после вашего прошлого визита» on the «Обновлено» line of a page without a checklist
 * (the checklist's island loads since-marks.ts, which marks the line and the steps). Run by
 * page-ask.client.ts: every page with change notes carries «Нашли ответ?».
 *
 * Self-contained on purpose: importing persist.ts, keys.ts or since-marks.ts from this chunk makes
 * the bundler split the storage chunk every page loads (about 200 B more JS on every page).
 * since-loader.test.ts keeps the key and the words equal to LAST_VISIT_KEY and SINCE_TEXT.
 */
export const VISIT_KEY = 'eis:v1:last-visit';
export const SINCE_WORDS = 'изменено после вашего прошлого визита';

/**
 * The day of the visit before today's, which the inline visit record (visit-record.ts) kept in
 * `before`; nothing on a first visit, for a value of another shape or with blocked storage.
 */
export function sinceDay(): string | undefined {
  try {
    const before = (
      JSON.parse(localStorage.getItem(VISIT_KEY) ?? '') as { data?: { before?: unknown } }
    ).data?.before;
    return typeof before === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(before) ? before : undefined;
  } catch {
    return undefined;
  }
}

/** Marks the page's «Обновлено» line when its newest change is newer than `since` (same line). */
export function markUpdatedLine(since: string | undefined): void {
  const line = document.querySelector<HTMLElement>('.page-updated[data-changed]');
  if (!since || !line || !(line.dataset['changed']! > since)) return;
  if (line.querySelector('.page-updated__since')) return;
  const mark = document.createElement('span');
  mark.className = 'page-updated__since';
  mark.dataset['pagefindIgnore'] = '';
  mark.textContent = SINCE_WORDS;
  line.append(mark);
}
