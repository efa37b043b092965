/**
 * Loaded by persist.ts only for a reader who has added an organisation (or a tab acting for one):
 * a tab whose organisation was removed since acts for the first one, and with two or more
 * organisations every `.eis-org-slot` (beside each checklist, on «Мой прогресс») shows the
 * switcher «Вы отмечаете для: [Гимназия-16 ▾]», a labelled native <select>. Changing it changes
 * this tab's organisation only: the page loads again with its ticks, plan and reminders.
 */
import { $activeOrg, $orgs, switchOrg } from './org-store';

// A tab acting for an organisation removed since (or an unknown id): the first one, page reloaded.
if (!$orgs.get().some((o) => o.id === $activeOrg.get())) switchOrg('');

let count = 0;

function fill(slot: HTMLElement): void {
  const orgs = $orgs.get();
  if (orgs.length < 2) {
    slot.replaceChildren();
    return;
  }
  let select = slot.querySelector('select');
  if (!select) {
    const p = document.createElement('p');
    p.className = 'eis-org-switch';
    const label = document.createElement('label');
    select = document.createElement('select');
    select.id = `eis-org-switch-${(count += 1)}`;
    label.htmlFor = select.id;
    label.textContent = 'Вы отмечаете для:';
    const said = document.createElement('span');
    said.className = 'eis-org-switch__note';
    said.setAttribute('role', 'status');
    select.addEventListener('change', (e) => {
      const chosen = e.currentTarget as HTMLSelectElement;
      if (switchOrg(chosen.value)) return;
      // Session storage blocked: the choice cannot outlive the reload, so none happens.
      chosen.value = $activeOrg.get();
      said.textContent = ` Браузер не даёт сайту запомнить выбор для этой вкладки: отметки по-прежнему для «${chosen.selectedOptions[0]?.textContent ?? ''}».`;
    });
    p.append(label, ' ', select, said);
    slot.replaceChildren(p);
  }
  const active = $activeOrg.get();
  select.replaceChildren(
    ...orgs.map((o) => {
      const option = document.createElement('option');
      option.value = o.id;
      option.textContent = o.name;
      option.selected = o.id === active;
      return option;
    }),
  );
}

const fillAll = () => document.querySelectorAll<HTMLElement>('.eis-org-slot').forEach(fill);
$orgs.listen(fillAll);
fillAll();
