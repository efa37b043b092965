/**
 * <eis-progress>: fills in «N из M» and statuses from `$ticks`, shows the saved plan, and handles
 * «Скачать прогресс», «Загрузить» (validated; a bad file changes nothing) and «Сбросить всё».
 */
import { $plan, $reminders, $ticks, resetAll } from '../shared/stores';
import { $storageIssue, STORAGE_NOTICE } from '../shared/persist';
import { STATUS_LABELS, countDone, progressStatus } from '../../lib/checklist-scan';
import { MAX_IMPORT_BYTES, buildExport, parseImport } from '../../lib/stored';
import { planFor } from '../../lib/tree';
import { planItem } from '../shared/plan-item';
import { bindConfirm } from '../shared/confirm';

export class EisProgress extends HTMLElement {
  #off: (() => void)[] = [];
  #known: Record<string, string[]> = {};

  connectedCallback(): void {
    try {
      this.#known = JSON.parse(this.dataset['known'] ?? '{}') as Record<string, string[]>;
    } catch {
      this.#known = {};
    }
    this.addEventListener('click', (e) => this.#onClick(e));
    const reset = this.querySelector<HTMLButtonElement>('button[data-action="reset"]');
    const confirm = this.querySelector<HTMLElement>('.eis-progress__confirm');
    if (reset && confirm) {
      bindConfirm(reset, confirm, () => {
        resetAll();
        this.#say('Все отметки сняты, план забыт.');
      });
    }
    this.querySelector<HTMLInputElement>('input[data-action="import"]')?.addEventListener(
      'change',
      (e) => {
        const input = e.currentTarget as HTMLInputElement;
        const file = input.files?.[0];
        if (file) void this.#import(file).finally(() => (input.value = ''));
      },
    );
    this.#off.push(
      $ticks.subscribe(() => this.#render()),
      $plan.subscribe(() => this.#renderPlan()),
      $storageIssue.subscribe((issue) => issue && this.#say(STORAGE_NOTICE)),
    );
  }

  disconnectedCallback(): void {
    this.#off.forEach((off) => off());
    this.#off = [];
  }

  #render(): void {
    const ticks = $ticks.get();
    for (const item of this.querySelectorAll<HTMLElement>('[data-checklist]')) {
      const id = item.dataset['checklist'] ?? '';
      const steps = this.#known[id] ?? [];
      const done = countDone(steps, ticks[id]);
      const status = progressStatus(done, steps.length);
      const count = item.querySelector('.eis-progress__count');
      if (count) count.textContent = `${done} из ${steps.length}`;
      const badge = item.querySelector<HTMLElement>('.eis-progress__status');
      if (badge) {
        badge.dataset['status'] = status;
        badge.textContent = STATUS_LABELS[status];
      }
    }
    this.#renderPlan();
  }

  #renderPlan(): void {
    const section = this.querySelector<HTMLElement>('.eis-progress__plan');
    const list = this.querySelector('.eis-progress__plan-list');
    if (!section || !list) return;
    const plan = planFor($plan.get());
    section.hidden = plan.length === 0;
    const base = this.dataset['base'] ?? '/';
    const ticks = $ticks.get();
    list.replaceChildren(...plan.map((g) => planItem(g, this.#known, ticks, base)));
  }

  #onClick(event: Event): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (button?.dataset['action'] === 'export') this.#export();
  }

  #export(): void {
    const data = buildExport(
      { ticks: $ticks.get(), plan: $plan.get(), reminders: $reminders.get() },
      new Date(),
    );
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = `eis-progress-${data.exported.slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.#say('Файл с прогрессом скачан.');
  }

  async #import(file: File): Promise<void> {
    const error = this.querySelector('.eis-progress__error');
    if (error) error.textContent = '';
    const result =
      file.size > MAX_IMPORT_BYTES
        ? ({
            ok: false,
            error: 'Файл слишком большой: это не файл прогресса этого сайта.',
          } as const)
        : parseImport(await file.text(), this.#known);
    if (!result.ok) {
      if (error)
        error.textContent = `Не удалось загрузить: ${result.error} Текущий прогресс не изменён.`;
      return;
    }
    $ticks.set(result.ticks);
    $plan.set(result.plan);
    if (result.reminders.length) $reminders.set(result.reminders);
    const skipped = result.ignored
      ? ` Пропущено отметок неизвестных шагов: ${result.ignored}.`
      : '';
    this.#say(`Прогресс загружен.${skipped}`);
  }

  #say(message: string): void {
    const el = this.querySelector('.eis-progress__message');
    if (el) el.textContent = message;
  }
}

if (!customElements.get('eis-progress')) customElements.define('eis-progress', EisProgress);
