/**
 * The printed plan: for each guide of the plan shown on the page (its keys, in order), the
 * guide's checklist steps — from the site model, rendered into the page as data (src/site/
 * island-data.ts), so the texts are those of the MDX and nothing is fetched — with their warnings
 * and the reader's ticks (passed in by the element, from `$ticks`) as ☑/☐. Added to <body> as
 * `.eis-plan-sheet`; while it is printed, `html.eis-printing-plan` hides everything else
 * (PlanPrint.astro), and both go after printing.
 */
import type { Ticks } from '../../lib/storage/stored';
import { pageData } from '../../lib/island-data';
import { obj } from '../../lib/island-schema';
import { sheetSchema } from '../../lib/island-slices';
import type { SheetData } from '../../site/island-data';
import { TICK } from '../../lib/storage/stored';
import { raw } from '../../lib/storage/persist';
import { ORGS } from '../orgs/orgs';

/**
 * The page's sheet data (the blob's `sheet` slice), checked by its schema: a missing or
 * wrong-shaped slice prints no steps rather than throwing.
 */
export function pageSheet(): SheetData {
  return pageData(obj({ sheet: sheetSchema }))?.sheet ?? {};
}

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

/**
 * The organisation this tab acts for, when the reader has two or more (issue 22): the sheet and
 * every guide on it carry its name.
 */
export function printedOrg(): string | undefined {
  const registry = ORGS.read(raw.get(ORGS.keyOf()))?.value;
  if (!registry || registry.length < 2) return undefined;
  const id = /^eis:(o-[a-z0-9]+):/.exec(TICK.key)?.[1] ?? '';
  return registry.find((o) => o.id === id)?.name;
}

/** The sheet for the guides `keys` (unknown keys are left out), for organisation `org`. */
export function buildSheet(
  keys: readonly string[],
  data: SheetData,
  ticks: Ticks,
  now: Date,
  org?: string,
): HTMLElement {
  const sheet = el('section', undefined, 'eis-plan-sheet');
  sheet.setAttribute('aria-label', 'Мой план для печати');
  sheet.append(
    el('h2', `Мой план — ЕИС: настройка интеграции${org ? ` — ${org}` : ''}`),
    el('p', `Распечатано: ${now.toLocaleDateString('ru-RU')}. ☑ — шаг отмечен, ☐ — нет.`),
  );
  keys
    .flatMap((key) => (data[key] ? [data[key]] : []))
    .forEach((g, i) => {
      const box = el('div', undefined, 'eis-plan-sheet__guide');
      box.append(el('h3', `${i + 1}. ${g.title}`), el('p', g.address, 'eis-plan-sheet__address'));
      if (org) box.append(el('p', `Организация: ${org}`, 'eis-plan-sheet__org'));
      if (g.list && g.steps.length) {
        const done = new Set(ticks[g.list] ?? []);
        const count = g.steps.filter((s) => done.has(s.id)).length;
        box.append(el('p', `Отмечено шагов: ${count} из ${g.steps.length}.`));
        const ol = el('ol', undefined, 'eis-plan-sheet__steps');
        for (const [n, s] of g.steps.entries()) {
          const li = el('li', `${done.has(s.id) ? '☑' : '☐'} ${n + 1}. ${s.text}`);
          for (const w of s.warnings)
            li.append(el('p', `Внимание! ${w}`, 'eis-plan-sheet__warning'));
          ol.append(li);
        }
        box.append(ol);
      }
      sheet.append(box);
    });
  return sheet;
}

export function printPlan(keys: readonly string[], data: SheetData, ticks: Ticks): void {
  document.querySelector('.eis-plan-sheet')?.remove();
  const sheet = buildSheet(keys, data, ticks, new Date(), printedOrg());
  document.body.append(sheet);
  const root = document.documentElement;
  root.classList.add('eis-printing-plan');
  window.addEventListener(
    'afterprint',
    () => {
      root.classList.remove('eis-printing-plan');
      sheet.remove();
    },
    { once: true },
  );
  window.print();
}
