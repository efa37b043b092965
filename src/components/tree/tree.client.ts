/**
 * <eis-tree>: one question at a time over the server-rendered fieldsets. Answers live in the URL
 * query (bookmarkable; the browser's back button steps back through the questions) and the
 * finished plan is saved to `$plan` for «Мой прогресс».
 */
import {
  answersFromQuery,
  answersToQuery,
  isNeed,
  nextQuestion,
  planFor,
  stepBack,
  type Answers,
} from '../../lib/tree';
import { $ticks, savePlan } from '../shared/stores';
import { planItem } from '../shared/plan-item';

export class EisTree extends HTMLElement {
  #answers: Answers = {};
  #steps: Record<string, string[]> = {};
  #off?: () => void;
  #onPop = () => this.#show(answersFromQuery(location.search), true);

  connectedCallback(): void {
    try {
      this.#steps = JSON.parse(this.dataset['steps'] ?? '{}') as Record<string, string[]>;
    } catch {
      this.#steps = {};
    }
    const form = this.querySelector<HTMLFormElement>('form');
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#answer();
    });
    this.addEventListener('click', (event) => {
      const target = (event.target as HTMLElement).closest('button');
      if (target?.hasAttribute('data-back')) this.#go(stepBack(this.#answers));
      if (target?.hasAttribute('data-restart')) this.#go({});
    });
    window.addEventListener('popstate', this.#onPop);
    this.#off = $ticks.subscribe(() => this.#renderPlan());
    this.#show(answersFromQuery(location.search), false);
  }

  disconnectedCallback(): void {
    window.removeEventListener('popstate', this.#onPop);
    this.#off?.();
  }

  /** Read the current question's inputs and move on. */
  #answer(): void {
    const q = nextQuestion(this.#answers);
    const fieldset = q && this.querySelector<HTMLFieldSetElement>(`fieldset[data-q="${q.id}"]`);
    if (!q || !fieldset) return;
    const checked = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map(
      (i) => i.value,
    );
    const error = this.querySelector('.eis-tree__error');
    const help = fieldset.querySelector<HTMLElement>('.eis-tree__help');
    if (checked.length === 0) {
      if (error)
        error.textContent = q.multiple ? 'Отметьте хотя бы один вариант.' : 'Выберите ответ.';
      return;
    }
    if (error) error.textContent = '';
    if (checked[0] === 'unknown') {
      // «Не знаю»: explain how to find out, then ask the same question again.
      if (help) help.hidden = false;
      fieldset.querySelectorAll<HTMLInputElement>('input').forEach((i) => (i.checked = false));
      help?.setAttribute('tabindex', '-1');
      help?.focus();
      return;
    }
    if (help) help.hidden = true;
    const next: Answers =
      q.id === 'needs'
        ? { ...this.#answers, needs: checked.filter(isNeed) }
        : { ...this.#answers, [q.id]: checked[0] === 'yes' ? 'yes' : 'no' };
    this.#go(next);
  }

  #go(answers: Answers): void {
    const url = `${location.pathname}${answersToQuery(answers)}${location.hash}`;
    history.pushState(null, '', url);
    this.#show(answers, true);
  }

  #show(answers: Answers, moveFocus: boolean): void {
    this.#answers = answers;
    const current = nextQuestion(answers);
    const error = this.querySelector('.eis-tree__error');
    if (error) error.textContent = '';
    for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-q]')) {
      const id = fieldset.dataset['q'];
      fieldset.hidden = id !== current?.id;
      // Reflect known answers in the inputs (for «Назад» and URLs).
      const value = id === 'needs' ? (answers.needs ?? []) : [answers[id as 'ris' | 'roles'] ?? ''];
      fieldset
        .querySelectorAll<HTMLInputElement>('input')
        .forEach((i) => (i.checked = value.includes(i.value)));
      const help = fieldset.querySelector<HTMLElement>('.eis-tree__help');
      if (help) help.hidden = true;
    }
    const form = this.querySelector<HTMLFormElement>('form');
    const result = this.querySelector<HTMLElement>('.eis-tree__result');
    if (form) form.hidden = !current;
    if (result) result.hidden = Boolean(current);
    const first = current?.id === 'needs';
    form
      ?.querySelectorAll<HTMLButtonElement>('[data-back], [data-restart]')
      .forEach((b) => (b.hidden = first));
    if (!current) {
      savePlan(answers);
      this.#renderPlan();
    }
    if (moveFocus) {
      const target = current
        ? this.querySelector<HTMLElement>(`fieldset[data-q="${current.id}"] legend`)
        : result?.querySelector<HTMLElement>('h3');
      target?.focus();
    }
  }

  #renderPlan(): void {
    const list = this.querySelector('.eis-tree__plan');
    if (!list || nextQuestion(this.#answers)) return;
    const ticks = $ticks.get();
    const base = this.dataset['base'] ?? '/';
    list.replaceChildren(
      ...planFor(this.#answers).map((g) => planItem(g, this.#steps, ticks, base)),
    );
  }
}

if (!customElements.get('eis-tree')) customElements.define('eis-tree', EisTree);
