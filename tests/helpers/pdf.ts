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

/** The sheets but the last that are less than half full, as «sheet N: P %». */
export const thinSheets = (fills: number[]): string[] =>
  fills.slice(0, -1).flatMap((f, i) => (f < 50 ? [`sheet ${i + 1}: ${f} %`] : []));
