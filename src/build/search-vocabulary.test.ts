import { describe, expect, it } from 'vitest';
import { learnable, namingWords, pageWords } from './search-vocabulary';
import { oneEditFromSite, siteEdits, slipsToSite } from './search-russian';

describe('search vocabulary: the words of a page', () => {
  it('takes the indexed body and search-only keywords, not ignored parts or filler words', () => {
    const html = `<html><body><header>Шапка сайта</header>
      <main data-pagefind-body><h1>Токен для сервисов отдачи</h1>
      <p hidden data-pagefind-weight="3">ключ; срок жизни токена</p>
      <p hidden data-pagefind-weight="0.1">как где что</p>
      <div data-pagefind-ignore>Напоминание</div>
      <p>Закон 44-ФЗ, версия ЕИС 13.1, телефон 8 (800) 600-90-89.</p></main></body></html>`;
    const found = pageWords(html);
    for (const w of [
      'токен',
      'отдачи',
      'ключ',
      'жизни',
      '44-фз',
      '44фз',
      'фз',
      '13.1',
      '600-90-89',
    ]) {
      expect(found, w).toContain(w);
    }
    expect(found).toContain('6009089');
    for (const w of ['шапка', 'как', 'напоминание']) expect(found, w).not.toContain(w);
  });

  it('has no words for a page without an indexed body', () => {
    expect(pageWords('<html><body><p>Страница 404</p></body></html>').size).toBe(0);
  });
});

describe('search vocabulary: the words a page names things with', () => {
  it('takes the title, headings, terms and bold UI names, not body text or ignored parts', () => {
    const html = `<html><head><title>Токен | ЕИС</title></head><body>
      <main data-pagefind-body><h2>Что получится</h2><dl><dt>Сервисы отдачи</dt></dl>
      <p>Нажмите <strong>«Сохранить»</strong>, потом посмотрите результат.</p>
      <div data-pagefind-ignore><h3>Напоминание</h3></div></main></body></html>`;
    const found = namingWords(html);
    for (const w of ['токен', 'получится', 'сервисы', 'отдачи', 'сохранить']) {
      expect(found, w).toContain(w);
    }
    for (const w of ['нажмите', 'посмотрите', 'результат', 'напоминание']) {
      expect(found, w).not.toContain(w);
    }
  });
});

describe('search vocabulary: real words a vowel slip from a site word', () => {
  it('a form one о/а, е/и, е/я slip from a site word is listed; the site word itself is not', () => {
    const site = new Set(['чтения', 'пароль']);
    expect(slipsToSite('чтение', site)).toBe(true);
    expect(slipsToSite('пароль', site)).toBe(false);
    // A site word is no slip, even when another site word differs from it by a vowel.
    expect(slipsToSite('чтение', new Set(['чтения', 'чтение']))).toBe(false);
    expect(slipsToSite('парол', site)).toBe(false);
    expect(slipsToSite('ворота', site)).toBe(false);
  });
});

describe('search vocabulary: real words one edit from a site word', () => {
  const site = siteEdits(['код', 'перестал', 'кодом', 'токен', 'web-торги']);
  it('a form one edit after the first three letters from a site word is listed', () => {
    expect(oneEditFromSite('коду', site)).toBe(true); // a letter extra
    expect(oneEditFromSite('переслал', site)).toBe(true); // a letter replaced
    expect(oneEditFromSite('перстал', site)).toBe(true); // a letter missing
    // Missing near the end, it is another ending of the site word's stem: not listed.
    expect(oneEditFromSite('перестл', site)).toBe(false);
    expect(oneEditFromSite('перетсал', site)).toBe(true); // two letters swapped
  });

  it('not a site word, an edit in the first three letters, a form the search reads as an ending', () => {
    expect(oneEditFromSite('код', site)).toBe(false);
    expect(oneEditFromSite('ток', site)).toBe(false); // «токен» starts with it: another ending
    expect(oneEditFromSite('кол', site)).toBe(false); // «код»: the third letter
    expect(oneEditFromSite('токены', site)).toBe(false); // «токен» + two letters
    expect(oneEditFromSite('торги', site)).toBe(false); // not one edit from «web-торги»
  });
});

describe('search vocabulary: readers’ questions as published', () => {
  it('a word the secret guard reads as a password, token or identifier is not learned', () => {
    const guid = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
    const [[question, place]] = learnable([[`токен ${guid} не работает`, 'services/token/']]) as [
      [string, string],
    ];
    expect(question).toBe('токен не работает');
    expect(place).toBe('services/token/');
    expect(learnable([['где взять логин и пароль', 'connect/https-credentials/']])).toEqual([
      ['где взять логин и пароль', 'connect/https-credentials/'],
    ]);
  });
});
