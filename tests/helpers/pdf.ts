/** Reading printed sheets (PDF from `page.pdf()`) in the browser tests, with unpdf (PDF.js). */
import { expect, type Locator } from '@playwright/test';
import { getDocumentProxy } from 'unpdf';

/** The sheets' page margin (print-margins.ts: 16 mm) in PDF points; the header and footer are in it. */
export const MARGIN = (16 / 25.4) * 72;

/**
 * How full each sheet is, in per cent of the content area: from its top down to its lowest line
 * of text (mock screens are text too). The running header and footer, in the margins, do not count.
 */
export async function sheetFills(pdf: Uint8Array): Promise<number[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const fills: number[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const sheet = await doc.getPage(n);
    const top = sheet.view[3]! - MARGIN;
    const ys = (await sheet.getTextContent()).items
      .map((item) => ('transform' in item ? (item.transform[5] as number) : top))
      .filter((y) => y > MARGIN && y < top);
    fills.push(Math.round(((top - Math.min(top, ...ys)) / (top - MARGIN)) * 100));
  }
  return fills;
}

/**
 * Markers at the top and the bottom edge of every figure `figures` finds (absolutely positioned,
 * so the layout does not move; white 4 px text, so nothing shows): a figure is whole on paper when
 * both its markers are on the same sheet (splitFigures). Returns how many figures it marked.
 */
export function markFigureEdges(figures: Locator): Promise<number> {
  return figures.evaluateAll((list) => {
    list.forEach((figure, i) => {
      (figure as HTMLElement).style.position = 'relative';
      for (const [edge, mark] of [
        ['top', `FIGTOP${i}Z`],
        ['bottom', `FIGEND${i}Z`],
      ] as const) {
        const span = document.createElement('span');
        span.textContent = mark;
        span.style.cssText = `position:absolute;${edge}:0;left:0;font-size:4px;line-height:1;color:#fff`;
        figure.append(span);
      }
    });
    return list.length;
  });
}

/**
 * The figures (of `count` marked by markFigureEdges) whose top and bottom are on different sheets
 * of `sheets` (each sheet's text), as «figure N: sheets A–B». A marker on no sheet fails the test.
 */
export function splitFigures(sheets: string[], count: number): string[] {
  const sheetOf = (mark: string) => sheets.findIndex((s) => s.includes(mark));
  return Array.from({ length: count }, (_, i) => i).flatMap((i) => {
    const [top, end] = [sheetOf(`FIGTOP${i}Z`), sheetOf(`FIGEND${i}Z`)];
    expect(top, `marker of figure ${i}`).toBeGreaterThanOrEqual(0);
    return top === end ? [] : [`figure ${i}: sheets ${top + 1}–${end + 1}`];
  });
}

/**
 * For each sheet, the figure marked by markFigureEdges that opens it (its top marker within the
 * first 3 % of the content area, its bottom marker on the same sheet): how much of the content
 * area it takes, in per cent. Undefined for a sheet that does not open with a whole figure.
 */
export async function openingFigures(pdf: Uint8Array): Promise<(number | undefined)[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const out: (number | undefined)[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const sheet = await doc.getPage(n);
    const top = sheet.view[3]! - MARGIN;
    const area = top - MARGIN;
    const marks = new Map<string, number>();
    for (const item of (await sheet.getTextContent()).items) {
      if (!('str' in item)) continue;
      for (const m of item.str.matchAll(/FIG(TOP|END)(\d+)Z/g)) {
        marks.set(`${m[1]}${m[2]}`, item.transform[5] as number);
      }
    }
    let opening: number | undefined;
    for (const [key, y] of marks) {
      if (!key.startsWith('TOP')) continue;
      const end = marks.get(`END${key.slice(3)}`);
      // The top marker's text sits just under the figure's top edge (4 px type).
      if (end === undefined || (top - y) / area > 0.03) continue;
      opening = Math.round(((y - end) / area) * 100);
    }
    out.push(opening);
  }
  return out;
}

/**
 * What a figure needs on a sheet beyond its marked box, in per cent of the content area: its
 * margin above (`margin-block: 1.5rem` in Figure.astro, 18 pt of about 750) and the descent of the
 * sheet's last line, which the fill (read from text baselines) leaves out. Round 32, under /eis/: a
 * sheet 39 % full before a figure of 59 % — 98 %, yet it could not fit.
 */
export const FIGURE_SLACK = 3;

/**
 * The sheets but the last that are less than half full, as «sheet N: P %». With `opening`
 * (openingFigures), a sheet is not counted when the next one opens with a figure taller, with its
 * margin (FIGURE_SLACK), than what was left on it: figures are never split, so that space could
 * hold nothing else.
 */
export const thinSheets = (fills: number[], opening: (number | undefined)[] = []): string[] =>
  fills
    .slice(0, -1)
    .flatMap((f, i) =>
      f < 50 && !((opening[i + 1] ?? -FIGURE_SLACK) + FIGURE_SLACK > 100 - f)
        ? [`sheet ${i + 1}: ${f} %`]
        : [],
    );
