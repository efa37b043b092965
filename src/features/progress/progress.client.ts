/**
 * <eis-progress>: fills in «N из M» and statuses from `$ticks`, shows the saved plan, and handles
 * «Скачать прогресс», «Загрузить» and «Сбросить всё». Loading a file never erases anything by
 * itself: it shows a preview first, «Объединить» is the default and «Заменить» the explicit
 * second choice; after any import or reset «Отменить» brings back the state from just before.
 */
import { $plan, $ticks } from '../../lib/storage/stores';
import { $storageIssue, STORAGE_NOTICE } from '../../lib/storage/persist';
import { STATUS_LABELS, countDone, guideStatus, progressStatus } from '../plan/status';
import { $hasCredentials } from '../plan/credentials';
import { defineIsland, untilAbort } from '../../lib/island';
import { obj, type Infer } from '../../lib/island-schema';
import { guidesSchema, kindsSchema, knownSchema } from '../../lib/island-slices';
import { hasPlan } from '../../lib/storage/stored';
import { bindConfirm } from '../../lib/confirm';
import type { Progress } from './progress-file';
import type { Change } from './progress-store';

/** Export and import live in their own chunk, loaded when the reader uses them. */
const io = () => import('./progress-io');

const progressData = obj({ known: knownSchema, guides: guidesSchema, kinds: kindsSchema });
type ProgressData = Infer<typeof progressData>;

/** <eis-progress>'s state, per element: «Отменить» outlives moving the element around. */
class ProgressIsland {
  /** What a loaded file holds, while its preview is shown. */
  private pending: Progress | undefined;
  /** The keys the last import or reset changed, for «Отменить» (this page view only). */
  private undo: Change[] | undefined;
  /** Counts file choices: a newer choice makes the older one's reading moot. */
  private reading = 0;
  private known: ProgressData['known'] = {};
  private guides: ProgressData['guides'] = {};
  private kinds: ProgressData['kinds'] | undefined;

  constructor(private readonly el: HTMLElement) {}

  connect(signal: AbortSignal, data: ProgressData): void {
    ({ known: this.known, guides: this.guides, kinds: this.kinds } = data);
    // Ticks of renamed step/checklist ids move to the new ids (only when the site has renames).
    const renamed = this.el.dataset['renamed'];
    if (renamed) void import('../checklist/renamed-ticks').then((m) => m.moveRenamedTicks(renamed));
    this.el.addEventListener('click', (e) => this.onClick(e), { signal });
    const reset = this.el.querySelector<HTMLButtonElement>('button[data-action="reset"]');
    const confirm = this.el.querySelector<HTMLElement>('.eis-progress__confirm');
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
    this.el.querySelector<HTMLInputElement>('input[data-action="import"]')?.addEventListener(
      'change',
      (e) => {
        const input = e.currentTarget as HTMLInputElement;
        const file = input.files?.[0];
        if (file) void this.read(file).finally(() => (input.value = ''));
      },
      { signal },
    );
    untilAbort(
      signal,
      $ticks.subscribe(() => this.render()),
      $hasCredentials.listen(() => this.render()),
      $plan.subscribe(() => this.renderPlan()),
      $storageIssue.subscribe((issue) => {
        const el = this.el.querySelector('.eis-progress__storage');
        if (el) el.textContent = issue ? STORAGE_NOTICE : '';
      }),
    );
    // The controls are disabled in the HTML ([data-until-ready]) until defineIsland enables them
    // after this: nothing looks ready before it works.
  }

  private render(): void {
    const ticks = $ticks.get();
    for (const item of this.el.querySelectorAll<HTMLElement>('[data-checklist]')) {
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
        // The advice and its button load only where a guide waits (status-view.ts, own chunk).
        if (advice)
          void import('../plan/status-view').then(({ fillStatus }) =>
            fillStatus(blocked, task, this.guides, this.el.dataset['base'] ?? '/'),
          );
      }
    }
    this.renderPlan();
  }

  private renderPlan(): void {
    const section = this.el.querySelector<HTMLElement>('.eis-progress__plan');
    const list = this.el.querySelector('.eis-progress__plan-list');
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
        this.el.dataset['base'] ?? '/',
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
    const turn = (this.reading += 1);
    this.error('');
    this.closePreview();
    const { readProgressFile } = await io();
    const result = await readProgressFile(
      file,
      this.known,
      this.kinds!,
      this.el.dataset['renamed'],
      this.el.dataset['startTitle'] ?? '',
    );
    // One file at a time: the reader chose another file meanwhile; that one's preview counts.
    if (turn !== this.reading) return;
    if (!result.ok) return this.error(result.error);
    this.pending = result.progress;
    const preview = this.el.querySelector<HTMLElement>('.eis-progress__preview');
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
    const { applyImport } = await io();
    // The preview may have changed while the chunk loaded: apply only what is shown now.
    if (this.pending !== incoming) return;
    const result = applyImport(incoming, how);
    this.closePreview();
    if (!result.ok) return this.error(result.error);
    this.remember(result.changes);
    this.say(result.message);
  }

  private remember(changes: Change[]): void {
    this.undo = changes;
    const undo = this.el.querySelector<HTMLButtonElement>('button[data-action="undo"]');
    if (undo) undo.hidden = false;
  }

  private async restore(): Promise<void> {
    const undo = this.undo;
    if (!undo) return;
    this.undo = undefined;
    const message = (await io()).restoreProgress(undo);
    const button = this.el.querySelector<HTMLButtonElement>('button[data-action="undo"]');
    if (button) button.hidden = true;
    this.say(message);
    this.el.querySelector<HTMLElement>('input[data-action="import"]')?.focus();
  }

  private closePreview(message?: string): void {
    this.pending = undefined;
    const preview = this.el.querySelector<HTMLElement>('.eis-progress__preview');
    if (preview && !preview.hidden) {
      preview.hidden = true;
      this.el.querySelector<HTMLElement>('input[data-action="import"]')?.focus();
    }
    if (message) this.say(message);
  }

  private say(message: string): void {
    this.error('');
    const el = this.el.querySelector('.eis-progress__message');
    if (el) el.textContent = message;
  }

  private error(message: string): void {
    const el = this.el.querySelector('.eis-progress__error');
    if (el) el.textContent = message;
    if (message) {
      const status = this.el.querySelector('.eis-progress__message');
      if (status) status.textContent = '';
    }
  }
}

const islands = new WeakMap<HTMLElement, ProgressIsland>();

defineIsland('eis-progress', {
  data: progressData,
  writes: true,
  connect(el, { signal, data }) {
    let island = islands.get(el);
    if (!island) islands.set(el, (island = new ProgressIsland(el)));
    island.connect(signal, data);
  },
});
