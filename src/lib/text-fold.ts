/**
 * Text as copied from somewhere else, folded to what the reader sees: compatibility forms
 * (full-width «ＡＢＣ１２３», the ellipsis «…» as three dots), every invisible format character
 * (zero-width spaces and joiners, soft hyphens, byte-order and direction marks), the unusual
 * dashes and hyphens as «-», and any run of spaces, tabs or line breaks as one space. «№» is kept
 * as it is (NFKC would spell it «No»). Read by the secret guard (a password split by a zero-width
 * space is still a password) and by the search (a pasted «пар\u200bоль» is «пароль»).
 */

/**
 * Invisible characters: every format character (Cf) and the fillers, joiners, selectors and blanks
 * that are not (U+3164, U+2800: a name of them alone looks empty). Names and labels drop them too.
 */
export const INVISIBLE =
  /[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180D\u2800\u3164\uFE00-\uFE0F\uFFA0]/gu;
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63]/g;

export function foldText(text: string): string {
  return text
    .split('№')
    .map((part) => part.normalize('NFKC'))
    .join('№')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
