/**
 * <eis-reminder>: add, edit and delete expiry reminders (kind, label, date only), show each
 * entry's status, and export one to the calendar. ical-generator is loaded only on that click.
 */
import { $reminders, deleteReminder, saveReminder } from '../shared/stores';
import { $storageIssue, STORAGE_NOTICE } from '../shared/persist';
import {
  SECRET_LABEL_ERROR,
  checkExpiryDate,
  isReminderKind,
  looksLikeSecret,
} from '../../lib/expiry';
import { localDate } from '../../lib/dates';
import { viewReminders, type ReminderView } from '../../lib/reminder-view';
import type { Reminder } from '../../lib/stored';
import { withBase } from '../../lib/base-path';

export class EisReminder extends HTMLElement {
  #off: (() => void)[] = [];
  #editing: string | undefined;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form');
    const list = this.querySelector<HTMLUListElement>('.eis-reminder__list');
    if (!form || !list) return;
    // A link such as /tools/reminder/?kind=edo preselects what is tracked.
    const kind = new URLSearchParams(location.search).get('kind');
    if (isReminderKind(kind)) this.dataset['defaultKind'] = kind;
    const def = this.dataset['defaultKind'];
    form
      .querySelectorAll<HTMLInputElement>('input[type="radio"]')
      .forEach((r) => (r.checked = r.value === def));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submit(form);
    });
    this.querySelector('.eis-reminder__cancel')?.addEventListener('click', () =>
      this.#stopEditing(form),
    );
    list.addEventListener('click', (event) => this.#onListClick(event, form));
    this.#off.push(
      $reminders.subscribe((items) => this.#render(list, items)),
      $storageIssue.subscribe(() => this.#render(list, $reminders.get())),
    );
  }

  disconnectedCallback(): void {
    this.#off.forEach((off) => off());
    this.#off = [];
  }

  #field<T extends HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  #submit(form: HTMLFormElement): void {
    const dateInput = form.elements.namedItem('date') as HTMLInputElement;
    const labelInput = form.elements.namedItem('label') as HTMLInputElement;
    const error = this.#field<HTMLElement>('.eis-reminder__error');
    const kindValue = (form.querySelector('input[type="radio"]:checked') as HTMLInputElement | null)
      ?.value;
    if (looksLikeSecret(labelInput.value)) {
      error.textContent = SECRET_LABEL_ERROR;
      labelInput.setAttribute('aria-invalid', 'true');
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
    const saved = saveReminder({
      ...(this.#editing ? { id: this.#editing } : {}),
      kind: isReminderKind(kindValue) ? kindValue : 'other',
      label: labelInput.value.trim(),
      date: dateInput.value,
    });
    this.#say(this.#editing ? 'Изменения сохранены.' : 'Напоминание добавлено.');
    this.#stopEditing(form);
    this.querySelector<HTMLElement>(`[data-id="${saved.id}"]`)?.focus();
  }

  #stopEditing(form: HTMLFormElement): void {
    this.#editing = undefined;
    form.reset();
    const def = this.dataset['defaultKind'];
    form
      .querySelectorAll<HTMLInputElement>('input[type="radio"]')
      .forEach((r) => (r.checked = r.value === def));
    this.#field<HTMLButtonElement>('.eis-reminder__submit').textContent = 'Добавить напоминание';
    this.#field<HTMLButtonElement>('.eis-reminder__cancel').hidden = true;
  }

  #onListClick(event: Event, form: HTMLFormElement): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    const id = button?.closest<HTMLElement>('[data-id]')?.dataset['id'];
    const reminder = $reminders.get().find((r) => r.id === id);
    if (!button || !reminder) return;
    const action = button.dataset['action'];
    if (action === 'delete') {
      deleteReminder(reminder.id);
      this.#say('Напоминание удалено.');
      this.#field<HTMLInputElement>('input[name="date"]').focus();
    } else if (action === 'edit') {
      this.#edit(form, reminder);
    } else if (action === 'ics') {
      void this.#download(reminder);
    }
  }

  #edit(form: HTMLFormElement, reminder: Reminder): void {
    this.#editing = reminder.id;
    (form.elements.namedItem('label') as HTMLInputElement).value = reminder.label;
    (form.elements.namedItem('date') as HTMLInputElement).value = reminder.date;
    form
      .querySelectorAll<HTMLInputElement>('input[type="radio"]')
      .forEach((r) => (r.checked = r.value === reminder.kind));
    this.#field<HTMLButtonElement>('.eis-reminder__submit').textContent = 'Сохранить изменения';
    this.#field<HTMLButtonElement>('.eis-reminder__cancel').hidden = false;
    this.#field<HTMLInputElement>('input[name="date"]').focus();
  }

  async #download(reminder: Reminder): Promise<void> {
    try {
      const { buildIcs, icsFilename } = await import('../../lib/ics');
      const text = buildIcs(reminder, new URL(import.meta.env.BASE_URL, location.origin).href);
      const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = icsFilename(reminder);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      this.#say('Файл для календаря скачан.');
    } catch {
      this.#say(
        'Не удалось подготовить файл для календаря. Обновите страницу и попробуйте ещё раз.',
      );
    }
  }

  #say(message: string): void {
    const issue = $storageIssue.get();
    this.#field<HTMLElement>('.eis-reminder__status').textContent = issue
      ? `${message} ${STORAGE_NOTICE}`
      : message;
  }

  #render(list: HTMLUListElement, items: readonly Reminder[]): void {
    const views = viewReminders(items, new Date());
    this.#field<HTMLElement>('.eis-reminder__empty').hidden = views.length > 0;
    list.replaceChildren(...views.map((v) => this.#item(v)));
  }

  #item(view: ReminderView): HTMLLIElement {
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

if (!customElements.get('eis-reminder')) customElements.define('eis-reminder', EisReminder);
