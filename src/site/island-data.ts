/**
 * What islands get from the site model, as plain typed data rendered into the page (for now as
 * data attributes): links to the tool pages with their titles, and the step texts «Распечатать
 * мой план» prints. Built on the server from src/site/model.ts; the client only decodes it.
 */
import { withBase } from '../lib/base-path';
import type { SiteModel, ToolKey } from './model';

/** A link to a tool page: its own title, its address with the site's base. */
export interface ToolLink {
  title: string;
  href: string;
}

export function toolLink(model: SiteModel, key: ToolKey, base: string): ToolLink {
  const page = model.tools[key];
  return { title: page.title, href: withBase(page.href, base) };
}

/** One step on the printed plan: its first paragraph (without figure references) and warnings. */
export interface SheetStep {
  id: string;
  text: string;
  /** «Не нажимайте «Сохранить»: Кнопка …», one line per caution or danger of the step. */
  warnings: string[];
}

export interface SheetGuide {
  title: string;
  /** The guide's full address when the site's URL is known, else its path with the base. */
  address: string;
  /** The checklist id the steps' ticks are stored under. */
  list?: string;
  steps: SheetStep[];
}

/** By guide key. */
export type SheetData = Record<string, SheetGuide>;

export function sheetData(
  model: SiteModel,
  { base, site }: { base: string; site?: URL | undefined },
): SheetData {
  const out: SheetData = {};
  for (const g of model.guides) {
    const path = withBase(g.href, base);
    const guide: SheetGuide = {
      title: g.title,
      address: site ? new URL(path, site).href : path,
      steps: [],
    };
    const list = g.checklist && model.checklists.find((l) => l.id === g.checklist!.id);
    if (list) {
      guide.list = list.id;
      guide.steps = list.texts.map((s) => ({
        id: s.id,
        text: s.paper,
        warnings: s.warnings.map((w) => (w.title ? `${w.title}: ${w.text}` : w.text)),
      }));
    }
    out[g.key] = guide;
  }
  return out;
}
