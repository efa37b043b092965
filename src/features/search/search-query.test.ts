import { describe, expect, it } from 'vitest';
import { cyrillicToLatin, latinToCyrillic, translitToCyrillic } from './search-layout';
import { commonPrefix, editDistance, maxEdits, nearestWord } from './search-fuzzy';
import {
  commonForm,
  headingCoverage,
  informativeness,
  isNamed,
  isRealMatch,
  vowelSlip,
  withoutMarks,
  copiedText,
  oneScript,
  joinBroken,
  siteWord,
  unstretched,
  letterDoubled,
  loadVocabulary,
  matchesPhrase,
  neighboursSwapped,
  pagefindTerm,
  planQuery,
  readsLikeError,
  startsWithPhrase,
  startingWith,
  words,
} from './search-query';
import { foundPages } from './search-text';
import { encodeLetters, loadLetters } from './search-russian';

const vocab = loadVocabulary({
  pages: 10,
  words: {
    '1': 'подписать 88006009089',
    '2': 'сертификата 44-фз',
    '3': 'перерегистрации электронного',
    '4': 'https',
    '5': 'токена',
    '6': 'токен',
    '7': 'интеграции',
    '8': 'пароль',
    '9': 'web-торги-кс web торги',
  },
});

describe('marks inside copied words', () => {
  it('drops stress marks, and keeps «й» and «ё» however they were typed', () => {
    expect(withoutMarks('паро\u0301ль, то\u0300кен')).toBe('пароль, токен');
    expect(withoutMarks('йод ёлка')).toBe('йод ёлка');
    // Typed decomposed («и» and a breve, «е» and a diaeresis): the same letters as composed.
    expect(withoutMarks('и\u0306од е\u0308лка')).toBe('йод ёлка');
    expect(withoutMarks('Web-Торги-КС 44-ФЗ')).toBe('Web-Торги-КС 44-ФЗ');
  });

  it('reads a copied query as the reader sees it', () => {
    // Soft hyphens from a hyphenated document, zero-width spaces and joiners, a byte-order mark.
    expect(copiedText('об\u00adнару\u00adже\u00adно не\u00adсов\u00adпа\u00adде\u00adние')).toBe(
      'обнаружено несовпадение',
    );
    expect(copiedText('\ufeffпар\u200bоль для ин\u200cтег\u200dрации\u2060')).toBe(
      'пароль для интеграции',
    );
    // Non-breaking, thin and ideographic spaces, tabs, line breaks and runs of them: one space.
    expect(copiedText('логин\u00a0и\u2009пароль\u3000ЕИС\t\n  токен')).toBe(
      'логин и пароль ЕИС токен',
    );
    // A non-breaking hyphen and a minus sign inside a word are its hyphen.
    expect(copiedText('Web\u2011Торги\u2212КС план\u2010график')).toBe('Web-Торги-КС план-график');
    // Full-width letters and digits.
    expect(copiedText('ＥＩＳ ４４-ФЗ')).toBe('EIS 44-ФЗ');
    // Pictures are not words; «№» is part of one.
    expect(copiedText('что 🔑 такое токен 😡🙏 ✓ обращение № 5')).toBe(
      'что такое токен обращение № 5',
    );
    // An ellipsis or three dots: no letters, even where «.» is the wrong layout's «ю».
    expect(copiedText('njrty... xnj nfrjt tbc…')).toBe('njrty xnj nfrjt tbc');
    expect(copiedText('cbym.. 13.1 44.ФЗ')).toBe('cbym.. 13.1 44.ФЗ');
  });
});

describe('words in two scripts', () => {
  it('reads the Latin lookalikes of a word that mixes scripts as Cyrillic letters', () => {
    // Latin a, o, p; E; K; o, e, c, e, p, c, o (copied from a carelessly typed document).
    expect(oneScript('пapoль EИС ЛK')).toBe('пароль ЕИС ЛК');
    expect(oneScript('тoкeн для cepвиcoв')).toBe('токен для сервисов');
  });

  it('leaves a Latin word, a word typed in the other layout and a compound’s Latin part alone', () => {
    expect(oneScript('web https gfhjkm Web-Торги-КС 44-ФЗ')).toBe(
      'web https gfhjkm Web-Торги-КС 44-ФЗ',
    );
    // A mixed word's Latin letter with no Cyrillic lookalike stays.
    expect(oneScript('пaрольz')).toBe('парольz');
  });
});

describe('a letter held down', () => {
  it('reads three or more of the same letter in a word as two', () => {
    expect(unstretched('тооокен пароооль ТОООКЕН вввод')).toBe('тоокен парооль ТООКЕН ввод');
  });

  it('keeps doubled letters, a word of one letter alone and digits', () => {
    expect(unstretched('ссылка масса ООО ааа 8 800 6000')).toBe('ссылка масса ООО ааа 8 800 6000');
  });
});

describe('keyboard layout', () => {
  it('reads QWERTY keystrokes as ЙЦУКЕН and back, shifted keys too', () => {
    expect(latinToCyrillic('gjlgbcfnm')).toBe('подписать');
    expect(latinToCyrillic(',fpf pyfybq')).toBe('база знаний');
    // A colon or quote ending a word is the reader's own (round 34's red team: «парольж»).
    expect(latinToCyrillic('Gfhjkm: rjnbr')).toBe('пароль: котик');
    expect(latinToCyrillic('"rhfy" vtyz')).toBe('экран" меня');
    expect(latinToCyrillic('vj:tn')).toBe('может');
    expect(latinToCyrillic('"LJ')).toBe('эдо');
    expect(cyrillicToLatin('реезы')).toBe('https');
  });
});

describe('words that start with a prefix', () => {
  it('are exactly the words a pass over the vocabulary finds, for every prefix', () => {
    const words = [...vocab.words, 'токенов', 'ток', 'сертификат', 'z', 'web-сервис', 'еис'];
    const many = loadVocabulary({ pages: 10, words: { '1': words.join(' ') } });
    const prefixes = new Set(['', 'я', 'аб', 'токенa', '9', '88006009089x', 'w', 'web-т']);
    for (const w of words) for (let i = 1; i <= w.length; i += 1) prefixes.add(w.slice(0, i));
    for (const prefix of prefixes) {
      const pass = many.words.filter((w) => w.startsWith(prefix)).sort();
      expect(startingWith(many, prefix), prefix).toEqual(pass);
    }
    expect(startingWith(many, 'ток')).toEqual(['ток', 'токен', 'токена', 'токенов']);
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('токен', 'токен', 2)).toBe(0);
    expect(editDistance('токкен', 'токен', 2)).toBe(1);
    expect(editDistance('сертефикат', 'сертификат', 2)).toBe(1);
    expect(editDistance('взаимодейтсвия', 'взаимодействия', 2)).toBe(1);
    expect(editDistance('абв', 'где', 1)).toBe(2);
  });

  it('agrees with the textbook full-table distance on every pair, long after short', () => {
    // Optimal string alignment over the whole table; past the limit only «more than the limit»
    // is promised.
    const textbook = (a: string, b: string, limit: number) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i += 1) {
        for (let j = 1; j <= b.length; j += 1) {
          const cost = a[i - 1] === b[j - 1] ? 0 : 1;
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
          }
        }
      }
      return Math.min(d[a.length]![b.length]!, limit + 1);
    };
    // Words of growing length, then short again: the reused rows must never leak a longer
    // word's values into a shorter one's.
    const words = [
      'ток',
      'токен',
      'тоекн',
      'сертификат',
      'сертефикат',
      'взаимодействия',
      'взаимодейтсвия',
      'идентификатор',
      'идентефикатор',
      'электронного',
      'элетронного',
      'а',
      '',
      'абв',
      'где',
      'пароль',
      'пороль',
      'несовпадениесертификатаданных',
      'ab',
      'ba',
    ];
    let pairs = 0;
    for (const a of words) {
      for (const b of words) {
        for (const limit of [0, 1, 2, 3]) {
          const found = Math.min(editDistance(a, b, limit), limit + 1);
          expect(found, `${a} / ${b} / ${limit}`).toBe(textbook(a, b, limit));
          pairs += 1;
        }
      }
    }
    expect(pairs).toBe(words.length * words.length * 4);
  });

  it('allows 1 edit in short words and 2 in longer ones', () => {
    expect(maxEdits(3)).toBe(0);
    expect(maxEdits(5)).toBe(1);
    expect(maxEdits(9)).toBe(2);
  });

  it('finds the nearest site word, or none when it is too far', () => {
    expect(nearestWord('сертефикат', vocab.words)).toBe('сертификата');
    expect(nearestWord('паролб', vocab.words)).toBe('пароль');
    expect(nearestWord('абырвалг', vocab.words)).toBeUndefined();
  });

  it('finds what a plain pass over every word finds, for words one or two edits off', () => {
    const site = [
      'сертификат',
      'сертификата',
      'токен',
      'токена',
      'пароль',
      'пароля',
      'перерегистрация',
      'идентификатор',
      'интеграции',
      'обращение',
      'обращения',
      'поддержка',
      'заказчика',
      'кабинет',
      'кабинета',
      'web-торги-кс',
      'https',
      'эдо',
      'срок',
      'права',
    ];
    const weight = (w: string) => w.length % 3;
    // The nearest by the rule nearestWord states, looked for in every word in order.
    const plain = (word: string) => {
      const limit = maxEdits(word.length);
      let best: string | undefined;
      let key = [limit + 1, 0, 0];
      for (const w of site) {
        const d = editDistance(word, w, limit);
        if (!limit || d > limit || d === 0) continue;
        const k = [d, -commonPrefix(word, w), -weight(w)];
        // Strictly better only: of equal words, the first stays.
        if ((k[0]! - key[0]! || k[1]! - key[1]! || k[2]! - key[2]!) < 0) [best, key] = [w, k];
      }
      return best;
    };
    const typed = site.flatMap((w) =>
      [...w].flatMap((_, i) => [
        w.slice(0, i) + w.slice(i + 1),
        w.slice(0, i) + 'а' + w.slice(i + 1),
        w.slice(0, i) + 'ы' + w.slice(i),
        w.slice(0, i) + (w[i + 1] ?? '') + w[i] + w.slice(i + 2),
        w.slice(0, i) + 'ъ' + w.slice(i + 2),
      ]),
    );
    for (const word of typed) expect(nearestWord(word, site, weight), word).toBe(plain(word));
    expect(typed.filter((w) => plain(w)).length).toBeGreaterThan(typed.length / 2);
  });

  it('of words equally near, takes the one the vocabulary has first, whatever its length', () => {
    // «токенн»: one edit from both, the same beginning, no page counts.
    expect(nearestWord('токенн', ['токены', 'токен'])).toBe('токены');
    expect(nearestWord('токенн', ['токен', 'токены'])).toBe('токен');
    // Fewer edits first, then a longer shared beginning, then more pages.
    expect(nearestWord('токкен', ['тоукен', 'токкенами', 'токен'])).toBe('токен');
    expect(nearestWord('сертефикат', ['сертификата', 'сертификат'])).toBe('сертификат');
    const pages = (w: string) => (w === 'пароля' ? 5 : 1);
    expect(nearestWord('пароьл', ['пароли', 'пароля'], pages)).toBe('пароля');
  });
});

describe('planQuery', () => {
  it('reads a query typed in the wrong layout, both ways', () => {
    const ru = planQuery('gjlgbcfnm', vocab);
    expect(ru).toMatchObject({ terms: ['подписать'], layout: true, understood: 'подписать' });
    expect(planQuery('реезы', vocab)).toMatchObject({ terms: ['https'], layout: true });
    expect(planQuery('https', vocab).layout).toBe(false);
  });

  it('reads a wrong-layout word with a slip in it when nothing typed is known', () => {
    // «gththtutcnhfwbb» is «перерегестрации»: one unstressed-vowel slip from the site's word.
    const russian = loadLetters(encodeLetters(['перерегестрации']));
    expect(planQuery('gththtutcnhfwbb', vocab, { russian, corrections: false })).toMatchObject({
      terms: ['перерегистрации'],
      layout: true,
      corrected: true,
    });
    // A word whose other reading is no slip from a site word stays as typed.
    expect(planQuery('update', vocab, { russian, corrections: false }).layout).toBe(false);
  });

  it('reads a date the site does not have as no word, not as its numbers', () => {
    const dated = loadVocabulary({ pages: 4, words: { '1': 'токен 12 2026 31 01.01.2022' } });
    expect(planQuery('токен до 31.12.2026', dated).terms).toEqual(['токен']);
    expect(planQuery('до 1.12.26', dated).terms).not.toContain('12');
    // A date the site has is its word; a compound of other numbers is still read as its parts.
    expect(planQuery('доступ с 01.01.2022', dated).terms).toEqual(['01.01.2022']);
    expect(planQuery('12-2026', dated).terms).toEqual(['12', '2026']);
  });

  it('reads readers’ short names by the site’s words, showing them as typed', () => {
    const site = loadVocabulary({ pages: 4, words: { '1': 'web-торги сертификат логин пароль' } });
    for (const [typed, word] of [
      ['вткс', 'web-торги'],
      ['эцп', 'сертификат'],
      ['укэп', 'сертификат'],
      ['креды', 'логин'],
    ] as const) {
      expect(planQuery(typed, site), typed).toMatchObject({ terms: [word], understood: typed });
    }
    // «ни» is a particle, searched no more than «не».
    expect(planQuery('пароль ни подходит', site).terms).not.toContain('ни');
  });

  it('reads quotes around a whole wrong-layout query as quotes, not as «Э»', () => {
    expect(planQuery('"njrty"', vocab)).toMatchObject({ terms: ['токен'], layout: true });
    expect(planQuery('"njrty', vocab).terms).not.toEqual(['токен']);
  });

  it('reads the rest of a wrong-layout query as ЙЦУКЕН where it looks Russian, on the site or not', () => {
    const russian = loadLetters(encodeLetters(['подписать', 'больницу']));
    const options = { russian, corrections: false };
    // «gjlgbcfnm» reads as a site word: the whole query was typed in the wrong layout.
    const plan = planQuery('gjlgbcfnm ,jkmybwe', vocab, options);
    expect(plan).toMatchObject({ understood: 'подписать больницу', layout: true });
    expect(plan.unknown).toEqual(['больницу']);
    // Alone, a word the site lacks is no evidence of the wrong layout.
    expect(planQuery(',jkmybwe', vocab, options).layout).toBe(false);
    // A Latin word whose ЙЦУКЕН reading is not Russian stays as typed.
    expect(planQuery('gjlgbcfnm unauthorized', vocab, options).understood).toBe(
      'подписать unauthorized',
    );
  });

  it('reads Russian spelt in Latin letters when the site confirms it, the rest of it too', () => {
    expect(translitToCyrillic('pereregistraciya organizacii')).toBe('перерегистрация организации');
    expect(translitToCyrillic('shchit zhurnal novyi russkiy')).toBe('щит журнал новый русский');
    expect(translitToCyrillic('chto takoe edo', 'э')).toBe('что такое эдо');
    const russian = loadLetters(encodeLetters(['перерегистрации', 'обращение', 'организации']));
    const options = { russian, corrections: false };
    // «pereregistracii» is the site's word; «organizacii», not on this site, looks Russian.
    expect(planQuery('pereregistracii organizacii', vocab, options)).toMatchObject({
      understood: 'перерегистрации организации',
      layout: true,
      terms: ['перерегистрации'],
    });
    // «parol» is the start of the site's «пароль».
    expect(planQuery('parol integracii', vocab, options).terms).toEqual(['парол', 'интеграции']);
    // A Latin word the site has stays; one whose reading the site does not confirm stays too.
    expect(planQuery('https', vocab, options).layout).toBe(false);
    expect(planQuery('unauthorized', vocab, options).understood).toBe('unauthorized');
    // An English word the site names otherwise is the site's word, and stays so in a query
    // whose other words are Russian in Latin letters, though its own reading looks Russian.
    const looser = {
      russian: loadLetters(encodeLetters(['интеграции', 'пассворд'])),
      corrections: false,
    };
    expect(planQuery('password integracii', vocab, looser)).toMatchObject({
      understood: 'password интеграции',
      terms: ['пароль', 'интеграции'],
    });
    expect(siteWord('password')).toBe('пароль');
    expect(siteWord('support')).toBe('поддержка');
  });

  it('corrects typos and marks the corrections as guesses', () => {
    const plan = planQuery('сертефиката', vocab);
    expect(plan).toMatchObject({ terms: ['сертификата'], corrected: true });
    expect(plan.guessed).toEqual(['сертификата']);
    // A word that looks Russian is changed by one edit at most, even when the query as typed
    // found nothing (corrections: true): «сертефикат» is two from «сертификата».
    expect(planQuery('сертефикат', vocab).terms).toEqual([]);
    expect(planQuery('сертифиата', vocab).terms).toEqual(['сертификата']);
  });

  it('drops filler words and keeps unknown words apart', () => {
    const plan = planQuery('как и где токен абырвалг', vocab);
    expect(plan.terms).toEqual(['токен']);
    expect(plan.unknown).toEqual(['абырвалг']);
    // Other forms of question words, pronouns and courtesy are filler too.
    const polite = loadVocabulary({ pages: 3, words: { '1': 'какую пожалуйста их токен' } });
    expect(planQuery('подскажите пожалуйста, какую их токен', polite).terms).toEqual(['токен']);
  });

  it('accepts other endings and partial words of site words', () => {
    expect(planQuery('токены', vocab).terms).toEqual(['токены']);
    expect(planQuery('перерег', vocab).terms).toEqual(['перерег']);
  });

  it('reads «веб» as Web and phone numbers with +7', () => {
    expect(planQuery('веб торги', vocab).terms).toEqual(['web', 'торги']);
    expect(planQuery('+78006009089', vocab).terms).toEqual(['88006009089']);
  });

  it('splits a compound the site does not have into its parts', () => {
    expect(planQuery('Веб-Торги-КС', vocab).terms).toContain('торги');
  });

  it('keeps hyphenated and dotted words whole', () => {
    expect(words('44-ФЗ, ЕИС 13.1')).toEqual(['44-фз', 'еис', '13.1']);
  });
});

describe('pagefindTerm', () => {
  it('searches adjectives in «-ый/-ий/-ой/-ей» by their stem', () => {
    expect(pagefindTerm('электронный')).toBe('электронн');
    expect(pagefindTerm('электронной')).toBe('электронн');
    expect(pagefindTerm('электронного')).toBe('электронного');
    expect(pagefindTerm('мой')).toBe('мой');
  });
});

describe('matching helpers', () => {
  it('a real match shares more than a one- or two-letter prefix', () => {
    expect(isRealMatch('Сертификата,', ['сертификат'])).toBe(true);
    expect(isRealMatch('сервисы', ['сщуцйфя'])).toBe(false);
    expect(isRealMatch('44-ФЗ', ['44'])).toBe(true);
  });

  it('heading coverage counts query words a heading has, in any ending', () => {
    expect(headingCoverage('Истёк срок действия токена', ['истек', 'срок', 'токен'])).toBe(1);
    expect(headingCoverage('Токен для сервисов отдачи', ['истек', 'токен'])).toBe(0.5);
  });

  it('a query matches a keyword phrasing word for word, up to endings', () => {
    const keywords = 'Описание страницы; регистрационные данные в ЕИС; настройки';
    expect(matchesPhrase(keywords, ['регистрационные', 'данные', 'еис'])).toBe(true);
    expect(matchesPhrase(keywords, ['данные'])).toBe(false);
  });

  it('recognises error-like queries', () => {
    expect(readsLikeError('Обнаружено несовпадение данных сертификата')).toBe(true);
    expect(readsLikeError('истёк срок действия токена')).toBe(true);
    expect(readsLikeError('где взять токен')).toBe(false);
    // Failures retold in a reader's words: a password that stopped fitting, a request closed, a
    // menu item missing, a setting that changed nothing.
    for (const q of [
      'пароль не подходит',
      'консультацию закрыли автоматически',
      'нет пункта перечень в администрировании',
      'еис просит установить плагин',
      'заполнили настройку а толку никакого',
      'нажала сохранить и пароль опять поменялся',
      '401 Unauthorized',
      'блок права доступа к рис не отображается',
      'закрыла окошко с паролем и не успела записать',
      'после перерегистрации логин и пароль сменились',
      'рис так и не заработала',
      'нажала сохранить в карточке, теперь пароль другой?',
      'когда пишу в поддержку, выскакивает установить плагин',
      'заполнил токен, на обмен никак не влияет',
      'права выдали, а работа в рис не идет',
      // Round 15: more ways of telling a failure.
      'ткнули ссылку второй раз — пароль отвалился',
      'вбил токен в настройку — ноль эффекта',
      'настройка сервисов еис без эффекта',
      'ругается на сертификат',
      'перезашла, не помогло',
      'документ не прошёл',
      'ничего из ошибок не подошло',
      // Round 27: «ни» for «не», «не валид».
      'пароль ни подходит',
      'логин не валид',
      'невалидный токен',
    ]) {
      expect(readsLikeError(q), q).toBe(true);
    }
    for (const q of ['как закрыть окно с паролем', 'чем закрывать регистрационные данные']) {
      expect(readsLikeError(q), q).toBe(false);
    }
  });
});

describe('foundPages', () => {
  it('uses the Russian plural forms', () => {
    expect(foundPages(1)).toBe('Найдена 1 страница');
    expect(foundPages(3)).toBe('Найдено 3 страницы');
    expect(foundPages(5)).toBe('Найдено 5 страниц');
    expect(foundPages(11)).toBe('Найдено 11 страниц');
    expect(foundPages(21)).toBe('Найдена 21 страница');
    expect(foundPages(22)).toBe('Найдено 22 страницы');
  });
});

describe('startsWithPhrase', () => {
  it('matches a query that begins with a phrasing of two or more words', () => {
    const keywords = 'Описание; что такое; термины';
    expect(startsWithPhrase(keywords, 'Что такое РИС')).toBe(true);
    expect(startsWithPhrase(keywords, 'что такое')).toBe(false);
    expect(startsWithPhrase(keywords, 'термины ЕИС')).toBe(false);
  });
});

describe('case families', () => {
  const vocab = loadVocabulary({ pages: 17, words: { 10: 'токен', 2: 'токеном токенов' } });
  it('a form Pagefind stems on its own is searched by the family’s commonest form', () => {
    expect(commonForm('токеном', vocab)).toBe('токен');
    expect(commonForm('токенов', vocab)).toBe('токен');
    expect(commonForm('токен', vocab)).toBe('токен');
  });
  it('a word without a commoner family member, and Latin, stay as typed', () => {
    expect(commonForm('права', vocab)).toBe('права');
    expect(commonForm('сертификатом', vocab)).toBe('сертификатом');
    expect(commonForm('https', vocab)).toBe('https');
  });
});

describe('words the site names things with', () => {
  const named = loadVocabulary({
    pages: 10,
    words: { '1': 'прошли перерегистрации', '2': 'посмотреть' },
    named: 'после перерегистрации организации',
  });

  it('a form of a title or heading word is named; a reader’s verb is not', () => {
    expect(isNamed('перерегистрацию', named)).toBe(true);
    expect(isNamed('прошли', named)).toBe(false);
    expect(isNamed('посмотреть', named)).toBe(false);
  });

  it('an unnamed word weighs less than a named one the site has as rarely', () => {
    expect(informativeness('прошли', named)).toBeLessThan(
      informativeness('перерегистрации', named),
    );
  });

  it('a vocabulary without the list (an older build) names every word', () => {
    const old = loadVocabulary({ pages: 10, words: { '1': 'прошли перерегистрации' } });
    expect(isNamed('прошли', old)).toBe(true);
    expect(informativeness('прошли', old)).toBe(informativeness('перерегистрации', old));
  });
});

describe('unstressed-vowel slips', () => {
  it('one о/а, е/и or е/я slip, anywhere in a word of five letters or more', () => {
    expect(vowelSlip('пороль', 'пароль')).toBe(true);
    expect(vowelSlip('регестрация', 'регистрация')).toBe(true);
    expect(vowelSlip('пароль', 'пароль')).toBe(false);
    expect(vowelSlip('порол', 'пароль')).toBe(false);
    expect(vowelSlip('пурыль', 'пароль')).toBe(false);
    expect(vowelSlip('отказано', 'сказано')).toBe(false);
  });

  it('is corrected on the first try, unless the dictionary has the typed word', () => {
    const site = { pages: 3, words: { '2': 'пароль интеграции' } };
    const plan = planQuery('пороль для интеграции', loadVocabulary(site), { corrections: false });
    expect(plan.terms).toEqual(['пароль', 'интеграции']);
    expect(plan.guessed).toEqual(['пароль']);
    const real = loadVocabulary({ ...site, slips: 'пороль' });
    const kept = planQuery('пороль для интеграции', real, { corrections: false });
    expect(kept.terms).toEqual(['интеграции']);
    expect(kept.unknown).toEqual(['пороль']);
    // Nor when the query as typed found nothing.
    expect(planQuery('пороль', real, { corrections: true }).terms).toEqual([]);
  });

  it('when the query as typed found nothing, a letter typed twice is read as once', () => {
    const site = loadVocabulary({ pages: 3, words: { '2': 'токен ввод' } });
    expect(planQuery('тоокен', site, { corrections: false }).terms).toEqual([]);
    expect(planQuery('тоокен', site, { corrections: true }).terms).toEqual(['токен']);
    // A letter held down: three or more read as two first (as the engine reads a query).
    expect(planQuery(unstretched('тооокен'), site, { corrections: true }).terms).toEqual(['токен']);
    expect(planQuery(unstretched('вввод'), site, { corrections: false }).terms).toEqual(['ввод']);
    expect(letterDoubled('тоокен', 'токен')).toBe(true);
    expect(letterDoubled('токкен', 'токен')).toBe(true);
    expect(letterDoubled('тoкен', 'токен')).toBe(false);
    expect(letterDoubled('тавкен', 'токен')).toBe(false);
    expect(letterDoubled('токенн', 'токен')).toBe(true);
    expect(letterDoubled('токен', 'токен')).toBe(false);
  });

  it('when the query as typed found nothing, only two swapped letters are added', () => {
    const site = loadVocabulary({ pages: 3, words: { '2': 'найти сервиса' } });
    // An edit in the first three letters makes another word too often: «зайти» is not «найти».
    expect(planQuery('зайти', site, { corrections: true }).terms).toEqual([]);
    expect(planQuery('севриса', site, { corrections: false }).terms).toEqual([]);
    expect(planQuery('севриса', site, { corrections: true }).terms).toEqual(['сервиса']);
    expect(neighboursSwapped('севриса', 'сервиса')).toBe(true);
    expect(neighboursSwapped('сервиса', 'сервиса')).toBe(false);
    expect(neighboursSwapped('сеиврса', 'сервиса')).toBe(false);
    expect(neighboursSwapped('севриас', 'сервиса')).toBe(false);
    expect(neighboursSwapped('севвиса', 'сервиса')).toBe(false);
    expect(neighboursSwapped('сежриса', 'сервиса')).toBe(false);
  });

  it('a real word one edit after the first three letters from a site word stays as typed', () => {
    // Round 24: «коду» was read as «код», «переслал» as «перестал» (an error word).
    const site = { pages: 3, words: { '2': 'код перестал' } };
    expect(planQuery('коду переслал', loadVocabulary(site), { corrections: false }).terms).toEqual([
      'код',
      'перестал',
    ]);
    const real = loadVocabulary({ ...site, slips: 'коду переслал' });
    for (const corrections of [false, true]) {
      const plan = planQuery('коду переслал', real, { corrections });
      expect(plan.terms).toEqual([]);
      expect(plan.corrected).toBe(false);
    }
  });
});

describe('a word broken at a line’s end', () => {
  const site = loadVocabulary({ pages: 4, words: { '1': 'интеграция токен срок web-торги' } });

  it('is one word again when the site has it whole, with or without the line break', () => {
    expect(joinBroken('сбой интегра- ция', site)).toBe('сбой интеграция');
    expect(joinBroken('интегра-\nция', site)).toBe('интеграция');
    expect(joinBroken('интегра-ция', site)).toBe('интеграция');
  });

  it('is joined after a space when the part before is no word of the site', () => {
    expect(joinBroken('что поме- нялось', site)).toBe('что поменялось');
    expect(joinBroken('пере- срок', site)).toBe('пересрок');
    expect(joinBroken('поме-нялось', site)).toBe('поме-нялось');
  });

  it('leaves compounds, names and a hyphen before a word as written', () => {
    for (const text of [
      'токен- срок',
      'двух- и трёхкомнатные',
      'web-торги',
      'Web-Торги-КС',
      'какой-то',
    ])
      expect(joinBroken(text, site), text).toBe(text);
  });
});
