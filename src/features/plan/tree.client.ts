/**
 * <eis-tree>: one question at a time over the server-rendered fieldsets. Answers live in the URL
 * query (bookmarkable; the browser's back button steps back through the questions).
 *
 * The reader's saved plan (`$plan`, shown in «Мой прогресс») is never overwritten silently:
 * finishing the questions saves the plan only when no other plan is saved; a plan opened from a
 * link (a colleague's `?need=…`) or a different plan is saved only by «Сделать этим планом»,
 * and «Вернуть прежний план» restores the one it replaced.
 */
import {
  answersFromQuery,
  answersToQuery,
  isNeed,
  isRisAnswer,
  nextStep,
  stepBack,
  type Answers,
} from './tree';
import { $plan, $ticks, savePlan } from '../../lib/storage/stores';
import { hasPlan } from '../../lib/storage/stored';
import { $storageIssue, STORAGE_NOTICE } from '../../lib/storage/persist';
import type { GuideTable } from '../../site/guide-keys';
import { defineIsland, untilAbort } from '../../lib/island';
import { obj, str } from '../../lib/island-schema';
import { guidesSchema } from '../../lib/island-slices-tools';
/** «У меня уже есть логин и пароль»: needed only where a plan or the resume block is shown. */
const credentials = () => import('./credentials-lazy');

const samePlan = (a: Answers, b: Answers) => answersToQuery(a) === answersToQuery(b);

/** <eis-tree>'s state, per element: the plan «Вернуть прежний план» restores outlives a move. */
class TreeIsland {
  private answers: Answers = {};
  /** The plan replaced by «Сделать этим планом», for «Вернуть прежний план» (this page view only). */
  private replaced: Answers | undefined;
  /** This connection's signal, and the one whose connection follows the credentials flag. */
  private signal: AbortSignal | undefined;
  private followed: AbortSignal | undefined;

  /** The credentials flag, loaded with the first plan or resume block; then followed. */
  private async credentials() {
    const c = await credentials();
    const signal = this.signal;
    if (signal && signal !== this.followed && !signal.aborted) {
      this.followed = signal;
      untilAbort(
        signal,
        c.$hasCredentials.listen(() => this.renderPlan()),
      );
    }
    return c;
  }

  /** «Изменить ответы» was pressed: the resume block stays closed for this page view. */
  private resumeClosed = false;
  /** «Мой прогресс» by its page's title (the page data blob, from the site model). */
  progressTitle = '';

  constructor(
    private readonly el: HTMLElement,
    /** Titles, links and checklists of the guides, from the MDX (the page's data blob). */
    private guides: GuideTable,
  ) {}

  connect(signal: AbortSignal, guides: GuideTable): void {
    this.guides = guides;
    this.el.addEventListener(
      'click',
      (event) => {
        const target = (event.target as HTMLElement).closest('button');
        if (!target) return;
        if (target.hasAttribute('data-next')) this.answer();
        if (target.hasAttribute('data-back')) this.go(stepBack(this.answers));
        if (target.hasAttribute('data-restart')) this.go({});
        if (target.hasAttribute('data-adopt')) this.adopt();
        if (target.hasAttribute('data-undo-adopt')) this.undoAdopt();
        if (target.hasAttribute('data-change')) this.changeAnswers();
      },
      { signal },
    );
    // Enter on an answer moves on, as «Далее» does (there is no form to submit).
    this.el.addEventListener(
      'keydown',
      (event) => {
        const target = event.target as HTMLElement;
        if (event.key === 'Enter' && target.matches('.eis-tree__q input')) {
          event.preventDefault();
          this.answer();
        }
      },
      { signal },
    );
    window.addEventListener(
      'popstate',
      () => this.show(answersFromQuery(location.search), true, false),
      { signal },
    );
    this.signal = signal;
    untilAbort(
      signal,
      $ticks.subscribe(() => this.renderPlan()),
      $plan.subscribe(() => this.renderSaved()),
      $ticks.listen(() => this.renderResume()),
      $plan.listen(() => this.renderResume()),
      $storageIssue.subscribe(() => this.renderSaved()),
    );
    this.show(answersFromQuery(location.search), false, false);
    // A returning reader with a saved plan and no answers in the URL: «Ваш план: шаг N из M».
    if (!answersFromQuery(location.search).needs && hasPlan($plan.get())) this.renderResume(true);
    else this.el.removeAttribute('data-resume');
    // Ready: the controls work from now on.
    this.el
      .querySelectorAll<HTMLFieldSetElement | HTMLButtonElement>('.eis-tree__q, [data-next]')
      .forEach((el) => (el.disabled = false));
  }

  /** Read the current question's inputs and move on. */
  private answer(): void {
    const q = nextStep(this.answers);
    const fieldset = q && this.el.querySelector<HTMLFieldSetElement>(`fieldset[data-q="${q.id}"]`);
    if (!q || !fieldset) return;
    const checked = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map(
      (i) => i.value,
    );
    const error = this.el.querySelector('.eis-tree__error');
    if (checked.length === 0) {
      if (error)
        error.textContent = q.multiple ? 'Отметьте хотя бы один вариант.' : 'Выберите ответ.';
      return;
    }
    if (error) error.textContent = '';
    const value = checked[0];
    let next: Answers;
    if (q.id === 'needs') next = { ...this.answers, needs: checked.filter(isNeed) };
    else if (q.id === 'ris') next = { ...this.answers, ris: isRisAnswer(value) ? value : 'no' };
    else next = { ...this.answers, roles: isRisAnswer(value) ? value : 'no' };
    this.go(next);
  }

  /** The reader's own step: a new history entry, and the plan may be saved. */
  private go(answers: Answers): void {
    const url = `${location.pathname}${answersToQuery(answers)}${location.hash}`;
    history.pushState(null, '', url);
    this.show(answers, true, true);
  }

  private show(answers: Answers, moveFocus: boolean, own: boolean): void {
    this.answers = answers;
    const current = nextStep(answers);
    const error = this.el.querySelector('.eis-tree__error');
    if (error) error.textContent = '';
    for (const fieldset of this.el.querySelectorAll<HTMLFieldSetElement>('fieldset[data-q]')) {
      const id = fieldset.dataset['q'];
      fieldset.hidden = id !== current?.id;
      // Reflect known answers in the inputs (for «Назад» and URLs).
      const value = id === 'needs' ? (answers.needs ?? []) : [answers[id as 'ris' | 'roles'] ?? ''];
      fieldset
        .querySelectorAll<HTMLInputElement>('input')
        .forEach((i) => (i.checked = value.includes(i.value)));
    }
    const form = this.el.querySelector<HTMLElement>('.eis-tree__form');
    const result = this.el.querySelector<HTMLElement>('.eis-tree__result');
    if (form) form.hidden = !current;
    if (result) result.hidden = Boolean(current);
    const first = current?.id === 'needs';
    form
      ?.querySelectorAll<HTMLButtonElement>('[data-back], [data-restart]')
      .forEach((b) => (b.hidden = first));
    if (!current) {
      // Finishing the questions saves the plan only where nothing would be overwritten.
      if (own && !hasPlan($plan.get())) savePlan(answers);
      this.renderPlan();
    }
    this.renderSaved();
    if (moveFocus) {
      const target = current
        ? this.el.querySelector<HTMLElement>(`fieldset[data-q="${current.id}"] legend`)
        : result?.querySelector<HTMLElement>('h3');
      target?.focus();
      // Back and Forward: the browser restores the scroll after this, and the focused question
      // ended above the screen (an audit of round 29); brought into view once that is done.
      if (!own && target) requestAnimationFrame(() => target.scrollIntoView({ block: 'nearest' }));
    }
  }

  /** Fill the resume block (resume-view.ts) while it is shown. */
  private renderResume(initial = false): void {
    const el = this.el;
    if (this.resumeClosed || (!initial && !el.hasAttribute('data-resume'))) return;
    void Promise.all([import('./resume-view'), this.credentials()]).then(
      ([{ renderResume }, c]) => {
        if (this.resumeClosed) return;
        const context = { hasCredentials: c.$hasCredentials.get() };
        const base = el.dataset['base'] ?? '/';
        renderResume(el, $plan.get(), this.guides, $ticks.get(), base, context);
        el.querySelector<HTMLButtonElement>('[data-change]')?.removeAttribute('disabled');
      },
    );
  }

  /** «Изменить ответы»: the questions; the saved plan stays until a new one is saved. */
  private changeAnswers(): void {
    this.resumeClosed = true;
    void import('./resume-view').then(({ closeResume }) => closeResume(this.el, $plan.get()));
  }

  private adopt(): void {
    const saved = $plan.get();
    this.replaced = hasPlan(saved) ? saved : undefined;
    savePlan(this.answers);
    this.renderSaved();
    this.el.querySelector<HTMLElement>('.eis-tree__saved')?.focus();
  }

  private undoAdopt(): void {
    if (!this.replaced) return;
    savePlan(this.replaced);
    this.replaced = undefined;
    this.renderSaved();
    this.el.querySelector<HTMLElement>('.eis-tree__saved')?.focus();
  }

  /** Whether the shown plan is the saved one, the buttons to change that, and the storage notice. */
  private renderSaved(): void {
    const status = this.el.querySelector<HTMLElement>('.eis-tree__saved');
    const notice = this.el.querySelector<HTMLElement>('.eis-tree__notice');
    const adopt = this.el.querySelector<HTMLButtonElement>('[data-adopt]');
    const undo = this.el.querySelector<HTMLButtonElement>('[data-undo-adopt]');
    const finished = !nextStep(this.answers);
    const saved = $plan.get();
    const same = finished && samePlan(saved, this.answers);
    const issue = $storageIssue.get();
    if (adopt) adopt.hidden = !finished || same;
    if (undo) undo.hidden = !finished || !same || !this.replaced;
    if (notice) notice.textContent = finished && issue ? STORAGE_NOTICE : '';
    if (!status) return;
    const progress = this.progressTitle;
    status.setAttribute('tabindex', '-1');
    if (!finished) status.textContent = '';
    else if (same)
      status.textContent = issue
        ? 'Это ваш план.'
        : `Это ваш сохранённый план: он виден и на странице «${progress}».`;
    else if (hasPlan(saved))
      status.textContent =
        'В этом браузере сохранён другой ваш план. Он останется как есть, пока вы не нажмёте «Сделать этим планом».';
    else
      status.textContent = `Этот план не сохранён. Чтобы он был виден на странице «${progress}», нажмите «Сделать этим планом».`;
  }

  private renderPlan(): void {
    const list = this.el.querySelector('.eis-tree__plan');
    if (!list || nextStep(this.answers)) return;
    const answers = this.answers;
    // The plan texts load when the questions are done.
    void Promise.all([import('./plan-view'), this.credentials()]).then(([{ renderPlan }, c]) => {
      if (answers !== this.answers) return;
      renderPlan(list, answers, this.guides, $ticks.get(), this.el.dataset['base'] ?? '/', {
        hasCredentials: c.$hasCredentials.get(),
      });
    });
  }
}

const islands = new WeakMap<HTMLElement, TreeIsland>();

/** The page data this island reads (checked by defineIsland). */
const pageSlices = obj({ guides: guidesSchema, progressTitle: str });

defineIsland('eis-tree', {
  data: pageSlices,
  writes: true,
  connect(el, { signal, data }) {
    let island = islands.get(el);
    if (!island) islands.set(el, (island = new TreeIsland(el, data.guides)));
    island.progressTitle = data.progressTitle;
    island.connect(signal, data.guides);
    // Two or more organisations (tree-resume.inline.ts): «Вы отмечаете для: …» above the questions.
    if (el.hasAttribute('data-orgs')) void import('../orgs/boot');
  },
});
