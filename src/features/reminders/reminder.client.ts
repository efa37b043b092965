/**
 * <eis-reminder>: add, edit and delete expiry reminders (kind, label, date only), show each
 * entry's status, and export one to the calendar. ical-generator is loaded only on that click.
 */
import { tabPrefix } from '../../lib/storage/tab-org';
import {
  $cleanedLabels,
  $reminders,
  $unreadableReminders,
  deleteReminder,
  restoreReminder,
  storeReminder,
  type SaveResult,
} from './reminder-store';
import { $storageIssue, STORAGE_NOTICE } from '../../lib/storage/persist';
import { $today } from '../../lib/clock';
import { checkExpiryDate, isReminderKind, type KindTable } from './expiry';
import { defineIsland, untilAbort } from '../../lib/island';
import { obj } from '../../lib/island-schema';
import { kindsSchema } from '../../lib/island-slices';
import { localDate } from '../../lib/dates';
import { editTarget, viewReminders, type ReminderView } from './reminder-view';
import type { Reminder } from '../../lib/storage/stored';
import { MAX_REMINDERS } from './reminder-codec';
import { judgeLabel, secretMessage } from '../../lib/secret-guard';
import { withBase } from '../../lib/base-path';
import { downloadText } from '../../lib/download';
import { pluralForm, pluralRu } from '../../lib/plural';

// A tab acting for an organisation after the first loads the organisations' code: one that
// another tab removes sends this tab to the first (src/features/orgs/boot.ts), rather than its
// reminders being saved where no list shows them (round 35's red team).
if (tabPrefix() !== 'eis:') void import('../orgs/boot');

export const LIMIT_MESSAGE = `Напоминание не добавлено: можно хранить не больше ${MAX_REMINDERS} записей. Удалите ненужные и добавьте снова.`;

/** One connection of <eis-reminder>: its form, list and the entry being edited. */
class ReminderIsland {
  private editing: string | undefined;
  /** What «Удалить» took on this page view, in order, for «Вернуть удалённое напоминание». */
  private deleted: Reminder[] = [];
  /** A label the reader confirmed after «Похоже на пароль — всё равно сохранить?». */
  private confirmed: string | undefined;
  /** A save waits for its turn (Web Locks, reminder-store.ts). */
  private saving = false;

  constructor(
    private readonly el: HTMLElement,
    /** Kinds' labels and guide links, from the guides (the page's data blob). */
    private readonly kinds: KindTable,
  ) {}

  connect(signal: AbortSignal): void {
    const form = this.el.querySelector<HTMLFormElement>('form');
    const list = this.el.querySelector<HTMLUListElement>('.eis-reminder__list');
    if (!form || !list) return;
    // A link such as /tools/reminder/?kind=edo preselects what is tracked.
    const kind = new URLSearchParams(location.search).get('kind');
    if (isReminderKind(kind)) this.el.dataset['defaultKind'] = kind;
    const def = this.el.dataset['defaultKind'];
    form
      .querySelectorAll<HTMLInputElement>('input[type="radio"]')
      .forEach((r) => (r.checked = r.value === def));
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        this.submit(form);
      },
      { signal },
    );
    this.el.querySelector('[data-doubt]')?.addEventListener(
      'click',
      (event) => {
        const answer = (event.target as HTMLElement).closest<HTMLElement>('[data-doubt-answer]');
        if (!answer) return;
        const label = form.elements.namedItem('label') as HTMLInputElement;
        (answer.parentElement as HTMLElement).hidden = true;
        if (answer.dataset['doubtAnswer'] === 'yes') {
          this.confirmed = label.value;
          this.submit(form);
        } else label.focus();
      },
      { signal },
    );
    this.el
      .querySelector('.eis-reminder__cancel')
      ?.addEventListener('click', () => this.cancelEditing(form), { signal });
    this.el
      .querySelector('.eis-reminder__restore')
      ?.addEventListener('click', () => this.restore(), { signal });
    list.addEventListener('click', (event) => this.onListClick(event, form), { signal });
    const render = () => this.render(list, $reminders.get());
    untilAbort(
      signal,
      $reminders.listen(render),
      $today.listen(render),
      $storageIssue.listen(render),
      $unreadableReminders.listen(render),
      $cleanedLabels.listen(render),
    );
    render();
    // The controls are disabled in the HTML ([data-until-ready]) until defineIsland enables them
    // after this, so nothing can be submitted before.
    // «Уже продлил — указать новую дату» in the site-wide notice links here with #edit-<id>: that
    // entry's form opens once the controls are enabled (and again if the hash changes).
    const openFromHash = () => {
      if (signal.aborted) return;
      const id = editTarget(location.hash);
      if (!id) return;
      const reminder = $reminders.get().find((r) => r.id === id);
      if (reminder) this.edit(form, reminder);
      else this.say('Этого напоминания уже нет в списке.');
    };
    window.addEventListener('hashchange', openFromHash, { signal });
    queueMicrotask(openFromHash);
  }

  private field<T extends HTMLElement>(selector: string): T {
    return this.el.querySelector<T>(selector)!;
  }

  private submit(form: HTMLFormElement): void {
    const dateInput = form.elements.namedItem('date') as HTMLInputElement;
    const labelInput = form.elements.namedItem('label') as HTMLInputElement;
    const error = this.field<HTMLElement>('.eis-reminder__error');
    const kindValue = (form.querySelector('input[type="radio"]:checked') as HTMLInputElement | null)
      ?.value;
    const judged = judgeLabel(labelInput.value);
    const doubt = this.el.querySelector<HTMLElement>('[data-doubt]');
    if (doubt) doubt.hidden = true;
    // Medium confidence: asked, not refused; the label is saved only after «Да».
    if (judged.verdict === 'doubt' && this.confirmed !== labelInput.value && doubt) {
      doubt.querySelector('[data-doubt-reason]')!.textContent = `Причина: ${judged.reason ?? ''}.`;
      doubt.hidden = false;
      doubt.querySelector<HTMLButtonElement>('[data-doubt-answer="no"]')?.focus();
      return;
    }
    if (judged.verdict === 'secret' && judged.kind) {
      error.textContent = secretMessage(judged.kind);
      labelInput.setAttribute('aria-invalid', 'true');
      // What was refused is not kept anywhere, not even in the field.
      labelInput.value = '';
      labelInput.focus();
      return;
    }
    labelInput.removeAttribute('aria-invalid');
    const check = dateInput.validity.badInput
      ? ({ ok: false, error: 'Такой даты нет в календаре. Проверьте день, месяц и год.' } as const)
      : checkExpiryDate(dateInput.value, localDate(new Date()));
    if (!check.ok) {
      error.textContent = check.error;
      dateInput.setAttribute('aria-invalid', 'true');
      dateInput.focus();
      return;
    }
    error.textContent = '';
    dateInput.removeAttribute('aria-invalid');
    // One save at a time: a second press while the first waits for its turn does nothing.
    if (this.saving) return;
    this.saving = true;
    storeReminder(
      {
        ...(this.editing ? { id: this.editing } : {}),
        kind: isReminderKind(kindValue) ? kindValue : 'other',
        label: labelInput.value.trim(),
        date: dateInput.value,
      },
      (result) => {
        this.saving = false;
        this.saved(form, result);
      },
    );
  }

  private saved(form: HTMLFormElement, result: SaveResult): void {
    const error = this.field<HTMLElement>('.eis-reminder__error');
    const dateInput = form.elements.namedItem('date') as HTMLInputElement;
    if (!result.ok) {
      error.textContent = LIMIT_MESSAGE;
      dateInput.focus();
      return;
    }
    this.confirmed = undefined;
    this.deleted = [];
    this.field<HTMLElement>('.eis-reminder__undo').hidden = true;
    this.say(this.editing ? 'Изменения сохранены.' : 'Напоминание добавлено.');
    this.stopEditing(form);
    this.el.querySelector<HTMLElement>(`[data-id="${result.reminder.id}"]`)?.focus();
  }

  /**
   * «Вернуть удалённое напоминание»: the last deleted reminder, as it was, focused in the list; the
   * button stays while an earlier one can come back too (round 35's red team: only the last could).
   */
  private restore(): void {
    const reminder = this.deleted.pop();
    this.field<HTMLElement>('.eis-reminder__undo').hidden = this.deleted.length === 0;
    if (!reminder) return;
    if (!restoreReminder(reminder)) {
      this.say('Напоминание вернуть не удалось: в списке уже нет места или оно уже есть.');
      return;
    }
    this.say('Напоминание возвращено.');
    this.el.querySelector<HTMLElement>(`[data-id="${reminder.id}"]`)?.focus();
  }

  /**
   * «Отменить изменение»: the button hides itself, so focus goes back to the reminder being
   * edited (it was lost to the page, an audit of round 29 found), and the status says so.
   */
  private cancelEditing(form: HTMLFormElement): void {
    const id = this.editing;
    this.stopEditing(form);
    this.say('Изменение отменено.');
    const item = id ? this.el.querySelector<HTMLElement>(`[data-id="${id}"]`) : null;
    (item ?? this.field<HTMLInputElement>('input[name="date"]')).focus();
  }

  private stopEditing(form: HTMLFormElement): void {
    this.editing = undefined;
    form.reset();
    const def = this.el.dataset['defaultKind'];
    form
      .querySelectorAll<HTMLInputElement>('input[type="radio"]')
      .forEach((r) => (r.checked = r.value === def));
    this.field<HTMLButtonElement>('.eis-reminder__submit').textContent = 'Добавить напоминание';
    this.field<HTMLButtonElement>('.eis-reminder__cancel').hidden = true;
  }

  private onListClick(event: Event, form: HTMLFormElement): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    const id = button?.closest<HTMLElement>('[data-id]')?.dataset['id'];
    const reminder = $reminders.get().find((r) => r.id === id);
    if (!button || !reminder) return;
    const action = button.dataset['action'];
    if (action === 'delete') {
      deleteReminder(reminder.id);
      // A way back: the last deleted reminder can be put back as it was (an audit of round 29:
      // one key press deleted it for good, unlike every other destructive action of the site).
      this.deleted.push(reminder);
      this.field<HTMLElement>('.eis-reminder__undo').hidden = false;
      this.say('Напоминание удалено.');
      this.field<HTMLInputElement>('input[name="date"]').focus();
    } else if (action === 'edit') {
      this.edit(form, reminder);
    } else if (action === 'ics') {
      void this.download(reminder);
    }
  }

  private edit(form: HTMLFormElement, reminder: Reminder): void {
    this.editing = reminder.id;
    (form.elements.namedItem('label') as HTMLInputElement).value = reminder.label;
    (form.elements.namedItem('date') as HTMLInputElement).value = reminder.date;
    form
      .querySelectorAll<HTMLInputElement>('input[type="radio"]')
      .forEach((r) => (r.checked = r.value === reminder.kind));
    this.field<HTMLButtonElement>('.eis-reminder__submit').textContent = 'Сохранить изменения';
    this.field<HTMLButtonElement>('.eis-reminder__cancel').hidden = false;
    this.field<HTMLInputElement>('input[name="date"]').focus();
  }

  private async download(reminder: Reminder): Promise<void> {
    try {
      const { buildIcs, icsFilename } = await import('./ics');
      const site = new URL(import.meta.env.BASE_URL, location.origin).href;
      // This tab's organisation, as its keys name it (none: the first one).
      const orgId = /^eis:(o-[a-z0-9]+):/.exec(tabPrefix())?.[1] ?? '';
      const text = buildIcs(reminder, site, this.kinds, new Date(), orgId);
      downloadText(text, 'text/calendar;charset=utf-8', icsFilename(reminder));
      this.say('Файл для календаря скачан.');
    } catch {
      this.say(
        'Не удалось подготовить файл для календаря. Обновите страницу и попробуйте ещё раз.',
      );
    }
  }

  private say(message: string): void {
    this.field<HTMLElement>('.eis-reminder__status').textContent = message;
  }

  private render(list: HTMLUListElement, items: readonly Reminder[]): void {
    const views = viewReminders(items, new Date(), this.kinds);
    const empty = this.field<HTMLElement>('.eis-reminder__empty');
    empty.removeAttribute('data-unread');
    empty.hidden = views.length > 0;
    list.replaceChildren(...views.map((v) => this.item(v)));
    const notes: string[] = [];
    const unreadable = $unreadableReminders.get();
    if (unreadable) {
      notes.push(
        `${pluralRu(unreadable, ['запись', 'записи', 'записей'])} о сроках в этом браузере ${pluralForm(unreadable, ['повреждена и не показана', 'повреждены и не показаны', 'повреждены и не показаны'])}.`,
      );
    }
    const cleaned = $cleanedLabels.get();
    if (cleaned) {
      notes.push(
        `У ${pluralRu(cleaned, ['напоминания', 'напоминаний', 'напоминаний'])} удалена подпись: она была похожа на пароль, токен или идентификатор.`,
      );
    }
    if ($storageIssue.get()) notes.push(STORAGE_NOTICE);
    this.field<HTMLElement>('.eis-reminder__notes').textContent = notes.join(' ');
  }

  private item(view: ReminderView): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'eis-reminder__item';
    li.dataset['id'] = view.reminder.id;
    li.dataset['status'] = view.status;
    li.tabIndex = -1;
    const title = document.createElement('span');
    title.textContent = `${view.title}, до ${view.dateText}`;
    const when = document.createElement('span');
    when.className = 'eis-reminder__when';
    when.textContent = view.wording;
    const buttons = document.createElement('span');
    buttons.className = 'eis-reminder__buttons';
    for (const [action, text] of [
      ['ics', 'Добавить в календарь'],
      ['edit', 'Изменить'],
      ['delete', 'Удалить'],
    ] as const) {
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset['action'] = action;
      b.textContent = text;
      b.setAttribute('aria-label', `${text}: ${view.title}`);
      buttons.append(b);
    }
    li.append(title, when, buttons);
    if (view.guide && view.attention) {
      const a = document.createElement('a');
      a.href = withBase(view.guide.href, import.meta.env.BASE_URL);
      a.textContent = view.guide.title;
      li.append(a);
    }
    return li;
  }
}

/** The page data this island reads (checked by defineIsland). */
const pageSlices = obj({ kinds: kindsSchema });

defineIsland('eis-reminder', {
  data: pageSlices,
  load: 'near',
  writes: true,
  connect: (el, { signal, data }) => new ReminderIsland(el, data.kinds).connect(signal),
});
