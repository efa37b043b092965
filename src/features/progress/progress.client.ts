/**
 * <eis-progress>: fills in «N из M» and statuses from `$ticks`, shows the saved plan, and handles
 * «Скачать прогресс», «Загрузить» and «Сбросить всё». Loading a file never erases anything by
 * itself: it shows a preview first, «Объединить» is the default and «Заменить» the explicit
 * second choice; after any import or reset «Отменить» brings back the state from just before.
 */
import { $plan, $ticks } from '../../lib/storage/stores';
import { $storageIssue, STORAGE_NOTICE } from '../../lib/storage/persist';
import { STATUS_LABELS, countDone, guideStatus, progressStatus } from '../plan/status';
import { fillStatus } from '../plan/status-view';
import { $hasCredentials } from '../plan/credentials';
import type { GuideTable } from '../../site/guide-keys';
import { readData } from '../../lib/island-data';
import { kindTable } from '../reminders/expiry';
import { hasPlan } from '../../lib/storage/stored';
import { bindConfirm } from '../../lib/confirm';
import type { Progress } from './progress-file';

/** Export and import live in their own chunk, loaded when the reader uses them. */
const io = () => import('./progress-io');

export class EisProgress extends HTMLElement {
  private abort: AbortController | undefined;
  private off: (() => void)[] = [];
  private known: Record<string, string[]> = {};
  private guides: GuideTable = {};
  /** What a loaded file holds, while its preview is shown. */
  private pending: Progress | undefined;
  /** The state before the last import or reset, for «Отменить» (this page view only). */
  private undo: Progress | undefined;

  connectedCallback(): void {
    this.known = readData<Record<string, string[]>>(this, 'known', {});
    this.guides = readData<GuideTable>(this, 'guides', {});
    // Ticks of renamed step/checklist ids move to the new ids (only when the site has renames).
    const renamed = this.dataset['renamed'];
    if (renamed) void import('../checklist/renamed-ticks').then((m) => m.moveRenamedTicks(renamed));
    this.abort?.abort();
    this.abort = new AbortController();
    const { signal } = this.abort;
    this.addEventListener('click', (e) => this.onClick(e), { signal });
    const reset = this.querySelector<HTMLButtonElement>('button[data-action="reset"]');
    const confirm = this.querySelector<HTMLElement>('.eis-progress__confirm');
    if (reset && confirm) {
      bindConfirm(
        reset,
        confirm,
        async () => {
          this.remember((await io()).resetAll());
          this.say('Все отметки сняты, план забыт.');
        },
        signal,
      );
    }
    this.querySelector<HTMLInputElement>('input[data-action="import"]')?.addEventListener(
      'change',
      (e) => {
        const input = e.currentTarget as HTMLInputElement;
        const file = input.files?.[0];
        if (file) void this.read(file).finally(() => (input.value = ''));
      },
      { signal },
    );
    this.off.push(
      $ticks.subscribe(() => this.render()),
      $hasCredentials.listen(() => this.render()),
      $plan.subscribe(() => this.renderPlan()),
      $storageIssue.subscribe((issue) => {
        const el = this.querySelector('.eis-progress__storage');
        if (el) el.textContent = issue ? STORAGE_NOTICE : '';
      }),
    );
    // The controls are disabled in the HTML until now: nothing looks ready before it works.
    this.querySelectorAll<HTMLButtonElement | HTMLInputElement>('[data-until-ready]').forEach(
      (el) => (el.disabled = false),
    );
  }

  disconnectedCallback(): void {
    this.abort?.abort();
    this.off.forEach((off) => off());
    this.off = [];
  }

  private render(): void {
    const ticks = $ticks.get();
    for (const item of this.querySelectorAll<HTMLElement>('[data-checklist]')) {
      const id = item.dataset['checklist'] ?? '';
      const steps = this.known[id] ?? [];
      const done = countDone(steps, ticks[id]);
      const task = guideStatus(item.dataset['guide'] ?? '', this.guides, ticks, {
        hasCredentials: $hasCredentials.get(),
      });
      const status = task?.status ?? progressStatus(done, steps.length);
      const count = item.querySelector('.eis-progress__count');
      if (count) count.textContent = `${done} из ${steps.length}`;
      const badge = item.querySelector<HTMLElement>('.eis-progress__status');
      if (badge) {
        badge.dataset['status'] = status;
        badge.hidden = status === 'blocked';
        if (status !== 'blocked') badge.textContent = STATUS_LABELS[status];
      }
      const blocked = item.querySelector<HTMLElement>('.eis-progress__blocked');
      if (blocked && task) {
        // The advice «Сначала: …» (or the reader's «логин и пароль уже есть») replaces the badge.
        const advice = status === 'blocked' || task.credentials === 'met-by-reader';
        blocked.hidden = !advice;
        if (badge) badge.hidden = advice;
        if (advice) fillStatus(blocked, task, this.guides, this.dataset['base'] ?? '/');
      }
    }
    this.renderPlan();
  }

  private renderPlan(): void {
    const section = this.querySelector<HTMLElement>('.eis-progress__plan');
    const list = this.querySelector('.eis-progress__plan-list');
    if (!section || !list) return;
    if (!hasPlan($plan.get())) {
      section.hidden = true;
      return;
    }
    // The plan texts load only for a reader who has a plan.
    void import('../plan/plan-view').then(({ renderPlan }) => {
      const count = renderPlan(
        list,
        $plan.get(),
        this.guides,
        $ticks.get(),
        this.dataset['base'] ?? '/',
        { hasCredentials: $hasCredentials.get() },
      );
      section.hidden = count === 0;
    });
  }

  private onClick(event: Event): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    const action = button?.dataset['action'];
    if (action === 'export') void this.export();
    else if (action === 'merge' || action === 'replace') void this.apply(action);
    else if (action === 'cancel-import') this.closePreview('Загрузка отменена.');
    else if (action === 'undo') void this.restore();
  }

  private async export(): Promise<void> {
    (await io()).exportProgress();
    this.say('Файл с прогрессом скачан.');
  }

  private async read(file: File): Promise<void> {
    this.error('');
    this.closePreview();
    const { readProgressFile } = await io();
    const result = await readProgressFile(file, this.known, readData(this, 'kinds', kindTable({})));
    if (!result.ok) return this.error(result.error);
    this.pending = result.progress;
    const preview = this.querySelector<HTMLElement>('.eis-progress__preview');
    if (!preview) return;
    preview.querySelector('.eis-progress__preview-text')!.textContent = result.description;
    const list = preview.querySelector('.eis-progress__preview-list')!;
    list.replaceChildren(
      ...result.reminderLines.map((line) => {
        const li = document.createElement('li');
        li.textContent = line;
        return li;
      }),
    );
    preview.hidden = false;
    preview.querySelector<HTMLButtonElement>('[data-action="merge"]')?.focus();
  }

  private async apply(how: 'merge' | 'replace'): Promise<void> {
    const incoming = this.pending;
    if (!incoming) return;
    const result = (await io()).applyImport(incoming, how);
    this.closePreview();
    if (!result.ok) return this.error(result.error);
    this.remember(result.before);
    this.say(
      how === 'merge'
        ? 'Прогресс из файла добавлен к вашему.'
        : 'Прогресс заменён содержимым файла.',
    );
  }

  private remember(before: Progress): void {
    this.undo = before;
    const undo = this.querySelector<HTMLButtonElement>('button[data-action="undo"]');
    if (undo) undo.hidden = false;
  }

  private async restore(): Promise<void> {
    const undo = this.undo;
    if (!undo) return;
    this.undo = undefined;
    (await io()).restoreProgress(undo);
    const button = this.querySelector<HTMLButtonElement>('button[data-action="undo"]');
    if (button) button.hidden = true;
    this.say('Вернули всё, как было.');
    this.querySelector<HTMLElement>('input[data-action="import"]')?.focus();
  }

  private closePreview(message?: string): void {
    this.pending = undefined;
    const preview = this.querySelector<HTMLElement>('.eis-progress__preview');
    if (preview && !preview.hidden) {
      preview.hidden = true;
      this.querySelector<HTMLElement>('input[data-action="import"]')?.focus();
    }
    if (message) this.say(message);
  }

  private say(message: string): void {
    this.error('');
    const el = this.querySelector('.eis-progress__message');
    if (el) el.textContent = message;
  }

  private error(message: string): void {
    const el = this.querySelector('.eis-progress__error');
    if (el) el.textContent = message;
    if (message) {
      const status = this.querySelector('.eis-progress__message');
      if (status) status.textContent = '';
    }
  }
}

if (!customElements.get('eis-progress')) customElements.define('eis-progress', EisProgress);
