/**
 * The printed plan: for each guide of the plan list shown on the page (its links, in order), the
 * guide's checklist steps — read from the guide's own page, so the texts are those of the MDX —
 * with the reader's ticks (passed in by the element, from `$ticks`) as ☑/☐. Added to <body> as
 * `.eis-plan-sheet`; while it is printed, `html.eis-printing-plan` hides everything else
 * (PlanPrint.astro), and both go after printing.
 */
import type { Ticks } from '../../lib/storage/stored';

interface SheetGuide {
  title: string;
  href: string;
  steps: { id: string; list: string; text: string }[] | undefined;
}

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  style?: string,
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (style) node.style.cssText = style;
  return node;
};

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The checklist steps of a guide page: the first paragraph of each step. */
async function stepsOf(href: string): Promise<SheetGuide['steps']> {
  try {
    const res = await fetch(href);
    if (!res.ok) return undefined;
    // Only the markup is wanted: the page's inline styles would be checked against this
    // page's CSP (and reported), so they go before parsing.
    const html = (await res.text()).replace(/<style\b[\s\S]*?<\/style>/gi, '');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return [...doc.querySelectorAll<HTMLElement>('[data-checklist-id] [data-step-id]')].map(
      (li) => {
        const body = li.querySelector('.eis-step__body');
        const first = body?.querySelector(':scope > p') ?? body;
        return {
          id: li.dataset['stepId'] ?? '',
          list: li.closest<HTMLElement>('[data-checklist-id]')?.dataset['checklistId'] ?? '',
          text: squash(first?.textContent),
        };
      },
    );
  } catch {
    return undefined;
  }
}

export async function buildSheet(list: Element, ticks: Ticks): Promise<HTMLElement> {
  const links = [...list.querySelectorAll<HTMLAnchorElement>(':scope > li > a:first-of-type')];
  const guides: SheetGuide[] = await Promise.all(
    links.map(async (a) => ({
      title: squash(a.textContent),
      href: a.href,
      steps: await stepsOf(a.href),
    })),
  );
  const sheet = el('section', undefined, 'color:#000');
  sheet.className = 'eis-plan-sheet';
  sheet.setAttribute('aria-label', 'Мой план для печати');
  sheet.append(
    el('h2', 'Мой план — ЕИС: настройка интеграции'),
    el('p', `Распечатано: ${new Date().toLocaleDateString('ru-RU')}. ☑ — шаг отмечен, ☐ — нет.`),
  );
  guides.forEach((g, i) => {
    const box = el('div', undefined, 'break-inside:avoid-page;margin-top:1.25rem');
    box.append(el('h3', `${i + 1}. ${g.title}`), el('p', g.href, 'font-size:0.85em'));
    if (!g.steps) {
      box.append(el('p', 'Шаги не загрузились: откройте инструкцию по адресу выше.'));
    } else if (g.steps.length) {
      const done = g.steps.filter((s) => ticks[s.list]?.includes(s.id)).length;
      box.append(el('p', `Отмечено шагов: ${done} из ${g.steps.length}.`));
      const ol = el('ol', undefined, 'list-style:none;padding:0');
      for (const [n, s] of g.steps.entries()) {
        const mark = ticks[s.list]?.includes(s.id) ? '☑' : '☐';
        ol.append(el('li', `${mark} ${n + 1}. ${s.text}`, 'margin:0.35rem 0;break-inside:avoid'));
      }
      box.append(ol);
    }
    sheet.append(box);
  });
  return sheet;
}

export async function printPlan(list: Element, ticks: Ticks): Promise<void> {
  document.querySelector('.eis-plan-sheet')?.remove();
  const sheet = await buildSheet(list, ticks);
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
