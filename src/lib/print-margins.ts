/**
 * The running header and footer of a printed page: `@page` margin boxes with the site name, the
 * page's «Проверено» date, its address and «стр. N из M». Margin boxes accept only literal text
 * (Chromium has no `string-set`), so each page gets its own copy of this CSS.
 */
import { formatRuDate } from './dates';

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export const cssString = (text: string): string =>
  `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;

export interface PrintMargins {
  site: string;
  /** The page's address: absolute when the site's URL is known, else its path. */
  address: string;
  reviewed?: Date | undefined;
}

export function printMarginCss({ site, address, reviewed }: PrintMargins): string {
  const date = reviewed ? `Проверено: ${formatRuDate(reviewed)}` : '';
  return (
    `@media print{@page{` +
    `@top-left{content:${cssString(site)}}` +
    (date ? `@top-right{content:${cssString(date)}}` : '') +
    `@bottom-left{content:${cssString(address)}}` +
    `@bottom-right{content:"стр. " counter(page) " из " counter(pages)}}}`
  );
}
