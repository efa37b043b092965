/**
 * Keyboard-layout fixes for search queries: text typed with the wrong layout active, read as the
 * same keys on the other layout (Windows QWERTY ↔ ЙЦУКЕН). «gjlgbcfnm» → «подписать»,
 * «реезы» → «https».
 */
// The same keys, unshifted and shifted (Shift+' is «Э», Shift+, is «Б»…).
const LATIN = 'qwertyuiop[]asdfghjkl;\'zxcvbnm,.`{}:"<>~';
const CYRILLIC = 'йцукенгшщзхъфывапролджэячсмитьбюёхъжэбюё';

const toCyr = new Map<string, string>();
const toLat = new Map<string, string>();
for (let i = 0; i < LATIN.length; i += 1) {
  toCyr.set(LATIN[i]!, CYRILLIC[i]!);
  if (!toLat.has(CYRILLIC[i]!)) toLat.set(CYRILLIC[i]!, LATIN[i]!);
}

/** Read Latin-layout keystrokes as ЙЦУКЕН («ntcn» → «тест»). Other characters stay. */
export function latinToCyrillic(text: string): string {
  return [...text.toLowerCase()].map((c) => toCyr.get(c) ?? c).join('');
}

/** Read ЙЦУКЕН keystrokes as QWERTY («реезы» → «https»). Other characters stay. */
export function cyrillicToLatin(text: string): string {
  return [...text.toLowerCase()].map((c) => toLat.get(c) ?? c).join('');
}

export const hasCyrillic = (text: string): boolean => /[а-яё]/i.test(text);
export const hasLatin = (text: string): boolean => /[a-z]/i.test(text);
