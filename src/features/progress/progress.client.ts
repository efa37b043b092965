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
import { obj, opt, str, type Infer } from '../../lib/island-schema';
import {
  guidesSchema,
  kindsSchema,
  knownSchema,
  renamedSchema,
} from '../../lib/island-slices-tools';
import { hasPlan } from '../../lib/storage/stored';
import { bindConfirm } from '../../lib/confirm';
import type { Progress } from './progress-file';
import type { Change } from './progress-store';
import type { ProgressHost } from './progress-actions';
import { hasOrgs, loadOrgs } from '../orgs/load';

// The reader's organisations: the switcher and the matrix (src/features/orgs).
loadOrgs();

/** Export, import, undo and reset live in their own chunk, loaded when the reader uses them. */
const orgsPanel = () => import('../orgs/orgs-panel');
const actions = () => import('./progress-actions');

const progressData = obj({
  known: knownSchema,
  guides: guidesSchema,
  kinds: kindsSchema,
  startTitle: str,
  renamed: opt(renamedSchema),
});
type ProgressData = Infer<typeof progressData>;

/** <eis-progress>'s state, per element: «Отменить» outlives moving the element around. */
class ProgressIsland implements ProgressHost {
  pending: Progress | undefined;
  undo: Change[] | undefined;
  reading = 0;
  known: ProgressData['known'] = {};
  private guides: ProgressData['guides'] = {};
  kinds: ProgressData['kinds'] | undefined;
  startTitle = '';
  renamed: ProgressData['renamed'];

  constructor(readonly el: HTMLElement) {}

  connect(signal: AbortSignal, data: ProgressData): void {
    ({
      known: this.known,
      guides: this.guides,
      kinds: this.kinds,
      startTitle: this.startTitle,
      renamed: this.renamed,
    } = data);
    // Ticks of renamed step/checklist ids move to the new ids (only when the site has renames).
    const renamed = this.renamed;
    if (renamed) void import('../checklist/renamed-ticks').then((m) => m.moveRenamedTicks(renamed));
    this.el.addEventListener('click', (e) => this.onClick(e), { signal });
    // The organisations' list and matrix: at once for a reader who has added one, else on use.
    if (hasOrgs()) void this.orgs();
    const reset = this.el.querySelector<HTMLButtonElement>('button[data-action="reset"]');
    const confirm = this.el.querySelector<HTMLElement>('.eis-progress__confirm');
    if (reset && confirm) {
      bindConfirm(reset, confirm, async () => (await actions()).reset(this), signal);
    }
    this.el.querySelector<HTMLInputElement>('input[data-action="import"]')?.addEventListener(
      'change',
      (e) => {
        const input = e.currentTarget as HTMLInputElement;
        const file = input.files?.[0];
        if (file)
          void actions()
            .then((a) => a.read(this, file))
            .finally(() => (input.value = ''));
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
          void import('../plan/status-view-lazy').then(({ fillStatus }) =>
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

  /**
   * An import may have added the first organisation («Добавить как новую организацию»): the
   * «Организации» list and the header's switcher load now, as on a visit that finds them.
   */
  orgsChanged(): void {
    if (!hasOrgs()) return;
    void this.orgs();
    loadOrgs();
  }

  /** The «Организации» section's panel (src/features/orgs/orgs-panel.ts), mounted once. */
  private async orgs() {
    const section = this.el.querySelector<HTMLElement>('.eis-orgs');
    const m = await orgsPanel();
    return section
      ? m.orgsPanel(section, {
          guides: this.guides,
          kinds: this.kinds,
          base: this.el.dataset['base'] ?? '/',
        })
      : undefined;
  }

  private onClick(event: Event): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    const action = button?.dataset['action'];
    // The first «Добавить организацию» loads the panel, which then handles its own clicks.
    if (action === 'org-add' && !hasOrgs()) {
      void this.orgs().then((panel) => panel?.act('org-add', ''));
      return;
    }
    const pending = this.pending;
    const undo = this.undo;
    if (action === 'export') void actions().then((a) => a.download(this));
    else if ((action === 'merge' || action === 'replace') && pending)
      void actions().then((a) => a.apply(this, pending, action));
    else if (action === 'cancel-import')
      void actions().then((a) => a.closePreview(this, 'Загрузка отменена.'));
    else if (action === 'undo' && undo) {
      this.undo = undefined;
      void actions().then((a) => a.restore(this, undo));
    }
  }

  say(message: string): void {
    this.error('');
    const el = this.el.querySelector('.eis-progress__message');
    if (el) el.textContent = message;
  }

  error(message: string): void {
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
