/**
 * The import preview's organisations (issue 22). A file of one organisation: «Объединить с …»
 * (a labelled list of the reader's organisations, this tab's chosen) or «Добавить как новую
 * организацию» (named from the file's name, or «Организация из файла»). A file of several: one
 * line per organisation, merged by id or added. «Объединить» and «Заменить» then act on what
 * is chosen; this tab's organisation goes through today's import (its stores). Loaded with
 * progress-actions.ts.
 */
import { activeOrg } from '../../lib/storage/org-scope';
import { $orgs, orgName } from '../orgs/org-store';
import type { ImportedOrg } from './org-file';
import { nameFromFile } from './org-file';
import { applyOrgsImport, freshName, manyLines, manyTargets, type OrgsApply } from './org-import';
import type { Progress } from './progress-file';
import { applyImport, describeImport, type ApplyResult } from './progress-io';

export type PendingOrgs = { kind: 'one'; name: string } | { kind: 'many'; orgs: ImportedOrg[] };

const TARGET = 'eis-import-target';

function radio(value: string, text: string, checked: boolean): HTMLElement {
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'radio';
  input.name = TARGET;
  input.value = value;
  input.checked = checked;
  label.append(input, ` ${text}`);
  const row = document.createElement('div');
  row.append(label);
  return row;
}

/** Fill the preview's target block; what the reader will choose from. */
export function renderTarget(
  preview: HTMLElement,
  orgs: ImportedOrg[] | undefined,
  fileName: string,
  startTitle: string,
): PendingOrgs {
  const box = preview.querySelector<HTMLElement>('.eis-progress__target');
  if (orgs) {
    const ul = document.createElement('ul');
    for (const line of manyLines(orgs, (s) => describeImport(s, startTitle))) {
      const li = document.createElement('li');
      li.textContent = line;
      ul.append(li);
    }
    box?.replaceChildren(ul);
    if (box) box.hidden = false;
    return { kind: 'many', orgs };
  }
  const name = freshName($orgs.get(), nameFromFile(fileName));
  const set = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = 'Для какой организации загрузить';
  const select = document.createElement('select');
  select.id = 'eis-import-org';
  for (const org of $orgs.get()) {
    const option = document.createElement('option');
    option.value = org.id;
    option.textContent = org.name;
    option.selected = org.id === activeOrg();
    select.append(option);
  }
  const merge = radio('org', 'Загрузить в организацию из списка', true);
  const label = document.createElement('label');
  label.htmlFor = select.id;
  label.textContent = 'Объединить с';
  const pick = document.createElement('div');
  pick.append(label, ' ', select);
  // Choosing an organisation in the list is choosing to load into it.
  select.addEventListener('change', () => {
    merge.querySelector('input')!.checked = true;
  });
  set.append(legend, merge, pick, radio('new', `Добавить как новую организацию «${name}»`, false));
  box?.replaceChildren(set);
  if (box) box.hidden = false;
  return { kind: 'one', name };
}

/** The organisation the preview's choice loads a file into: its id, or `undefined` for a new one. */
export function chosenOrg(el: HTMLElement): string | undefined {
  const chosen = el.querySelector<HTMLInputElement>(`input[name="${TARGET}"]:checked`)?.value;
  return chosen === 'new'
    ? undefined
    : (el.querySelector<HTMLSelectElement>('#eis-import-org')?.value ?? activeOrg());
}

const activeApply = (incoming: Progress, how: 'merge' | 'replace'): OrgsApply => {
  const result = applyImport(incoming, how);
  return result.ok ? { ok: true, changes: result.changes, added: 0 } : result;
};

/** «Объединить» or «Заменить» as the preview's choice says. */
export function chosenImport(
  el: HTMLElement,
  pending: PendingOrgs | undefined,
  incoming: Progress,
  decide: (progress: Progress) => Progress,
  how: 'merge' | 'replace',
): ApplyResult {
  if (pending?.kind === 'many') {
    const targets = manyTargets(pending.orgs).map((t) => ({ ...t, progress: decide(t.progress) }));
    const result = applyOrgsImport(targets, how, activeApply);
    if (!result.ok) return result;
    return {
      ok: true,
      changes: result.changes,
      message: `Загрузили организаций из файла: ${targets.length}, из них новых: ${result.added}.`,
    };
  }
  const chosen = el.querySelector<HTMLInputElement>(`input[name="${TARGET}"]:checked`)?.value;
  const id = el.querySelector<HTMLSelectElement>('#eis-import-org')?.value ?? activeOrg();
  if (!pending || (chosen !== 'new' && id === activeOrg())) {
    return applyImport(decide(incoming), how);
  }
  const target =
    chosen === 'new' ? { kind: 'new' as const, name: pending.name } : { kind: 'org' as const, id };
  const result = applyOrgsImport([{ target, progress: decide(incoming) }], how, activeApply);
  if (!result.ok) return result;
  const orgs = $orgs.get();
  // The name the organisation was added under (the registry may have changed since the preview).
  const name = chosen === 'new' ? (orgs[orgs.length - 1]?.name ?? pending.name) : orgName(id);
  return {
    ok: true,
    changes: result.changes,
    message:
      chosen === 'new'
        ? `Добавили организацию «${name}» с прогрессом из файла.`
        : how === 'replace'
          ? `Прогресс организации «${name}» заменён содержимым файла.`
          : `Прогресс из файла добавлен к организации «${name}».`,
  };
}
