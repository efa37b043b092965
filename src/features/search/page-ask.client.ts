/**
 * «Нашли ответ?» under a page (PageAsk.astro), in a chunk of its own loaded after the page: shows
 * itself and, on «Нет», sends the page's address as feedback (search-feedback.ts: same origin,
 * `navigator.sendBeacon`, no cookies, no query). One answer per page view: the chosen button is
 * marked pressed, another click sends nothing more, and the thanks is said in the status line.
 * The buttons stay enabled, so keyboard focus stays where it was.
 */
import { defineIsland } from '../../lib/island';
import { feedbackUrl, send } from './search-feedback';
import { markUpdatedLine, sinceDay } from '../changes/since-loader';

// Pages with change notes all carry this question: on those without a checklist (whose island
// marks the line and the steps, since-marks.ts), «изменено после вашего прошлого визита» is
// marked from here.
if (!document.querySelector('eis-checklist')) markUpdatedLine(sinceDay());

// Not `load: 'near'`: a hidden element never intersects the viewport, so it would never show.
defineIsland('eis-page-ask', {
  connect(el, { signal }) {
    let answered = false;
    el.hidden = false;
    el.addEventListener(
      'click',
      (e) => {
        const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-answer]');
        if (!button || answered) return;
        answered = true;
        const answer = button.dataset.answer === 'no' ? 'no' : 'yes';
        if (answer === 'no') {
          send(feedbackUrl(import.meta.env.BASE_URL, 'unhelpful', '', location.pathname));
        }
        button.setAttribute('aria-pressed', 'true');
        const say = el.querySelector<HTMLTemplateElement>(`template[data-say="${answer}"]`);
        const thanks = el.querySelector('[data-thanks]');
        if (thanks && say) thanks.textContent = say.content.textContent;
      },
      { signal },
    );
  },
});
