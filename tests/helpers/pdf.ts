/** Reading printed sheets (PDF from `page.pdf()`) in the browser tests, with unpdf (PDF.js). */
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
