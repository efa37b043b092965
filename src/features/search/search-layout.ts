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

/**
 * Read Latin-layout keystrokes as ЙЦУКЕН («ntcn» → «тест»). Other characters stay, and so do
 * «:» and «"» ending a word: Shift+; and Shift+' are «Ж» and «Э», which no lower-case Russian word
 * ends with — there they are the reader's colon and quote («Gfhjkm: rjnbr» → «пароль: котик»).
 */
export function latinToCyrillic(text: string): string {
  const chars = [...text.toLowerCase()];
  return chars
    .map((c, i) =>
      (c === ':' || c === '"') && !/[a-z;',.[\]`{}<>~]/.test(chars[i + 1] ?? '')
        ? c
        : (toCyr.get(c) ?? c),
    )
    .join('');
}

/** Read ЙЦУКЕН keystrokes as QWERTY («реезы» → «https»). Other characters stay. */
export function cyrillicToLatin(text: string): string {
  return [...text.toLowerCase()].map((c) => toLat.get(c) ?? c).join('');
}

export const hasCyrillic = (text: string): boolean => /[а-яё]/i.test(text);
export const hasLatin = (text: string): boolean => /[a-z]/i.test(text);

/**
 * Russian written in Latin letters by sound, as readers without a Russian keyboard write it
 * («parol integracii», «kak sozdat obrashenie», «chto takoe edo»), read back letter by letter:
 * the longest spelling first («shch» before «sh» before «s»), «-yi», «-iy» at a word's end as
 * «-ый», «-ий» («-ii» stays «-ии»: «integracii»). Several spellings are one sound, so the reading
 * is a guess: the query planner keeps it only when the site's words confirm it (search-query.ts
 * readChunk). A word that starts with «e» is also read with «э» («edo» → «эдо»): `initialE`.
 */
const TRANSLIT: readonly (readonly [string, string])[] = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['tz', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['yu', 'ю'],
  ['ju', 'ю'],
  ['ya', 'я'],
  ['ja', 'я'],
  ['yo', 'ё'],
  ['jo', 'ё'],
  ['x', 'кс'],
  // One letter for one: «c» as in «integracii», «w» and «q» as readers use them.
  ...[...'abvgdezijklmnoprstufhcwqy'].map((c, i): [string, string] => [
    c,
    'абвгдезийклмнопрстуфхцвкы'[i]!,
  ]),
  ["'", 'ь'],
];

export function translitToCyrillic(text: string, initialE: 'е' | 'э' = 'е'): string {
  return text
    .toLowerCase()
    .split(/([^a-z']+)/)
    .map((part) => {
      if (!/^[a-z']+$/.test(part)) return part;
      let out = '';
      for (let i = 0; i < part.length;) {
        const [from, to] = TRANSLIT.find(([t]) => part.startsWith(t, i)) ?? [part[i]!, part[i]!];
        out += i === 0 && from === 'e' ? initialE : to;
        i += from.length;
      }
      return out.replace(/(?:ыи|ыы|иы)$/, (end) => (end[0] === 'ы' ? 'ый' : 'ий'));
    })
    .join('');
}
