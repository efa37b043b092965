/**
 * The plan sheet's file (print/plan-sheet.json, src/build/plan-sheet.ts) in the built dist/:
 * every step of every guide's checklist, with the warnings and figures of the guide page; and
 * the print rules that keep the sheet compact and whole (figures and warnings never split, each
 * organisation from a new sheet), read with a CSS parser from the CSS the plan's pages load.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/paths';
import { readPage } from '../helpers/pages';
import { loadSiteModel } from '../../src/site/model';
import { PLAN_SHEET_FILE } from '../../src/features/print/sheet-file';
import type { SheetData } from '../../src/site/island-data';

type File = {
  v: number;
  sheet: SheetData;
  guides: Record<string, { warnings: string[]; steps: Record<string, string> }>;
};
const file = JSON.parse(readFileSync(path.join(DIST, PLAN_SHEET_FILE), 'utf8')) as File;
const model = loadSiteModel();
const guides = model.guides.filter((g) => g.checklist);
const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

describe('print/plan-sheet.json', () => {
  it.each(guides.map((g) => [g.key, g] as const))(
    '%s: every step, every figure of its steps',
    (key, g) => {
      const cut = file.guides[key];
      expect(cut, 'guide missing').toBeDefined();
      expect(Object.keys(cut!.steps)).toEqual(g.checklist!.steps);
      const doc = readPage(DIST, g.href);
      // Figures inside the steps on the guide page, and those the steps refer to.
      const steps = doc.querySelectorAll('li.eis-step');
      const refs = new Set(
        steps.flatMap((s) =>
          s.querySelectorAll('a[href^="#ris-"]').map((a) => a.getAttribute('href')!.slice(1)),
        ),
      );
      const caption = (f: ReturnType<typeof parse>) => squash(f.querySelector('figcaption')!.text);
      const inSteps = steps.flatMap((s) => s.querySelectorAll('figure.eis-figure')).map(caption);
      const referred = doc
        .querySelectorAll('main figure.eis-figure')
        .filter((f) => refs.has(f.id))
        .map(caption);
      const wanted = [...new Set([...inSteps, ...referred])];
      const html = parse(Object.values(cut!.steps).join(''));
      expect(
        html
          .querySelectorAll('figcaption')
          .map((c) => squash(c.text))
          .sort(),
      ).toEqual(wanted.sort());
      // Paper has no ids (they repeat from guide to guide), links or scripts.
      expect(html.querySelectorAll('[id], a, script, input')).toHaveLength(0);
    },
  );

  it('holds the password warnings and the figure’s «не нажимайте» note of the HTTPS guide', () => {
    const https = file.guides['https']!;
    const all = parse(Object.values(https.steps).join('')).text;
    expect(all).toContain('Каждое нажатие — новый пароль');
    expect(all).toContain('← не нажимайте: пароль снова изменится');
    expect(squash(parse(https.warnings.join('')).text)).toContain(
      'Пароль меняется при каждом открытии окна',
    );
  });

  it('carries every guide’s title, address and step texts, which no page carries', () => {
    for (const g of model.guides) {
      const printed = file.sheet[g.key];
      expect(printed?.title).toBe(g.title);
      expect(printed?.address).toBe(g.href);
      expect(printed?.steps.map((s) => s.id)).toEqual(g.checklist?.steps ?? []);
    }
    for (const page of ['/', '/tools/start/', '/tools/progress/']) {
      expect(readPage(DIST, page).toString()).not.toContain('"sheet":');
    }
  });

  it('is where the print button of the plan pages fetches it', () => {
    for (const page of ['/tools/start/', '/tools/progress/']) {
      expect(readPage(DIST, page).querySelector('eis-plan-print')?.getAttribute('data-sheet')).toBe(
        `/${PLAN_SHEET_FILE}`,
      );
    }
  });
});

describe('the plan sheet’s print rules', () => {
  /** Declarations of the rules whose selector list holds `selector`, inside @media print. */
  function printRules(selector: string): Record<string, string>[] {
    const html = readFileSync(path.join(DIST, 'tools/progress/index.html'), 'utf8');
    const doc = parse(html);
    const sources = [
      ...doc
        .querySelectorAll('link[rel="stylesheet"]')
        .map((l) => readFileSync(path.join(DIST, l.getAttribute('href')!), 'utf8')),
      ...doc.querySelectorAll('style').map((s) => s.text),
    ];
    const found: Record<string, string>[] = [];
    for (const css of sources) {
      postcss.parse(css).walkRules((rule) => {
        if (!rule.selectors.map((s) => s.replace(/\s+/g, ' ')).includes(selector)) return;
        const parent = rule.parent;
        if (parent?.type !== 'atrule' || !(parent as postcss.AtRule).params.includes('print'))
          return;
        const decls: Record<string, string> = {};
        rule.walkDecls((d) => void (decls[d.prop] = d.value));
        found.push(decls);
      });
    }
    return found;
  }

  it('keeps figures and warnings whole, and starts each organisation on a new sheet', () => {
    for (const sel of ['.eis-plan-sheet figure', '.eis-plan-sheet aside']) {
      expect(
        printRules(sel).map((d) => d['break-inside']),
        sel,
      ).toContain('avoid');
    }
    expect(
      printRules('.eis-plan-sheet__part+.eis-plan-sheet__part').map((d) => d['break-before']),
    ).toContain('page');
    expect(printRules('.eis-plan-sheet .eis-figure__drawing').map((d) => d['zoom'])).toContain(
      '.7',
    );
  });
});
