import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  firstWords,
  junkExcerpt,
  literalPlan,
  MAX_CHARS,
  MAX_PLANNED,
  tidyExcerpt,
} from './search-engine';
import { encodeLetters, loadLetters } from './search-russian';
import { matchSections, matchSynonyms } from './search-synonyms';

describe('excerpts are text, never HTML', () => {
  it('splits marks and decodes entities; any other tag is dropped, not rendered', () => {
    const parts = excerptParts(
      'a &lt;b&gt; <img src=x onerror="alert(1)"><mark>пароль</mark> &amp; c',
    );
    expect(parts).toEqual([
      { text: 'a <b> ', mark: false },
      { text: 'пароль', mark: true },
      { text: ' & c', mark: false },
    ]);
  });

  it('knows a keyword list and strips a source preamble', () => {
    expect(junkExcerpt('пароль сменился; нажал ссылку; пароль сбросился')).toBe(true);
    expect(tidyExcerpt('Дословно в источнике «Порядок»: При нажатии')).toBe('При нажатии');
  });
});

describe('bounded query', () => {
  it('reads at most MAX_CHARS characters', () => {
    const plan = literalPlan('пароль '.repeat(5000));
    expect(plan.terms[0]).toBe('пароль');
    expect(plan.terms.length).toBeLessThanOrEqual(2);
    expect(literalPlan(`${'а'.repeat(MAX_CHARS)} токен`).terms).not.toContain('токен');
  });

  it('plans at most MAX_PLANNED words: each costs a scan of the vocabulary', () => {
    const many = Array.from({ length: 40 }, (_, i) => `слово${i}`).join('  ');
    expect(firstWords(many, MAX_PLANNED).split(/\s+/)).toHaveLength(MAX_PLANNED);
    expect(firstWords(' пароль  для  интеграции ', 2)).toBe(' пароль  для');
    expect(firstWords('токен', 5)).toBe('токен');
  });
});

describe('Russian letter triples', () => {
  it('a word of the table looks Russian; junk and unreadable data do not', () => {
    const table = loadLetters(encodeLetters(['пароль', 'отказано']))!;
    expect(table.looksRussian('пароль')).toBe(true);
    expect(table.looksRussian('кщдшщ')).toBe(false);
    expect(loadLetters({ triples: 42 })).toBeUndefined();
    expect(loadLetters({ triples: '%%%' })).toBeUndefined();
    expect(loadLetters(null)).toBeUndefined();
  });
});

describe('synonyms', () => {
  it('a reader phrase brings its page', () => {
    expect(matchSynonyms('сменились реквизиты').map((s) => s.page)).toEqual([
      'connect/re-registration/',
    ]);
    expect(matchSynonyms('401 Unauthorized')[0]?.page).toBe('connect/https-credentials/');
    expect(matchSynonyms('токен')).toEqual([]);
  });
});

describe('section words', () => {
  it('a question about the outcome asks for «Что получится»; «получить» does not', () => {
    expect(matchSections('что будет в итоге с токеном')).toEqual(['что-получится']);
    expect(matchSections('результат настройки')).toEqual(['что-получится']);
    expect(matchSections('получить токен')).toEqual([]);
  });
});
