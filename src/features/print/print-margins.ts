/**
 * The running header and footer of a printed page: `@page` margin boxes with the site name, the
 * page's «Проверено» date, its address and «стр. N из M». Margin boxes accept only literal text
 * (Chromium has no `string-set`), so each page gets its own copy of this CSS. Where margin boxes
 * are missing, the same line is printed once after the page's text.
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
  // A browser without margin boxes (Chromium before 131: Chrome and Edge 109 on Windows 7/8.1;
  // ThemeProvider.astro marks it `data-no-margin-boxes`) prints the same words once, after the
  // page's text: the last sheet at least says where it came from. Page numbers it cannot print.
  const fallback = [site, address, date].filter(Boolean).join(' · ');
  return (
    `@media print{:root[data-no-margin-boxes] main::after{display:block;margin-top:2em;` +
    `font-size:9pt;content:${cssString(fallback)}}` +
    `@page{margin:16mm 12mm;` +
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
