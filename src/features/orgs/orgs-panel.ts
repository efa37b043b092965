/**
 * «Мой прогресс» → «Организации»: the list (add, rename, remove with a question and «Вернуть»),
 * and with two or more organisations the matrix organisations × guides (same statuses as the
 * list of checklists; each cell links to the guide and makes that organisation this tab's), its
 * filter «у кого не выполнено: …», and every organisation's reminders sorted by date or by
 * organisation. Loaded by progress.client.ts only when the registry exists or on first use.
 */
import { loadOrgs } from './load';
import { RESET_QUESTION } from '../progress/reset-text';
import { $ticks } from '../../lib/storage/stores';
import type { Change } from '../../lib/storage/persist';
import { storageView } from './storage-view';
import { parseIsoDate, formatCalendarDate } from '../../lib/dates';
import { withBase } from '../../lib/base-path';
import { downloadText } from '../../lib/download';
import { STATUS_LABELS } from '../plan/status';
import type { GuideTable } from '../../site/guide-keys';
import type { KindTable } from '../reminders/expiry';
import {
  $activeOrg,
  $orgs,
  addOrganisation,
  orgName,
  removeOrganisation,
  renameOrganisation,
  switchOrg,
  undoRemove,
} from './org-store';
import { LIMIT_MESSAGE, MAX_ORGS, checkName } from './orgs';
import {
  filterRows,
  matrixGuides,
  matrixRows,
  readOrgs,
  sortedReminders,
  type ReminderSort,
} from './matrix';

export interface PanelData {
  guides: GuideTable;
  kinds: KindTable | undefined;
  base: string;
}

type Attrs = Record<string, string | boolean | undefined>;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  el.append(...children);
  return el;
}

class OrgsPanel {
  private undo: Change[] | undefined;
  private filter = '';
  private sort: ReminderSort = 'date';
  private pendingName: string | undefined;

  constructor(
    readonly root: HTMLElement,
    readonly data: PanelData,
  ) {}

  private q<T extends HTMLElement>(sel: string): T | null {
    return this.root.querySelector<T>(sel);
  }

  mount(): void {
    // With organisations, «Сбросить всё» resets this tab's: its question names it.
    const question = document.querySelector('.eis-progress__confirm span');
    if (question)
      question.textContent = (question.textContent ?? '').replace(
        RESET_QUESTION,
        `Снять все отметки организации «${orgName($activeOrg.get())}» и забыть её план?`,
      );
    $orgs.subscribe(() => this.render());
    $ticks.listen(() => this.renderMatrix());
    window.addEventListener('storage', () => this.renderMatrix());
    this.root.addEventListener('click', (e) => this.onClick(e));
    this.root.addEventListener('change', (e) => this.onChange(e));
    this.q<HTMLInputElement>('#eis-org-name')?.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        this.add();
      }
    });
  }

  say(message: string, withUndo = false): void {
    const status = this.q('.eis-orgs__message');
    const error = this.q('.eis-orgs__error');
    if (error) error.textContent = '';
    if (status) status.textContent = message;
    const undo = this.q<HTMLButtonElement>('[data-action="org-undo"]');
    if (undo) undo.hidden = !withUndo;
  }

  error(message: string): void {
    const error = this.q('.eis-orgs__error');
    if (error) error.textContent = message;
  }

  render(): void {
    this.renderList();
    this.renderMatrix();
  }

  private renderList(): void {
    const list = this.q('.eis-orgs__list');
    if (!list) return;
    const orgs = $orgs.get();
    const active = $activeOrg.get();
    list.replaceChildren(
      ...orgs.map((org) =>
        h(
          'li',
          { 'data-org': org.id },
          h('span', { class: 'eis-orgs__name' }, org.name),
          org.id === active && orgs.length > 1
            ? h('span', { class: 'eis-orgs__active' }, ' — вы отмечаете для неё в этой вкладке')
            : '',
          ' ',
          h(
            'button',
            {
              type: 'button',
              'data-action': 'org-rename',
              'aria-label': `Переименовать «${org.name}»`,
            },
            'Переименовать',
          ),
          // Removing the organisation this tab acts for would switch the tab at once, and its
          // «Вернуть» with it: another one is chosen first.
          org.id && org.id !== active
            ? h(
                'button',
                {
                  type: 'button',
                  'data-action': 'org-remove',
                  'aria-label': `Удалить «${org.name}»`,
                },
                'Удалить',
              )
            : org.id
              ? h(
                  'span',
                  { class: 'eis-orgs__hint' },
                  'Чтобы удалить её, выберите другую в «Вы отмечаете для:».',
                )
              : '',
        ),
      ),
    );
    const add = this.q<HTMLButtonElement>('[data-action="org-add"]');
    if (add) add.disabled = orgs.length >= MAX_ORGS;
    const limit = this.q('.eis-orgs__limit');
    if (limit) limit.textContent = orgs.length >= MAX_ORGS ? LIMIT_MESSAGE : '';
  }

  renderMatrix(): void {
    const box = this.q('.eis-orgs__matrix');
    if (!box) return;
    const orgs = $orgs.get();
    if (orgs.length < 2) {
      box.replaceChildren();
      return;
    }
    const { guides, base, kinds } = this.data;
    const data = readOrgs(orgs, storageView());
    const columns = matrixGuides(guides);
    const rows = filterRows(matrixRows(data, guides), this.filter);
    const filter = h(
      'select',
      { id: 'eis-orgs-filter', 'data-action': 'org-filter' },
      h('option', { value: '' }, 'все организации'),
      ...columns.map((key) =>
        h(
          'option',
          { value: key, selected: key === this.filter },
          `у кого не выполнено: «${guides[key]!.title}»`,
        ),
      ),
    );
    const table = h(
      'table',
      { class: 'eis-orgs__table' },
      h('caption', {}, `Организации и инструкции: ${rows.length} из ${orgs.length}`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Организация'),
          ...columns.map((key) => h('th', { scope: 'col' }, guides[key]!.title)),
        ),
      ),
      h(
        'tbody',
        {},
        ...rows.map((row) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, row.org.name),
            ...row.cells.map((cell) =>
              h(
                'td',
                { 'data-status': cell.status },
                h(
                  'a',
                  {
                    href: withBase(guides[cell.guide]!.href, base),
                    'data-org': row.org.id,
                    'aria-label': `${row.org.name}: «${guides[cell.guide]!.title}» — ${cellText(cell)}`,
                  },
                  cellText(cell),
                ),
              ),
            ),
          ),
        ),
      ),
    );
    const reminders = sortedReminders(data, this.sort);
    const remindersPart = reminders.length
      ? [
          h('h3', { id: 'eis-orgs-reminders' }, 'Напоминания всех организаций'),
          h(
            'p',
            {},
            h('label', { for: 'eis-orgs-sort' }, 'Порядок: '),
            h(
              'select',
              { id: 'eis-orgs-sort', 'data-action': 'org-sort' },
              h('option', { value: 'date', selected: this.sort === 'date' }, 'по дате'),
              h('option', { value: 'org', selected: this.sort === 'org' }, 'по организации'),
            ),
            ' ',
            h(
              'button',
              { type: 'button', 'data-action': 'org-ics' },
              'Все сроки в календарь (.ics)',
            ),
          ),
          h(
            'table',
            { class: 'eis-orgs__reminders', 'aria-labelledby': 'eis-orgs-reminders' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, 'Срок'),
                h('th', { scope: 'col' }, 'Организация'),
                h('th', { scope: 'col' }, 'Что'),
              ),
            ),
            h(
              'tbody',
              {},
              ...reminders.map(({ org, reminder }) => {
                const d = parseIsoDate(reminder.date);
                const what = kinds?.[reminder.kind]?.label ?? '';
                return h(
                  'tr',
                  {},
                  h('td', {}, d ? formatCalendarDate(d) : reminder.date),
                  h('td', {}, org.name),
                  h('td', {}, [what, reminder.label].filter(Boolean).join(' — ')),
                );
              }),
            ),
          ),
        ]
      : [];
    const focused = document.activeElement?.id;
    box.replaceChildren(
      h('h3', {}, 'Кто где'),
      h('p', {}, h('label', { for: 'eis-orgs-filter' }, 'Показать: '), filter),
      h(
        'div',
        {
          class: 'eis-orgs__scroll',
          tabindex: '0',
          role: 'region',
          'aria-label': 'Организации и инструкции',
        },
        table,
      ),
      ...remindersPart,
    );
    // A re-render keeps the focus on the control the reader used.
    if (focused) document.getElementById(focused)?.focus();
  }

  private onChange(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const action = select.dataset['action'];
    if (action === 'org-filter') {
      this.filter = select.value;
      this.renderMatrix();
    } else if (action === 'org-sort') {
      this.sort = select.value === 'org' ? 'org' : 'date';
      this.renderMatrix();
    }
  }

  onClick(event: Event): void {
    const target = event.target as HTMLElement;
    const link = target.closest<HTMLAnchorElement>('.eis-orgs__table a[data-org]');
    if (link) {
      // The guide opens for this organisation (this tab only); the link itself navigates. Not
      // when it opens elsewhere (Ctrl, ⌘, Shift or Alt): this tab stays with its organisation.
      const e = event as MouseEvent;
      if (!(e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button > 0))
        switchOrg(link.dataset['org'] ?? '', false);
      return;
    }
    const button = target.closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const id = button.closest<HTMLElement>('li[data-org]')?.dataset['org'] ?? '';
    this.act(button.dataset['action'] ?? '', id, button);
  }

  act(action: string, id: string, button?: HTMLButtonElement): void {
    if (action === 'org-add') this.add();
    else if (action === 'org-doubt-yes') this.add(true);
    else if (action === 'org-doubt-no') this.closeDoubt(true);
    else if (action === 'org-rename') this.startRename(id);
    else if (action === 'org-rename-save') this.saveRename(id);
    else if (action === 'org-rename-cancel') this.renderList();
    else if (action === 'org-remove') this.askRemove(id, button);
    else if (action === 'org-remove-yes') this.remove(id);
    else if (action === 'org-remove-no') {
      this.renderList();
      this.q<HTMLButtonElement>(`li[data-org="${id}"] [data-action="org-remove"]`)?.focus();
    } else if (action === 'org-undo') this.restore();
    else if (action === 'org-ics') void this.calendar();
  }

  add(confirmed = false): void {
    const input = this.q<HTMLInputElement>('#eis-org-name');
    if (!input) return;
    const name = confirmed ? (this.pendingName ?? '') : input.value;
    const check = checkName($orgs.get(), name);
    if (!check.ok) {
      this.closeDoubt(false);
      this.error(check.message);
      return;
    }
    if (check.doubt && !confirmed) {
      // As the reminder form: asked, not refused; «Нет» is the default.
      this.pendingName = name;
      const doubt = this.q<HTMLElement>('.eis-orgs__doubt');
      const reason = this.q('.eis-orgs__doubt-reason');
      if (reason) reason.textContent = check.doubt;
      if (doubt) doubt.hidden = false;
      this.q<HTMLButtonElement>('[data-action="org-doubt-no"]')?.focus();
      return;
    }
    const result = addOrganisation(check.name);
    this.closeDoubt(false);
    if (!result.ok) return this.error(result.message);
    input.value = '';
    this.say(`Организация «${result.org.name}» добавлена.`);
    // The first one added: the header's switcher loads now, as on the next visit.
    loadOrgs();
  }

  private closeDoubt(refocus: boolean): void {
    this.pendingName = undefined;
    const doubt = this.q<HTMLElement>('.eis-orgs__doubt');
    if (doubt) doubt.hidden = true;
    if (refocus) {
      this.say('Название не сохранено.');
      this.q<HTMLInputElement>('#eis-org-name')?.focus();
    }
  }

  private startRename(id: string): void {
    const li = this.q<HTMLElement>(`li[data-org="${id}"]`);
    const org = $orgs.get().find((o) => o.id === id);
    if (!li || !org) return;
    const inputId = `eis-org-rename-${id || 'first'}`;
    const input = h('input', { id: inputId, type: 'text', maxlength: '80', autocomplete: 'off' });
    input.value = org.name;
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        this.saveRename(id);
      } else if (e.key === 'Escape') this.renderList();
    });
    li.replaceChildren(
      h('label', { for: inputId }, `Новое название для «${org.name}»: `),
      input,
      ' ',
      h('button', { type: 'button', 'data-action': 'org-rename-save' }, 'Сохранить'),
      h('button', { type: 'button', 'data-action': 'org-rename-cancel' }, 'Отмена'),
    );
    input.focus();
  }

  private saveRename(id: string): void {
    const input = this.q<HTMLInputElement>(`li[data-org="${id}"] input`);
    if (!input) return;
    const check = checkName($orgs.get(), input.value, id);
    if (check.ok && check.doubt) {
      // Renaming to something that may be a password: kept simple, refused with the reason.
      return this.error(`Название не сохранено: ${check.doubt}.`);
    }
    const result = renameOrganisation(id, input.value);
    if (!result.ok) return this.error(result.message);
    this.say(`Организация переименована: «${result.org.name}».`);
  }

  private askRemove(id: string, button?: HTMLButtonElement): void {
    const org = $orgs.get().find((o) => o.id === id);
    if (!org || !button) return;
    const li = button.closest('li');
    li?.replaceChildren(
      h(
        'span',
        { role: 'group', 'aria-label': 'Подтверждение удаления' },
        `Удалить «${org.name}» вместе с её отметками, планом и напоминаниями? `,
        h('button', { type: 'button', 'data-action': 'org-remove-yes' }, 'Да, удалить'),
        ' ',
        h('button', { type: 'button', 'data-action': 'org-remove-no' }, 'Отмена'),
      ),
    );
    li?.querySelector<HTMLButtonElement>('[data-action="org-remove-no"]')?.focus();
  }

  private remove(id: string): void {
    const result = removeOrganisation(id);
    if (!result.ok) return this.error(result.message);
    this.undo = result.changes;
    this.say(`Организация «${result.org.name}» удалена.`, true);
    this.q<HTMLButtonElement>('[data-action="org-undo"]')?.focus();
  }

  /** One .ics with every organisation's reminders, each named with its organisation. */
  private async calendar(): Promise<void> {
    const { kinds } = this.data;
    try {
      if (!kinds) throw new Error('no kinds');
      const { buildIcsForOrgs } = await import('../reminders/ics');
      const items = sortedReminders(readOrgs($orgs.get(), storageView()), 'date').map((r) => ({
        org: r.org.name,
        orgId: r.org.id,
        reminder: r.reminder,
      }));
      const site = new URL(this.data.base, location.origin).href;
      const text = buildIcsForOrgs(items, site, kinds, new Date());
      downloadText(text, 'text/calendar;charset=utf-8', 'eis-vse-organizacii.ics');
      this.say('Файл для календаря скачан: сроки всех организаций.');
    } catch {
      this.error(
        'Не удалось подготовить файл для календаря. Обновите страницу и попробуйте ещё раз.',
      );
    }
  }

  private restore(): void {
    const changes = this.undo;
    if (!changes) return;
    this.undo = undefined;
    const { kept, restored } = undoRemove(changes);
    if (!restored) {
      // Its ticks and reminders are back in this browser; the list has no room for it.
      this.error(`Не удалось вернуть организацию в список: ${LIMIT_MESSAGE}`);
      return;
    }
    this.say(
      kept
        ? `Организация возвращена. Записей, изменённых после удаления, осталось как есть: ${kept}.`
        : 'Организация возвращена.',
    );
  }
}

const panels = new WeakMap<HTMLElement, OrgsPanel>();

/** The panel of `root` (the «Организации» section), mounted once. */
export function orgsPanel(root: HTMLElement, data: PanelData): OrgsPanel {
  let panel = panels.get(root);
  if (!panel) {
    panels.set(root, (panel = new OrgsPanel(root, data)));
    panel.mount();
  }
  return panel;
}

function cellText(cell: {
  status: keyof typeof STATUS_LABELS | 'blocked';
  done: number;
  total: number;
}) {
  const label =
    cell.status === 'blocked' ? 'Сначала другая инструкция' : STATUS_LABELS[cell.status];
  return `${label}, ${cell.done} из ${cell.total}`;
}
