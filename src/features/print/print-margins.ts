/**
 * The running header and footer of a printed page: `@page` margin boxes with the site name, the
 * page's «Проверено» date, its address and «стр. N из M». Margin boxes accept only literal text
 * (Chromium has no `string-set`), so each page gets its own copy of this CSS.
 */
import { formatRuDate } from '../../lib/dates';

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export const cssString = (text: string): string =>
  `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;

export interface PrintMargins {
  site: string;
  /** The page's address: absolute when the site's URL is known, else its path. */
  address: string;
  /** The site's origin (`https://eis.example.org`) when known: site links then print in full. */
  origin?: string | undefined;
  reviewed?: Date | undefined;
}

export function printMarginCss({ site, address, origin, reviewed }: PrintMargins): string {
  const date = reviewed ? `Проверено: ${formatRuDate(reviewed)}` : '';
  return (
    `@media print{@page{margin:16mm 12mm;` +
    `@top-left{content:${cssString(site)}}` +
    (date ? `@top-right{content:${cssString(date)}}` : '') +
    `@bottom-left{content:${cssString(address)}}` +
    `@bottom-right{content:"стр. " counter(page) " из " counter(pages)}}` +
    // Root-relative links (`/services/token/`) printed as full addresses (link cards and
    // buttons excepted, as in src/styles/custom.css).
    (origin
      ? `main a[href^="/"]:not(.sl-link-card a,.sl-link-button)::after` +
        `{content:" (" ${cssString(origin)} attr(href) ")"}`
      : '') +
    `}`
  );
}
