/**
 * The printed plan: for each guide of the plan shown on the page (its keys, in order), the
 * guide's checklist steps with the reader's ticks as ☑/☐, each step with its warnings and its
 * figures (the mock screens), and the guide's own warnings first. All of it — titles, addresses
 * and step texts from the site model, warnings and figures as the guide pages show them — comes
 * from PLAN_SHEET_FILE, written by the build (src/build/plan-sheet.ts) and fetched here, on
 * «Распечатать мой план» only: no page carries it. When that file cannot be read the sheet still
 * prints the plan's guides with their titles and addresses, as the page lists them.
 *
 * With two or more organisations the sheet is for the tab's organisation, its name in a table
 * header that the browser repeats on every printed sheet; «для всех организаций» prints one
 * part per organisation, each from a new sheet (plan-sheet-orgs.ts, loaded only then). Added to
 * <body> as `.eis-plan-sheet`; while it is printed, `html.eis-printing-plan` hides everything
 * else (PlanPrint.astro) and the page is light; all of it goes after printing.
 */
import type { Ticks } from '../../lib/storage/stored';
import type { SheetData } from '../../site/island-data';
import { TICK } from '../../lib/storage/stored';
import { raw } from '../../lib/storage/persist';
import { ORGS } from '../orgs/orgs';
import { PLAN_SHEET_VERSION, sheetFileSchema } from './sheet-file';

/** Show and enable «для всех организаций» of `host` when there are two or more organisations. */
export function offerAll(host: HTMLElement): void {
  const input = host.querySelector<HTMLInputElement>('input[data-all-orgs]');
  const label = input?.closest('label');
  const registry = ORGS.read(raw.get(ORGS.keyOf()))?.value;
  if (!input || !label || !registry || registry.length < 2) return;
  input.disabled = false;
  label.hidden = false;
}

/** The build's warnings and figures by guide key (src/features/print/sheet-fragments.ts). */
export type Fragments = Record<string, { warnings: string[]; steps: Record<string, string> }>;

/** What the build's file holds: the sheet's texts, and the warnings and figures. */
export interface SheetFile {
  sheet: SheetData;
  guides: Fragments;
}

/** The sheet file at `url`, checked; `undefined` when it cannot be fetched or read. */
export async function loadSheetFile(url: string | undefined): Promise<SheetFile | undefined> {
  if (!url) return undefined;
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return undefined;
    const file = sheetFileSchema(await response.json());
    return file?.v === PLAN_SHEET_VERSION ? { sheet: file.sheet, guides: file.guides } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Without the file: the plan's guides as the page lists them (`li[data-plan-guide]`, each with
 * its link), titles and full addresses only.
 */
export function listedGuides(list: Element | null | undefined): SheetData {
  const out: SheetData = {};
  for (const li of list?.querySelectorAll<HTMLElement>(':scope > li[data-plan-guide]') ?? []) {
    const link = li.querySelector<HTMLAnchorElement>('a[href]');
    const title = (link ?? li).textContent?.replace(/\s+/g, ' ').trim() ?? '';
    out[li.dataset['planGuide'] ?? ''] = { title, address: link?.href ?? '', steps: [] };
  }
  return out;
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

/** Markup built by this site's own build (PLAN_SHEET_FILE), as a box of its own. */
const built = (html: string, className: string): HTMLElement => {
  const box = el('div', undefined, className);
  box.innerHTML = html;
  return box;
};

/**
 * The organisation this tab acts for, when the reader has two or more (issue 22): the sheet
 * carries its name on every printed sheet.
 */
export function printedOrg(): string | undefined {
  const registry = ORGS.read(raw.get(ORGS.keyOf()))?.value;
  if (!registry || registry.length < 2) return undefined;
  const id = /^eis:(o-[a-z0-9]+):/.exec(TICK.key)?.[1] ?? '';
  return registry.find((o) => o.id === id)?.name;
}

/** One organisation's part: its plan's guides, steps, warnings, figures and ticks. */
export interface SheetPart {
  keys: readonly string[];
  ticks: Ticks;
  /** Its name, with two or more organisations. */
  org?: string | undefined;
}

/** The guides of one part; with an organisation, under a header repeated on every sheet. */
export function buildPart(
  { keys, ticks, org }: SheetPart,
  data: SheetData,
  fragments?: Fragments,
): HTMLElement {
  const guides = el('div', undefined, 'eis-plan-sheet__guides');
  const known = keys.flatMap((key) => (data[key] ? [[key, data[key]] as const] : []));
  if (!known.length) guides.append(el('p', 'План ещё не составлен.'));
  known.forEach(([key, g], i) => {
    const box = el('div', undefined, 'eis-plan-sheet__guide');
    box.append(el('h3', `${i + 1}. ${g.title}`), el('p', g.address, 'eis-plan-sheet__address'));
    const cut = fragments?.[key];
    for (const w of cut?.warnings ?? []) box.append(built(w, 'eis-plan-sheet__warnings'));
    if (g.list && g.steps.length) {
      const done = new Set(ticks[g.list] ?? []);
      const count = g.steps.filter((s) => done.has(s.id)).length;
      box.append(el('p', `Отмечено шагов: ${count} из ${g.steps.length}.`));
      const ol = el('ol', undefined, 'eis-plan-sheet__steps');
      for (const [n, s] of g.steps.entries()) {
        const li = el('li', undefined, 'eis-plan-sheet__step');
        li.append(el('span', `${done.has(s.id) ? '☑' : '☐'} ${n + 1}.`, 'eis-plan-sheet__box'));
        const html = cut?.steps[s.id];
        if (html !== undefined) li.append(built(html, 'eis-plan-sheet__body'));
        else {
          const body = el('div', undefined, 'eis-plan-sheet__body');
          body.append(el('p', s.text));
          for (const w of s.warnings)
            body.append(el('p', `Внимание! ${w}`, 'eis-plan-sheet__warning'));
          li.append(body);
        }
        ol.append(li);
      }
      box.append(ol);
    }
    guides.append(box);
  });
  if (!org) return guides;
  // A table header repeats on every sheet the table runs over: the name on every sheet.
  const table = el('table', undefined, 'eis-plan-sheet__part');
  table.setAttribute('role', 'presentation');
  const head = table.createTHead().insertRow().appendChild(el('th'));
  head.append(el('span', `Организация: ${org}`, 'eis-plan-sheet__org'));
  table.createTBody().insertRow().insertCell().append(guides);
  return table;
}

/** The sheet: a title, the date, and one part per organisation printed (`parts`). */
export function buildSheet(
  parts: readonly SheetPart[],
  data: SheetData,
  now: Date,
  fragments?: Fragments,
): HTMLElement {
  const sheet = el('section', undefined, 'eis-plan-sheet');
  sheet.setAttribute('aria-label', 'Мой план для печати');
  const org = parts.length === 1 ? parts[0]?.org : undefined;
  const whom = org ? ` — ${org}` : parts.length > 1 ? ' — все организации' : '';
  sheet.append(
    el('h2', `Мой план — ЕИС: настройка интеграции${whom}`),
    el('p', `Распечатано: ${now.toLocaleDateString('ru-RU')}. ☑ — шаг отмечен, ☐ — нет.`),
  );
  if (!fragments) {
    sheet.append(
      el(
        'p',
        'Шаги и рисунки не удалось загрузить: они есть в инструкциях на сайте.',
        'eis-plan-sheet__note',
      ),
    );
  }
  for (const part of parts) sheet.append(buildPart(part, data, fragments));
  return sheet;
}

/** Print `sheet` alone, on a light page; the page comes back after printing. */
export function printSheet(sheet: HTMLElement): void {
  document.querySelector('.eis-plan-sheet')?.remove();
  document.body.append(sheet);
  const root = document.documentElement;
  const theme = root.dataset['theme'];
  root.classList.add('eis-printing-plan');
  root.dataset['theme'] = 'light';
  window.addEventListener(
    'afterprint',
    () => {
      root.classList.remove('eis-printing-plan');
      if (theme === undefined) delete root.dataset['theme'];
      else root.dataset['theme'] = theme;
      sheet.remove();
    },
    { once: true },
  );
  window.print();
}

/**
 * «Распечатать мой план» of the element `host` (<eis-plan-print>): the plan is the first <ol> of
 * its section, as the tree and «Мой прогресс» render it (items carry `data-plan-guide`).
 */
export async function printPlan(host: HTMLElement, ticks: Ticks): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    await makeAndPrint(host, ticks);
  } finally {
    busy = false;
  }
}

/** A sheet is being made: a second click waits for nothing and does nothing. */
let busy = false;

async function makeAndPrint(host: HTMLElement, ticks: Ticks): Promise<void> {
  const list = host.closest('section')?.querySelector('ol');
  const keys = [...(list?.querySelectorAll<HTMLElement>(':scope > li[data-plan-guide]') ?? [])].map(
    (li) => li.dataset['planGuide'] ?? '',
  );
  const all = host.querySelector<HTMLInputElement>('input[data-all-orgs]');
  const [file, parts] = await Promise.all([
    loadSheetFile(host.dataset['sheet']),
    all?.checked && !all.closest('[hidden]')
      ? import('./plan-sheet-orgs').then((m) => m.allParts(keys, ticks))
      : [{ keys, ticks, org: printedOrg() }],
  ]);
  printSheet(buildSheet(parts, file?.sheet ?? listedGuides(list), new Date(), file?.guides));
}
